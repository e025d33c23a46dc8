//! Checkout and after: choosing ticket types, paying with the simulated processor, cancelling.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::StoreError;
use super::bookings::{Booking, Ending, claim, end, items, payments};
use super::catalog::TicketType;
use super::settings::Rules;
use super::showings;
use crate::domain::age_rating::AgeRating;
use crate::domain::kinds::{BookingStatus, PaymentKind, PaymentMethod, PaymentStatus, SeatState};
use crate::domain::{cancellation, sales};
use crate::schema::{booking_items, bookings, payments as payments_t, seat_states};

#[derive(Debug, Insertable)]
#[diesel(table_name = payments_t)]
struct NewPayment<'a> {
    booking_id: i32,
    kind: PaymentKind,
    method: PaymentMethod,
    status: PaymentStatus,
    amount_cents: i64,
    reference: &'a str,
    card_last4: Option<&'a str>,
    created_at: NaiveDateTime,
}

/// Sets the ticket type of each listed seat of an open booking and recomputes the total.
pub fn set_ticket_types(
    conn: &mut super::Conn,
    booking_id: i32,
    choices: &[(i32, TicketChoice)],
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let booking: Booking = bookings::table
            .find(booking_id)
            .select(Booking::as_select())
            .first(c)?;
        ensure_open(&booking, now, rules)?;
        // Taken before its items are read, so nothing changes them under this change.
        claim(c, &booking, now, 0)?;
        let detail = showings::find(c, booking.showing_id)?
            .ok_or_else(|| StoreError::not_found("showing"))?;
        let (showing, rating) = (detail.showing, AgeRating::parse(&detail.movie.age_rating));
        let types = super::catalog::ticket_types(c)?;
        let mut current = items(c, &booking)?;
        let mut delta = 0;
        for (seat_id, choice) in choices {
            let Some(item) = current.iter_mut().find(|i| i.seat_id == *seat_id) else {
                return Err(StoreError::Invalid(format!(
                    "Seat {seat_id} is not part of this booking."
                )));
            };
            let ticket = choice.resolve(&types).ok_or_else(|| {
                StoreError::Invalid(format!("Choose a ticket type for seat {}.", item.label()))
            })?;
            if !ticket.fits(rating) {
                return Err(StoreError::Invalid(format!(
                    "{} tickets are not sold for {}, rated {}.",
                    ticket.name, detail.movie.title, detail.movie.age_rating
                )));
            }
            let price = ticket.price_for(showing.price_cents, item.kind, rules.vip_surcharge_cents);
            let changed = diesel::update(
                booking_items::table
                    .filter(booking_items::booking_id.eq(booking.id))
                    .filter(booking_items::seat_id.eq(seat_id))
                    .filter(booking_items::live.eq(true)),
            )
            .set((
                booking_items::ticket_type_id.eq(ticket.id),
                booking_items::price_cents.eq(price),
            ))
            .execute(c)?;
            if changed != 1 {
                return Err(changed_meanwhile());
            }
            // A seat named twice counts from the price it was just given.
            delta += price - item.price_cents;
            item.price_cents = price;
        }
        claim(c, &booking, now, delta)?;
        Ok(())
    })
}

/// A ticket type as a form names it: by id or by code ("child").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TicketChoice {
    Id(i32),
    Code(String),
}

impl TicketChoice {
    pub fn parse(value: &str) -> TicketChoice {
        let value = value.trim();
        value
            .parse()
            .map(TicketChoice::Id)
            .unwrap_or_else(|_| TicketChoice::Code(value.to_ascii_lowercase()))
    }

    fn resolve<'a>(&self, types: &'a [TicketType]) -> Option<&'a TicketType> {
        types.iter().find(|t| match self {
            TicketChoice::Id(id) => t.id == *id,
            TicketChoice::Code(code) => t.code == *code,
        })
    }
}

