//! The repertoire: one day's showings grouped by movie, with a picker for the coming week.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{Duration, NaiveDate};
use serde::Deserialize;

use crate::db::{self, showings::ShowingDetail};
use crate::error::AppError;
use crate::session::Ctx;
use crate::views::{self, PageCtx};

pub const DAYS_AHEAD: i64 = 7;

#[derive(Deserialize)]
pub struct DayQuery {
    date: Option<String>,
}

pub struct DayLink {
    pub date: String,
    pub label: String,
    pub current: bool,
}

pub struct ShowingLink {
    pub id: i32,
    pub time: String,
    pub hall: String,
    pub price: String,
    pub started: bool,
}

pub struct MovieDay {
    pub id: i32,
    pub title: String,
    pub genre: String,
    pub rating: String,
    pub minutes: i32,
    /// The poster's address; a placeholder of this hue is drawn without one.
    pub poster: Option<String>,
    pub hue: u32,
    pub showings: Vec<ShowingLink>,
}

#[derive(Template)]
#[template(path = "repertoire.html")]
struct RepertoirePage {
    ctx: PageCtx,
    day_label: String,
    days: Vec<DayLink>,
    movies: Vec<MovieDay>,
}

pub async fn repertoire(ctx: Ctx, query: web::Query<DayQuery>) -> Result<HttpResponse, AppError> {
    let now = ctx.state.clock.now();
    let today = ctx.rules.today(now);
    let day = match query.date.as_deref() {
        None => today,
        Some(text) => NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
            AppError::BadRequest(format!("{text:?} is not a date; use the form 2026-11-24."))
        })?,
    };
    let (from, to) = ctx.rules.day_range_utc(day);
    let showings = ctx
        .read(move |c| Ok(db::showings::between(c, from, to)?))
        .await?;
    let days = (0..DAYS_AHEAD)
        .map(|offset| {
            let date = today + Duration::days(offset);
            DayLink {
                date: date.format("%Y-%m-%d").to_string(),
                label: day_label(date, today),
                current: date == day,
            }
        })
        .collect();
    let page = RepertoirePage {
        day_label: day_label(day, today),
        days,
        movies: group_by_movie(&ctx, showings),
        ctx: ctx.page(),
    };
    views::html(&page)
}

/// "Today", "Tomorrow", or "Thu 26 Nov".
pub fn day_label(date: NaiveDate, today: NaiveDate) -> String {
    match (date - today).num_days() {
        0 => "Today".into(),
        1 => "Tomorrow".into(),
        _ => date.format("%a %-d %b").to_string(),
    }
}

fn group_by_movie(ctx: &Ctx, showings: Vec<ShowingDetail>) -> Vec<MovieDay> {
    let now = ctx.now();
    let mut movies: Vec<MovieDay> = Vec::new();
    for d in showings {
        let link = ShowingLink {
            id: d.showing.id,
            time: ctx.rules.show_clock(d.showing.starts_at),
            hall: d.hall.name.clone(),
            price: ctx.rules.money(d.showing.price_cents),
            started: crate::domain::sales::has_started(d.showing.starts_at, now),
        };
        match movies.last_mut() {
            Some(m) if m.id == d.movie.id => m.showings.push(link),
            _ => movies.push(MovieDay {
                id: d.movie.id,
                poster: d.movie.poster_url(),
                hue: crate::domain::poster::hue(&d.movie.title),
                title: d.movie.title,
                genre: d.movie.genre,
                rating: d.movie.age_rating,
                minutes: d.movie.duration_minutes,
                showings: vec![link],
            }),
        }
    }
    movies
}
