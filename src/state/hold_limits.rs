//! How fast one account and one client address may hold seats: a script with a few accounts must
//! not be able to hold a whole hall in a second. GCRA limiters (governor), keyed by account and by
//! address, with a minute's allowance available at once and refilled evenly.
//!
//! They live in memory: a hold is the hot path, and counting every hold in the database would
//! cost a write per hold. So each app instance allows the limit on its own; behind a load balancer
//! that spreads one client over several instances the limit is that many times higher. The quotas
//! are settings, taken from the rules each request loads.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, RwLock};

use governor::clock::Clock as GovernorClock;
use governor::middleware::NoOpMiddleware;
use governor::nanos::Nanos;
use governor::state::keyed::DashMapStateStore;
use governor::{Quota, RateLimiter};

use crate::clock::Clock;

/// Governor's clock: monotonic (a step of the system's time must not lock keys out for the size of
/// the step), plus however far the application's clock has been moved, so tests that move the
/// clock move the limits too.
#[derive(Debug, Clone)]
struct AppClock {
    clock: Clock,
    start: std::time::Instant,
}

impl GovernorClock for AppClock {
    type Instant = Nanos;

    fn now(&self) -> Nanos {
        let moved = self.clock.offset().to_std().unwrap_or_default();
        Nanos::from(self.start.elapsed() + moved)
    }
}

type Limiter<K> = RateLimiter<K, DashMapStateStore<K>, AppClock, NoOpMiddleware<Nanos>>;

/// One keyed limiter at the quota it was built for; a new quota replaces it (and forgets the
/// counts, which a settings change may).
struct Keyed<K: std::hash::Hash + Eq + Clone> {
    current: RwLock<Option<(u32, Arc<Limiter<K>>)>>,
    clock: AppClock,
}

impl<K: std::hash::Hash + Eq + Clone> Keyed<K> {
    fn new(clock: Clock) -> Keyed<K> {
        Keyed {
            current: RwLock::new(None),
            clock: AppClock {
                clock,
                start: std::time::Instant::now(),
            },
        }
    }

    fn limiter(&self, per_minute: u32) -> Arc<Limiter<K>> {
        if let Some((quota, limiter)) = &*self.current.read().unwrap_or_else(|e| e.into_inner())
            && *quota == per_minute
        {
            return limiter.clone();
        }
        let mut current = self.current.write().unwrap_or_else(|e| e.into_inner());
        match &*current {
            Some((quota, limiter)) if *quota == per_minute => limiter.clone(),
            _ => {
                let n = NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN);
                let limiter = Arc::new(RateLimiter::dashmap_with_clock(
                    Quota::per_minute(n),
                    self.clock.clone(),
                ));
                *current = Some((per_minute, limiter.clone()));
                limiter
            }
        }
    }

    /// `Ok` when `key` may go on; otherwise in how many seconds it may.
    fn check(&self, key: &K, per_minute: u32) -> Result<(), u64> {
        let limiter = self.limiter(per_minute);
        limiter.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
        })
    }

    fn forget_idle(&self) {
        if let Some((_, limiter)) = &*self.current.read().unwrap_or_else(|e| e.into_inner()) {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

pub struct HoldLimits {
    accounts: Keyed<i32>,
    addresses: Keyed<String>,
    /// The address quota of the rules the last request read: the address is counted before a hold
    /// is sent to the database, where its own request's rules are read.
    address_quota: AtomicU32,
}

impl HoldLimits {
    /// `address_quota`: the setting as the application started with it.
    pub fn new(clock: Clock, address_quota: u32) -> HoldLimits {
        HoldLimits {
            accounts: Keyed::new(clock.clone()),
            addresses: Keyed::new(clock),
            address_quota: AtomicU32::new(address_quota),
        }
    }

    /// Counts a hold from `address` at the last known quota; `Err` with the seconds to wait when
    /// the address has used its minute.
    pub fn address(&self, address: &str) -> Result<(), u64> {
        let quota = self.address_quota.load(Ordering::Relaxed);
        self.addresses.check(&address.to_owned(), quota)
    }

    /// Takes the address quota of the rules a request just read, for the holds that come next.
    pub fn adopt_address_quota(&self, per_minute: u32) {
        self.address_quota.store(per_minute, Ordering::Relaxed);
    }

    /// Counts a hold by the account; `Err` with the seconds to wait when it has used its minute.
    pub fn account(&self, user_id: i32, per_minute: u32) -> Result<(), u64> {
        self.accounts.check(&user_id, per_minute)
    }

    /// Forgets keys that are back to a full allowance; the sweeper calls this now and then.
    pub fn forget_idle(&self) {
        self.accounts.forget_idle();
        self.addresses.forget_idle();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minutes_allowance_is_there_at_once_and_refills_evenly() {
        let clock = Clock::default();
        let limits = HoldLimits::new(clock.clone(), 60);
        for _ in 0..6 {
            assert!(limits.account(7, 6).is_ok());
        }
        let wait = limits.account(7, 6).unwrap_err();
        assert!((1..=10).contains(&wait), "one hold back every 10 s: {wait}");
        assert!(limits.account(8, 6).is_ok(), "another account has its own");
        clock.advance(chrono::Duration::seconds(10));
        assert!(limits.account(7, 6).is_ok());
        assert!(limits.account(7, 6).is_err());
    }

    #[test]
    fn a_new_quota_applies_to_the_next_hold() {
        let limits = HoldLimits::new(Clock::default(), 1);
        assert!(limits.address("203.0.113.1").is_ok());
        assert!(limits.address("203.0.113.1").is_err());
        assert!(
            limits.address("203.0.113.2").is_ok(),
            "another address has its own"
        );
        limits.adopt_address_quota(100);
        assert!(limits.address("203.0.113.1").is_ok());
    }
}
