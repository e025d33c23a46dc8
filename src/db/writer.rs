//! The writer: one thread with one connection that runs the hot path's writes, many to a transaction.
//!
//! SQLite admits one writer at a time, so seat holds and releases queue for the write lock whatever
//! we do. Profiling them showed where the time in the queue went: every hold began and committed its
//! own transaction (a parsed BEGIN and a COMMIT that appends the changed pages to the WAL), and ran on
//! whichever pooled connection it got, whose page cache another connection's write had just made stale,
//! so the pages were read again. Here one thread keeps one connection (its cache stays warm: it is
//! the one writing) and takes every job queued while it was busy into one transaction, each job in a
//! savepoint of its own: a job that fails rolls back alone. No job's answer is given before the
//! transaction that holds it has committed; when the commit fails, every job in it gets the error,
//! and the connection is replaced.
//!
//! Every request's write comes here (holds, payments, cancellations, logins, registrations, the
//! account's changes). The sweeper and the first start's seeding write on pooled connections; the
//! same in-process lock as theirs keeps the writer's transaction apart from them.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;
use std::time::Duration;

use diesel::connection::Connection;
use tokio::sync::oneshot;

use super::{Conn, StoreError};

/// The most jobs one transaction takes: bounds how long the first of them waits for its commit.
const MAX_BATCH: usize = 64;

/// What a job leaves behind after running: the answer to send once the commit's outcome is known.
type Deliver = Box<dyn FnOnce(Result<(), &str>) + Send>;
type Job = Box<dyn FnOnce(&mut Conn) -> Deliver + Send>;

/// How much may wait for the writer, and for how long.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Writes that may wait in the queue; one more is refused at once with [`StoreError::Busy`].
    pub queue: usize,
    /// How long a request waits for its write's answer before it gives up with
    /// [`StoreError::Unconfirmed`].
    pub wait: Duration,
}

impl Default for Limits {
    /// A queue about 16 batches deep (a few hundred milliseconds of holds on a small machine),
    /// and a wait longer than SQLite's busy timeout, so a write stuck on a lock fails first.
    fn default() -> Limits {
        Limits {
            queue: 1024,
            wait: Duration::from_secs(15),
        }
    }
}

/// The way to the writer thread; the thread ends when the last of these is dropped.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::SyncSender<Job>,
    wait: Duration,
}

impl Writer {
    /// Starts the writer thread on `conn`, a connection set up like the pool's; `reopen` makes
    /// another when a failed batch leaves that one in doubt.
    pub fn start(
        conn: Conn,
        reopen: impl Fn() -> anyhow::Result<Conn> + Send + 'static,
        limits: Limits,
    ) -> Writer {
        let (jobs, queue) = mpsc::sync_channel::<Job>(limits.queue);
        std::thread::Builder::new()
            .name("db-writer".into())
            .spawn(move || serve(conn, &queue, reopen))
            .expect("starting the database writer thread");
        Writer {
            jobs,
            wait: limits.wait,
        }
    }

    /// Runs `f` on the writer's connection, inside a savepoint of the writer's next transaction, and
    /// answers once that transaction has committed. A request whose client has gone by the time its
    /// turn comes is skipped: nobody saw an answer, so nothing is written.
    pub async fn run<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + From<diesel::result::Error> + Send + 'static,
        F: FnOnce(&mut Conn) -> Result<T, E> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel::<Result<T, E>>();
        let job: Job = Box::new(move |conn: &mut Conn| {
            if reply.is_closed() {
                return Box::new(|_| {});
            }
            let result = conn.transaction(f);
            Box::new(move |commit: Result<(), &str>| {
                let result = match commit {
                    Ok(()) => result,
                    Err(e) => Err(E::from(StoreError::failed(anyhow::anyhow!(
                        "the write was not committed: {e}"
                    )))),
                };
                // A request whose client went away meanwhile no longer listens; its write stands.
                let _ = reply.send(result);
            })
        });
        self.jobs.try_send(job).map_err(|e| match e {
            mpsc::TrySendError::Full(_) => StoreError::Busy,
            mpsc::TrySendError::Disconnected(_) => {
                StoreError::failed(anyhow::anyhow!("the database writer has stopped"))
            }
        })?;
        // Dropping the answer on timeout closes the reply: a job that has not started is skipped.
        match tokio::time::timeout(self.wait, answer).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err(E::from(StoreError::failed(anyhow::anyhow!(
                "the database writer dropped a write"
            )))),
            Err(_) => Err(E::from(StoreError::Unconfirmed)),
        }
    }
}

