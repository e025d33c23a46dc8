//! The money: every charge and refund as a payment row naming its channel, cashier and shift, and
//! the sales roll-up the reports read, both written in the transaction of the sale or refund itself.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::upsert::excluded;

use super::bookings::{Booking, payments};
use super::settings::Rules;
use crate::domain::kinds::{Channel, PaymentKind, PaymentMethod, PaymentStatus};
use crate::schema::{booking_items, payments as payments_t, sales_rollup, showings};

/// Who takes the money: the web, or a cashier in a shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Till {
    pub channel: Channel,
    pub cashier_id: Option<i32>,
    pub shift_id: Option<i32>,
}

impl Till {
    pub const WEB: Till = Till {
        channel: Channel::Web,
        cashier_id: None,
        shift_id: None,
    };
}

/// How a charge was paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tender {
    pub method: PaymentMethod,
    /// The provider's reference for a card, ours for cash.
    pub reference: String,
    pub card_last4: Option<String>,
    /// Cash only: what the customer handed over, and what went back.
    pub tendered_cents: Option<i64>,
    pub change_cents: Option<i64>,
}

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
    channel: Channel,
    cashier_id: Option<i32>,
    shift_id: Option<i32>,
    tendered_cents: Option<i64>,
    change_cents: Option<i64>,
    business_day: NaiveDate,
}

/// What a refund gave back, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refund {
    pub amount_cents: i64,
    pub method: PaymentMethod,
}

impl Refund {
    /// How the money goes back, as every message about a refund says it.
    pub fn how(&self, rules: &Rules) -> String {
        let amount = rules.money(self.amount_cents);
        match self.method {
            PaymentMethod::Card => format!("{amount} goes back to the card it was paid with"),
            PaymentMethod::Cash => format!("{amount} is paid back in cash at the counter"),
        }
    }
}

fn business_day(rules: &Rules, now: NaiveDateTime) -> NaiveDate {
    rules.local(now).date_naive()
}

/// A card the provider declined: kept on record, changes nothing else.
pub fn declined(
    c: &mut super::Conn,
    booking: &Booking,
    reference: &str,
    card_last4: Option<&str>,
    till: Till,
    now: NaiveDateTime,
    rules: &Rules,
) -> QueryResult<()> {
    diesel::insert_into(payments_t::table)
        .values(&NewPayment {
            booking_id: booking.id,
            kind: PaymentKind::Charge,
            method: PaymentMethod::Card,
            status: PaymentStatus::Declined,
            amount_cents: booking.total_cents,
            reference,
            card_last4,
            created_at: now,
            channel: till.channel,
            cashier_id: till.cashier_id,
            shift_id: till.shift_id,
            tendered_cents: None,
            change_cents: None,
            business_day: business_day(rules, now),
        })
        .execute(c)
        .map(|_| ())
}

/// Records the charge of a booking just paid (its total) and adds its tickets to the roll-up.
/// Call it in the write that marked the booking paid.
pub fn charge(
    c: &mut super::Conn,
    booking: &Booking,
    tender: &Tender,
    till: Till,
    now: NaiveDateTime,
    rules: &Rules,
) -> QueryResult<()> {
    let day = business_day(rules, now);
    diesel::insert_into(payments_t::table)
        .values(&NewPayment {
            booking_id: booking.id,
            kind: PaymentKind::Charge,
            method: tender.method,
            status: PaymentStatus::Approved,
            amount_cents: booking.total_cents,
            reference: &tender.reference,
            card_last4: tender.card_last4.as_deref(),
            created_at: now,
            channel: till.channel,
            cashier_id: till.cashier_id,
            shift_id: till.shift_id,
            tendered_cents: tender.tendered_cents,
            change_cents: tender.change_cents,
            business_day: day,
        })
        .execute(c)?;
    roll_up(c, booking, tender.method, till, day, Direction::Sold)
}

