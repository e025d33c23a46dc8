//! The cancellation rule: a paid booking may be cancelled (and refunded) until the cinema's cut-off
//! before the showing starts; from that moment on it can no longer be cancelled online. A pending
//! booking may always be cancelled: nothing was paid.

use chrono::{Duration, NaiveDateTime};

use crate::i18n::{Arg, Lang};

/// The last moment before which a paid booking may still be cancelled.
pub fn deadline(starts_at: NaiveDateTime, cutoff: Duration) -> NaiveDateTime {
    starts_at - cutoff
}

/// True while a paid booking for a showing starting at `starts_at` may be cancelled at `now`.
pub fn paid_booking_may_be_cancelled(
    now: NaiveDateTime,
    starts_at: NaiveDateTime,
    cutoff: Duration,
) -> bool {
    now < deadline(starts_at, cutoff)
}

/// "2 hours", "90 minutes" ("2 godziny", "90 minut"): how a cut-off is said to a customer.
pub fn describe(cutoff: Duration, lang: Lang) -> String {
    let minutes = cutoff.num_minutes();
    let (id, args): (&str, Vec<(&str, Arg)>) = match (minutes / 60, minutes % 60) {
        (0, m) => ("duration-minutes", vec![("minutes", m.into())]),
        (h, 0) => ("duration-hours", vec![("hours", h.into())]),
        (h, m) => (
            "duration-hours-minutes",
            vec![("hours", h.into()), ("minutes", m.into())],
        ),
    };
    lang.t_with(id, &args)
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
    fn a_paid_booking_may_be_cancelled_until_the_cut_off_and_not_at_it() {
        let starts = at(180);
        let cutoff = Duration::minutes(120);
        assert_eq!(deadline(starts, cutoff), at(60));
        assert!(paid_booking_may_be_cancelled(at(0), starts, cutoff));
        assert!(paid_booking_may_be_cancelled(at(59), starts, cutoff));
        assert!(!paid_booking_may_be_cancelled(at(60), starts, cutoff));
        assert!(!paid_booking_may_be_cancelled(at(200), starts, cutoff));
    }

    #[test]
    fn a_zero_cut_off_allows_cancelling_until_the_start() {
        assert!(paid_booking_may_be_cancelled(
            at(9),
            at(10),
            Duration::zero()
        ));
        assert!(!paid_booking_may_be_cancelled(
            at(10),
            at(10),
            Duration::zero()
        ));
    }

    #[test]
    fn cut_offs_are_said_in_words() {
        let en = |m| describe(Duration::minutes(m), Lang::En);
        assert_eq!(en(120), "2 hours");
        assert_eq!(en(60), "1 hour");
        assert_eq!(en(90), "1 h 30 min");
        assert_eq!(en(45), "45 minutes");
        assert_eq!(en(1), "1 minute");
        let pl = |m| describe(Duration::minutes(m), Lang::Pl);
        assert_eq!(pl(120), "2 godziny");
        assert_eq!(pl(60), "1 godzinę");
        assert_eq!(pl(300), "5 godzin");
        assert_eq!(pl(90), "1 godz. 30 min");
        assert_eq!(pl(1), "1 minutę");
        assert_eq!(pl(22), "22 minuty");
        assert_eq!(pl(45), "45 minut");
    }
}
