//! The background task that releases run-out holds and marks their bookings expired (reads already
//! treat a run-out hold as free; this makes the database say so too). It also forgets what no
//! longer counts: old login failures and registrations, ended sessions, idle rate-limit keys.

use std::sync::Arc;
use std::time::Duration;

use crate::clock::Clock;
use crate::db::{self, DbPool};
use crate::state::hold_limits::HoldLimits;

pub async fn run(pool: DbPool, clock: Clock, every: Duration, hold_limits: Arc<HoldLimits>) {
    let mut ticker = tokio_interval(every);
    loop {
        ticker.tick().await;
        hold_limits.forget_idle();
        let now = clock.now_naive();
        let work = db::run(&pool, move |c| {
            let rules = db::settings::load(c, None)?;
            let longest_idle = rules.customer_idle.max(rules.staff_idle);
            db::write(c, |c| {
                db::login_failures::prune(c, now)?;
                db::registrations::prune(c, now)?;
                db::sessions::prune(c, now, longest_idle)
            })?;
            db::holds::expire_overdue(c, now)
        });
        match work.await {
            Ok(0) => {}
            Ok(n) => log::info!("released the seats of {n} expired booking(s)"),
            Err(e) => log::error!("expiring holds failed: {e:?}"),
        }
    }
}

fn tokio_interval(every: Duration) -> tokio::time::Interval {
    let mut interval = tokio::time::interval(every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    interval
}
