//! The seat grids' validators, read for many polls at once.
//!
//! Every open seat map asks every few seconds whether its grid changed, and nearly always it has not:
//! the answer is one indexed read. Sent to the blocking thread pool one by one, each of those reads
//! costs two thread switches, several times the read itself. So a poll joins a queue instead, and one
//! trip to the blocking pool answers everything queued, showing by showing, then the polls that
//! arrived meanwhile, until the queue is empty.
//!
//! Every answer is as fresh as an answer of its own: a poll is only ever answered by a read that
//! starts after it joined the queue. Nothing is kept between reads.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::oneshot;

use super::StoreError;
use super::seat_map::{self, GridVersion};
use super::{Conn, DbPool};
use crate::clock::Clock;

type Answer = Result<Option<GridVersion>, String>;

struct Waiter {
    showing_id: i32,
    reply: oneshot::Sender<Answer>,
}

#[derive(Default)]
struct Queue {
    waiting: Vec<Waiter>,
    /// A trip to the blocking pool is on its way or running, and will take what is queued.
    draining: bool,
}

#[derive(Clone)]
pub struct GridVersions {
    queue: Arc<Mutex<Queue>>,
    pool: DbPool,
    clock: Clock,
}

impl GridVersions {
    pub fn new(pool: DbPool, clock: Clock) -> GridVersions {
        GridVersions {
            queue: Arc::default(),
            pool,
            clock,
        }
    }

    /// The showing's grid version now; `None` when there is no such showing.
    pub async fn get(&self, showing_id: i32) -> Result<Option<GridVersion>, StoreError> {
        let (reply, answer) = oneshot::channel();
        let start = {
            let mut queue = self.lock();
            queue.waiting.push(Waiter { showing_id, reply });
            !std::mem::replace(&mut queue.draining, true)
        };
        if start {
            let turn = Turn {
                versions: self.clone(),
                finished: false,
            };
            let pool = self.pool.clone();
            tokio::spawn(async move {
                let drained = super::run(&pool, move |c| {
                    let mut turn = turn;
                    turn.drain(c);
                    Ok::<_, StoreError>(())
                })
                .await;
                if let Err(e) = drained {
                    log::error!("reading seat grid versions failed: {e}");
                }
            });
        }
        match answer.await {
            Ok(Ok(version)) => Ok(version),
            Ok(Err(message)) => Err(StoreError::failed(anyhow::anyhow!(message))),
            Err(_) => Err(StoreError::failed(anyhow::anyhow!(
                "the seat grid version read was abandoned"
            ))),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The one trip to the blocking pool that answers the queue. Should it end without emptying the
/// queue (a panic, or no connection to be had), its drop hands the waiting polls an error and lets
/// the next poll start a new trip.
struct Turn {
    versions: GridVersions,
    finished: bool,
}

impl Turn {
    fn drain(&mut self, conn: &mut Conn) {
        loop {
            let batch = {
                let mut queue = self.versions.lock();
                if queue.waiting.is_empty() {
                    queue.draining = false;
                    self.finished = true;
                    return;
                }
                std::mem::take(&mut queue.waiting)
            };
            let now = self.versions.clock.now_naive();
            let mut read: HashMap<i32, Answer> = HashMap::new();
            for waiter in batch {
                let answer = read
                    .entry(waiter.showing_id)
                    .or_insert_with(|| {
                        seat_map::version(conn, waiter.showing_id, now).map_err(|e| e.to_string())
                    })
                    .clone();
                // A poll whose client went away no longer listens; that is fine.
                let _ = waiter.reply.send(answer);
            }
        }
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        if !self.finished {
            let mut queue = self.versions.lock();
            queue.draining = false;
            queue.waiting.clear();
        }
    }
}
