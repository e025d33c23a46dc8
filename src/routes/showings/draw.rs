//! Drawing a grid's seats: once per version for viewers who hold none of them (kept in the
//! seats cache), fresh for a viewer with a basket, into a buffer sized for the answer.

use std::sync::{Arc, LazyLock};

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_ENCODING, VARY};
use askama::Template;
use chrono::NaiveDateTime;

use super::load::Seats;
use super::view::{Grid, grid};
use crate::db::seat_map::Availability;
use crate::error::AppError;
use crate::gzip_parts::{self, Deflated, PartCache, Piece};
use crate::session::Ctx;
use crate::state::seats_cache::SeatsKey;

#[derive(Template)]
#[template(path = "showings/seats.html")]
pub struct SeatsPart<'a> {
    grid: &'a Grid<'a>,
}

/// The grid for `ctx`'s viewer, with its seats drawn now or taken as drawn before; a fresh drawing
/// is kept under `key` when there is one. Also returns about how long the answer will be.
pub(super) fn draw_grid<'a>(
    ctx: &'a Ctx,
    showing_id: i32,
    seats: Seats,
    key: Option<SeatsKey>,
    now: NaiveDateTime,
    message: Option<String>,
) -> Result<(Grid<'a>, usize), AppError> {
    let cells = match seats {
        Seats::Read(cells) => cells,
        Seats::Drawn(html, _) => {
            let mut grid = grid(ctx, showing_id, &[], now, message);
            let capacity = body_estimate(0) + html.len();
            grid.seats_html = Some(html);
            return Ok((grid, capacity));
        }
    };
    let mut html = String::with_capacity(body_estimate(cells.len()));
    let drawn = grid(ctx, showing_id, &cells, now, None);
    SeatsPart { grid: &drawn }.render_into(&mut html)?;
    let html: Arc<str> = Arc::from(html);
    // Kept for everyone only if none of its seats is this viewer's: the caller decided that from
    // their basket and bookings a moment ago, and the seats just read have the last word.
    let viewer = ctx.user.as_ref().map(|u| u.id);
    let theirs = cells.iter().any(|cell| {
        matches!(
            cell.availability(viewer, now),
            Availability::Mine | Availability::Bought
        )
    });
    if let Some(key) = key.filter(|_| !theirs) {
        ctx.state.seats_cache.put(showing_id, key, html.clone());
    }
    let mut grid = grid(ctx, showing_id, &[], now, message);
    let capacity = body_estimate(0) + html.len();
    grid.seats_html = Some(html);
    Ok((grid, capacity))
}

/// About what one seat's markup takes, plus the page around the grid: rendering into a buffer of
/// the right size spares the copies of a growing one.
pub(super) fn body_estimate(seats: usize) -> usize {
    seats * 380 + 16 * 1024
}

pub(super) fn html_sized(
    status: StatusCode,
    template: &impl Template,
    capacity: usize,
) -> Result<HttpResponse, AppError> {
    let mut body = String::with_capacity(capacity);
    template.render_into(&mut body)?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body))
}

/// Stands in for the shared seats while the page around them is rendered; no page text can hold
/// it (a control character and a secret of this process).
pub(super) static SEATS_MARK: LazyLock<Arc<str>> =
    LazyLock::new(|| Arc::from(format!("\u{1}seats-{}\u{1}", crate::random::token())));

/// The page (rendered with `SEATS_MARK` where its seats go) as gzip: the seats' part compressed
/// before, the page around them cut at the viewer's `own` strings into stretches kept compressed in
/// `parts`. `None` if the page has no mark or compressing fails.
pub(super) fn gzip_around(
    status: StatusCode,
    template: &impl Template,
    seats: Arc<Deflated>,
    own: &[&str],
    parts: &PartCache,
) -> Result<Option<HttpResponse>, AppError> {
    let mut body = String::with_capacity(body_estimate(0));
    template.render_into(&mut body)?;
    let Some(at) = memchr::memmem::find(body.as_bytes(), SEATS_MARK.as_bytes()) else {
        return Ok(None);
    };
    let (head, tail) = (&body[..at], &body[at + SEATS_MARK.len()..]);
    let mut pieces = Vec::with_capacity(32);
    let cut = gzip_parts::cut(head, own, parts, &mut pieces).and_then(|()| {
        pieces.push(Piece::Shared(seats));
        gzip_parts::cut(tail, own, parts, &mut pieces)
    });
    if cut.is_none() {
        return Ok(None);
    }
    Ok(Some(
        HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .insert_header((CONTENT_ENCODING, "gzip"))
            .insert_header((VARY, "Accept-Encoding"))
            .body(gzip_parts::gzip(&pieces)),
    ))
}
