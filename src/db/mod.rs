//! The database: the connection pool, migrations, and query functions grouped by what they are about.
//! Everything SQLite-specific (PRAGMAs, `BEGIN IMMEDIATE`) stays in this file.

pub mod accounts;
pub mod audit;
pub mod blocks;
pub mod bookings;
pub mod catalog;
pub mod checkout;
pub mod counter;
pub mod door;
pub mod error;
pub mod expiry;
pub mod grid_versions;
pub mod halls;
pub mod holds;
pub mod layouts;
pub mod ledger;
pub mod login_failures;
pub mod movies;
pub mod password_resets;
pub mod posters;
pub mod registrations;
pub mod reports;
pub mod reservations;
pub mod schedule;
pub mod seat_map;
pub mod sessions;
pub mod settings;
pub mod shifts;
pub mod showings;
pub mod ticket_types;
pub mod users;
pub mod writer;

use std::ffi::{c_char, c_int};
use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use libsqlite3_sys as ffi;

pub use error::{StoreError, StoreResult};

pub type Conn = SqliteConnection;
pub type PooledConn = PooledConnection<ConnectionManager<Conn>>;

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// Per-connection settings. The busy timeout makes a second writer wait for the lock instead of
/// failing at once. `synchronous = FULL` syncs the log at every commit, so a payment answered as
/// paid survives a power cut (`NORMAL` would keep it only once the log is checkpointed); the writer
/// commits many writes at a time, which keeps the cost of that sync small.
///
/// WAL, which lets readers go on while one writer writes, is a property of the file: [`connect`]
/// sets it once, before the pool opens. Setting it on every connection raced with the migrations
/// of a new file, and a connection that lost got "database is locked" without waiting.
#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<Conn, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut Conn) -> Result<(), diesel::r2d2::Error> {
        conn.batch_execute(
            "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
        )
        .map_err(diesel::r2d2::Error::QueryError)
    }
}

/// The connection pool, with a gate in front of it: at most as many database tasks are handed to the
/// blocking thread pool as there are connections. The others wait on the async side, which costs
/// nothing, instead of as blocked threads, which on a small machine cost a context switch each time a
/// connection is passed on.
#[derive(Clone)]
pub struct DbPool {
    pool: Pool<ConnectionManager<Conn>>,
    gate: Arc<tokio::sync::Semaphore>,
    layouts: Arc<layouts::Layouts>,
    writer: writer::Writer,
}

impl DbPool {
    /// The hall layouts read so far (see [`layouts`]).
    pub fn layouts(&self) -> &Arc<layouts::Layouts> {
        &self.layouts
    }
}

impl Deref for DbPool {
    type Target = Pool<ConnectionManager<Conn>>;

    fn deref(&self) -> &Self::Target {
        &self.pool
    }
}

/// Process-wide SQLite set-up, before the first connection opens.
///
/// Multi-thread mode: a connection is used by one thread at a time (the pool hands it out), so SQLite's
/// own lock around every call on it, taken hundreds of times to read one seat map, is not needed; nor is
/// the global lock its memory statistics take on every allocation.
///
/// Plans that do not depend on bound values: SQLite's "query planner stability guarantee", set on
/// every connection the process opens. Without it SQLite marks a statement for a fresh prepare
/// whenever a value its plan looked at is bound again: every `LIMIT ?` (Diesel's `.first()`) and every
/// `status = ?` a partial index's condition could match. Most cached statements were then parsed and
/// planned anew on each use, a third of the time of a small request. (A partial index still enforces
/// its uniqueness; only its use for such lookups goes.)
fn configure_sqlite() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: both options take the arguments given here. SQLite accepts them only before it
        // opens its first connection in this process; later they fail with SQLITE_MISUSE and
        // change nothing, so their results are only logged.
        let (threads, memstatus) = unsafe {
            (
                ffi::sqlite3_config(ffi::SQLITE_CONFIG_MULTITHREAD),
                ffi::sqlite3_config(ffi::SQLITE_CONFIG_MEMSTATUS, 0 as c_int),
            )
        };
        if threads != ffi::SQLITE_OK || memstatus != ffi::SQLITE_OK {
            log::warn!(
                "SQLite was already in use; it keeps its default locking ({threads}, {memstatus})"
            );
        }
        // SAFETY: registers a function with the signature SQLite expects; SQLite calls it with the
        // handle of each connection it opens, and it only sets an option on that handle.
        let rc = unsafe { ffi::sqlite3_auto_extension(Some(enable_qpsg)) };
        if rc != ffi::SQLITE_OK {
            log::warn!("could not register the SQLite connection set-up (code {rc})");
        }
    });
}

