//! The seat grid alone, as the fragment every open seat map polls. It carries a validator, so an
//! unchanged grid is a 304 without rendering, usually without the session's context either.

use std::hash::{Hash, Hasher};

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, EntityTag, HeaderValue, IfNoneMatch};
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;

use super::draw::{draw_grid, html_sized};
use super::load::{Seats, viewers};
use super::view::Grid;
use crate::db::seat_map::{self as cells_db, GridVersion};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::session::{self, Ctx};
use crate::state::AppState;
use crate::state::seats_cache::SeatsKey;

#[derive(Template)]
#[template(path = "showings/seat_map.html", block = "grid")]
pub struct SeatGrid<'a> {
    grid: Grid<'a>,
}

/// The poll's two possible answers, decided inside the database round trip.
enum Poll {
    Unchanged(String),
    Changed {
        etag: String,
        seats: Seats,
        /// What a fresh drawing may be kept under: set when the viewer holds no seat.
        key: Option<SeatsKey>,
        now: NaiveDateTime,
    },
}

pub async fn seat_grid(req: HttpRequest, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let showing_id = crate::routes::parse_id(&id)?;
    let known = req.get_header::<IfNoneMatch>();
    if let Some(known) = &known
        && let Some(etag) = current_etag(&req, showing_id).await?
        && matches_tag(known, &etag)
    {
        return Ok(not_modified(etag));
    }
    let (ctx, poll) = Ctx::load_with(&req, move |c, v| {
        let version = cells_db::version(c, showing_id, v.now)?
            .ok_or_else(|| AppError::not_found("showing"))?;
        let etag = grid_etag(showing_id, version, v.user_id, v.csrf, v.rules.lang);
        if known.as_ref().is_some_and(|k| matches_tag(k, &etag)) {
            return Ok(Poll::Unchanged(etag));
        }
        let shares = matches!(viewers(c, showing_id, v)?, (None, ref paid) if paid.is_empty());
        let key = shares.then_some(SeatsKey {
            grid: version,
            lang: v.rules.lang,
        });
        let now = v.now;
        if let Some(key) = key
            && let Some(html) = v.seats_cache.get(showing_id, key)
        {
            let seats = Seats::Drawn(html, version);
            return Ok(Poll::Changed {
                etag,
                seats,
                key: None,
                now,
            });
        }
        let cells = cells_db::load_in_layout(c, v.layouts, showing_id, version.layout_id)?;
        if cells.is_empty() {
            return Err(AppError::not_found("showing"));
        }
        let seats = Seats::Read(cells);
        Ok(Poll::Changed {
            etag,
            seats,
            key,
            now,
        })
    })
    .await?;
    let response = match poll {
        Poll::Unchanged(etag) => not_modified(etag),
        Poll::Changed {
            etag,
            seats,
            key,
            now,
        } => {
            let (grid, capacity) = draw_grid(&ctx, showing_id, seats, key, now, None)?;
            let mut grid = grid;
            let tag = EntityTag::new_weak(etag);
            grid.etag = Some(tag.to_string());
            let mut response = html_sized(StatusCode::OK, &SeatGrid { grid }, capacity)?;
            response
                .headers_mut()
                .insert(header::ETAG, header_value(&tag)?);
            grid_headers(response)
        }
    };
    Ok(response)
}

/// The validator the grid would have now, from the session and the showing's version alone: the
/// quick answer to a poll, without the page's context. `None` when the session has no CSRF token
/// yet (the full answer creates one).
///
/// The session's user is not checked against the database here: a 304 tells nothing new, and the
/// first change to the grid sends the poll through the full path, which does check.
async fn current_etag(req: &HttpRequest, showing_id: i32) -> Result<Option<String>, AppError> {
    let session = req.get_session();
    let Ok(Some(csrf)) = session.get::<String>(session::CSRF) else {
        return Ok(None);
    };
    let viewer = session.get::<i32>(session::USER_ID).ok().flatten();
    let state = req.app_data::<web::Data<AppState>>().ok_or_else(|| {
        AppError::unexpected(anyhow::anyhow!("application state is not registered"))
    })?;
    let version = state
        .grid_versions
        .get(showing_id)
        .await?
        .ok_or_else(|| AppError::not_found("showing"))?;
    let lang = crate::i18n::from_request(req);
    Ok(Some(grid_etag(showing_id, version, viewer, &csrf, lang)))
}

fn not_modified(etag: String) -> HttpResponse {
    grid_headers(
        HttpResponse::NotModified()
            .insert_header(header::ETag(EntityTag::new_weak(etag)))
            .finish(),
    )
}

fn grid_headers(mut response: HttpResponse) -> HttpResponse {
    let headers = response.headers_mut();
    headers.insert(header::VARY, HeaderValue::from_static("HX-Request"));
    // Stored, but asked again every time: the browser revalidates each poll with If-None-Match.
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    response
}

/// The grid's validator: it changes when any seat of the showing changes (`seats_version`), when the
/// showing moves to another layout, when the next live hold runs out, for another viewer ("mine"
/// differs) and with the CSRF token the form carries.
pub fn grid_etag(
    showing_id: i32,
    version: GridVersion,
    viewer: Option<i32>,
    csrf: &str,
    lang: Lang,
) -> String {
    let mut hasher = std::hash::DefaultHasher::new();
    (
        env!("CARGO_PKG_VERSION"),
        showing_id,
        version.layout_id,
        version.next_expiry,
        viewer,
        csrf,
        lang,
    )
        .hash(&mut hasher);
    format!("{}-{:016x}", version.seats_version, hasher.finish())
}

fn matches_tag(known: &IfNoneMatch, etag: &str) -> bool {
    match known {
        IfNoneMatch::Any => true,
        IfNoneMatch::Items(tags) => tags.iter().any(|t| t.tag() == etag),
    }
}

fn header_value(tag: &EntityTag) -> Result<HeaderValue, AppError> {
    HeaderValue::from_str(&tag.to_string()).map_err(AppError::unexpected)
}
