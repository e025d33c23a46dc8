//! The seat map page, and the seat grid alone as the fragment HTMX polls and swaps.
//!
//! Each answer costs one database round trip (the session's context and the page's queries together),
//! and the polled grid carries a validator, so an unchanged grid is a 304 without rendering.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, EntityTag, HeaderValue, IfNoneMatch};
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;

use super::view::{Basket, Grid, SeatView, basket_view, grid, seat_path, seat_view};
use crate::db::bookings::{self, Booking, Item};
use crate::db::seat_map::{self as cells_db, GridVersion, SeatCell};
use crate::db::{self, showings::ShowingDetail};
use crate::error::AppError;
use crate::session::{self, Ctx, Viewer};
use crate::state::AppState;
use crate::state::seats_cache::SeatsKey;
use crate::views::PageCtx;

/// How often an open seat map asks for changes, in seconds.
pub const POLL_SECONDS: u32 = 3;

#[derive(Template)]
#[template(path = "showings/seat_map.html")]
pub struct SeatMapPage<'a> {
    ctx: PageCtx,
    title: String,
    movie_id: i32,
    rating: String,
    minutes: i32,
    hall: String,
    when: String,
    price: String,
    started: bool,
    grid: Grid<'a>,
    basket: Basket,
}

#[derive(Template)]
#[template(path = "showings/seat_map.html", block = "grid")]
pub struct SeatGrid<'a> {
    grid: Grid<'a>,
}

#[derive(Template)]
#[template(path = "showings/seat_map.html", block = "basket")]
pub struct BasketFragment {
    basket: Basket,
}

#[derive(Template)]
#[template(path = "showings/seat.html")]
pub struct SeatButton<'a> {
    grid: SeatPath,
    seat: SeatView<'a>,
}

/// What a lone seat needs of its grid.
pub struct SeatPath {
    seat_path: String,
}

#[derive(Template)]
#[template(path = "showings/seat_message.html")]
pub struct SeatMessage {
    grid: MessageSlot,
}

/// What the grid's message slot needs, when it is sent alone.
pub struct MessageSlot {
    message: Option<String>,
    message_oob: bool,
}

/// What a seat map needs from the database, read in the context's round trip.
pub struct PageData {
    detail: ShowingDetail,
    seats: Seats,
    basket: Option<(Booking, Vec<Item>)>,
    now: NaiveDateTime,
}

/// The page's seats: read, or already drawn for a viewer who holds none of them.
enum Seats {
    Read(Vec<SeatCell>),
    Drawn(Arc<str>, GridVersion),
}

#[derive(Template)]
#[template(path = "showings/seats.html")]
pub struct SeatsPart<'a> {
    grid: &'a Grid<'a>,
}

/// One seat and the viewer's basket, for the answer to an HTMX hold or release.
pub struct SeatData {
    cell: SeatCell,
    basket: Option<(Booking, Vec<Item>)>,
    now: NaiveDateTime,
}

/// The seat (a 404 when the showing has no such seat) and the viewer's open basket.
pub fn load_seat(
    c: &mut db::Conn,
    showing_id: i32,
    seat_id: i32,
    v: &Viewer<'_>,
) -> Result<SeatData, AppError> {
    let cell = cells_db::load_seat(c, v.layouts, showing_id, seat_id)?
        .ok_or_else(|| AppError::NotFound("This showing has no such seat.".into()))?;
    Ok(SeatData {
        cell,
        basket: open_basket(c, showing_id, v)?,
        now: v.now,
    })
}

fn open_basket(
    c: &mut db::Conn,
    showing_id: i32,
    v: &Viewer<'_>,
) -> Result<Option<(Booking, Vec<Item>)>, AppError> {
    let Some(user_id) = v.user_id else {
        return Ok(None);
    };
    match bookings::pending_for(c, user_id, showing_id)? {
        Some(b) if b.is_open(v.now) => {
            let items = bookings::items(c, &b)?;
            Ok(Some((b, items)))
        }
        _ => Ok(None),
    }
}

/// The page's queries: the showing, the viewer's open basket, and the seats' states (one query),
/// unless the seats are already drawn as they are now for a viewer without a basket.
pub fn load_page(c: &mut db::Conn, showing_id: i32, v: &Viewer<'_>) -> Result<PageData, AppError> {
    let detail =
        db::showings::find(c, showing_id)?.ok_or_else(|| AppError::not_found("showing"))?;
    let basket = open_basket(c, showing_id, v)?;
    let (hall_id, hall_version) = (detail.hall.id, detail.hall.version);
    if basket.is_none()
        && let Some(grid) = cells_db::version(c, showing_id, v.now)?
        && let Some(html) = v
            .seats_cache
            .get(showing_id, SeatsKey { grid, hall_version })
    {
        return Ok(PageData {
            detail,
            seats: Seats::Drawn(html, grid),
            basket,
            now: v.now,
        });
    }
    let cells = cells_db::load_in_hall(c, v.layouts, showing_id, hall_id, hall_version)?;
    if cells.is_empty() {
        return Err(AppError::not_found("showing"));
    }
    Ok(PageData {
        detail,
        seats: Seats::Read(cells),
        basket,
        now: v.now,
    })
}

