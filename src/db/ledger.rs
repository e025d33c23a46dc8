//! The money: every charge and refund as a payment row naming its channel, cashier and shift, and
//! the sales roll-up the reports read, both written in the transaction of the sale or refund itself.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::upsert::excluded;

use super::bookings::{Booking, payments};
use super::settings::Rules;
use crate::domain::kinds::{Channel, PaymentKind, PaymentMethod, PaymentStatus};
use crate::schema::{
    booking_items, payments as payments_t, sales_daily, sales_daily_movie, sales_rollup,
    sales_showing, showings,
};

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
        let id = match self.method {
            PaymentMethod::Card => "refund-to-card",
            PaymentMethod::Cash => "refund-in-cash",
        };
        rules.lang.t_with(id, &[("amount", amount.into())])
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

/// Adds (tickets, sold cents, refunded tickets, refunded cents) to the row of a roll-up table
/// with these keys, creating it when it is the first; `also` are columns set only on creation.
/// Every roll-up has the same four sums, under the same names.
macro_rules! add_sums {
    ($c:expr, $t:ident, $sums:expr,
     keys ($($k:ident = $kv:expr),+), also ($($a:ident = $av:expr),*)) => {{
        let (tickets, sold, refunded_tickets, refunded) = $sums;
        diesel::insert_into($t::table)
            .values((
                $($t::$k.eq($kv),)+
                $($t::$a.eq($av),)*
                $t::tickets.eq(tickets),
                $t::sold_cents.eq(sold),
                $t::refunded_tickets.eq(refunded_tickets),
                $t::refunded_cents.eq(refunded),
            ))
            .on_conflict(($($t::$k,)+))
            .do_update()
            .set((
                $t::tickets.eq($t::tickets + excluded($t::tickets)),
                $t::sold_cents.eq($t::sold_cents + excluded($t::sold_cents)),
                $t::refunded_tickets.eq($t::refunded_tickets + excluded($t::refunded_tickets)),
                $t::refunded_cents.eq($t::refunded_cents + excluded($t::refunded_cents)),
            ))
            .execute($c)?;
    }};
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Sold,
    Refunded,
}

/// Adds the booking's tickets, by ticket type, to the day's roll-up row of its showing, and to the
/// reports' roll-ups (by day and till, by day and movie, by showing). A paid
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
    let cashier_id = till.cashier_id.unwrap_or(0);
    let mut showing_sums = (0, 0, 0, 0);
    for (ticket_type_id, count, cents) in items {
        let sums = match direction {
            Direction::Sold => (count, cents, 0, 0),
            Direction::Refunded => (0, 0, count, cents),
        };
        showing_sums.0 += sums.0;
        showing_sums.1 += sums.1;
        showing_sums.2 += sums.2;
        showing_sums.3 += sums.3;
        add_sums!(
            c,
            sales_rollup,
            sums,
            keys(
                business_day = day,
                showing_id = booking.showing_id,
                ticket_type_id = ticket_type_id,
                channel = till.channel,
                method = method,
                cashier_id = cashier_id
            ),
            also(movie_id = movie_id, hall_id = hall_id)
        );
        add_sums!(
            c,
            sales_daily,
            sums,
            keys(
                business_day = day,
                channel = till.channel,
                cashier_id = cashier_id,
                ticket_type_id = ticket_type_id,
                method = method
            ),
            also()
        );
    }
    add_sums!(
        c,
        sales_daily_movie,
        showing_sums,
        keys(business_day = day, movie_id = movie_id),
        also()
    );
    add_sums!(
        c,
        sales_showing,
        showing_sums,
        keys(showing_id = booking.showing_id),
        also()
    );
    Ok(())
}