/// The writer thread's loop. It never ends while requests can reach it: a batch that did not commit
/// cleanly (an error, a panic) leaves the connection in doubt, so it is closed and a fresh one opened
/// for the next batch; if that fails, the next batch tries again, and its jobs are told the write
/// failed rather than left waiting.
fn serve(conn: Conn, queue: &mpsc::Receiver<Job>, reopen: impl Fn() -> anyhow::Result<Conn>) {
    let mut conn = Some(conn);
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        if conn.is_none() {
            match reopen() {
                Ok(fresh) => conn = Some(fresh),
                Err(e) => {
                    // Dropping the jobs tells each of their requests the write failed.
                    log::error!("opening the writer's connection failed: {e:#}");
                    continue;
                }
            }
        }
        let clean = match conn.as_mut() {
            Some(c) => catch_unwind(AssertUnwindSafe(|| commit_batch(c, batch))).unwrap_or(false),
            None => false,
        };
        if !clean {
            log::error!(
                "a batch of database writes did not commit; reopening the writer's connection"
            );
            // Closing rolls back whatever the old connection still had open; its drop must not
            // take the thread with it.
            let old = conn.take();
            let _ = catch_unwind(AssertUnwindSafe(move || drop(old)));
        }
    }
}

/// Runs the jobs in one transaction and hands each its answer once the outcome is known. True when
/// the transaction committed and the connection is back outside any transaction.
///
/// A job runs only while the batch's transaction is still open: on some errors (a full disk, an
/// I/O error) SQLite rolls the whole transaction back by itself, and a job run after that would be
/// committed on its own while the batch is reported as failed. The jobs not run are dropped, which
/// tells their requests the write failed.
fn commit_batch(conn: &mut Conn, batch: Vec<Job>) -> bool {
    let mut delivers: Vec<Deliver> = Vec::with_capacity(batch.len());
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        super::write(conn, |c| {
            for job in batch {
                if transaction_depth(c) != Some(1) {
                    return Err(StoreError::failed(anyhow::anyhow!(
                        "the transaction was rolled back under the writer"
                    )));
                }
                delivers.push(job(c));
            }
            Ok(())
        })
    }));
    let commit = match &outcome {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("a write in the same transaction failed".to_owned()),
    };
    if let Err(e) = &commit {
        log::error!("committing {} writes failed: {e}", delivers.len());
    }
    for deliver in delivers {
        deliver(commit.as_ref().map(|_| ()).map_err(String::as_str));
    }
    commit.is_ok() && transaction_depth(conn) == Some(0)
}

