//! Holding and releasing one seat. HTMX gets the seat, the message slot and the basket back; a plain
//! form post is redirected to the seat map. A seat someone else got first is a 409: for HTMX the seat
//! shown taken with the reason beside the grid, for a plain post the whole page with the reason.
//! The change and the answer's queries share one database round trip.

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::load::{self, PageData, SeatData};
use super::page;
use super::view::{Basket, SeatView, SeatWords, basket_view, seat_path, seat_view};
use crate::db::{self, StoreError};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::Ctx;
use crate::state::AppState;
use crate::views;

/// A hold refused for coming too fast: 429, and when to try again.
/// `why` names a message that takes the wait in `$seconds`.
pub(super) fn too_fast(why: &'static str, wait: u64) -> AppError {
    AppError::TooManyRequests {
        message: Msg::new(why).arg("seconds", wait).into(),
        retry_after: wait,
    }
}

pub async fn hold_seat(
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    change_seat(req, path, Change::Hold).await
}

pub async fn release_seat(
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    change_seat(req, path, Change::Release).await
}

#[derive(Clone, Copy)]
enum Change {
    Hold,
    Release,
}

enum Answer {
    SeeMap,
    Seat(Box<SeatData>, Option<String>),
    Page(Box<PageData>, String),
}

async fn change_seat(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    change: Change,
) -> Result<HttpResponse, AppError> {
    let showing_id = crate::routes::parse_id(&path.0)?;
    let seat_id = crate::routes::parse_id(&path.1)?;
    let back = format!("/showings/{showing_id}");
    let htmx = crate::htmx::is_htmx(&req);
    // A visitor who is not logged in is sent to log in without a trip to the database writer.
    let session = req.get_session();
    if session
        .get::<i32>(crate::session::USER_ID)
        .ok()
        .flatten()
        .is_none()
    {
        // Logging in keeps the seat a visitor clicked: it is held for them once they are in.
        let next = match change {
            Change::Hold => crate::routes::auth::kept_seat::next_for(showing_id, seat_id),
            Change::Release => back,
        };
        return Err(AppError::LoginRequired { next });
    }
    let limits = AppState::of(&req)
        .map(|s| s.hold_limits.clone())
        .ok_or_else(|| {
            AppError::unexpected(anyhow::anyhow!("application state is not registered"))
        })?;
    // Counted before the database is asked, so a flood from one address never reaches the writer.
    if let Change::Hold = change
        && let Err(wait) = limits.address(&crate::client_addr::client_key(&req))
    {
        return Err(too_fast("holds-too-fast-network", wait));
    }
    let next = back.clone();
    let (ctx, answer) = Ctx::load_writing(&req, move |c, v| {
        let user_id = v.user_id.ok_or(AppError::LoginRequired { next })?;
        if let Change::Hold = change
            && let Err(wait) = limits.account(user_id, v.rules.holds_per_minute_per_account)
        {
            return Err(too_fast("holds-too-fast-account", wait));
        }
        let result = match change {
            Change::Hold => db::holds::hold(c, user_id, showing_id, seat_id, v.now, v.rules),
            Change::Release => db::holds::release(c, user_id, showing_id, seat_id, v.now),
        };
        match result {
            Ok(()) if !htmx => Ok(Answer::SeeMap),
            Ok(()) => Ok(Answer::Seat(
                Box::new(load::load_seat(c, showing_id, seat_id, v)?),
                None,
            )),
            Err(StoreError::Conflict(message)) if htmx => Ok(Answer::Seat(
                Box::new(load::load_seat(c, showing_id, seat_id, v)?),
                Some(v.rules.lang.say(&message)),
            )),
            Err(StoreError::Conflict(message)) => Ok(Answer::Page(
                Box::new(load::load_page(c, showing_id, v)?),
                v.rules.lang.say(&message),
            )),
            Err(other) => Err(other.into()),
        }
    })
    .await?;
    match answer {
        Answer::SeeMap => Ok(views::see_other(&back)),
        Answer::Seat(data, message) => render_seat_and_basket(&ctx, showing_id, *data, message),
        Answer::Page(data, message) => {
            page::render_page(&ctx, showing_id, *data, Some(message), StatusCode::CONFLICT)
        }
    }
}

#[derive(Template)]
#[template(path = "showings/seat_map.html", block = "basket")]
pub struct BasketFragment {
    basket: Basket,
}

#[derive(Template)]
#[template(path = "showings/seat.html")]
pub struct SeatButton<'a> {
    grid: SeatPath,
    seat: SeatView<'a>,
}

/// What a lone seat needs of its grid.
pub struct SeatPath {
    seat_path: String,
    words: &'static SeatWords,
}

#[derive(Template)]
#[template(path = "showings/seat_message.html")]
pub struct SeatMessage {
    grid: MessageSlot,
}

/// What the grid's message slot needs, when it is sent alone.
pub struct MessageSlot {
    message: Option<String>,
    message_oob: bool,
}

/// The answer to an HTMX hold or release: the seat alone, swapped in place of the one on the page
/// (the poll brings the rest of the grid's changes), with the grid's message slot (why a hold was
/// refused, or emptied when it went through) and the basket out of band. Under a kilobyte, where the
/// whole grid of the Grand Hall is 68 KB.
pub fn render_seat_and_basket(
    ctx: &Ctx,
    showing_id: i32,
    data: SeatData,
    message: Option<String>,
) -> Result<HttpResponse, AppError> {
    let SeatData { cell, basket, now } = data;
    let viewer = ctx.user.as_ref().map(|u| u.id);
    let status = if message.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    let mut body = String::with_capacity(4096);
    SeatButton {
        grid: SeatPath {
            seat_path: seat_path(showing_id),
            words: SeatWords::of(ctx.lang),
        },
        seat: seat_view(
            &cell,
            cell.availability(viewer, now),
            SeatWords::of(ctx.lang),
        ),
    }
    .render_into(&mut body)?;
    SeatMessage {
        grid: MessageSlot {
            message,
            message_oob: true,
        },
    }
    .render_into(&mut body)?;
    BasketFragment {
        basket: basket_view(ctx, showing_id, basket, now, true),
    }
    .render_into(&mut body)?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header(("HX-Retarget", format!("#seat-{}", cell.seat.seat_id)))
        .insert_header(("HX-Reswap", "outerHTML"))
        .body(body))
}
