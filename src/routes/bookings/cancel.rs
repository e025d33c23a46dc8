//! Cancelling a booking under the rules: a pending one at once, a paid one until the cut-off.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::show::{self, Access, PayInput};
use crate::db;
use crate::db::checkout::Cutoff;
use crate::db::ledger::Till;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::Ctx;
use crate::views;

pub async fn cancel_booking(ctx: Ctx, code: web::Path<String>) -> Result<HttpResponse, AppError> {
    let loaded = show::load(&ctx, &code, Access::Change).await?;
    let (booking_id, rules) = (loaded.booking.id, ctx.rules.clone());
    let back = format!("/bookings/{}", loaded.booking.code);
    match ctx
        .write_signed_in(&back, move |c, now, user| {
            Ok(db::checkout::cancel(
                c,
                booking_id,
                (Till::WEB, user.id),
                Cutoff::Keep,
                now,
                &rules,
            )?)
        })
        .await
    {
        Ok(refund) => {
            ctx.flash(match refund {
                Some(refund) => {
                    Msg::new("flash-cancelled-refunded").arg("how", refund.how(&ctx.rules))
                }
                None => Msg::new("flash-cancelled-released"),
            });
            Ok(views::see_other(&format!(
                "/bookings/{}",
                loaded.booking.code
            )))
        }
        Err(AppError::Conflict(message)) => {
            let loaded = show::load(&ctx, &loaded.booking.code, Access::Change).await?;
            show::render(
                &ctx,
                loaded,
                StatusCode::CONFLICT,
                Some(ctx.lang.say(&message)),
                PayInput::default(),
            )
        }
        Err(other) => Err(other),
    }
}
