//! Logging out ends the whole session.

use actix_web::HttpResponse;

use crate::session::{self, Ctx};
use crate::views;

pub async fn logout(ctx: Ctx) -> HttpResponse {
    session::log_out(&ctx.session);
    views::see_other("/")
}
