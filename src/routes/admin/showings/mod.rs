//! The schedule in the back office: a week per hall (days side by side, each showing a block as
//! long as it runs), the same week as a list, and the form to schedule one showing.

pub mod bulk;
pub mod edit;
pub mod form;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{Datelike, Duration, NaiveDate, Timelike, Weekday};
use serde::Deserialize;

use self::form::ShowingForm;
use crate::db::movies::{self, Listed};
use crate::db::schedule::{self, Clash, Plan, Scheduled, ShowingRecord};
use crate::db::settings::Rules;
use crate::domain::kinds::ShowFormat;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WeekQuery {
    hall: String,
    week: String,
    view: String,
}

/// A showing as the week draws it: placed by its start and sized by its length, in minutes
/// from the top of the day column.
pub struct Block {
    pub id: i32,
    pub title: String,
    pub hall: String,
    pub time: String,
    pub top: i64,
    pub length: i64,
    pub sold: i64,
    pub seats: i64,
    pub cancelled: bool,
    pub price: String,
}

pub struct Day {
    pub label: String,
    pub iso: String,
    pub blocks: Vec<Block>,
}

#[derive(Template)]
#[template(path = "admin/showings/week.html")]
struct WeekPage {
    ctx: PageCtx,
    halls: Vec<(i32, String)>,
    hall_id: Option<i32>,
    week: String,
    week_label: String,
    previous: String,
    next: String,
    list: bool,
    days: Vec<Day>,
    /// How many minutes the day columns show, and the hours marked beside them.
    span: i64,
    hours: Vec<(u32, i64)>,
    count: usize,
}

impl WeekPage {
    fn link(&self, week: &str, list: bool) -> String {
        let hall = self.hall_id.map(|h| h.to_string()).unwrap_or_default();
        let view = if list { "&view=list" } else { "" };
        format!("/admin/showings?hall={hall}&week={week}{view}")
    }

    fn other_view(&self) -> String {
        self.link(&self.week, !self.list)
    }

    fn previous_week(&self) -> String {
        self.link(&self.previous, self.list)
    }

    fn next_week(&self) -> String {
        self.link(&self.next, self.list)
    }

    fn is_hall(&self, id: &i32) -> bool {
        self.hall_id == Some(*id)
    }
}

/// Monday of an ISO week written `2026-W49`.
fn parse_week(text: &str) -> Option<NaiveDate> {
    let (year, week) = text.trim().split_once("-W")?;
    let year: i32 = year.parse().ok().filter(|y| form::YEARS.contains(y))?;
    NaiveDate::from_isoywd_opt(year, week.parse().ok()?, Weekday::Mon)
}

fn week_name(monday: NaiveDate) -> String {
    monday.format("%G-W%V").to_string()
}

