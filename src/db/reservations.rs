//! The counter's reservations: finding a booking by its code, the customer's e-mail or name, and
//! what a cashier does with it (collect the tickets, move them to other seats). Each change is
//! guarded in its own UPDATE and audited in the same transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::StoreError;
use super::audit::{self, Change};
use super::bookings::Booking;
use super::holds::{self, Blocked};
use crate::domain::hold;
use crate::domain::kinds::{BookingStatus, SeatState};
use crate::i18n::Msg;
use crate::schema::{booking_items, bookings as bookings_t, seat_states, users};

/// The most bookings a look-up lists.
const MOST_FOUND: i64 = 50;

/// Bookings whose code is `q`, or whose customer's e-mail or name contains it, newest first.
pub fn search(conn: &mut super::Conn, q: &str) -> QueryResult<Vec<Booking>> {
    let q = q.trim();
    if q.is_empty() {
        return Ok(Vec::new());
    }
    let code = q.to_ascii_uppercase();
    // Wildcards typed are taken literally by dropping them: "%" alone must not list everyone.
    let needle = q.replace(['%', '_'], "");
    if needle.chars().count() < 2 {
        return Ok(Vec::new());
    }
    let pattern = format!("%{needle}%");
    let accounts = users::table
        .filter(users::email.like(&pattern).or(users::name.like(&pattern)))
        .select(users::id.nullable());
    bookings_t::table
        .filter(
            bookings_t::code
                .eq(code)
                .or(bookings_t::customer_email.like(&pattern))
                .or(bookings_t::customer_name.like(&pattern))
                .or(bookings_t::user_id.eq_any(accounts)),
        )
        .filter(bookings_t::status.ne(BookingStatus::Expired))
        .order(bookings_t::id.desc())
        .limit(MOST_FOUND)
        .select(Booking::as_select())
        .load(conn)
}

/// Who a booking is for, as the counter shows it: the account's name and e-mail, or the walk-in's.
pub fn customer_of(conn: &mut super::Conn, booking: &Booking) -> QueryResult<(String, String)> {
    if let Some(id) = booking.user_id
        && let Some(user) = super::users::find(conn, id)?
    {
        return Ok((user.name, user.email));
    }
    Ok((
        booking.customer_name.clone(),
        booking.customer_email.clone(),
    ))
}

/// Marks a paid booking's tickets collected (printed and handed over). `Conflict` naming why when
/// it is not paid, or was collected already.
pub fn collect(
    conn: &mut super::Conn,
    booking_id: i32,
    staff_id: i32,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let done = diesel::update(
            bookings_t::table
                .find(booking_id)
                .filter(bookings_t::status.eq(BookingStatus::Paid))
                .filter(bookings_t::collected_at.is_null()),
        )
        .set((
            bookings_t::collected_at.eq(Some(now)),
            bookings_t::collected_by.eq(Some(staff_id)),
            bookings_t::version.eq(bookings_t::version + 1),
        ))
        .execute(c)?;
        if done == 1 {
            return Ok(());
        }
        let booking: Booking = bookings_t::table
            .find(booking_id)
            .select(Booking::as_select())
            .first(c)?;
        Err(StoreError::Conflict(
            match booking.status {
                BookingStatus::Paid => Msg::new("counter-already-collected"),
                BookingStatus::Pending => Msg::new("counter-collect-unpaid"),
                BookingStatus::Cancelled => Msg::new("counter-booking-cancelled"),
                BookingStatus::Expired => Msg::new("counter-booking-expired"),
            }
            .into(),
        ))
    })
}