/// Pays back what a booking just cancelled was charged, the way it was paid, and takes its tickets
/// off the roll-up. Call it only after the cancellation's guarded update, so it runs once per
/// booking.
pub fn refund(
    c: &mut super::Conn,
    booking: &Booking,
    till: Till,
    now: NaiveDateTime,
    rules: &Rules,
) -> QueryResult<Refund> {
    let charged = payments(c, booking.id)?
        .into_iter()
        .find(|p| p.kind == PaymentKind::Charge && p.status == PaymentStatus::Approved);
    let method = charged.as_ref().map_or(PaymentMethod::Card, |p| p.method);
    let day = business_day(rules, now);
    let reference = crate::payments::reference("R");
    diesel::insert_into(payments_t::table)
        .values(&NewPayment {
            booking_id: booking.id,
            kind: PaymentKind::Refund,
            method,
            status: PaymentStatus::Approved,
            amount_cents: booking.total_cents,
            reference: &reference,
            card_last4: charged.as_ref().and_then(|p| p.card_last4.as_deref()),
            created_at: now,
            channel: till.channel,
            cashier_id: till.cashier_id,
            shift_id: till.shift_id,
            tendered_cents: None,
            change_cents: None,
            business_day: day,
        })
        .execute(c)?;
    roll_up(c, booking, method, till, day, Direction::Refunded)?;
    Ok(Refund {
        amount_cents: booking.total_cents,
        method,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Sold,
    Refunded,
}

/// Adds the booking's tickets, by ticket type, to the day's roll-up row of its showing. A paid
/// booking's items are its tickets (a cancelled one keeps them, no longer live).
fn roll_up(
    c: &mut super::Conn,
    booking: &Booking,
    method: PaymentMethod,
    till: Till,
    day: NaiveDate,
    direction: Direction,
) -> QueryResult<()> {
    let (movie_id, hall_id): (i32, i32) = showings::table
        .find(booking.showing_id)
        .select((showings::movie_id, showings::hall_id))
        .first(c)?;
    let mut query = booking_items::table
        .filter(booking_items::booking_id.eq(booking.id))
        .select((booking_items::ticket_type_id, booking_items::price_cents))
        .into_boxed();
    if direction == Direction::Sold {
        query = query.filter(booking_items::live.eq(true));
    }
    // A booking's few tickets, summed by type here.
    let mut items: Vec<(i32, i64, i64)> = Vec::new();
    for (ticket_type_id, price) in query.load::<(i32, i64)>(c)? {
        match items.iter_mut().find(|(t, ..)| *t == ticket_type_id) {
            Some((_, count, cents)) => {
                *count += 1;
                *cents += price;
            }
            None => items.push((ticket_type_id, 1, price)),
        }
    }
    for (ticket_type_id, count, cents) in items {
        let (tickets, sold, refunded_tickets, refunded) = match direction {
            Direction::Sold => (count, cents, 0, 0),
            Direction::Refunded => (0, 0, count, cents),
        };
        diesel::insert_into(sales_rollup::table)
            .values((
                sales_rollup::business_day.eq(day),
                sales_rollup::showing_id.eq(booking.showing_id),
                sales_rollup::movie_id.eq(movie_id),
                sales_rollup::hall_id.eq(hall_id),
                sales_rollup::ticket_type_id.eq(ticket_type_id),
                sales_rollup::channel.eq(till.channel),
                sales_rollup::method.eq(method),
                sales_rollup::cashier_id.eq(till.cashier_id.unwrap_or(0)),
                sales_rollup::tickets.eq(tickets),
                sales_rollup::sold_cents.eq(sold),
                sales_rollup::refunded_tickets.eq(refunded_tickets),
                sales_rollup::refunded_cents.eq(refunded),
            ))
            .on_conflict((
                sales_rollup::business_day,
                sales_rollup::showing_id,
                sales_rollup::ticket_type_id,
                sales_rollup::channel,
                sales_rollup::method,
                sales_rollup::cashier_id,
            ))
            .do_update()
            .set((
                sales_rollup::tickets.eq(sales_rollup::tickets + excluded(sales_rollup::tickets)),
                sales_rollup::sold_cents
                    .eq(sales_rollup::sold_cents + excluded(sales_rollup::sold_cents)),
                sales_rollup::refunded_tickets
                    .eq(sales_rollup::refunded_tickets + excluded(sales_rollup::refunded_tickets)),
                sales_rollup::refunded_cents
                    .eq(sales_rollup::refunded_cents + excluded(sales_rollup::refunded_cents)),
            ))
            .execute(c)?;
    }
    Ok(())
}
