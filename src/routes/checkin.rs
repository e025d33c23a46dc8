//! The door: an usher types or scans a ticket's code and gets the answer at once, large, in colour
//! and in words (`data-result`); the door may be set to one showing. Below, per showing of today,
//! how many are admitted out of sold.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::db::door::Verdict;
use crate::domain::booking_code;
use crate::error::AppError;
use crate::session::Ctx;
use crate::views::{self, PageCtx};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DoorForm {
    code: String,
    /// The door's showing: tickets of others are turned away.
    showing: String,
}

pub struct Answer {
    pub result: &'static str,
    pub headline: String,
    pub detail: String,
    pub seats: String,
}

pub struct Door {
    pub id: i32,
    pub time: String,
    pub title: String,
    pub hall: String,
    pub admitted: i64,
    pub sold: i64,
}

#[derive(Template)]
#[template(path = "checkin/door.html")]
struct DoorPage {
    ctx: PageCtx,
    answer: Option<Answer>,
    showing: Option<i32>,
    doors: Vec<Door>,
}

#[derive(Template)]
#[template(path = "checkin/door.html", block = "answer")]
struct AnswerPart {
    ctx: PageCtx,
    answer: Option<Answer>,
}

pub async fn show(ctx: Ctx, query: web::Query<DoorForm>) -> Result<HttpResponse, AppError> {
    let showing = query.showing.trim().parse().ok();
    render(&ctx, StatusCode::OK, None, showing).await
}

pub async fn check(ctx: Ctx, form: web::Form<DoorForm>) -> Result<HttpResponse, AppError> {
    ctx.require_staff()?;
    let showing: Option<i32> = form.showing.trim().parse().ok();
    let verdict = match booking_code::parse(form.code.trim()) {
        None => Verdict::Unknown,
        Some(code) => {
            ctx.write_as_staff(move |c, now, staff| {
                Ok(db::door::admit(c, &code, showing, staff.id, now)?)
            })
            .await?
        }
    };
    let answer = describe(&ctx, &verdict, form.code.trim());
    if ctx.htmx {
        return views::html(&AnswerPart {
            ctx: ctx.page(),
            answer: Some(answer),
        });
    }
    render(&ctx, StatusCode::OK, Some(answer), showing).await
}

fn describe(ctx: &Ctx, verdict: &Verdict, typed: &str) -> Answer {
    let r = &ctx.rules;
    let lang = ctx.page().lang;
    let about = |t: &db::door::Ticket| {
        (
            format!(
                "{} · {} · {}",
                t.detail.movie.title,
                t.detail.hall.name,
                r.show_time(t.detail.showing.starts_at)
            ),
            t.seats.join(" "),
        )
    };
    let (headline, (detail, seats)) = match verdict {
        Verdict::Valid(t) => (lang.t1("door-valid", "code", t.code.as_str()), about(t)),
        Verdict::Admitted { ticket, at, by } => (
            if by.is_empty() {
                lang.t1("door-admitted-at", "time", r.show_clock(*at))
            } else {
                lang.t2(
                    "door-admitted-at-by",
                    "time",
                    r.show_clock(*at),
                    "by",
                    by.as_str(),
                )
            },
            about(ticket),
        ),
        Verdict::WrongShowing { ticket, why } => {
            let (d, s) = about(ticket);
            (lang.t1("door-wrong-showing", "why", lang.say(why)), (d, s))
        }
        Verdict::Cancelled(t) => (lang.t("door-cancelled"), about(t)),
        Verdict::Unpaid(t) => (lang.t("door-unpaid"), about(t)),
        Verdict::Unknown => (
            lang.t("door-unknown"),
            (lang.t1("door-unknown-detail", "code", typed), String::new()),
        ),
    };
    Answer {
        result: verdict.result(),
        headline,
        detail,
        seats,
    }
}

async fn render(
    ctx: &Ctx,
    status: StatusCode,
    answer: Option<Answer>,
    showing: Option<i32>,
) -> Result<HttpResponse, AppError> {
    ctx.require_staff()?;
    let (from, to) = ctx
        .rules
        .day_range_utc(ctx.rules.today(ctx.state.clock.now()));
    let rows = ctx
        .read(move |c| {
            let showings = db::showings::between(c, from, to)?;
            let ids: Vec<i32> = showings.iter().map(|d| d.showing.id).collect();
            let counts = db::door::counts(c, &ids)?;
            Ok::<_, AppError>((showings, counts))
        })
        .await?;
    let (showings, counts) = rows;
    let mut doors: Vec<(chrono::NaiveDateTime, Door)> = showings
        .into_iter()
        .filter(|d| d.showing.cancelled_at.is_none())
        .map(|d| {
            let (admitted, sold) = counts
                .iter()
                .find(|(id, ..)| *id == d.showing.id)
                .map_or((0, 0), |(_, a, s)| (*a, *s));
            (
                d.showing.starts_at,
                Door {
                    id: d.showing.id,
                    time: ctx.rules.show_clock(d.showing.starts_at),
                    title: d.movie.title,
                    hall: d.hall.name,
                    admitted,
                    sold,
                },
            )
        })
        .collect();
    doors.sort_by_key(|(at, d)| (*at, d.id));
    views::html_status(
        status,
        &DoorPage {
            ctx: ctx.page(),
            answer,
            showing,
            doors: doors.into_iter().map(|(_, d)| d).collect(),
        },
    )
}
