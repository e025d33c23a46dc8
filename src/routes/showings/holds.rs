//! Holding and releasing one seat. HTMX gets the grid and basket back; a plain form post is redirected
//! to the seat map. A seat someone else got first is a 409 with the grid showing it taken.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::seat_map::{render_grid_and_basket, render_page};
use crate::db;
use crate::error::AppError;
use crate::session::Ctx;
use crate::views;

pub async fn hold_seat(
    ctx: Ctx,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    change_seat(ctx, path, Change::Hold).await
}

pub async fn release_seat(
    ctx: Ctx,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    change_seat(ctx, path, Change::Release).await
}

#[derive(Clone, Copy)]
enum Change {
    Hold,
    Release,
}

async fn change_seat(
    ctx: Ctx,
    path: web::Path<(String, String)>,
    change: Change,
) -> Result<HttpResponse, AppError> {
    let showing_id = crate::routes::parse_id(&path.0)?;
    let seat_id = crate::routes::parse_id(&path.1)?;
    let back = format!("/showings/{showing_id}");
    let user_id = ctx.require_user_then(&back)?.id;
    let now = ctx.now();
    let rules = ctx.rules.clone();
    let result = db::run(ctx.pool(), move |c| match change {
        Change::Hold => db::holds::hold(c, user_id, showing_id, seat_id, now, &rules),
        Change::Release => db::holds::release(c, user_id, showing_id, seat_id, now),
    })
    .await;
    match result {
        Ok(()) if ctx.htmx => render_grid_and_basket(&ctx, showing_id, None, StatusCode::OK).await,
        Ok(()) => Ok(views::see_other(&back)),
        Err(AppError::Conflict(message)) if ctx.htmx => {
            render_grid_and_basket(&ctx, showing_id, Some(message), StatusCode::CONFLICT).await
        }
        Err(AppError::Conflict(message)) => {
            render_page(&ctx, showing_id, Some(message), StatusCode::CONFLICT).await
        }
        Err(other) => Err(other),
    }
}
