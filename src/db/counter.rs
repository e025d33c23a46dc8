//! Counter sales: a cashier's baskets. The same seat states and guarded updates as the web's holds
//! (see [`super::holds`]), so the counter and the web can never sell one seat twice; a sale belongs
//! to the cashier who opened it, and to no customer account unless one is named.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::audit::{self, Change};
use super::bookings::{self, Booking};
use super::checkout::Seen;
use super::holds::{self, Blocked};
use super::ledger::{Tender, Till};
use super::settings::Rules;
use super::{StoreError, shifts};
use crate::domain::hold;
use crate::domain::kinds::{BookingStatus, Channel, SeatState};
use crate::i18n::Msg;
use crate::schema::{booking_items, bookings as bookings_t, users};

/// The most seats one counter sale takes: a school class, not a whole hall by a slip of the key.
pub const MOST_SEATS: usize = 60;

/// What taking seats came to.
#[derive(Debug)]
pub enum Taken {
    /// Held in the sale (opened for them when there was none).
    Held(Booking),
    /// Some of the seats are blocked; nothing was held. The cashier may confirm and sell them.
    Confirm(Vec<String>),
}

/// A counter sale by its code; `None` for an unknown code or a web booking.
pub fn sale_by_code(conn: &mut super::Conn, code: &str) -> QueryResult<Option<Booking>> {
    Ok(bookings::find_by_code(conn, code)?.filter(|b| b.channel == Channel::Counter))
}

/// The cashier's sales still open, newest first.
pub fn open_sales(
    conn: &mut super::Conn,
    cashier_id: i32,
    now: NaiveDateTime,
) -> QueryResult<Vec<Booking>> {
    bookings_t::table
        .filter(bookings_t::cashier_id.eq(cashier_id))
        .filter(bookings_t::status.eq(BookingStatus::Pending))
        .filter(bookings_t::expires_at.gt(now))
        .order(bookings_t::id.desc())
        .select(Booking::as_select())
        .load(conn)
}

/// The sale as its cashier may change it: open, theirs, of this showing.
fn own_open_sale(
    c: &mut super::Conn,
    sale_id: i32,
    cashier_id: i32,
    now: NaiveDateTime,
) -> Result<Booking, StoreError> {
    let sale: Booking = bookings_t::table
        .find(sale_id)
        .select(Booking::as_select())
        .first(c)
        .optional()?
        .filter(|b| b.channel == Channel::Counter)
        .ok_or_else(|| StoreError::not_found("sale"))?;
    if sale.cashier_id != Some(cashier_id) {
        return Err(StoreError::Conflict(
            Msg::new("counter-sale-other-cashier").into(),
        ));
    }
    if !sale.is_open(now) {
        return Err(StoreError::Conflict(
            match sale.shown_status(now) {
                BookingStatus::Paid => Msg::new("counter-sale-paid"),
                _ => Msg::new("counter-sale-ended"),
            }
            .into(),
        ));
    }
    Ok(sale)
}

/// What a cashier may take payment for: their own open sale, or a customer's web reservation
/// still held (paid at the counter instead of online).
pub fn payable(
    c: &mut super::Conn,
    booking_id: i32,
    cashier_id: i32,
    now: NaiveDateTime,
) -> Result<Booking, StoreError> {
    let booking: Booking = bookings_t::table
        .find(booking_id)
        .select(Booking::as_select())
        .first(c)
        .optional()?
        .ok_or_else(|| StoreError::not_found("booking"))?;
    match booking.channel {
        Channel::Counter => own_open_sale(c, booking_id, cashier_id, now),
        Channel::Web if booking.is_open(now) => Ok(booking),
        Channel::Web => Err(StoreError::Conflict(
            match booking.shown_status(now) {
                BookingStatus::Paid => Msg::new("counter-booking-paid"),
                _ => Msg::new("counter-reservation-ended"),
            }
            .into(),
        )),
    }
}

