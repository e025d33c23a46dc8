//! A movie's poster in the back office: uploaded on its edit page (the upload's CSRF token is
//! checked by the middleware, which reads this one multipart form), checked, scaled and stored by
//! `domain::poster`, or removed.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use futures_util::StreamExt;

use super::form::MovieForm;
use crate::db::posters;
use crate::domain::poster::{self, PosterError};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::Ctx;
use crate::views::{self, FieldErrors};

/// The upload broke off or was not a form; the cause is the parser's own (English) words.
fn unreadable(e: actix_multipart::MultipartError) -> AppError {
    AppError::BadRequest(
        Msg::new("admin-poster-upload-unreadable")
            .arg("why", e.to_string())
            .into(),
    )
}

/// The `poster` file of the form, read up to one byte past the limit (so an oversized one is known).
async fn read_poster(mut form: Multipart) -> Result<Vec<u8>, AppError> {
    let mut found = None;
    while let Some(field) = form.next().await {
        let mut field = field.map_err(unreadable)?;
        if field.name() != Some("poster") {
            while let Some(chunk) = field.next().await {
                chunk.map_err(unreadable)?;
            }
            continue;
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(unreadable)?;
            if bytes.len() <= poster::MOST_BYTES {
                bytes.extend_from_slice(&chunk);
            }
        }
        found = Some(bytes);
    }
    Ok(found.unwrap_or_default())
}

pub async fn upload(
    ctx: Ctx,
    id: web::Path<String>,
    form: Multipart,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let movie = super::load(&ctx, &id).await?;
    let bytes = read_poster(form).await?;
    // Decoding and scaling take a while: off the server's own threads.
    let prepared = web::block(move || poster::prepare(&bytes))
        .await
        .map_err(AppError::unexpected)?;
    let prepared = match prepared {
        Ok(p) => p,
        Err(e) => {
            let status = if e == PosterError::TooLarge {
                StatusCode::PAYLOAD_TOO_LARGE
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let mut errors = FieldErrors::default();
            errors.add("poster", e.msg());
            let form = MovieForm::of(&movie);
            return super::form_page(&ctx, status, Some(movie), form, errors);
        }
    };
    let movie_id = movie.id;
    ctx.write_as_admin(move |c, now, admin| {
        Ok(posters::save(c, movie_id, &prepared, admin.id, now)?)
    })
    .await?;
    ctx.flash(Msg::new("admin-poster-saved").arg("title", movie.title));
    Ok(views::see_other(&format!("/admin/movies/{movie_id}/edit")))
}

pub async fn remove(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let movie = super::load(&ctx, &id).await?;
    let movie_id = movie.id;
    ctx.write_as_admin(move |c, now, admin| Ok(posters::remove(c, movie_id, admin.id, now)?))
        .await?;
    ctx.flash(Msg::new("admin-poster-removed").arg("title", movie.title));
    Ok(views::see_other(&format!("/admin/movies/{movie_id}/edit")))
}