/// How many transactions deep the connection is (0 outside any); `None` when Diesel no longer
/// knows (its transaction manager is broken).
fn transaction_depth(conn: &mut Conn) -> Option<u32> {
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    AnsiTransactionManager::transaction_manager_status_mut(conn)
        .transaction_depth()
        .ok()
        .map(|depth| depth.map_or(0, |d| d.get()))
}

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;
    use diesel::prelude::*;

    use super::Writer;
    use crate::db::StoreError;

    diesel::table! {
        notes (id) {
            id -> Integer,
        }
    }

    fn writer() -> (Writer, String) {
        writer_with(super::Limits::default())
    }

    /// Every writer of the process takes turns on one lock (see `db::write`), so a test that keeps
    /// its writer busy would hold up the others' writers: such tests take this first.
    static ONE_BUSY_WRITER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

    fn writer_with(limits: super::Limits) -> (Writer, String) {
        let path = std::env::temp_dir().join(format!(
            "cinema-writer-{}-{}.db",
            std::process::id(),
            crate::random::token()
        ));
        let url = path.display().to_string();
        let mut conn = super::super::open(&url).unwrap();
        conn.batch_execute(
            "PRAGMA journal_mode = WAL; CREATE TABLE notes (id INTEGER PRIMARY KEY NOT NULL)",
        )
        .unwrap();
        let reopen_url = url.clone();
        (
            Writer::start(conn, move || super::super::open(&reopen_url), limits),
            url,
        )
    }

    fn insert(c: &mut super::Conn, id: i32) -> Result<usize, StoreError> {
        Ok(diesel::insert_into(notes::table)
            .values(notes::id.eq(id))
            .execute(c)?)
    }

    /// The ids stored; the test's database files go with the answer.
    fn stored(url: &str) -> Vec<i32> {
        let mut conn = super::super::open(url).unwrap();
        let ids = notes::table
            .select(notes::id)
            .order(notes::id)
            .load(&mut conn)
            .unwrap();
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{url}{suffix}"));
        }
        ids
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn writes_sent_together_commit_or_roll_back_each_on_their_own() {
        let _turn = ONE_BUSY_WRITER.lock().await;
        let (writer, url) = writer();
        let mut jobs = tokio::task::JoinSet::new();
        for id in 1..=30 {
            let writer = writer.clone();
            jobs.spawn(async move {
                let result = writer
                    .run(move |c| {
                        diesel::insert_into(notes::table)
                            .values(notes::id.eq(id))
                            .execute(c)?;
                        if id % 3 == 0 {
                            return Err(StoreError::Conflict("refused after writing".into()));
                        }
                        Ok(id)
                    })
                    .await;
                (id, result.is_ok())
            });
        }
        let mut answers = jobs.join_all().await;
        answers.sort();
        for (id, ok) in &answers {
            assert_eq!(*ok, id % 3 != 0, "job {id}");
        }
        let expected: Vec<i32> = (1..=30).filter(|id| id % 3 != 0).collect();
        assert_eq!(stored(&url), expected);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_write_that_panics_is_an_error_and_the_writer_goes_on() {
        let _turn = ONE_BUSY_WRITER.lock().await;
        let (writer, url) = writer();
        let failed = writer
            .run(|c| -> Result<(), StoreError> {
                diesel::insert_into(notes::table)
                    .values(notes::id.eq(1))
                    .execute(c)?;
                panic!("a bug in a write");
            })
            .await;
        assert!(failed.is_err());
        let after = writer.run(|c| insert(c, 2)).await;
        assert_eq!(after.ok(), Some(1));
        assert_eq!(stored(&url), vec![2]);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_write_whose_requester_has_gone_is_not_made() {
        let _turn = ONE_BUSY_WRITER.lock().await;
        let (writer, url) = writer();
        // Keep the writer busy, so the next job waits in the queue.
        let busy = {
            let writer = writer.clone();
            tokio::spawn(async move {
                writer
                    .run(|_| {
                        std::thread::sleep(std::time::Duration::from_millis(300));
                        Ok::<_, StoreError>(())
                    })
                    .await
            })
        };
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let gone = tokio::time::timeout(
            std::time::Duration::from_millis(20),
            writer.run(|c| insert(c, 1)),
        )
        .await;
        assert!(gone.is_err(), "the requester gave up first");
        busy.await.unwrap().unwrap();
        let after = writer.run(|c| insert(c, 2)).await;
        assert_eq!(after.ok(), Some(1));
        assert_eq!(stored(&url), vec![2]);
    }

    /// Starts a job that keeps the writer busy for `ms` milliseconds, and waits until it runs.
    async fn keep_busy(
        writer: &Writer,
        ms: u64,
    ) -> tokio::task::JoinHandle<Result<(), StoreError>> {
        let (started, running) = tokio::sync::oneshot::channel();
        let writer = writer.clone();
        let busy = tokio::spawn(async move {
            writer
                .run(move |_| {
                    let _ = started.send(());
                    std::thread::sleep(std::time::Duration::from_millis(ms));
                    Ok::<_, StoreError>(())
                })
                .await
        });
        running.await.unwrap();
        busy
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_write_beyond_the_queue_is_refused_at_once_and_changes_nothing() {
        let _turn = ONE_BUSY_WRITER.lock().await;
        let (writer, url) = writer_with(super::Limits {
            queue: 2,
            wait: std::time::Duration::from_secs(10),
        });
        let busy = keep_busy(&writer, 400).await;
        let mut queued = tokio::task::JoinSet::new();
        for id in 1..=2 {
            let writer = writer.clone();
            queued.spawn(async move { writer.run(move |c| insert(c, id)).await });
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let started = std::time::Instant::now();
        let refused = writer.run(|c| insert(c, 3)).await;
        assert!(matches!(refused, Err(StoreError::Busy)), "{refused:?}");
        assert!(started.elapsed() < std::time::Duration::from_millis(100));
        busy.await.unwrap().unwrap();
        for answer in queued.join_all().await {
            assert_eq!(answer.ok(), Some(1));
        }
        assert_eq!(stored(&url), vec![1, 2]);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_write_that_waits_too_long_is_answered_and_skipped() {
        let _turn = ONE_BUSY_WRITER.lock().await;
        let (writer, url) = writer_with(super::Limits {
            queue: 8,
            wait: std::time::Duration::from_millis(100),
        });
        let busy = keep_busy(&writer, 400).await;
        let late = writer.run(|c| insert(c, 1)).await;
        assert!(matches!(late, Err(StoreError::Unconfirmed)), "{late:?}");
        // The busy job itself waited longer than the limit for its answer too.
        assert!(matches!(busy.await.unwrap(), Err(StoreError::Unconfirmed)));
        // The busy job still runs for a while after its requester stopped waiting.
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        let after = writer.run(|c| insert(c, 2)).await;
        assert_eq!(after.ok(), Some(1));
        assert_eq!(stored(&url), vec![2], "the abandoned write was not made");
    }
}