pub async fn seat_map(req: HttpRequest, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let showing_id = crate::routes::parse_id(&id)?;
    let (ctx, data) = Ctx::load_with(&req, move |c, v| load_page(c, showing_id, v)).await?;
    render_page(&ctx, showing_id, data, None, StatusCode::OK)
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
        let etag = grid_etag(showing_id, version, v.user_id, v.csrf);
        if known.as_ref().is_some_and(|k| matches_tag(k, &etag)) {
            return Ok(Poll::Unchanged(etag));
        }
        let (hall_id, hall_version) =
            cells_db::hall_of(c, showing_id)?.ok_or_else(|| AppError::not_found("showing"))?;
        let key = open_basket(c, showing_id, v)?
            .is_none()
            .then_some(SeatsKey {
                grid: version,
                hall_version,
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
        let cells = cells_db::load_in_hall(c, v.layouts, showing_id, hall_id, hall_version)?;
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
    Ok(Some(grid_etag(showing_id, version, viewer, &csrf)))
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
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// The grid's validator: it changes when any seat of the showing changes (`seats_version`), when the
/// next live hold runs out, for another viewer ("mine" differs) and with the CSRF token the form carries.
pub fn grid_etag(showing_id: i32, version: GridVersion, viewer: Option<i32>, csrf: &str) -> String {
    let mut hasher = std::hash::DefaultHasher::new();
    (
        env!("CARGO_PKG_VERSION"),
        showing_id,
        version.next_expiry,
        viewer,
        csrf,
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

/// The whole page: showing, grid and basket.
pub fn render_page(
    ctx: &Ctx,
    showing_id: i32,
    data: PageData,
    message: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let PageData {
        detail: d,
        seats,
        basket,
        now,
    } = data;
    let version = match &seats {
        Seats::Read(cells) => GridVersion::of(d.showing.seats_version, cells, now),
        Seats::Drawn(_, version) => *version,
    };
    // The version was read before the seats, so a drawing kept under it is never older than it.
    let key = basket.is_none().then_some(SeatsKey {
        grid: version,
        hall_version: d.hall.version,
    });
    let (mut grid, capacity) = draw_grid(ctx, showing_id, seats, key, now, message)?;
    if grid.message.is_none() {
        let etag = grid_etag(
            showing_id,
            version,
            ctx.user.as_ref().map(|u| u.id),
            &ctx.csrf,
        );
        grid.etag = Some(EntityTag::new_weak(etag).to_string());
    }
    let page = SeatMapPage {
        title: d.movie.title,
        movie_id: d.movie.id,
        rating: d.movie.age_rating,
        minutes: d.movie.duration_minutes,
        hall: d.hall.name,
        when: ctx.rules.show_time(d.showing.starts_at),
        price: ctx.rules.money(d.showing.price_cents),
        started: d.showing.starts_at <= now,
        ctx: ctx.page(),
        grid,
        basket: basket_view(ctx, showing_id, basket, now, false),
    };
    html_sized(status, &page, capacity)
}

/// The grid for `ctx`'s viewer, with its seats drawn now or taken as drawn before; a fresh drawing
/// is kept under `key` when there is one. Also returns about how long the answer will be.
fn draw_grid<'a>(
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
    if let Some(key) = key {
        ctx.state.seats_cache.put(showing_id, key, html.clone());
    }
    let mut grid = grid(ctx, showing_id, &[], now, message);
    let capacity = body_estimate(0) + html.len();
    grid.seats_html = Some(html);
    Ok((grid, capacity))
}

/// The answer to an HTMX hold or release: the seat alone, swapped in place of the one on the page
/// (the poll brings the rest of the grid's changes), with the grid's message slot (why a hold was
/// refused, or emptied when it went through) and the basket out of band. Under a kilobyte, where the
/// whole grid of the Grand Hall is 68 KB.
pub fn render_seat_and_basket(
    ctx: &Ctx,
    showing_id: i32,
    data: SeatData,
    message: Option<String>,
) -> Result<HttpResponse, AppError> {
    let SeatData { cell, basket, now } = data;
    let viewer = ctx.user.as_ref().map(|u| u.id);
    let status = if message.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    let mut body = String::with_capacity(4096);
    SeatButton {
        grid: SeatPath {
            seat_path: seat_path(showing_id),
        },
        seat: seat_view(&cell, cell.availability(viewer, now)),
    }
    .render_into(&mut body)?;
    SeatMessage {
        grid: MessageSlot {
            message,
            message_oob: true,
        },
    }
    .render_into(&mut body)?;
    BasketFragment {
        basket: basket_view(ctx, showing_id, basket, now, true),
    }
    .render_into(&mut body)?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header(("HX-Retarget", format!("#seat-{}", cell.seat.seat_id)))
        .insert_header(("HX-Reswap", "outerHTML"))
        .body(body))
}

/// About what one seat's markup takes, plus the page around the grid: rendering into a buffer of
/// the right size spares the copies of a growing one.
fn body_estimate(seats: usize) -> usize {
    seats * 380 + 16 * 1024
}

fn html_sized(
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
