//! Ending sessions from the account page: one of them, or every one but this.

use actix_web::{HttpResponse, web};

use super::password::live_others;
use crate::db;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::{self, Ctx};
use crate::views;

/// Where a visitor asked to log in first comes back to.
const BACK: &str = "/account";

/// `POST /account/sessions/logout-others`: "log out everywhere else".
pub async fn log_out_others(ctx: Ctx) -> Result<HttpResponse, AppError> {
    let role = ctx.require_user_then(BACK)?.role;
    let idle = ctx.rules.idle_limit(role);
    let ended = ctx
        .write_signed_in(BACK, move |c, now, user| {
            let live = live_others(c, user, now, idle)?;
            db::sessions::end_others(c, user.id, user.session_id)?;
            Ok(live)
        })
        .await?;
    ctx.flash(Msg::new("sessions-ended").arg("count", ended));
    Ok(views::see_other(BACK))
}

/// `POST /account/sessions/{id}/end`: ends one session; ending this one logs out.
pub async fn end_session(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let user = ctx.require_user_then(BACK)?.clone();
    let id = crate::routes::parse_id(&id)?;
    if id == user.session_id {
        session::log_out(&ctx).await?;
        return Ok(views::see_other("/"));
    }
    let ended = ctx
        .write_signed_in(BACK, move |c, _, user| {
            Ok(db::sessions::end(c, user.id, id)?)
        })
        .await?;
    if ended == 0 {
        return Err(AppError::NotFound(Msg::new("session-gone").into()));
    }
    ctx.flash(Msg::new("session-ended"));
    Ok(views::see_other(BACK))
}
