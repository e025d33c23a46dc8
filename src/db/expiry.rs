//! The hold rule of `domain::hold` as the store's queries say it: a hold is live while its end is
//! after now. Every query that decides by a hold's end uses these, so SQL and Rust agree at the
//! boundary (a hold ending exactly now has run out).

use chrono::NaiveDateTime;
use diesel::dsl;
use diesel::prelude::*;

use crate::schema::{bookings, seat_states};

/// A seat state whose hold still keeps the seat.
pub fn live_hold(now: NaiveDateTime) -> dsl::Gt<seat_states::held_until, NaiveDateTime> {
    seat_states::held_until.gt(now)
}

/// A seat state whose hold no longer keeps the seat.
pub fn run_out_hold(now: NaiveDateTime) -> dsl::LtEq<seat_states::held_until, NaiveDateTime> {
    seat_states::held_until.le(now)
}

/// A pending booking whose hold has run out.
pub fn overdue_basket(now: NaiveDateTime) -> dsl::LtEq<bookings::expires_at, NaiveDateTime> {
    bookings::expires_at.le(now)
}

/// A pending booking whose hold still keeps its seats.
pub fn live_basket(now: NaiveDateTime) -> dsl::Gt<bookings::expires_at, NaiveDateTime> {
    bookings::expires_at.gt(now)
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, NaiveDateTime};
    use diesel::connection::SimpleConnection;
    use diesel::prelude::*;
    use diesel_migrations::MigrationHarness;

    use crate::domain::hold;
    use crate::domain::kinds::SeatState;
    use crate::schema::seat_states;

    /// A migrated database with foreign keys off, so seat states can be written alone.
    fn bare_database() -> (super::super::Conn, std::path::PathBuf) {
        let path = std::env::temp_dir().join(format!("cinema-holds-{}.db", crate::random::token()));
        let mut conn = super::super::Conn::establish(&path.display().to_string()).unwrap();
        conn.run_pending_migrations(super::super::MIGRATIONS)
            .unwrap();
        conn.batch_execute("PRAGMA foreign_keys = OFF").unwrap();
        (conn, path)
    }

    #[test]
    fn the_queries_and_the_domain_agree_on_when_a_hold_runs_out() {
        let (mut conn, path) = bare_database();
        let now: NaiveDateTime = chrono::DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc();
        let ends = [now - Duration::seconds(1), now, now + Duration::seconds(1)];
        for (seat_id, until) in (1..).zip(ends) {
            diesel::insert_into(seat_states::table)
                .values((
                    seat_states::showing_id.eq(1),
                    seat_states::seat_id.eq(seat_id),
                    seat_states::state.eq(SeatState::Held),
                    seat_states::booking_id.eq(Some(1)),
                    seat_states::held_until.eq(Some(until)),
                ))
                .execute(&mut conn)
                .unwrap();
        }
        let live: Vec<Option<NaiveDateTime>> = seat_states::table
            .filter(super::live_hold(now))
            .select(seat_states::held_until)
            .load(&mut conn)
            .unwrap();
        let run_out: Vec<Option<NaiveDateTime>> = seat_states::table
            .filter(super::run_out_hold(now))
            .select(seat_states::held_until)
            .load(&mut conn)
            .unwrap();
        for until in ends {
            assert_eq!(live.contains(&Some(until)), hold::is_live(until, now));
            assert_eq!(
                run_out.contains(&Some(until)),
                hold::has_run_out(until, now)
            );
        }
        drop(conn);
        let _ = std::fs::remove_file(path);
    }
}
