//! Reservations at the counter: look-up by code, e-mail or name, and what the cashier does with
//! one: take payment, mark collected, cancel and refund (overriding the online cut-off), move.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::checkout::Cutoff;
use crate::db::ledger::Till;
use crate::domain::kinds::{BookingStatus, Channel};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::Ctx;
use crate::views::{self, PageCtx};
use crate::{db, domain};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LookupQuery {
    q: String,
}

pub struct Found {
    pub code: String,
    pub status: &'static str,
    pub channel: &'static str,
    pub customer: String,
    pub title: String,
    pub when: String,
    pub hall: String,
    pub showing_id: i32,
    pub seats: String,
    pub total: String,
    pub collected: Option<String>,
    pub admitted: Option<String>,
    pub pending: bool,
    pub paid: bool,
}

#[derive(Template)]
#[template(path = "counter/bookings.html")]
struct LookupPage {
    ctx: PageCtx,
    q: String,
    found: Vec<Found>,
    message: Option<String>,
    /// The booking the message is about, and the seats typed for a move, kept.
    about: String,
    move_seats: String,
}

pub async fn lookup(ctx: Ctx, query: web::Query<LookupQuery>) -> Result<HttpResponse, AppError> {
    render(&ctx, query.q.trim(), StatusCode::OK, None, "", "").await
}

async fn render(
    ctx: &Ctx,
    q: &str,
    status: StatusCode,
    message: Option<String>,
    about: &str,
    move_seats: &str,
) -> Result<HttpResponse, AppError> {
    ctx.require_staff()?;
    let needle = q.to_owned();
    let now = ctx.now();
    let rows = ctx
        .read(move |c| {
            let mut rows = Vec::new();
            for b in db::reservations::search(c, &needle)? {
                let detail = db::showings::find(c, b.showing_id)?
                    .ok_or_else(|| AppError::not_found("showing"))?;
                let items = db::bookings::items(c, &b)?;
                let customer = db::reservations::customer_of(c, &b)?;
                rows.push((b, detail, items, customer));
            }
            Ok::<_, AppError>(rows)
        })
        .await?;
    let r = &ctx.rules;
    let found = rows
        .into_iter()
        .map(|(b, d, items, (name, email))| {
            let shown = b.shown_status(now);
            Found {
                status: shown.as_str(),
                channel: b.channel.as_str(),
                customer: match (name.is_empty(), email.is_empty()) {
                    (true, true) => ctx.lang.t("counter-walk-in"),
                    (false, true) => name,
                    (true, false) => email,
                    (false, false) => format!("{name} <{email}>"),
                },
                title: d.movie.title,
                when: r.show_time(d.showing.starts_at),
                hall: d.hall.name,
                showing_id: d.showing.id,
                seats: items
                    .iter()
                    .map(|i| i.label())
                    .collect::<Vec<_>>()
                    .join(" "),
                total: r.money(b.total_cents),
                collected: b.collected_at.map(|t| r.show_time(t)),
                admitted: b.admitted_at.map(|t| r.show_time(t)),
                pending: shown == BookingStatus::Pending,
                paid: shown == BookingStatus::Paid,
                code: b.code,
            }
        })
        .collect();
    views::html_status(
        status,
        &LookupPage {
            ctx: ctx.page(),
            q: q.to_owned(),
            found,
            message,
            about: about.to_owned(),
            move_seats: move_seats.to_owned(),
        },
    )
}

/// The page again after an action, showing the booking it was about.
async fn answer(
    ctx: &Ctx,
    code: &str,
    result: Result<Msg, AppError>,
    move_seats: &str,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(message) => {
            ctx.flash(message);
            Ok(views::see_other(&format!("/counter/bookings?q={code}")))
        }
        Err(AppError::Conflict(m)) => {
            render(
                ctx,
                code,
                StatusCode::CONFLICT,
                Some(ctx.lang.say(&m)),
                code,
                move_seats,
            )
            .await
        }
        Err(AppError::Validation(m)) => {
            render(
                ctx,
                code,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(ctx.lang.say(&m)),
                code,
                move_seats,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

pub async fn collect(ctx: Ctx, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let booking = super::load_booking(&ctx, &path).await?;
    let id = booking.id;
    let result = ctx
        .write_as_staff(move |c, now, staff| Ok(db::reservations::collect(c, id, staff.id, now)?))
        .await
        .map(|()| Msg::new("counter-collected-flash").arg("code", &booking.code));
    answer(&ctx, &booking.code, result, "").await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CancelForm {
    /// A checkbox: cancel a paid booking after the online cut-off.
    #[serde(rename = "override")]
    override_cutoff: Option<String>,
}

pub async fn cancel(
    ctx: Ctx,
    path: web::Path<String>,
    form: web::Form<CancelForm>,
) -> Result<HttpResponse, AppError> {
    let booking = super::load_booking(&ctx, &path).await?;
    let cutoff = if form.override_cutoff.is_some() {
        Cutoff::Override
    } else {
        Cutoff::Keep
    };
    let (id, rules) = (booking.id, ctx.rules.clone());
    let result = ctx
        .write_as_staff(move |c, now, staff| {
            let till = Till {
                channel: Channel::Counter,
                cashier_id: Some(staff.id),
                shift_id: db::shifts::open_of(c, staff.id)?.map(|s| s.id),
            };
            Ok(db::checkout::cancel(
                c,
                id,
                (till, staff.id),
                cutoff,
                now,
                &rules,
            )?)
        })
        .await
        .map(|refund| match refund {
            Some(refund) => Msg::new("counter-cancelled-refunded-flash")
                .arg("code", &booking.code)
                .arg("how", refund.how(&ctx.rules)),
            None => Msg::new("counter-cancelled-released-flash").arg("code", &booking.code),
        });
    answer(&ctx, &booking.code, result, "").await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    seats: String,
}

pub async fn move_seats(
    ctx: Ctx,
    path: web::Path<String>,
    form: web::Form<MoveForm>,
) -> Result<HttpResponse, AppError> {
    let booking = super::load_booking(&ctx, &path).await?;
    let typed = form.seats.trim().to_owned();
    let labels = match domain::seat_labels::parse(&typed) {
        Ok(l) => l,
        Err(m) => {
            return answer(
                &ctx,
                &booking.code,
                Err(AppError::Validation(m.into())),
                &typed,
            )
            .await;
        }
    };
    let (id, showing_id) = (booking.id, booking.showing_id);
    let layouts = ctx.pool().layouts().clone();
    let result = ctx
        .write_as_staff(move |c, now, staff| {
            let cells = db::seat_map::load_by_booking(c, &layouts, showing_id)?;
            let mut ids = Vec::new();
            for (row, number) in &labels {
                let cell = cells
                    .iter()
                    .find(|cell| *cell.seat.row_label == **row && cell.seat.number == *number)
                    .ok_or_else(|| {
                        AppError::Validation(
                            Msg::new("counter-move-no-seat")
                                .arg("seat", format!("{row}{number}"))
                                .into(),
                        )
                    })?;
                ids.push(cell.seat.seat_id);
            }
            Ok(db::reservations::move_seats(c, id, staff.id, &ids, now)?)
        })
        .await
        .map(|(before, after)| {
            Msg::new("counter-moved-flash")
                .arg("code", &booking.code)
                .arg("from", before.join(" "))
                .arg("to", after.join(" "))
        });
    answer(&ctx, &booking.code, result, &typed).await
}
