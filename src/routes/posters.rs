//! Posters as pages show them: `/posters/{movie}/{version}.jpg`. The version in the address moves
//! on with every new poster, so an answer may be kept a year and never goes stale.

use crate::i18n::Msg;
use actix_web::{HttpResponse, web};

use crate::error::AppError;
use crate::state::AppState;

pub async fn poster(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (movie, file) = path.into_inner();
    let missing = || AppError::NotFound(Msg::new("error-no-such-poster").into());
    let movie_id = crate::routes::parse_id(&movie).map_err(|_| missing())?;
    let version: i32 = file
        .strip_suffix(".jpg")
        .and_then(|v| v.parse().ok())
        .ok_or_else(missing)?;
    let bytes = crate::db::run(&state.pool, move |c| {
        Ok::<_, AppError>(crate::db::posters::bytes(c, movie_id, version)?)
    })
    .await?
    .ok_or_else(missing)?;
    Ok(HttpResponse::Ok()
        .content_type("image/jpeg")
        .insert_header(("Cache-Control", "public, max-age=31536000, immutable"))
        .body(bytes))
}
