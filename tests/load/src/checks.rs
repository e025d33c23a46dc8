//! What the database must say after the write scenarios: no seat sold twice, every hold owned by one
//! live item, every paid booking's total equal to its items and to its charge, no lost update.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::Context;
use cinema::domain::kinds::{BookingStatus, PaymentKind, PaymentStatus, SeatState};
use cinema::schema::{booking_items, bookings, halls, payments, seat_states, showings, users};
use diesel::prelude::*;

pub fn open(path: &std::path::Path) -> anyhow::Result<SqliteConnection> {
    let mut conn = SqliteConnection::establish(&path.display().to_string())?;
    diesel::sql_query("PRAGMA busy_timeout = 10000").execute(&mut conn)?;
    Ok(conn)
}

/// Lifts the hold limits, which are settings: all the benchmark's customers hold from one address,
/// many times a second each, and keep the baskets of the hold scenarios open while they book in
/// others. A server from before the limits has no such settings; it is measured as it is.
pub fn lift_hold_limits(conn: &mut SqliteConnection) {
    use cinema::schema::settings;
    let lifted = diesel::update(settings::table.find(1))
        .set((
            settings::holds_per_minute_per_account.eq(1_000_000),
            settings::holds_per_minute_per_address.eq(1_000_000),
            settings::max_open_baskets.eq(100),
        ))
        .execute(conn);
    if let Err(e) = lifted {
        println!("  (the server has no hold rate limits to lift: {e})");
    }
}

/// Upcoming showings in the 250-seat Grand Hall, soonest first.
pub fn grand_hall_showings(conn: &mut SqliteConnection) -> anyhow::Result<Vec<i32>> {
    let after = chrono::Utc::now().naive_utc() + chrono::Duration::hours(2);
    Ok(showings::table
        .inner_join(halls::table)
        .filter(halls::name.eq("Grand Hall"))
        .filter(showings::starts_at.gt(after))
        .order(showings::starts_at)
        .select(showings::id)
        .load(conn)?)
}

/// A showing's seat ids in map order.
pub fn seat_ids(conn: &mut SqliteConnection, showing: i32) -> anyhow::Result<Vec<i32>> {
    use cinema::schema::seats;
    Ok(seat_states::table
        .inner_join(seats::table)
        .filter(seat_states::showing_id.eq(showing))
        .order((seats::grid_row, seats::grid_col))
        .select(seats::id)
        .load(conn)?)
}

pub fn user_ids(
    conn: &mut SqliteConnection,
    emails: &[String],
) -> anyhow::Result<HashMap<String, i32>> {
    Ok(users::table
        .filter(users::email.eq_any(emails))
        .select((users::email, users::id))
        .load::<(String, i32)>(conn)?
        .into_iter()
        .collect())
}

pub fn sold_count(conn: &mut SqliteConnection, showing_ids: &[i32]) -> anyhow::Result<(i64, i64)> {
    let sold = seat_states::table
        .filter(seat_states::showing_id.eq_any(showing_ids))
        .filter(seat_states::state.eq(SeatState::Sold))
        .count()
        .get_result(conn)?;
    let all = seat_states::table
        .filter(seat_states::showing_id.eq_any(showing_ids))
        .count()
        .get_result(conn)?;
    Ok((sold, all))
}

/// The invariants over some showings, with a line per violation.
#[derive(Debug, Default)]
pub struct Invariants {
    pub seats: usize,
    pub sold: usize,
    pub held: usize,
    pub paid_bookings: usize,
    pub violations: Vec<String>,
}

type StateRow = (i32, i32, SeatState, Option<i32>);

