//! Checkout and after: choosing ticket types, paying with the simulated processor, cancelling.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::StoreError;
use super::bookings::{Booking, Ending, claim, end, items};
use super::catalog::TicketType;
use super::ledger::{self, Refund, Tender, Till};
use super::settings::Rules;
use super::showings;
use crate::domain::age_rating::AgeRating;
use crate::domain::kinds::{BookingStatus, PaymentMethod, SeatState};
use crate::domain::{cancellation, sales};
use crate::i18n::Msg;
use crate::schema::{booking_items, bookings, seat_states};

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
                return Err(StoreError::Invalid(
                    Msg::new("seat-not-in-booking").arg("seat", seat_id).into(),
                ));
            };
            let ticket = choice.resolve(&types).ok_or_else(|| {
                StoreError::Invalid(
                    Msg::new("ticket-type-missing")
                        .arg("seat", item.label())
                        .into(),
                )
            })?;
            if !ticket.fits(rating) {
                return Err(StoreError::Invalid(
                    Msg::new("ticket-type-not-for-film")
                        .arg("ticket", ticket.name.as_str())
                        .arg("title", detail.movie.title.as_str())
                        .arg("rating", detail.movie.age_rating.to_string())
                        .into(),
                ));
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
        BookingStatus::Pending | BookingStatus::Expired => Err(StoreError::Conflict(
            Msg::new("hold-expired-at")
                .arg("time", rules.show_clock(booking.expires_at))
                .into(),
        )),
        BookingStatus::Paid => Err(StoreError::Conflict(
            Msg::new("booking-paid-already").into(),
        )),
        BookingStatus::Cancelled => Err(StoreError::Conflict(
            Msg::new("booking-was-cancelled").into(),
        )),
    }
}

/// What may be paid: the booking as it stands, open and at the version the payer saw, for a
/// showing still on sale. Read before the payment provider is asked, and checked again by the
/// payment's own write.
pub fn ready_to_pay(
    conn: &mut super::Conn,
    booking_id: i32,
    seen_version: i32,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<Booking, StoreError> {
    let booking: Booking = bookings::table
        .find(booking_id)
        .select(Booking::as_select())
        .first(conn)?;
    ensure_open(&booking, now, rules)?;
    let starts_at: NaiveDateTime = crate::schema::showings::table
        .find(booking.showing_id)
        .select(crate::schema::showings::starts_at)
        .first(conn)?;
    if sales::has_started(starts_at, now) {
        return Err(StoreError::Conflict(Msg::new("pay-sales-closed").into()));
    }
    if booking.version != seen_version {
        return Err(StoreError::Conflict(Msg::new("pay-booking-changed").into()));
    }
    if booking.total_cents <= 0 && !booking_has_items(conn, booking.id)? {
        return Err(StoreError::Conflict(Msg::new("pay-no-seats").into()));
    }
    Ok(booking)
}

fn booking_has_items(conn: &mut super::Conn, booking_id: i32) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        booking_items::table
            .filter(booking_items::booking_id.eq(booking_id))
            .filter(booking_items::live.eq(true)),
    ))
    .get_result(conn)
}

/// A card the provider declined, kept on record for the booking as the payer saw it.
pub fn record_declined(
    conn: &mut super::Conn,
    booking_id: i32,
    reference: &str,
    card_last4: Option<&str>,
    till: Till,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let booking: Booking = bookings::table
            .find(booking_id)
            .select(Booking::as_select())
            .first(c)?;
        Ok(ledger::declined(
            c, &booking, reference, card_last4, till, now, rules,
        )?)
    })
}

/// A booking as the payer saw it: its version, and the total the money was taken for.
#[derive(Debug, Clone, Copy)]
pub struct Seen {
    pub booking_id: i32,
    pub version: i32,
    pub total_cents: i64,
}

