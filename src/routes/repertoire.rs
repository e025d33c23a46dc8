//! The repertoire: one day's showings grouped by movie, with a picker for the coming week.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{Duration, NaiveDate};
use serde::Deserialize;

use crate::db::{self, showings::ShowingDetail};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
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
    /// When it ends, on the cinema's clock.
    pub ends: String,
    pub hall: String,
    /// 2D, 3D or IMAX.
    pub format: &'static str,
    pub price: String,
    pub started: bool,
    /// `sold-out`, `almost-full` or empty; `fullness_words` says it.
    pub fullness: &'static str,
    pub fullness_words: String,
}

/// Sold, held and all seats per showing, as `db::schedule::counts` gives them.
pub type Counts = std::collections::HashMap<i32, (i64, i64, i64)>;

impl ShowingLink {
    pub fn new(ctx: &Ctx, d: &ShowingDetail, counts: &Counts, now: chrono::NaiveDateTime) -> Self {
        let (sold, held, seats) = counts.get(&d.showing.id).copied().unwrap_or_default();
        let (fullness, left) = fullness(sold, held, seats);
        let fullness_words = match fullness {
            "" => String::new(),
            _ => ctx.lang.t_with(fullness, &[("count", left.into())]),
        };
        ShowingLink {
            id: d.showing.id,
            time: ctx.rules.show_clock(d.showing.starts_at),
            ends: ctx.rules.show_clock(d.showing.ends_at),
            hall: d.hall.name.clone(),
            format: d.showing.format.as_str(),
            price: ctx.rules.money(d.showing.price_cents),
            started: crate::domain::sales::has_started(d.showing.starts_at, now),
            fullness,
            fullness_words,
        }
    }
}

/// The sold, held and all seats of these showings; seats not for sale count as held, since no
/// customer can have them either.
pub fn counts_of(c: &mut db::Conn, showings: &[ShowingDetail]) -> Result<Counts, AppError> {
    let keys: Vec<(i32, i32)> = showings
        .iter()
        .map(|d| (d.showing.id, d.showing.layout_id))
        .collect();
    let mut counts = db::schedule::counts(c, &keys)?;
    let ids: Vec<i32> = keys.iter().map(|(id, _)| *id).collect();
    for (id, blocked) in db::schedule::blocked_counts(c, &ids)? {
        if let Some(entry) = counts.get_mut(&id) {
            entry.1 += blocked;
        }
    }
    Ok(counts)
}

/// How full a showing is, said before anyone opens its map: sold out, or almost full once at most
/// a tenth of the hall (and at most 20 seats) is left; with the seats left. The class is also the
/// id of the message that says it.
fn fullness(sold: i64, held: i64, seats: i64) -> (&'static str, i64) {
    let left = (seats - sold - held).max(0);
    if seats > 0 && left == 0 {
        ("sold-out", 0)
    } else if seats > 0 && left <= (seats / 10).clamp(1, 20) {
        ("almost-full", left)
    } else {
        ("", left)
    }
}

pub struct MovieDay {
    pub id: i32,
    pub title: String,
    pub genre: String,
    pub rating: String,
    pub minutes: i32,
    /// The language it is shown in, as the back office wrote it (may be empty).
    pub language: String,
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
            AppError::BadRequest(Msg::new("error-not-a-date").arg("text", text).into())
        })?,
    };
    let (from, to) = ctx.rules.day_range_utc(day);
    let (showings, counts) = ctx
        .read(move |c| {
            let showings = db::showings::between(c, from, to)?;
            let counts = counts_of(c, &showings)?;
            Ok((showings, counts))
        })
        .await?;
    let days = (0..DAYS_AHEAD)
        .map(|offset| {
            let date = today + Duration::days(offset);
            DayLink {
                date: date.format("%Y-%m-%d").to_string(),
                label: day_label(date, today, ctx.lang),
                current: date == day,
            }
        })
        .collect();
    let page = RepertoirePage {
        day_label: day_label(day, today, ctx.lang),
        days,
        movies: group_by_movie(&ctx, showings, &counts),
        ctx: ctx.page(),
    };
    views::html(&page)
}

/// "Today", "Tomorrow", or "Thu 26 Nov" ("Dziś", "Jutro", "czw 26 lis").
pub fn day_label(date: NaiveDate, today: NaiveDate, lang: Lang) -> String {
    match (date - today).num_days() {
        0 => lang.t("day-today"),
        1 => lang.t("day-tomorrow"),
        _ => lang.short_day(date),
    }
}

fn group_by_movie(ctx: &Ctx, showings: Vec<ShowingDetail>, counts: &Counts) -> Vec<MovieDay> {
    let now = ctx.now();
    let mut movies: Vec<MovieDay> = Vec::new();
    for d in showings {
        let link = ShowingLink::new(ctx, &d, counts, now);
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
                language: d.movie.language,
                showings: vec![link],
            }),
        }
    }
    movies
}

#[cfg(test)]
mod tests {
    use super::fullness;
    use crate::i18n::{Arg, Lang};

    #[test]
    fn a_showing_is_almost_full_in_its_last_tenth_and_sold_out_with_no_seat_left() {
        assert_eq!(fullness(0, 0, 250).0, "");
        assert_eq!(fullness(200, 20, 250).0, "");
        assert_eq!(fullness(220, 10, 250), ("almost-full", 20));
        assert_eq!(fullness(249, 0, 250), ("almost-full", 1));
        assert_eq!(fullness(240, 10, 250).0, "sold-out");
        assert_eq!(fullness(5, 0, 6).0, "almost-full");
        assert_eq!(fullness(0, 0, 0).0, "");
    }

    #[test]
    fn fullness_is_said_in_both_languages() {
        let say = |lang: Lang, id, n: i64| lang.t_with(id, &[("count", Arg::Number(n))]);
        assert_eq!(say(Lang::En, "almost-full", 1), "Almost full: 1 seat left");
        assert_eq!(
            say(Lang::En, "almost-full", 20),
            "Almost full: 20 seats left"
        );
        assert_eq!(
            say(Lang::Pl, "almost-full", 1),
            "Prawie pełna sala: zostało 1 miejsce"
        );
        assert_eq!(
            say(Lang::Pl, "almost-full", 3),
            "Prawie pełna sala: zostały 3 miejsca"
        );
        assert_eq!(
            say(Lang::Pl, "almost-full", 12),
            "Prawie pełna sala: zostało 12 miejsc"
        );
        assert_eq!(say(Lang::Pl, "sold-out", 0), "Wyprzedane");
    }
}