/// Takes the seats into the cashier's sale (`sale_id`), or into a new one: all of them or none.
/// Every seat that cannot be had is named; blocked seats are taken only when `sell_blocked` (the
/// cashier confirmed), which is audited.
#[allow(clippy::too_many_arguments)]
pub fn take_seats(
    conn: &mut super::Conn,
    cashier_id: i32,
    showing_id: i32,
    sale_id: Option<i32>,
    seat_ids: &[i32],
    sell_blocked: bool,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<Taken, StoreError> {
    super::write(conn, |c| {
        let on_sale = holds::on_sale(c, showing_id, now)?;
        let sale = match sale_id {
            Some(id) => Some(own_open_sale(c, id, cashier_id, now)?),
            None => None,
        }
        .filter(|s| s.showing_id == showing_id);
        let rows = holds::seat_rows(c, showing_id, seat_ids)?;
        if rows.len() != seat_ids.len() {
            return Err(StoreError::NotFound(
                Msg::new("counter-no-such-seat").into(),
            ));
        }
        let mine = |r: &holds::SeatRow| {
            sale.as_ref().is_some_and(|s| r.booking_id == Some(s.id)) && r.state == SeatState::Held
        };
        let mut sold = Vec::new();
        let mut held = Vec::new();
        let mut blocked = Vec::new();
        for row in rows.iter().filter(|r| !mine(r)) {
            let live_hold = row.state == SeatState::Held
                && row
                    .held_until
                    .is_some_and(|until| hold::is_live(until, now));
            match row.state {
                SeatState::Sold => sold.push(row.label()),
                SeatState::Held if live_hold => held.push(row.label()),
                SeatState::Blocked => blocked.push(row.label()),
                _ if super::blocks::covers(
                    c,
                    showing_id,
                    &(row.row_label.clone(), row.number),
                )? =>
                {
                    blocked.push(row.label())
                }
                _ => {}
            }
        }
        if let Some(refusal) = not_available(&sold, &held) {
            return Err(StoreError::Conflict(refusal.into()));
        }
        if !blocked.is_empty() && !sell_blocked {
            return Ok(Taken::Confirm(blocked));
        }
        let new: Vec<&holds::SeatRow> = rows.iter().filter(|r| !mine(r)).collect();
        let held_already = match &sale {
            Some(s) => booking_items::table
                .filter(booking_items::booking_id.eq(s.id))
                .filter(booking_items::live.eq(true))
                .count()
                .get_result::<i64>(c)? as usize,
            None => 0,
        };
        if held_already + new.len() > MOST_SEATS {
            return Err(StoreError::Invalid(
                Msg::new("counter-sale-too-many")
                    .arg("most", MOST_SEATS)
                    .arg("count", held_already + new.len())
                    .into(),
            ));
        }
        let ticket = on_sale.default_ticket(c)?;
        let priced: Vec<i64> = new
            .iter()
            .map(|r| ticket.price_for(on_sale.base_price, r.kind, rules.vip_surcharge_cents))
            .collect();
        let added: i64 = priced.iter().sum();
        let sale = match sale {
            Some(s) => {
                bookings::claim(c, &s, now, added)?;
                s
            }
            None => bookings::create_counter(c, cashier_id, showing_id, added, now, rules)?,
        };
        let how = if sell_blocked {
            Blocked::Sell
        } else {
            Blocked::Refuse
        };
        for (row, price) in new.iter().zip(priced) {
            holds::take(c, &sale, row, (ticket.id, price), how, now)?;
        }
        if !blocked.is_empty() {
            audit::record(
                c,
                now,
                &Change {
                    actor_id: cashier_id,
                    entity: "booking",
                    entity_id: sale.id,
                    action: "sell_blocked",
                    before: serde_json::json!({ "seats": blocked, "state": "blocked" }),
                    after: serde_json::json!({ "seats": blocked, "state": "held", "code": sale.code }),
                },
            )?;
        }
        on_sale.still_on_sale(c)?;
        let sale = bookings_t::table
            .find(sale.id)
            .select(Booking::as_select())
            .first(c)?;
        Ok(Taken::Held(sale))
    })
}

/// Why seats sold or held by another sale cannot be had; `None` when none are.
fn not_available(sold: &[String], held: &[String]) -> Option<Msg> {
    let seats = |labels: &[String]| labels.join(", ");
    match (sold.is_empty(), held.is_empty()) {
        (true, true) => None,
        (false, true) => Some(
            Msg::new("counter-sold")
                .arg("seats", seats(sold))
                .arg("count", sold.len()),
        ),
        (true, false) => Some(
            Msg::new("counter-held-elsewhere")
                .arg("seats", seats(held))
                .arg("count", held.len()),
        ),
        (false, false) => Some(
            Msg::new("counter-sold-and-held")
                .arg("sold", seats(sold))
                .arg("held", seats(held)),
        ),
    }
}

/// Takes one seat out of the cashier's open sale.
pub fn release_seat(
    conn: &mut super::Conn,
    cashier_id: i32,
    sale_id: i32,
    seat_id: i32,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let sale = own_open_sale(c, sale_id, cashier_id, now)?;
        holds::release_from(c, &sale, seat_id, now)
    })
}

/// Whom a counter sale was for: an account found by the e-mail, or just a name and e-mail for
/// the receipt. Both may be empty.
#[derive(Debug, Clone, Default)]
pub struct Customer {
    pub name: String,
    pub email: String,
}

/// Completes a counter sale: in one transaction, in the cashier's open shift, the booking becomes
/// paid with `tender` and names its customer.
pub fn pay(
    conn: &mut super::Conn,
    cashier_id: i32,
    seen: Seen,
    tender: &Tender,
    customer: &Customer,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let sale = payable(c, seen.booking_id, cashier_id, now)?;
        let shift_id = shifts::claim_open(c, cashier_id)?;
        let till = Till {
            channel: Channel::Counter,
            cashier_id: Some(cashier_id),
            shift_id: Some(shift_id),
        };
        super::checkout::pay(c, seen, tender, till, now, rules)?;
        let account: Option<i32> = if customer.email.is_empty() {
            None
        } else {
            users::table
                .filter(users::email.eq(&customer.email))
                .filter(users::active.eq(true))
                .select(users::id)
                .first(c)
                .optional()?
        };
        if sale.channel == Channel::Counter {
            // Sold over the counter: the tickets are handed over with the change.
            diesel::update(bookings_t::table.find(sale.id))
                .set((
                    bookings_t::customer_name.eq(&customer.name),
                    bookings_t::customer_email.eq(&customer.email),
                    bookings_t::user_id.eq(account),
                    bookings_t::collected_at.eq(Some(now)),
                    bookings_t::collected_by.eq(Some(cashier_id)),
                ))
                .execute(c)?;
        }
        Ok(())
    })
}
