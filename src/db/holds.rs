//! Seat holds: the guarded updates that make sure no seat is ever sold twice.

use chrono::NaiveDateTime;
use diesel::dsl;
use diesel::prelude::*;

use super::StoreError;
use super::bookings::{self, Booking};
use super::settings::Rules;
use super::showings;
use crate::domain::hold;
use crate::domain::kinds::{BookingStatus, SeatKind, SeatState};
use crate::domain::money;
use crate::schema::{
    booking_items, bookings as bookings_t, payments, seat_states, seats, showings as showings_t,
};

#[derive(Debug, Clone, Queryable)]
struct SeatRow {
    id: i32,
    version: i32,
    state: SeatState,
    held_until: Option<NaiveDateTime>,
    booking_id: Option<i32>,
    row_label: String,
    number: i32,
    kind: SeatKind,
}

impl SeatRow {
    fn label(&self) -> String {
        format!("{}{}", self.row_label, self.number)
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = booking_items)]
struct NewItem {
    booking_id: i32,
    showing_id: i32,
    seat_id: i32,
    ticket_type_id: i32,
    price_cents: i64,
}

fn seat_row(conn: &mut super::Conn, showing_id: i32, seat_id: i32) -> Result<SeatRow, StoreError> {
    seat_states::table
        .inner_join(seats::table)
        .filter(
            seat_states::showing_id
                .eq(showing_id)
                .and(seat_states::seat_id.eq(seat_id)),
        )
        .select((
            seat_states::id,
            seat_states::version,
            seat_states::state,
            seat_states::held_until,
            seat_states::booking_id,
            seats::row_label,
            seats::number,
            seats::kind,
        ))
        .first(conn)
        .optional()?
        .ok_or_else(|| StoreError::NotFound("This showing has no such seat.".into()))
}

// The hold rule of `domain::hold` as the store's queries say it: a hold is live while its end is
// after now. Every query that decides by a hold's end uses these, so SQL and Rust agree at the
// boundary (a hold ending exactly now has run out).

/// A seat state whose hold still keeps the seat.
pub(super) fn live_hold(now: NaiveDateTime) -> dsl::Gt<seat_states::held_until, NaiveDateTime> {
    seat_states::held_until.gt(now)
}

/// A seat state whose hold no longer keeps the seat.
pub(super) fn run_out_hold(
    now: NaiveDateTime,
) -> dsl::LtEq<seat_states::held_until, NaiveDateTime> {
    seat_states::held_until.le(now)
}

/// A pending booking whose hold has run out.
pub(super) fn overdue_basket(
    now: NaiveDateTime,
) -> dsl::LtEq<bookings_t::expires_at, NaiveDateTime> {
    bookings_t::expires_at.le(now)
}

/// The user's open basket for a showing; a basket whose hold ran out is ended here first.
fn open_basket(
    conn: &mut super::Conn,
    user_id: i32,
    showing_id: i32,
    now: NaiveDateTime,
) -> Result<Option<Booking>, StoreError> {
    match bookings::pending_for(conn, user_id, showing_id)? {
        Some(b) if !b.is_open(now) => {
            bookings::end(conn, &b, BookingStatus::Expired, now)?;
            Ok(None)
        }
        other => Ok(other),
    }
}

