//! Choosing the ticket type of each seat (`type_{seat_id}` fields); HTMX gets the updated list and total.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::show::{self, Access, PayInput, TicketsFragment};
use crate::db::{self, checkout::TicketChoice};
use crate::error::AppError;
use crate::i18n::Msg;
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
        let seat_id = seat.parse::<i32>().map_err(|_| {
            AppError::Validation(
                Msg::new("error-no-such-seat-field")
                    .arg("field", key.as_str())
                    .into(),
            )
        })?;
        choices.push((seat_id, TicketChoice::parse(&value)));
    }
    let (booking_id, rules) = (loaded.booking.id, ctx.rules.clone());
    let back = format!("/bookings/{}", loaded.booking.code);
    let result = ctx
        .write_signed_in(&back, move |c, now, _| {
            Ok(db::checkout::set_ticket_types(
                c, booking_id, &choices, now, &rules,
            )?)
        })
        .await;
    let (status, message) = match result {
        Ok(()) if !ctx.htmx => return Ok(views::see_other(&back)),
        Ok(()) => (StatusCode::OK, None),
        Err(e @ AppError::Conflict(_)) => (StatusCode::CONFLICT, Some(e.user_message(ctx.lang))),
        Err(e @ AppError::Validation(_)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(e.user_message(ctx.lang)),
        ),
        Err(other) => return Err(other),
    };
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