unsafe extern "C" fn enable_qpsg(
    db: *mut ffi::sqlite3,
    _error: *mut *mut c_char,
    _api: *const ffi::sqlite3_api_routines,
) -> c_int {
    // SAFETY: `db` is the connection being opened; this option takes an int and an optional out pointer.
    unsafe {
        ffi::sqlite3_db_config(
            db,
            ffi::SQLITE_DBCONFIG_ENABLE_QPSG,
            1 as c_int,
            std::ptr::null_mut::<c_int>(),
        );
    }
    // The option is an optimisation: a connection without it still works.
    ffi::SQLITE_OK
}

/// Opens (creating if needed) the database, applies pending migrations and returns the pool.
pub fn connect(
    database_url: &str,
    pool_size: u32,
    writer_limits: writer::Limits,
) -> anyhow::Result<DbPool> {
    configure_sqlite();
    migrate(database_url)?;
    let manager = ConnectionManager::<Conn>::new(database_url);
    let pool = Pool::builder()
        .max_size(pool_size)
        .connection_timeout(Duration::from_secs(10))
        .connection_customizer(Box::new(SqlitePragmas))
        // A local file does not go stale; checking it on every checkout costs a parsed query.
        .test_on_check_out(false)
        .build(manager)
        .with_context(|| format!("opening database {database_url}"))?;
    Ok(DbPool {
        gate: Arc::new(tokio::sync::Semaphore::new(pool.max_size() as usize)),
        layouts: Arc::default(),
        writer: writer::Writer::start(
            open(database_url)?,
            {
                let url = database_url.to_owned();
                move || open(&url)
            },
            writer_limits,
        ),
        pool,
    })
}

/// Prepares the file on one connection before any other opens: the log mode, then the schema.
///
/// Migrations run with foreign keys off, as SQLite's procedure for rebuilding a table asks (a
/// table others refer to cannot otherwise be replaced); the keys are checked once they have run.
fn migrate(database_url: &str) -> anyhow::Result<()> {
    let mut conn = open(database_url)?;
    conn.batch_execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = OFF;")
        .context("preparing the database file")?;
    conn.run_pending_migrations(MIGRATIONS)
        .map_err(|e| anyhow::anyhow!(e))
        .context("running migrations")?;
    #[derive(QueryableByName)]
    struct Violation {
        #[diesel(sql_type = diesel::sql_types::Text)]
        table: String,
    }
    let violations = diesel::sql_query("PRAGMA foreign_key_check")
        .load::<Violation>(&mut conn)
        .context("checking foreign keys after migrating")?;
    if let Some(first) = violations.first() {
        anyhow::bail!(
            "after migrating, {} rows refer to rows that do not exist (the first in table {})",
            violations.len(),
            first.table
        );
    }
    Ok(())
}

/// A connection outside the pool, set up as the pool's are.
fn open(database_url: &str) -> anyhow::Result<Conn> {
    let mut conn = Conn::establish(database_url)
        .with_context(|| format!("opening database {database_url}"))?;
    SqlitePragmas
        .on_acquire(&mut conn)
        .context("setting up a database connection")?;
    Ok(conn)
}

/// Runs `f` on the writer's connection, in a savepoint of a transaction shared with the writes
/// queued beside it (see [`writer`]); answers once that transaction has committed. For the hot
/// path's short writes; `f` should not wait on anything but the database.
///
/// `f` may fail with the caller's own error type, so a handler can refuse in its own words; the
/// store's errors convert into it.
pub async fn run_writing<T, E, F>(pool: &DbPool, f: F) -> Result<T, E>
where
    T: Send + 'static,
    E: From<StoreError> + From<diesel::result::Error> + Send + 'static,
    F: FnOnce(&mut Conn) -> Result<T, E> + Send + 'static,
{
    pool.writer.run(f).await
}

