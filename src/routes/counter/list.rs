//! The counter's start screen: the showings of today and the next days, soonest first, filtered
//! as the cashier types; the search box has the focus, arrows move, Enter opens.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::domain::booking_code;
use crate::error::AppError;
use crate::session::Ctx;
use crate::views::{self, PageCtx};

/// How many days ahead the counter sells.
const DAYS_AHEAD: i64 = 7;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Query {
    q: String,
}

pub struct Row {
    pub id: i32,
    pub day: String,
    pub time: String,
    pub title: String,
    pub hall: String,
    pub format: &'static str,
    pub free: i64,
    pub seats: i64,
    /// What the filter matches, in lower case.
    pub search: String,
}

pub struct OpenSale {
    pub code: String,
    pub showing_id: i32,
    pub title: String,
    pub total: String,
}

#[derive(Template)]
#[template(path = "counter/list.html")]
struct CounterList {
    ctx: PageCtx,
    q: String,
    rows: Vec<Row>,
    open_sales: Vec<OpenSale>,
    shift_open: bool,
}

pub async fn home(ctx: Ctx, query: web::Query<Query>) -> Result<HttpResponse, AppError> {
    let staff = ctx.require_staff()?.clone();
    let q = query.into_inner().q.trim().to_owned();
    let now = ctx.now();
    // A scanned or typed booking code goes straight to the reservation (a title that only looks
    // like a code is searched for).
    if let Some(code) = booking_code::parse(&q) {
        let probe = code.clone();
        let exists = ctx
            .read(move |c| Ok::<_, AppError>(db::bookings::find_by_code(c, &probe)?.is_some()))
            .await?;
        if exists {
            return Ok(views::see_other(&format!("/counter/bookings?q={code}")));
        }
    }
    let today = ctx.rules.today(ctx.state.clock.now());
    let (_, end) = ctx
        .rules
        .day_range_utc(today + chrono::Duration::days(DAYS_AHEAD - 1));
    let (showings, sales, shift) = ctx
        .read(move |c| {
            let showings = db::showings::between_with_occupancy(c, now, end)?;
            let sales = db::counter::open_sales(c, staff.id, now)?;
            let mut open = Vec::new();
            for sale in sales {
                let d = db::showings::find(c, sale.showing_id)?;
                open.push((sale, d.map(|d| d.movie.title).unwrap_or_default()));
            }
            let shift = db::shifts::open_of(c, staff.id)?;
            Ok::<_, AppError>((showings, open, shift))
        })
        .await?;
    let needle = q.to_lowercase();
    let mut rows: Vec<(chrono::NaiveDateTime, Row)> = showings
        .into_iter()
        .filter(|(d, ..)| d.showing.cancelled_at.is_none() && d.showing.starts_at > now)
        .map(|(d, sold, seats)| {
            let local = ctx.rules.local(d.showing.starts_at);
            let day = if local.date_naive() == today {
                ctx.lang.t("counter-today")
            } else {
                ctx.lang.short_day(local.date_naive())
            };
            let time = local.format("%H:%M").to_string();
            let format = d.showing.format.as_str();
            let search = format!(
                "{} {format} {} {} {}",
                d.movie.title, d.hall.name, time, day
            )
            .to_lowercase();
            let row = Row {
                id: d.showing.id,
                day,
                time,
                title: d.movie.title,
                hall: d.hall.name,
                format,
                free: seats - sold,
                seats,
                search,
            };
            (d.showing.starts_at, row)
        })
        .filter(|(_, r)| needle.split_whitespace().all(|w| r.search.contains(w)))
        .collect();
    rows.sort_by_key(|(at, r)| (*at, r.id));
    views::html(&CounterList {
        ctx: ctx.page(),
        q,
        rows: rows.into_iter().map(|(_, r)| r).collect(),
        open_sales: sales
            .into_iter()
            .map(|(b, title)| OpenSale {
                code: b.code,
                showing_id: b.showing_id,
                title,
                total: ctx.rules.money(b.total_cents),
            })
            .collect(),
        shift_open: shift.is_some(),
    })
}
