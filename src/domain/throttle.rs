//! The sliding window every throttle counts in: at most `limit` events in any `window`; one more
//! must wait until the oldest of the last `limit` leaves it.

use chrono::{Duration, NaiveDateTime};

/// When one more event may come, given the most recent events newest first (at least `limit` of
/// them, if there are that many inside the window); `None` when one may come now.
pub fn free_at(
    newest_first: &[NaiveDateTime],
    limit: usize,
    window: Duration,
) -> Option<NaiveDateTime> {
    if limit == 0 || newest_first.len() < limit {
        return None;
    }
    Some(newest_first[limit - 1] + window)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000 + minutes * 60, 0)
            .unwrap()
            .naive_utc()
    }

    #[test]
    fn the_wait_ends_when_the_oldest_counted_event_leaves_the_window() {
        let window = Duration::minutes(15);
        assert_eq!(free_at(&[at(9), at(5)], 3, window), None);
        assert_eq!(free_at(&[at(9), at(5), at(1)], 3, window), Some(at(16)));
        assert_eq!(
            free_at(&[at(9), at(5), at(1), at(0)], 3, window),
            Some(at(16))
        );
    }
}