/// Moves a booking to other seats of its showing, as many as it has, in one transaction: the new
/// seats are taken first with the same guard as a hold, and the old ones are freed only then, so
/// a move that cannot have every new seat changes nothing. Each ticket keeps its type and the
/// price paid. Returns the old and the new labels.
pub fn move_seats(
    conn: &mut super::Conn,
    booking_id: i32,
    staff_id: i32,
    new_seat_ids: &[i32],
    now: NaiveDateTime,
) -> Result<(Vec<String>, Vec<String>), StoreError> {
    super::write(conn, |c| {
        let booking: Booking = bookings_t::table
            .find(booking_id)
            .select(Booking::as_select())
            .first(c)?;
        let paid = match booking.status {
            BookingStatus::Paid => true,
            BookingStatus::Pending if booking.is_open(now) => false,
            _ => {
                return Err(StoreError::Conflict(
                    Msg::new("counter-move-not-movable").into(),
                ));
            }
        };
        if booking.admitted_at.is_some() {
            return Err(StoreError::Conflict(
                Msg::new("counter-move-admitted").into(),
            ));
        }
        let starts_at: NaiveDateTime = crate::schema::showings::table
            .find(booking.showing_id)
            .select(crate::schema::showings::starts_at)
            .first(c)?;
        if crate::domain::sales::has_started(starts_at, now) {
            return Err(StoreError::Conflict(
                Msg::new("counter-move-started").into(),
            ));
        }
        let old: Vec<i32> = booking_items::table
            .filter(booking_items::booking_id.eq(booking.id))
            .filter(booking_items::live.eq(true))
            .select(booking_items::seat_id)
            .load(c)?;
        if new_seat_ids.len() != old.len() {
            return Err(StoreError::Invalid(
                Msg::new("counter-move-count")
                    .arg("count", old.len())
                    .into(),
            ));
        }
        let old_rows = holds::seat_rows(c, booking.showing_id, &old)?;
        let rows = holds::seat_rows(c, booking.showing_id, new_seat_ids)?;
        if rows.len() != new_seat_ids.len() {
            return Err(StoreError::NotFound(
                Msg::new("counter-no-such-seat").into(),
            ));
        }
        let label_of = |rows: &[holds::SeatRow]| rows.iter().map(|r| r.label()).collect::<Vec<_>>();
        let to_take: Vec<&holds::SeatRow> =
            rows.iter().filter(|r| !old.contains(&r.seat_id)).collect();
        let to_free: Vec<i32> = old
            .iter()
            .copied()
            .filter(|id| !new_seat_ids.contains(id))
            .collect();
        let refused: Vec<String> = to_take
            .iter()
            .filter(|r| {
                r.state == SeatState::Sold
                    || r.state == SeatState::Blocked
                    || (r.state == SeatState::Held
                        && r.held_until.is_some_and(|u| hold::is_live(u, now)))
            })
            .map(|r| r.label())
            .collect();
        if !refused.is_empty() {
            return Err(StoreError::Conflict(
                Msg::new("counter-move-not-free")
                    .arg("seats", refused.join(", "))
                    .into(),
            ));
        }
        for (row, old_seat) in to_take.iter().zip(&to_free) {
            // The hold's guard takes the seat for this booking; its item then points at it.
            diesel::update(
                booking_items::table
                    .filter(booking_items::booking_id.eq(booking.id))
                    .filter(booking_items::seat_id.eq(old_seat))
                    .filter(booking_items::live.eq(true)),
            )
            .set(booking_items::live.eq(false))
            .execute(c)?;
            let (ticket_type_id, price): (i32, i64) = booking_items::table
                .filter(booking_items::booking_id.eq(booking.id))
                .filter(booking_items::seat_id.eq(old_seat))
                .order(booking_items::id.desc())
                .select((booking_items::ticket_type_id, booking_items::price_cents))
                .first(c)?;
            holds::take(
                c,
                &booking,
                row,
                (ticket_type_id, price),
                Blocked::Refuse,
                now,
            )?;
            // The old item is not a ticket any more: the booking's tickets are its live items.
            diesel::delete(
                booking_items::table
                    .filter(booking_items::booking_id.eq(booking.id))
                    .filter(booking_items::seat_id.eq(old_seat))
                    .filter(booking_items::live.eq(false)),
            )
            .execute(c)?;
        }
        if paid {
            let taken: Vec<i32> = to_take.iter().map(|r| r.seat_id).collect();
            diesel::update(
                seat_states::table
                    .filter(seat_states::showing_id.eq(booking.showing_id))
                    .filter(seat_states::booking_id.eq(booking.id))
                    .filter(seat_states::seat_id.eq_any(&taken)),
            )
            .set((
                seat_states::state.eq(SeatState::Sold),
                seat_states::held_until.eq(None::<NaiveDateTime>),
                seat_states::version.eq(seat_states::version + 1),
            ))
            .execute(c)?;
        }
        let freed = diesel::update(
            seat_states::table
                .filter(seat_states::showing_id.eq(booking.showing_id))
                .filter(seat_states::booking_id.eq(booking.id))
                .filter(seat_states::seat_id.eq_any(&to_free)),
        )
        .set((
            seat_states::state.eq(SeatState::Free),
            seat_states::booking_id.eq(None::<i32>),
            seat_states::held_until.eq(None::<NaiveDateTime>),
            seat_states::version.eq(seat_states::version + 1),
        ))
        .execute(c)?;
        if freed != to_free.len() {
            return Err(StoreError::Conflict(
                Msg::new("counter-booking-raced").into(),
            ));
        }
        let moved = diesel::update(
            bookings_t::table
                .find(booking.id)
                .filter(bookings_t::version.eq(booking.version))
                .filter(bookings_t::status.eq(booking.status)),
        )
        .set(bookings_t::version.eq(bookings_t::version + 1))
        .execute(c)?;
        if moved != 1 {
            return Err(StoreError::Conflict(
                Msg::new("counter-booking-raced").into(),
            ));
        }
        super::blocks::restore(c, booking.showing_id)?;
        super::showings::touch_seats(c, booking.showing_id)?;
        let (before, after) = (label_of(&old_rows), label_of(&rows));
        audit::record(
            c,
            now,
            &Change {
                actor_id: staff_id,
                entity: "booking",
                entity_id: booking.id,
                action: "move",
                before: serde_json::json!({ "code": booking.code, "seats": before }),
                after: serde_json::json!({ "code": booking.code, "seats": after }),
            },
        )?;
        Ok((before, after))
    })
}
