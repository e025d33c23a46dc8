//! The hold rule: a seat held for a basket is taken until the hold's end (`held_until`, the basket's
//! `expires_at`); from that moment on it is free again and the basket is over, whether or not the
//! background sweeper has released it yet. Every check of a hold in the product asks this module, and
//! the store's queries say the same thing in SQL (`db::expiry`).

use chrono::NaiveDateTime;

/// True while a hold that ends at `until` still keeps its seat at `now`.
pub fn is_live(until: NaiveDateTime, now: NaiveDateTime) -> bool {
    until > now
}

/// True once a hold that ends at `until` no longer keeps its seat at `now`: the seat may be taken by
/// anyone, and nothing may be paid for it.
pub fn has_run_out(until: NaiveDateTime, now: NaiveDateTime) -> bool {
    !is_live(until, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000 + seconds, 0)
            .unwrap()
            .naive_utc()
    }

    #[test]
    fn a_hold_keeps_its_seat_until_the_moment_it_ends() {
        let until = at(600);
        assert!(is_live(until, at(0)));
        assert!(is_live(until, at(599)));
        assert!(!is_live(until, at(600)), "the end itself is already free");
        assert!(!is_live(until, at(601)));
        assert!(has_run_out(until, at(600)));
        assert!(!has_run_out(until, at(599)));
    }
}