/// Runs `f` with a pooled connection on the blocking thread pool.
pub async fn run<T, E, F>(pool: &DbPool, f: F) -> Result<T, E>
where
    T: Send + 'static,
    E: From<StoreError> + Send + 'static,
    F: FnOnce(&mut Conn) -> Result<T, E> + Send + 'static,
{
    let _permit = pool.gate.acquire().await.map_err(StoreError::failed)?;
    let pool = pool.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().map_err(StoreError::from)?;
        f(&mut conn)
    })
    .await
    .map_err(|e| StoreError::failed(anyhow::anyhow!("a database task failed: {e}")))?
}

/// [`run`] on the calling thread, for the reads of the hottest pages (the seat map).
///
/// On SQLite a read is a call into a library in this process, shorter than handing it to the
/// blocking pool and back: that hand-over (two thread wake-ups) was a third of a seat map answer's
/// CPU. The same gate is taken first, so a connection is free and the worker never waits for one.
/// `f` only reads.
/// With a database server a read waits on the network and must not hold a worker; this is then
/// [`run`].
pub async fn run_here<T, E, F>(pool: &DbPool, f: F) -> Result<T, E>
where
    T: Send + 'static,
    E: From<StoreError> + Send + 'static,
    F: FnOnce(&mut Conn) -> Result<T, E> + Send + 'static,
{
    let _permit = pool.gate.acquire().await.map_err(StoreError::failed)?;
    let mut conn = pool.pool.get().map_err(StoreError::from)?;
    // One read transaction for all the reads: one consistent snapshot, and the WAL's read lock
    // (file locking calls) taken once instead of once per query.
    let mut answer = None;
    conn.transaction(|c| {
        answer = Some(f(c));
        Ok::<_, diesel::result::Error>(())
    })
    .map_err(StoreError::from)?;
    answer.unwrap_or_else(|| Err(StoreError::failed(anyhow::anyhow!("a read did not run")).into()))
}

/// A transaction for a use case that writes. On SQLite it takes the write lock at the start
/// (`BEGIN IMMEDIATE`), so two writers queue instead of deadlocking on a lock upgrade.
///
/// Writers of this process also queue on an in-process lock first: SQLite admits one writer at a time
/// anyway, and a writer that finds its lock taken polls it from the busy handler, sleeping 1, 2, 5…
/// milliseconds between tries, which under load costs far more than the write. The busy timeout still
/// covers writers in other processes.
pub fn write<T, E, F>(conn: &mut Conn, f: F) -> Result<T, E>
where
    E: From<diesel::result::Error>,
    F: FnOnce(&mut Conn) -> Result<T, E>,
{
    thread_local! {
        static WRITING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    static WRITER: std::sync::Mutex<()> = std::sync::Mutex::new(());
    if WRITING.get() {
        // Nested in a write of this thread, which holds the lock and has begun the transaction:
        // a savepoint (`immediate_transaction` would refuse to begin a second transaction).
        return conn.transaction(f);
    }
    struct Turn(
        #[expect(dead_code, reason = "held for its drop")] std::sync::MutexGuard<'static, ()>,
    );
    impl Drop for Turn {
        fn drop(&mut self) {
            WRITING.set(false);
        }
    }
    let _turn = Turn(
        WRITER
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    );
    WRITING.set(true);
    conn.immediate_transaction(f)
}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;
    use diesel::sql_types::Text;

    #[derive(QueryableByName)]
    struct JournalMode {
        #[diesel(sql_type = Text)]
        journal_mode: String,
    }

    /// A new file is switched to WAL before the pool opens, and every pooled connection sees it.
    #[tokio::test]
    async fn a_new_database_is_in_write_ahead_logging_on_every_connection() {
        let path = std::env::temp_dir().join(format!(
            "cinema-connect-{}-{}.db",
            std::process::id(),
            crate::random::token()
        ));
        let url = path.display().to_string();
        let pool = super::connect(&url, 4, super::writer::Limits::default()).unwrap();
        let held: Vec<_> = (0..4).map(|_| pool.get().unwrap()).collect();
        for mut conn in held {
            let mode = diesel::sql_query("PRAGMA journal_mode")
                .get_result::<JournalMode>(&mut conn)
                .unwrap();
            assert_eq!(mode.journal_mode, "wal");
        }
        drop(pool);
        for suffix in ["", "-wal", "-shm", ".session-key"] {
            let _ = std::fs::remove_file(format!("{url}{suffix}"));
        }
    }
}
