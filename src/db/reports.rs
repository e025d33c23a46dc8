//! The administrators' reports: queries over the reports' roll-ups (by day and till, by day and
//! movie, by showing), kept in the transaction of every charge and refund by [`super::ledger`],
//! never over the bookings. A year of a ten-hall multiplex is about 13,000 rows by day and till,
//! 15,000 by day and movie and 30,000 showings: each report reads those few along its key.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::expression::functions::declare_sql_function;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, SingleValue, SqlType};

use crate::domain::kinds::{Channel, PaymentMethod};
use crate::schema::{
    halls, movies, sales_daily, sales_daily_movie, sales_showing, seats, showings, ticket_types,
    users,
};

/// A column SQLite sums to a whole number.
pub trait WholeNumber {}
impl WholeNumber for BigInt {}
impl WholeNumber for Nullable<BigInt> {}

#[declare_sql_function]
extern "SQL" {
    /// SQLite's `sum` of whole numbers, which is a whole number (NULL over no rows, or over a left
    /// join's missing rows). Diesel's own `sum` types the sum of a BigInt as Numeric, which has no
    /// Rust type here without a decimal crate: money stays in whole cents, exact.
    #[aggregate]
    #[sql_name = "sum"]
    fn whole_sum<ST: SqlType + SingleValue + WholeNumber>(expr: ST) -> Nullable<BigInt>;
}

/// The business days a report covers, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The four sums of some roll-up rows, as SQLite returns them.
#[derive(Debug, Queryable)]
struct Totals {
    tickets: Option<i64>,
    sold_cents: Option<i64>,
    refunded_tickets: Option<i64>,
    refunded_cents: Option<i64>,
}

/// Sales of one business day by channel, cashier (0: the web), ticket type and payment method.
#[derive(Debug, Clone, Queryable)]
pub struct SalesRow {
    pub day: NaiveDate,
    pub channel: Channel,
    pub cashier_id: i32,
    pub ticket_type_id: i32,
    pub method: PaymentMethod,
    pub tickets: i64,
    pub sold_cents: i64,
    pub refunded_tickets: i64,
    pub refunded_cents: i64,
}

/// The sales of the days, one row per day, channel, cashier, ticket type and method: every
/// money figure of the report except those per movie and per showing is a sum of these rows.
pub fn sales(c: &mut super::Conn, days: Days) -> QueryResult<Vec<SalesRow>> {
    use sales_daily as r;
    r::table
        .filter(r::business_day.between(days.from, days.to))
        .select((
            r::business_day,
            r::channel,
            r::cashier_id,
            r::ticket_type_id,
            r::method,
            r::tickets,
            r::sold_cents,
            r::refunded_tickets,
            r::refunded_cents,
        ))
        .order((
            r::business_day,
            r::channel,
            r::cashier_id,
            r::ticket_type_id,
            r::method,
        ))
        .load(c)
}

/// One movie's sales over the days.
#[derive(Debug, Clone)]
pub struct MovieRow {
    pub movie_id: i32,
    pub title: String,
    pub tickets: i64,
    pub sold_cents: i64,
    pub refunded_tickets: i64,
    pub refunded_cents: i64,
}

impl MovieRow {
    pub fn net_cents(&self) -> i64 {
        self.sold_cents - self.refunded_cents
    }
}

/// Every movie that sold or refunded a ticket on the days, the best-selling (net) first.
pub fn movies(c: &mut super::Conn, days: Days) -> QueryResult<Vec<MovieRow>> {
    use sales_daily_movie as r;
    let rows: Vec<(i32, Totals)> = r::table
        .filter(r::business_day.between(days.from, days.to))
        .group_by(r::movie_id)
        .select((
            r::movie_id,
            (
                whole_sum(r::tickets),
                whole_sum(r::sold_cents),
                whole_sum(r::refunded_tickets),
                whole_sum(r::refunded_cents),
            ),
        ))
        .load(c)?;
    let titles: std::collections::HashMap<i32, String> = movies::table
        .filter(movies::id.eq_any(rows.iter().map(|r| r.0).collect::<Vec<_>>()))
        .select((movies::id, movies::title))
        .load(c)?
        .into_iter()
        .collect();
    let mut movies: Vec<MovieRow> = rows
        .into_iter()
        .map(|(movie_id, totals)| MovieRow {
            title: titles.get(&movie_id).cloned().unwrap_or_default(),
            movie_id,
            tickets: totals.tickets.unwrap_or(0),
            sold_cents: totals.sold_cents.unwrap_or(0),
            refunded_tickets: totals.refunded_tickets.unwrap_or(0),
            refunded_cents: totals.refunded_cents.unwrap_or(0),
        })
        .collect();
    movies.sort_by(|a, b| {
        b.net_cents()
            .cmp(&a.net_cents())
            .then_with(|| a.title.cmp(&b.title))
    });
    Ok(movies)
}

