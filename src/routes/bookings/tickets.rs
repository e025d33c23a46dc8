//! Choosing the ticket type of each seat (`type_{seat_id}` fields); HTMX gets the updated list and total.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::show::{self, Access, PayInput, TicketsFragment};
use crate::db::{self, checkout::TicketChoice};
use crate::error::AppError;
use crate::session::Ctx;
use crate::views;

pub async fn set_tickets(
    ctx: Ctx,
    code: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let loaded = show::load(&ctx, &code, Access::Change).await?;
    let mut choices = Vec::new();
    for (key, value) in form.into_inner() {
        let Some(seat) = key.strip_prefix("type_") else {
            continue;
        };
        let seat_id = seat
            .parse::<i32>()
            .map_err(|_| AppError::Validation(format!("{key:?} does not name a seat.")))?;
        choices.push((seat_id, TicketChoice::parse(&value)));
    }
    let (booking_id, rules) = (loaded.booking.id, ctx.rules.clone());
    let result = ctx
        .write(move |c, now| {
            Ok(db::checkout::set_ticket_types(
                c, booking_id, &choices, now, &rules,
            )?)
        })
        .await;
    let status = match &result {
        Ok(()) => StatusCode::OK,
        Err(AppError::Conflict(_)) => StatusCode::CONFLICT,
        Err(AppError::Validation(_)) => StatusCode::UNPROCESSABLE_ENTITY,
        Err(_) => return result.map(|_| HttpResponse::Ok().finish()),
    };
    if status == StatusCode::OK && !ctx.htmx {
        return Ok(views::see_other(&format!(
            "/bookings/{}",
            loaded.booking.code
        )));
    }
    let message = result.err().map(|e| e.user_message());
    let loaded = show::load(&ctx, &loaded.booking.code, Access::Change).await?;
    if ctx.htmx {
        let fragment = TicketsFragment {
            tickets: show::tickets(&ctx, &loaded, message),
        };
        views::html_status(status, &fragment)
    } else {
        show::render(&ctx, loaded, status, message, PayInput::default())
    }
}
