//! Scheduling one film in one hall at the same times over a range of days, all or nothing: a
//! request with any clash creates nothing and lists every clash.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::form::{self, BulkForm};
use super::{ClashLine, choices, clash_lines, film_and_hall};
use crate::db::schedule::{self, Plan, Scheduled};
use crate::domain::kinds::ShowFormat;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

#[derive(Template)]
#[template(path = "admin/showings/bulk.html")]
struct BulkPage {
    ctx: PageCtx,
    movies: Vec<(i32, String, i32)>,
    halls: Vec<(i32, String)>,
    form: BulkForm,
    errors: FieldErrors,
    clashes: Vec<ClashLine>,
    formats: &'static [ShowFormat],
    most: usize,
}

async fn page(
    ctx: &Ctx,
    status: StatusCode,
    form: BulkForm,
    errors: FieldErrors,
    clashes: Vec<ClashLine>,
) -> Result<HttpResponse, AppError> {
    let (movies, halls) = choices(ctx).await?;
    views::html_status(
        status,
        &BulkPage {
            formats: form::FORMATS,
            ctx: ctx.page(),
            movies,
            halls,
            form,
            errors,
            clashes,
            most: form::MOST_IN_BULK,
        },
    )
}

pub async fn show(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    page(
        &ctx,
        StatusCode::OK,
        BulkForm::default(),
        FieldErrors::default(),
        Vec::new(),
    )
    .await
}

pub async fn create(ctx: Ctx, posted: web::Form<BulkForm>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let posted = posted.into_inner();
    let mut errors = FieldErrors::default();
    let (movie_id, hall_id) =
        film_and_hall(&ctx, &posted.movie_id, &posted.hall_id, &mut errors).await?;
    let starts = form::bulk_starts(&posted, ctx.rules.tz, &mut errors);
    if let Some(past) = starts
        .as_ref()
        .and_then(|s| s.iter().find(|t| **t <= ctx.now()))
    {
        errors.add(
            "from",
            Msg::new("schedule-bulk-past").arg("when", ctx.rules.show_time(*past)),
        );
    }
    let price = form::price(&posted.price, &mut errors);
    let format = form::format(&posted.format, &mut errors);
    let (Some(movie_id), Some(hall_id), Some(starts), Some(price_cents), Some(format), true) =
        (movie_id, hall_id, starts, price, format, errors.is_empty())
    else {
        return page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            posted,
            errors,
            Vec::new(),
        )
        .await;
    };
    let first = starts.first().copied();
    let plan = Plan {
        movie_id,
        hall_id,
        starts,
        price_cents,
        format,
    };
    let scheduled = ctx
        .write_as_admin(move |c, now, admin| Ok(schedule::create(c, &plan, admin.id, now)?))
        .await?;
    match scheduled {
        Scheduled::Done(ids) => {
            ctx.flash(Msg::new("schedule-bulk-flash").arg("count", ids.len()));
            let week = first
                .map(|t| ctx.rules.local(t).format("%G-W%V").to_string())
                .unwrap_or_default();
            Ok(views::see_other(&format!(
                "/admin/showings?hall={hall_id}&week={week}"
            )))
        }
        Scheduled::Clashes(clashes) => {
            let lines = clash_lines(&ctx.rules, &clashes);
            errors.add("times", Msg::new("schedule-bulk-clashes"));
            page(&ctx, StatusCode::CONFLICT, posted, errors, lines).await
        }
    }
}