/// Completes the payment of an open booking at the version the payer saw, with money the payer has
/// already handed over (cash) or the provider has authorised (`tender`, for `authorised_cents`): the
/// booking becomes paid, its seats sold and the charge recorded, all in one transaction. Any
/// refusal writes nothing; the caller then voids a card's authorisation.
pub fn pay(
    conn: &mut super::Conn,
    seen: Seen,
    tender: &Tender,
    till: Till,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<(), StoreError> {
    let Seen {
        booking_id,
        version: seen_version,
        total_cents: authorised_cents,
    } = seen;
    super::write(conn, |c| {
        let booking = ready_to_pay(c, booking_id, seen_version, now, rules)?;
        if booking.total_cents != authorised_cents {
            return Err(StoreError::Conflict(Msg::new("pay-total-changed").into()));
        }
        let updated = diesel::update(
            bookings::table
                .find(booking_id)
                .filter(bookings::version.eq(seen_version))
                .filter(bookings::status.eq(BookingStatus::Pending))
                .filter(bookings::total_cents.eq(authorised_cents))
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
                Msg::new("pay-booking-changed-short").into(),
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
            return Err(StoreError::Conflict(Msg::new("pay-seats-lost").into()));
        }
        ledger::charge(c, &booking, tender, till, now, rules)?;
        showings::touch_seats(c, booking.showing_id)?;
        Ok(())
    })
}

/// Whether a paid booking may be cancelled after the online cut-off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cutoff {
    /// The customer's rules: paid bookings until the cut-off before the start.
    Keep,
    /// A cashier's decision (audited by the caller): until the showing starts.
    Override,
}

/// Cancels a booking under the rules: a pending one at once, a paid one until the cut-off before the
/// start (or, overridden at the counter, until it starts), with a refund of what was charged
/// (returned; `None` for a pending one).
/// A refund, and a cut-off overridden, go to the audit log under `actor_id`, in the same
/// transaction.
pub fn cancel(
    conn: &mut super::Conn,
    booking_id: i32,
    (till, actor_id): (Till, i32),
    cutoff: Cutoff,
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
                let allowed = match cutoff {
                    Cutoff::Keep => cancellation::paid_booking_may_be_cancelled(
                        now,
                        showing.starts_at,
                        rules.cancel_cutoff,
                    ),
                    Cutoff::Override => !sales::has_started(showing.starts_at, now),
                };
                if !allowed {
                    return Err(StoreError::Conflict(match cutoff {
                        Cutoff::Keep => Msg::new("cancel-past-cutoff")
                            .arg(
                                "cutoff",
                                cancellation::describe(rules.cancel_cutoff, rules.lang),
                            )
                            .into(),
                        Cutoff::Override => Msg::new("cancel-started").into(),
                    }));
                }
                if booking.admitted_at.is_some() {
                    return Err(StoreError::Conflict(Msg::new("cancel-used").into()));
                }
                if !end(c, &booking, Ending::Cancel, now)? {
                    return Err(changed_meanwhile());
                }
                let refund = ledger::refund(c, &booking, till, now, rules)?;
                if refund.method == PaymentMethod::Cash && till.shift_id.is_none() {
                    return Err(StoreError::Conflict(
                        Msg::new("cancel-cash-at-counter").into(),
                    ));
                }
                let overridden = cutoff == Cutoff::Override
                    && !cancellation::paid_booking_may_be_cancelled(
                        now,
                        showing.starts_at,
                        rules.cancel_cutoff,
                    );
                super::audit::record(
                    c,
                    now,
                    &super::audit::Change {
                        actor_id,
                        entity: "booking",
                        entity_id: booking.id,
                        action: if overridden {
                            "refund_override"
                        } else {
                            "refund"
                        },
                        before: serde_json::json!({
                            "code": booking.code,
                            "status": "paid",
                            "total_cents": booking.total_cents,
                        }),
                        after: serde_json::json!({
                            "code": booking.code,
                            "status": "cancelled",
                            "refunded_cents": refund.amount_cents,
                            "method": refund.method.as_str(),
                            "channel": till.channel.as_str(),
                            "cut_off_overridden": overridden,
                        }),
                    },
                )?;
                Ok(Some(refund))
            }
            BookingStatus::Cancelled => Err(StoreError::Conflict(
                Msg::new("booking-cancelled-already").into(),
            )),
            BookingStatus::Expired => Err(StoreError::Conflict(Msg::new("cancel-expired").into())),
        }
    })
}

fn changed_meanwhile() -> StoreError {
    StoreError::Conflict(Msg::new("booking-changed-meanwhile").into())
}