pub fn invariants(conn: &mut SqliteConnection, showing_ids: &[i32]) -> anyhow::Result<Invariants> {
    let states: Vec<StateRow> = seat_states::table
        .filter(seat_states::showing_id.eq_any(showing_ids))
        .select((
            seat_states::showing_id,
            seat_states::seat_id,
            seat_states::state,
            seat_states::booking_id,
        ))
        .load(conn)?;
    let items: Vec<(i32, i32, i32, i64)> = booking_items::table
        .filter(booking_items::showing_id.eq_any(showing_ids))
        .filter(booking_items::live.eq(true))
        .select((
            booking_items::booking_id,
            booking_items::showing_id,
            booking_items::seat_id,
            booking_items::price_cents,
        ))
        .load(conn)?;
    let booked: Vec<(i32, BookingStatus, i64)> = bookings::table
        .filter(bookings::showing_id.eq_any(showing_ids))
        .select((bookings::id, bookings::status, bookings::total_cents))
        .load(conn)?;
    let charges: Vec<(i32, i64)> = payments::table
        .inner_join(bookings::table)
        .filter(bookings::showing_id.eq_any(showing_ids))
        .filter(payments::kind.eq(PaymentKind::Charge))
        .filter(payments::status.eq(PaymentStatus::Approved))
        .select((payments::booking_id, payments::amount_cents))
        .load(conn)?;

    let mut out = Invariants {
        seats: states.len(),
        ..Invariants::default()
    };
    let status: HashMap<i32, BookingStatus> = booked.iter().map(|b| (b.0, b.1)).collect();
    let mut owners: BTreeMap<(i32, i32), Vec<i32>> = BTreeMap::new();
    let mut sums: HashMap<i32, i64> = HashMap::new();
    for &(booking, showing, seat, price) in &items {
        owners.entry((showing, seat)).or_default().push(booking);
        *sums.entry(booking).or_default() += price;
    }
    for ((showing, seat), list) in &owners {
        if list.len() > 1 {
            out.violations.push(format!(
                "showing {showing} seat {seat} has {} live items",
                list.len()
            ));
        }
    }
    for &(showing, seat, state, booking) in &states {
        let owner = owners
            .get(&(showing, seat))
            .and_then(|l| l.first().copied());
        let expected = match state {
            SeatState::Free | SeatState::Blocked => None,
            SeatState::Held => Some(BookingStatus::Pending),
            SeatState::Sold => Some(BookingStatus::Paid),
        };
        match state {
            SeatState::Sold => out.sold += 1,
            SeatState::Held => out.held += 1,
            SeatState::Free | SeatState::Blocked => {}
        }
        let Some(want) = expected else { continue };
        if owner != booking || booking.and_then(|b| status.get(&b)) != Some(&want) {
            out.violations.push(format!(
                "showing {showing} seat {seat} is {state} for booking {booking:?}, live item of {owner:?}"
            ));
        }
    }
    let mut charged: HashMap<i32, Vec<i64>> = HashMap::new();
    for (booking, amount) in charges {
        charged.entry(booking).or_default().push(amount);
    }
    for &(id, st, total) in &booked {
        let items_sum = sums.get(&id).copied().unwrap_or(0);
        if matches!(st, BookingStatus::Pending | BookingStatus::Paid) && total != items_sum {
            out.violations.push(format!(
                "booking {id} ({st}) totals {total} but its live items sum to {items_sum}"
            ));
        }
        if st == BookingStatus::Paid {
            out.paid_bookings += 1;
            let paid = charged.get(&id).cloned().unwrap_or_default();
            if paid != [total] {
                out.violations.push(format!(
                    "paid booking {id} totals {total} but its approved charges are {paid:?}"
                ));
            }
        }
    }
    Ok(out)
}

/// The seats each user holds (live holds) on a showing.
pub fn held_by_user(
    conn: &mut SqliteConnection,
    showing: i32,
) -> anyhow::Result<HashMap<i32, BTreeSet<i32>>> {
    let now = chrono::Utc::now().naive_utc();
    let rows: Vec<(Option<i32>, i32)> = seat_states::table
        .inner_join(bookings::table)
        .filter(seat_states::showing_id.eq(showing))
        .filter(seat_states::state.eq(SeatState::Held))
        .filter(seat_states::held_until.gt(now))
        .select((bookings::user_id, seat_states::seat_id))
        .load(conn)?;
    let mut out: HashMap<i32, BTreeSet<i32>> = HashMap::new();
    // Counter sales (no account) are not any customer's.
    for (user, seat) in rows {
        let Some(user) = user else { continue };
        out.entry(user).or_default().insert(seat);
    }
    Ok(out)
}

/// Compares the seats each customer holds with what the answers they got said; the one request that
/// may have been in flight when wrk stopped may have gone either way. (mismatches, customers)
pub fn lost_updates(
    db: &mut diesel::SqliteConnection,
    showing: i32,
    out: &crate::wrk::Outcome,
) -> anyhow::Result<(usize, usize)> {
    let held = held_by_user(db, showing)?;
    let mut mismatches = 0;
    for line in &out.customers {
        let mut parts = line.split_whitespace();
        let user: i32 = parts
            .next()
            .and_then(|v| v.parse().ok())
            .context("a customer line")?;
        let fields: HashMap<&str, &str> = parts.filter_map(|p| p.split_once('=')).collect();
        let seats = |key: &str| -> BTreeSet<i32> {
            fields.get(key).map_or_else(BTreeSet::new, |v| {
                v.split(',').filter_map(|s| s.parse().ok()).collect()
            })
        };
        let uncertain = seats("uncertain");
        let mut said = seats("held");
        let mut db_says = held.get(&user).cloned().unwrap_or_default();
        for seat in &uncertain {
            said.remove(seat);
            db_says.remove(seat);
        }
        if said != db_says {
            mismatches += 1;
            println!("  customer {user}: answers said {said:?}, the database says {db_says:?}");
        }
    }
    Ok((mismatches, out.customers.len()))
}

pub fn describe(inv: &Invariants, what: &str) -> String {
    if inv.violations.is_empty() {
        format!(
            "Database check passed: {} seats, {} {what}, {} paid bookings; every seat has at most one live owner, \
             every sold or held seat belongs to its booking, every paid booking's total equals its items and its approved charge.",
            inv.seats,
            if what == "held" { inv.held } else { inv.sold },
            inv.paid_bookings
        )
    } else {
        format!(
            "Database check FAILED ({} problems): {}",
            inv.violations.len(),
            inv.violations
                .iter()
                .take(5)
                .cloned()
                .collect::<Vec<_>>()
                .join("; ")
        )
    }
}

/// How many of a showing's seats the counter sold.
pub fn counter_seats(conn: &mut SqliteConnection, showing: i32) -> anyhow::Result<i64> {
    use cinema::domain::kinds::Channel;
    Ok(seat_states::table
        .inner_join(bookings::table)
        .filter(seat_states::showing_id.eq(showing))
        .filter(seat_states::state.eq(SeatState::Sold))
        .filter(bookings::channel.eq(Channel::Counter))
        .count()
        .get_result(conn)?)
}