pub async fn week(ctx: Ctx, query: web::Query<WeekQuery>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let query = query.into_inner();
    let list = match query.view.as_str() {
        "" | "week" => false,
        "list" => true,
        _ => {
            return Err(AppError::Validation(
                Msg::new("schedule-view-invalid").into(),
            ));
        }
    };
    let monday = match query.week.trim() {
        "" => {
            let today = ctx.rules.today(ctx.now().and_utc());
            today - Duration::days(i64::from(today.weekday().num_days_from_monday()))
        }
        text => parse_week(text).ok_or_else(|| {
            AppError::Validation(Msg::new("schedule-week-invalid").arg("text", text).into())
        })?,
    };
    let wanted_hall = match query.hall.trim() {
        "" => None,
        text => Some(form::id(text).ok_or_else(|| {
            AppError::Validation(Msg::new("schedule-hall-filter-invalid").into())
        })?),
    };
    let rules = ctx.rules.clone();
    let (from, _) = rules.day_range_utc(monday);
    let (_, to) = rules.day_range_utc(monday + Duration::days(6));
    let (halls, hall_id, showings) = ctx
        .read(move |c| {
            let halls = crate::db::halls::names(c)?;
            let hall_id = match wanted_hall {
                Some(id) if halls.iter().any(|(h, _)| *h == id) => Some(id),
                Some(_) => return Err(AppError::not_found("hall")),
                // The week is of one hall; the list may show them all.
                None if list => None,
                None => halls.first().map(|(id, _)| *id),
            };
            let showings = match hall_id {
                None if !list => Vec::new(),
                hall => schedule::between(c, hall, from, to)?,
            };
            Ok((halls, hall_id, showings))
        })
        .await?;
    let (first_hour, last_hour) = hours_shown(&rules, &showings);
    let base = i64::from(first_hour) * 60;
    let days = (0..7)
        .map(|d| {
            let date = monday + Duration::days(d);
            let blocks = showings
                .iter()
                .filter(|s| rules.local(s.starts_at).date_naive() == date)
                .map(|s| block(&rules, s, base))
                .collect();
            Day {
                label: rules.lang.short_day(date),
                iso: date.format("%Y-%m-%d").to_string(),
                blocks,
            }
        })
        .collect();
    let span = i64::from(last_hour - first_hour) * 60;
    views::html(&WeekPage {
        ctx: ctx.page(),
        halls,
        hall_id,
        week: week_name(monday),
        week_label: format!(
            "{} – {}",
            rules.lang.date(monday, "%-d %b"),
            rules.lang.date(monday + Duration::days(6), "%-d %b %Y")
        ),
        previous: week_name(monday - Duration::days(7)),
        next: week_name(monday + Duration::days(7)),
        list,
        days,
        span,
        hours: (first_hour..last_hour)
            .map(|h| (h % 24, i64::from(h - first_hour) * 60))
            .collect(),
        count: showings.len(),
    })
}

/// The hours the day columns cover: from the earliest start to the latest end of the week (past
/// midnight when a showing runs late), and at least 10:00 to 24:00.
fn hours_shown(rules: &Rules, showings: &[ShowingRecord]) -> (u32, u32) {
    let mut first = 10;
    let mut last = 24;
    for s in showings {
        let start = rules.local(s.starts_at);
        first = first.min(start.hour());
        let minutes =
            start.hour() * 60 + start.minute() + (s.ends_at - s.starts_at).num_minutes() as u32;
        last = last.max(minutes.div_ceil(60).min(30));
    }
    (first, last)
}

fn block(rules: &Rules, s: &ShowingRecord, base: i64) -> Block {
    let start = rules.local(s.starts_at);
    Block {
        id: s.id,
        title: s.title.clone(),
        hall: s.hall.clone(),
        time: format!(
            "{}–{}",
            start.format("%H:%M"),
            rules.local(s.ends_at).format("%H:%M")
        ),
        top: i64::from(start.hour() * 60 + start.minute()) - base,
        length: (s.ends_at - s.starts_at).num_minutes(),
        sold: s.sold,
        seats: s.seats,
        cancelled: s.cancelled_at.is_some(),
        price: rules.money(s.price_cents),
    }
}

#[derive(Template)]
#[template(path = "admin/showings/new.html")]
struct NewPage {
    ctx: PageCtx,
    movies: Vec<(i32, String, i32)>,
    halls: Vec<(i32, String)>,
    form: ShowingForm,
    errors: FieldErrors,
    clashes: Vec<ClashLine>,
    formats: &'static [ShowFormat],
}

/// A clash as the forms list it, in the cinema's time.
pub struct ClashLine {
    pub wanted: String,
    pub title: String,
    pub when: String,
}

pub fn clash_lines(rules: &Rules, clashes: &[Clash]) -> Vec<ClashLine> {
    clashes
        .iter()
        .map(|c| ClashLine {
            wanted: rules.show_time(c.wanted),
            title: c.title.clone(),
            when: format!(
                "{}–{}",
                rules.show_time(c.starts_at),
                rules.show_clock(c.ends_at)
            ),
        })
        .collect()
}

/// The choices of a scheduling form: films in the repertoire and halls.
pub async fn choices(ctx: &Ctx) -> Result<(Vec<(i32, String, i32)>, Vec<(i32, String)>), AppError> {
    ctx.read(|c| {
        let films = movies::list(c, "", Listed::Active)?
            .into_iter()
            .map(|m| (m.id, m.title, m.duration_minutes))
            .collect();
        Ok((films, crate::db::halls::names(c)?))
    })
    .await
}

