//! The database: the connection pool, migrations, and query functions grouped by what they are about.
//! Everything SQLite-specific (PRAGMAs, `BEGIN IMMEDIATE`) stays in this file.

pub mod bookings;
pub mod catalog;
pub mod checkout;
pub mod holds;
pub mod login_failures;
pub mod seat_map;
pub mod settings;
pub mod showings;
pub mod users;

use std::time::Duration;

use actix_web::web;
use anyhow::Context;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::error::AppError;

pub type Conn = SqliteConnection;
pub type DbPool = Pool<ConnectionManager<Conn>>;
pub type PooledConn = PooledConnection<ConnectionManager<Conn>>;

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// Per-connection settings. WAL lets readers go on while one writer writes; the busy timeout makes a
/// second writer wait for the lock instead of failing at once.
#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<Conn, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut Conn) -> Result<(), diesel::r2d2::Error> {
        conn.batch_execute(
            "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
        )
        .map_err(diesel::r2d2::Error::QueryError)
    }
}

/// Opens (creating if needed) the database, applies pending migrations and returns the pool.
pub fn connect(database_url: &str, pool_size: u32) -> anyhow::Result<DbPool> {
    let manager = ConnectionManager::<Conn>::new(database_url);
    let pool = Pool::builder()
        .max_size(pool_size)
        .connection_timeout(Duration::from_secs(10))
        .connection_customizer(Box::new(SqlitePragmas))
        .build(manager)
        .with_context(|| format!("opening database {database_url}"))?;
    let mut conn = pool.get().context("getting a database connection")?;
    conn.run_pending_migrations(MIGRATIONS)
        .map_err(|e| anyhow::anyhow!(e))
        .context("running migrations")?;
    Ok(pool)
}

/// Runs `f` with a pooled connection on the blocking thread pool.
pub async fn run<T, F>(pool: &DbPool, f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut Conn) -> Result<T, AppError> + Send + 'static,
{
    let pool = pool.clone();
    web::block(move || {
        let mut conn = pool.get()?;
        f(&mut conn)
    })
    .await?
}

/// A transaction for a use case that writes. On SQLite it takes the write lock at the start
/// (`BEGIN IMMEDIATE`), so two writers queue instead of deadlocking on a lock upgrade.
pub fn write<T, F>(conn: &mut Conn, f: F) -> Result<T, AppError>
where
    F: FnOnce(&mut Conn) -> Result<T, AppError>,
{
    conn.immediate_transaction(f)
}

/// True when a Diesel error is a unique-index violation.
pub fn is_unique_violation(error: &diesel::result::Error) -> bool {
    matches!(
        error,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}
