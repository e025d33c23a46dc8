//! Logging out ends the session on the server, not only in this browser.

use actix_web::HttpResponse;

use crate::error::AppError;
use crate::session::{self, Ctx};
use crate::views;

pub async fn logout(ctx: Ctx) -> Result<HttpResponse, AppError> {
    session::log_out(&ctx).await?;
    Ok(views::see_other("/"))
}