/// Holds one seat for the user. Holding a seat already held by this user changes nothing.
pub fn hold(
    conn: &mut super::Conn,
    user_id: i32,
    showing_id: i32,
    seat_id: i32,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        // Only what a hold needs: the hot path runs under SQLite's single write lock.
        let (starts_at, base_price): (NaiveDateTime, i64) = showings_t::table
            .find(showing_id)
            .select((showings_t::starts_at, showings_t::price_cents))
            .first(c)
            .optional()?
            .ok_or_else(|| StoreError::not_found("showing"))?;
        if starts_at <= now {
            return Err(StoreError::Conflict(
                "Sales for this showing have closed: it has already started.".into(),
            ));
        }
        let basket = open_basket(c, user_id, showing_id, now)?;
        let seat = seat_row(c, showing_id, seat_id)?;
        let held_by_other = seat.state == SeatState::Held
            && seat
                .held_until
                .is_some_and(|until| hold::is_live(until, now));
        if let Some(b) = &basket
            && held_by_other
            && seat.booking_id == Some(b.id)
        {
            return Ok(());
        }
        match seat.state {
            SeatState::Sold => {
                return Err(StoreError::Conflict(format!(
                    "Seat {} is already sold.",
                    seat.label()
                )));
            }
            SeatState::Held if held_by_other => {
                return Err(StoreError::Conflict(format!(
                    "Seat {} was just taken.",
                    seat.label()
                )));
            }
            _ => {}
        }
        if let Some(b) = &basket {
            let held: i64 = booking_items::table
                .filter(
                    booking_items::booking_id
                        .eq(b.id)
                        .and(booking_items::live.eq(true)),
                )
                .count()
                .get_result(c)?;
            if held >= rules.max_seats {
                return Err(StoreError::Conflict(format!(
                    "You can hold at most {} seats for one showing.",
                    rules.max_seats
                )));
            }
        }
        let basket = match basket {
            Some(b) => b,
            None => bookings::create_pending(c, user_id, showing_id, now, rules)?,
        };
        // The guard: only a free seat, or one whose hold has run out, at the version we read.
        let taken = diesel::update(
            seat_states::table
                .find(seat.id)
                .filter(seat_states::version.eq(seat.version))
                .filter(
                    seat_states::state.eq(SeatState::Free).or(seat_states::state
                        .eq(SeatState::Held)
                        .and(run_out_hold(now))),
                ),
        )
        .set((
            seat_states::state.eq(SeatState::Held),
            seat_states::booking_id.eq(Some(basket.id)),
            seat_states::held_until.eq(Some(basket.expires_at)),
            seat_states::version.eq(seat_states::version + 1),
        ))
        .execute(c)?;
        if taken != 1 {
            return Err(StoreError::Conflict(format!(
                "Seat {} was just taken.",
                seat.label()
            )));
        }
        if let Some(previous) = seat.booking_id.filter(|&id| id != basket.id) {
            // The seat comes from someone's run-out hold: their item no longer owns it.
            diesel::update(
                booking_items::table
                    .filter(booking_items::booking_id.eq(previous))
                    .filter(booking_items::seat_id.eq(seat_id))
                    .filter(booking_items::live.eq(true)),
            )
            .set(booking_items::live.eq(false))
            .execute(c)?;
        }
        let ticket = super::catalog::default_ticket_type(c)?;
        let price = money::ticket_price(
            base_price,
            ticket.price_percent,
            seat.kind,
            rules.vip_surcharge_cents,
        );
        diesel::insert_into(booking_items::table)
            .values(&NewItem {
                booking_id: basket.id,
                showing_id,
                seat_id,
                ticket_type_id: ticket.id,
                price_cents: price,
            })
            .execute(c)?;
        bookings::refresh_total(c, basket.id)?;
        showings::touch_seats(c, showing_id)?;
        Ok(())
    })
}

/// Releases a seat the user holds; releasing the last seat discards the basket.
pub fn release(
    conn: &mut super::Conn,
    user_id: i32,
    showing_id: i32,
    seat_id: i32,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let Some(basket) = open_basket(c, user_id, showing_id, now)? else {
            // Nothing held (or the hold ran out): the seat is not this user's either way.
            let seat = seat_row(c, showing_id, seat_id)?;
            return Err(StoreError::Conflict(format!(
                "You are not holding seat {}.",
                seat.label()
            )));
        };
        let seat = seat_row(c, showing_id, seat_id)?;
        if seat.booking_id != Some(basket.id) || seat.state != SeatState::Held {
            return Err(StoreError::Conflict(format!(
                "You are not holding seat {}.",
                seat.label()
            )));
        }
        let freed = diesel::update(
            seat_states::table
                .find(seat.id)
                .filter(seat_states::version.eq(seat.version)),
        )
        .set((
            seat_states::state.eq(SeatState::Free),
            seat_states::booking_id.eq(None::<i32>),
            seat_states::held_until.eq(None::<NaiveDateTime>),
            seat_states::version.eq(seat_states::version + 1),
        ))
        .execute(c)?;
        if freed != 1 {
            return Err(StoreError::Conflict(
                "The seat changed at the same moment. Please try again.".into(),
            ));
        }
        diesel::delete(
            booking_items::table
                .filter(booking_items::booking_id.eq(basket.id))
                .filter(booking_items::seat_id.eq(seat_id))
                .filter(booking_items::live.eq(true)),
        )
        .execute(c)?;
        let remaining: i64 = booking_items::table
            .filter(
                booking_items::booking_id
                    .eq(basket.id)
                    .and(booking_items::live.eq(true)),
            )
            .count()
            .get_result(c)?;
        let attempts: i64 = payments::table
            .filter(payments::booking_id.eq(basket.id))
            .count()
            .get_result(c)?;
        if remaining == 0 && attempts > 0 {
            // A declined payment stays on record, so the emptied basket is ended, not deleted.
            bookings::end(c, &basket, BookingStatus::Cancelled, now)?;
        } else if remaining == 0 {
            diesel::delete(booking_items::table.filter(booking_items::booking_id.eq(basket.id)))
                .execute(c)?;
            diesel::delete(bookings_t::table.find(basket.id)).execute(c)?;
        } else {
            bookings::refresh_total(c, basket.id)?;
        }
        showings::touch_seats(c, showing_id)?;
        Ok(())
    })
}

/// Ends every pending booking whose hold has run out; returns how many. Run by the background sweeper.
pub fn expire_overdue(conn: &mut super::Conn, now: NaiveDateTime) -> Result<usize, StoreError> {
    super::write(conn, |c| {
        let overdue: Vec<Booking> = bookings_t::table
            .filter(
                bookings_t::status
                    .eq(BookingStatus::Pending)
                    .and(overdue_basket(now)),
            )
            .select(Booking::as_select())
            .limit(1000)
            .load(c)?;
        for booking in &overdue {
            bookings::end(c, booking, BookingStatus::Expired, now)?;
        }
        Ok(overdue.len())
    })
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
