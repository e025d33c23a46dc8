//! When a showing is on sale: from when it is scheduled until it starts. Holding seats, paying for
//! them and showing the seat map as open all ask this.

use chrono::NaiveDateTime;

/// True once a showing starting at `starts_at` has started, and so can no longer be sold online.
pub fn has_started(starts_at: NaiveDateTime, now: NaiveDateTime) -> bool {
    starts_at <= now
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sales_close_at_the_start_itself() {
        let start = chrono::DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc();
        assert!(!has_started(start, start - chrono::Duration::seconds(1)));
        assert!(has_started(start, start));
    }
}