/// One showing starting in the range, with its seats sold (net of refunds) and its layout's seats.
#[derive(Debug, Clone)]
pub struct ShowingRow {
    pub showing_id: i32,
    pub starts_at: NaiveDateTime,
    pub movie_id: i32,
    pub hall_id: i32,
    pub sold: i64,
    pub seats: i64,
}

/// Every showing that starts between `from` and `to` (UTC, `to` excluded) and was not cancelled,
/// in order of its start, with what it sold.
pub fn showings(
    c: &mut super::Conn,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> QueryResult<Vec<ShowingRow>> {
    let rows: Vec<(i32, NaiveDateTime, i32, i32, i32, Option<i64>)> = showings::table
        .left_join(sales_showing::table)
        .filter(showings::starts_at.ge(from))
        .filter(showings::starts_at.lt(to))
        .filter(showings::cancelled_at.is_null())
        .select((
            showings::id,
            showings::starts_at,
            showings::movie_id,
            showings::hall_id,
            showings::layout_id,
            sales_showing::tickets.nullable() - sales_showing::refunded_tickets.nullable(),
        ))
        .order((showings::starts_at, showings::id))
        .load(c)?;
    let mut layout_ids: Vec<i32> = rows.iter().map(|r| r.4).collect();
    layout_ids.sort_unstable();
    layout_ids.dedup();
    let seats: std::collections::HashMap<i32, i64> = seats::table
        .filter(seats::layout_id.eq_any(layout_ids))
        .group_by(seats::layout_id)
        .select((seats::layout_id, diesel::dsl::count_star()))
        .load(c)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(
            |(showing_id, starts_at, movie_id, hall_id, layout, sold)| ShowingRow {
                showing_id,
                starts_at,
                movie_id,
                hall_id,
                sold: sold.unwrap_or(0),
                seats: seats.get(&layout).copied().unwrap_or(0),
            },
        )
        .collect())
}

/// The names the reports print: halls, movies, ticket types and cashiers, each by id.
#[derive(Debug, Default, Clone)]
pub struct Names {
    pub halls: Vec<(i32, String)>,
    pub movies: Vec<(i32, String)>,
    /// In the order lists show them.
    pub ticket_types: Vec<(i32, String)>,
    pub cashiers: Vec<(i32, String)>,
}

impl Names {
    fn find(list: &[(i32, String)], id: i32) -> &str {
        list.iter()
            .find(|(i, _)| *i == id)
            .map_or("", |(_, n)| n.as_str())
    }

    pub fn hall(&self, id: i32) -> &str {
        Names::find(&self.halls, id)
    }

    pub fn movie(&self, id: i32) -> &str {
        Names::find(&self.movies, id)
    }

    pub fn ticket_type(&self, id: i32) -> &str {
        Names::find(&self.ticket_types, id)
    }

    pub fn cashier(&self, id: i32) -> &str {
        Names::find(&self.cashiers, id)
    }
}

/// The names of every hall and ticket type, and of the movies and cashiers given.
pub fn names(c: &mut super::Conn, movie_ids: &[i32], cashier_ids: &[i32]) -> QueryResult<Names> {
    Ok(Names {
        halls: halls::table
            .order(halls::name)
            .select((halls::id, halls::name))
            .load(c)?,
        movies: movies::table
            .filter(movies::id.eq_any(movie_ids))
            .select((movies::id, movies::title))
            .load(c)?,
        ticket_types: ticket_types::table
            .order((ticket_types::sort_order, ticket_types::id))
            .select((ticket_types::id, ticket_types::name))
            .load(c)?,
        cashiers: users::table
            .filter(users::id.eq_any(cashier_ids))
            .select((users::id, users::name))
            .load(c)?,
    })
}
