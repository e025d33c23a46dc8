//! One showing in the back office: its time and base price, editable while nothing of it is held or
//! sold, and its cancellation (every booking cancelled and refunded, with the reason).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::form::{self, ShowingForm};
use super::{ClashLine, clash_lines};
use crate::db::schedule::{self, Edited, ShowingRecord};
use crate::domain::kinds::ShowFormat;
use crate::domain::money;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::routes::admin::fields::line;
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

#[derive(Template)]
#[template(path = "admin/showings/edit.html")]
struct EditPage {
    ctx: PageCtx,
    showing: ShowingRecord,
    when: String,
    form: ShowingForm,
    errors: FieldErrors,
    clashes: Vec<ClashLine>,
    reason: String,
    started: bool,
    ended: bool,
    formats: &'static [ShowFormat],
}

async fn load(ctx: &Ctx, raw_id: &str) -> Result<ShowingRecord, AppError> {
    let id = crate::routes::parse_id(raw_id)?;
    ctx.read(move |c| schedule::find(c, id)?.ok_or_else(|| AppError::not_found("showing")))
        .await
}

fn form_of(ctx: &Ctx, s: &ShowingRecord) -> ShowingForm {
    ShowingForm {
        movie_id: s.movie_id.to_string(),
        hall_id: s.hall_id.to_string(),
        starts_at: ctx
            .rules
            .local(s.starts_at)
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        price: money::plain(s.price_cents),
        format: s.format.as_str().to_owned(),
        version: s.version.to_string(),
    }
}

#[allow(clippy::too_many_arguments)]
fn page(
    ctx: &Ctx,
    status: StatusCode,
    showing: ShowingRecord,
    form: ShowingForm,
    errors: FieldErrors,
    clashes: Vec<ClashLine>,
    reason: String,
) -> Result<HttpResponse, AppError> {
    views::html_status(
        status,
        &EditPage {
            ctx: ctx.page(),
            when: ctx.rules.show_time(showing.starts_at),
            started: showing.starts_at <= ctx.now(),
            ended: showing.ends_at <= ctx.now(),
            formats: form::FORMATS,
            showing,
            form,
            errors,
            clashes,
            reason,
        },
    )
}

pub async fn edit_form(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let showing = load(&ctx, &id).await?;
    let form = form_of(&ctx, &showing);
    page(
        &ctx,
        StatusCode::OK,
        showing,
        form,
        FieldErrors::default(),
        Vec::new(),
        String::new(),
    )
}

#[derive(Template)]
#[template(path = "admin/showings/conflict.html")]
struct ConflictPage {
    ctx: PageCtx,
    showing: ShowingRecord,
    saved: ShowingForm,
    form: ShowingForm,
}

pub async fn update(
    ctx: Ctx,
    id: web::Path<String>,
    posted: web::Form<ShowingForm>,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let showing = load(&ctx, &id).await?;
    let posted = posted.into_inner();
    let mut errors = FieldErrors::default();
    let version = posted.version.trim().parse::<i32>().ok();
    if version.is_none() {
        errors.add("version", Msg::new("schedule-no-version"));
    }
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
    // A form without the field (an older page) keeps the showing's format.
    let format = if posted.format.trim().is_empty() {
        Some(showing.format)
    } else {
        form::format(&posted.format, &mut errors)
    };
    let (Some(version), Some(starts_at), Some(price_cents), Some(format)) =
        (version, starts_at, price, format)
    else {
        let form = ShowingForm {
            version: showing.version.to_string(),
            ..posted
        };
        return page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            showing,
            form,
            errors,
            Vec::new(),
            String::new(),
        );
    };
    let showing_id = showing.id;
    let edited = ctx
        .write_as_admin(move |c, now, admin| {
            Ok(schedule::update(
                c,
                showing_id,
                version,
                schedule::Edit {
                    starts_at,
                    price_cents,
                    format,
                },
                admin.id,
                now,
            )?)
        })
        .await?;
    match edited {
        Edited::Done => {
            ctx.flash(Msg::new("schedule-saved"));
            Ok(views::see_other(&format!(
                "/admin/showings/{showing_id}/edit"
            )))
        }
        Edited::Stale(current) => {
            let saved = form_of(&ctx, &current);
            let form = ShowingForm {
                version: current.version.to_string(),
                ..posted
            };
            views::html_status(
                StatusCode::CONFLICT,
                &ConflictPage {
                    ctx: ctx.page(),
                    showing: current,
                    saved,
                    form,
                },
            )
        }
        Edited::Clashes(clashes) => {
            errors.add("starts_at", Msg::new("schedule-overlaps"));
            let lines = clash_lines(&ctx.rules, &clashes);
            page(
                &ctx,
                StatusCode::CONFLICT,
                showing,
                posted,
                errors,
                lines,
                String::new(),
            )
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CancelForm {
    reason: String,
}

pub async fn cancel(
    ctx: Ctx,
    id: web::Path<String>,
    posted: web::Form<CancelForm>,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let showing = load(&ctx, &id).await?;
    let reason = match line(&posted.reason, 300, true) {
        Ok(reason) => reason,
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add(
                "reason",
                if posted.reason.trim().is_empty() {
                    Msg::new("schedule-reason-needed").into()
                } else {
                    crate::i18n::Text::from(e)
                },
            );
            let form = form_of(&ctx, &showing);
            return page(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                showing,
                form,
                errors,
                Vec::new(),
                posted.reason.clone(),
            );
        }
    };
    let showing_id = showing.id;
    let done = ctx
        .write_as_admin({
            let rules = ctx.rules.clone();
            move |c, now, admin| {
                Ok(schedule::cancel(
                    c, showing_id, &reason, admin.id, now, &rules,
                )?)
            }
        })
        .await?;
    ctx.flash(
        Msg::new("schedule-cancelled-flash")
            .arg("title", &showing.title)
            .arg("when", ctx.rules.show_time(showing.starts_at))
            .arg("count", done.bookings)
            .arg("refunds", done.refunds)
            .arg("amount", ctx.rules.money(done.refunded_cents)),
    );
    Ok(views::see_other(&format!(
        "/admin/showings/{showing_id}/edit"
    )))
}