/// The film and hall a scheduling form names, each when it is one of the form's choices; a message
/// beside the field otherwise.
pub async fn film_and_hall(
    ctx: &Ctx,
    movie_id: &str,
    hall_id: &str,
    errors: &mut FieldErrors,
) -> Result<(Option<i32>, Option<i32>), AppError> {
    let (films, halls) = choices(ctx).await?;
    let movie_id = form::id(movie_id).filter(|id| films.iter().any(|f| f.0 == *id));
    if movie_id.is_none() {
        errors.add("movie_id", Msg::new("schedule-choose-film-error"));
    }
    let hall_id = form::id(hall_id).filter(|id| halls.iter().any(|h| h.0 == *id));
    if hall_id.is_none() {
        errors.add("hall_id", Msg::new("schedule-choose-hall-error"));
    }
    Ok((movie_id, hall_id))
}

async fn new_page(
    ctx: &Ctx,
    status: StatusCode,
    form: ShowingForm,
    errors: FieldErrors,
    clashes: Vec<ClashLine>,
) -> Result<HttpResponse, AppError> {
    let (movies, halls) = choices(ctx).await?;
    views::html_status(
        status,
        &NewPage {
            formats: form::FORMATS,
            ctx: ctx.page(),
            movies,
            halls,
            form,
            errors,
            clashes,
        },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    hall: String,
    date: String,
}

pub async fn new_form(ctx: Ctx, query: web::Query<NewQuery>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let date = form::date(&query.date).ok();
    let form = ShowingForm {
        hall_id: form::id(&query.hall)
            .map(|h| h.to_string())
            .unwrap_or_default(),
        starts_at: date
            .map(|d| format!("{}T18:00", d.format("%Y-%m-%d")))
            .unwrap_or_default(),
        ..ShowingForm::default()
    };
    new_page(
        &ctx,
        StatusCode::OK,
        form,
        FieldErrors::default(),
        Vec::new(),
    )
    .await
}

pub async fn create(ctx: Ctx, posted: web::Form<ShowingForm>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let posted = posted.into_inner();
    let mut errors = FieldErrors::default();
    let (movie_id, hall_id) =
        film_and_hall(&ctx, &posted.movie_id, &posted.hall_id, &mut errors).await?;
    let starts_at = match form::local_start(&posted.starts_at, ctx.rules.tz) {
        Ok(start) if start <= ctx.now() => {
            errors.add("starts_at", Msg::new("schedule-start-past"));
            None
        }
        Ok(start) => Some(start),
        Err(e) => {
            errors.add("starts_at", e);
            None
        }
    };
    let price = form::price(&posted.price, &mut errors);
    let format = form::format(&posted.format, &mut errors);
    let (Some(movie_id), Some(hall_id), Some(starts_at), Some(price_cents), Some(format)) =
        (movie_id, hall_id, starts_at, price, format)
    else {
        return new_page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            posted,
            errors,
            Vec::new(),
        )
        .await;
    };
    let plan = Plan {
        movie_id,
        hall_id,
        starts: vec![starts_at],
        price_cents,
        format,
    };
    let scheduled = ctx
        .write_as_admin(move |c, now, admin| Ok(schedule::create(c, &plan, admin.id, now)?))
        .await?;
    match scheduled {
        Scheduled::Done(ids) => {
            ctx.flash(
                Msg::new("schedule-scheduled-flash").arg("when", ctx.rules.show_time(starts_at)),
            );
            let id = ids.first().copied().unwrap_or_default();
            Ok(views::see_other(&format!("/admin/showings/{id}/edit")))
        }
        Scheduled::Clashes(clashes) => {
            errors.add("starts_at", Msg::new("schedule-overlaps"));
            let lines = clash_lines(&ctx.rules, &clashes);
            new_page(&ctx, StatusCode::CONFLICT, posted, errors, lines).await
        }
    }
}