fn ensure_open(booking: &Booking, now: NaiveDateTime, rules: &Rules) -> Result<(), StoreError> {
    match booking.status {
        BookingStatus::Pending if booking.is_open(now) => Ok(()),
        BookingStatus::Pending | BookingStatus::Expired => Err(StoreError::Conflict(format!(
            "Your seat hold expired at {}, so the seats were released and nothing was charged. Please choose your seats again.",
            rules.show_clock(booking.expires_at)
        ))),
        BookingStatus::Paid => Err(StoreError::Conflict("This booking is already paid.".into())),
        BookingStatus::Cancelled => Err(StoreError::Conflict("This booking was cancelled.".into())),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayOutcome {
    Paid,
    Declined,
}

/// Pays an open booking at the version the customer saw: the booking becomes paid and its seats sold,
/// all in one transaction. A declined card is recorded and changes nothing else.
pub fn pay(
    conn: &mut super::Conn,
    booking_id: i32,
    seen_version: i32,
    card: &crate::domain::card::Card,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<PayOutcome, StoreError> {
    super::write(conn, |c| {
        let booking: Booking = bookings::table
            .find(booking_id)
            .select(Booking::as_select())
            .first(c)?;
        ensure_open(&booking, now, rules)?;
        let starts_at: NaiveDateTime = crate::schema::showings::table
            .find(booking.showing_id)
            .select(crate::schema::showings::starts_at)
            .first(c)?;
        if sales::has_started(starts_at, now) {
            return Err(StoreError::Conflict(
                "Online sales for this showing closed when it started, so nothing was charged."
                    .into(),
            ));
        }
        if booking.version != seen_version {
            return Err(StoreError::Conflict(
                "Your booking changed in another window. Check the seats and total below, then pay again.".into(),
            ));
        }
        let reference = format!(
            "SIM-{}",
            crate::random::hex(&crate::random::bytes::<6>()).to_uppercase()
        );
        let mut payment = NewPayment {
            booking_id,
            kind: PaymentKind::Charge,
            method: PaymentMethod::Card,
            status: PaymentStatus::Declined,
            amount_cents: booking.total_cents,
            reference: &reference,
            card_last4: Some(&card.last4),
            created_at: now,
        };
        if card.is_declined() {
            diesel::insert_into(payments_t::table)
                .values(&payment)
                .execute(c)?;
            return Ok(PayOutcome::Declined);
        }
        let updated = diesel::update(
            bookings::table
                .find(booking_id)
                .filter(bookings::version.eq(seen_version))
                .filter(bookings::status.eq(BookingStatus::Pending))
                .filter(super::expiry::live_basket(now)),
        )
        .set((
            bookings::status.eq(BookingStatus::Paid),
            bookings::paid_at.eq(Some(now)),
            bookings::version.eq(bookings::version + 1),
        ))
        .execute(c)?;
        if updated != 1 {
            return Err(StoreError::Conflict(
                "Your booking changed in another window. Check it and pay again.".into(),
            ));
        }
        let sold = diesel::update(
            seat_states::table
                .filter(seat_states::booking_id.eq(booking_id))
                .filter(seat_states::state.eq(SeatState::Held)),
        )
        .set((
            seat_states::state.eq(SeatState::Sold),
            seat_states::held_until.eq(None::<NaiveDateTime>),
            seat_states::version.eq(seat_states::version + 1),
        ))
        .execute(c)?;
        let live: i64 = booking_items::table
            .filter(
                booking_items::booking_id
                    .eq(booking_id)
                    .and(booking_items::live.eq(true)),
            )
            .count()
            .get_result(c)?;
        if live == 0 || sold as i64 != live {
            // Rolls the whole payment back: the seats and the booking disagree.
            return Err(StoreError::Conflict(
                "Some of your seats are no longer held. Please choose your seats again.".into(),
            ));
        }
        payment.status = PaymentStatus::Approved;
        diesel::insert_into(payments_t::table)
            .values(&payment)
            .execute(c)?;
        showings::touch_seats(c, booking.showing_id)?;
        Ok(PayOutcome::Paid)
    })
}

/// What a cancellation gave back.
#[derive(Debug, Clone, Copy)]
pub struct Refund {
    pub amount_cents: i64,
    pub method: PaymentMethod,
}

/// Cancels a booking under the rules: a pending one at once, a paid one until the cut-off before the
/// start, with a refund of what was charged (returned; `None` for a pending one).
pub fn cancel(
    conn: &mut super::Conn,
    booking_id: i32,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<Option<Refund>, StoreError> {
    super::write(conn, |c| {
        let booking: Booking = bookings::table
            .find(booking_id)
            .select(Booking::as_select())
            .first(c)?;
        match booking.status {
            BookingStatus::Pending => {
                if end(c, &booking, Ending::Cancel, now)? {
                    Ok(None)
                } else {
                    Err(changed_meanwhile())
                }
            }
            BookingStatus::Paid => {
                let showing = showings::find(c, booking.showing_id)?
                    .ok_or_else(|| StoreError::not_found("showing"))?
                    .showing;
                if !cancellation::paid_booking_may_be_cancelled(
                    now,
                    showing.starts_at,
                    rules.cancel_cutoff,
                ) {
                    return Err(StoreError::Conflict(format!(
                        "Paid bookings can be cancelled until {} before the showing starts; this one can no longer be cancelled.",
                        cancellation::describe(rules.cancel_cutoff)
                    )));
                }
                if !end(c, &booking, Ending::Cancel, now)? {
                    return Err(changed_meanwhile());
                }
                Ok(Some(refund(c, &booking, now)?))
            }
            BookingStatus::Cancelled => Err(StoreError::Conflict(
                "This booking is already cancelled.".into(),
            )),
            BookingStatus::Expired => Err(StoreError::Conflict(
                "This booking has expired; there is nothing to cancel.".into(),
            )),
        }
    })
}

/// Pays back what a booking just cancelled was charged, the way it was paid, in the caller's
/// write: call it only after the cancellation's guarded update, so it runs once per booking.
pub fn refund(c: &mut super::Conn, booking: &Booking, now: NaiveDateTime) -> QueryResult<Refund> {
    let charges = payments(c, booking.id)?;
    let method = charges
        .iter()
        .find(|p| p.kind == PaymentKind::Charge && p.status == PaymentStatus::Approved)
        .map_or(PaymentMethod::Card, |p| p.method);
    let reference = format!(
        "SIM-R{}",
        crate::random::hex(&crate::random::bytes::<6>()).to_uppercase()
    );
    diesel::insert_into(payments_t::table)
        .values(&NewPayment {
            booking_id: booking.id,
            kind: PaymentKind::Refund,
            method,
            status: PaymentStatus::Approved,
            amount_cents: booking.total_cents,
            reference: &reference,
            card_last4: None,
            created_at: now,
        })
        .execute(c)?;
    Ok(Refund {
        amount_cents: booking.total_cents,
        method,
    })
}

fn changed_meanwhile() -> StoreError {
    StoreError::Conflict(
        "This booking changed at the same moment. Please look at it again before you go on.".into(),
    )
}
