//! The seat map page, and the seat grid alone as the fragment HTMX polls and swaps.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db::{self, bookings, seat_map::Availability, settings::Rules, showings::ShowingDetail};
use crate::error::AppError;
use crate::session::Ctx;
use crate::views::{self, PageCtx};

/// How often an open seat map asks for changes, in seconds.
pub const POLL_SECONDS: u32 = 3;

pub struct SeatView {
    pub id: i32,
    pub label: String,
    pub number: i32,
    pub kind: &'static str,
    pub state: &'static str,
    pub action: &'static str,
    pub aria: String,
    pub grid_row: i32,
    pub grid_col: i32,
}

pub struct RowLabel {
    pub label: String,
    pub grid_row: i32,
}

pub struct Grid {
    pub showing_id: i32,
    pub csrf: String,
    pub columns: i32,
    pub seats: Vec<SeatView>,
    pub rows: Vec<RowLabel>,
    pub free: usize,
    pub message: Option<String>,
    pub poll_seconds: u32,
}

pub struct BasketItem {
    pub label: String,
    pub kind: String,
    pub price: String,
}

pub struct Basket {
    pub showing_id: i32,
    pub logged_in: bool,
    pub code: Option<String>,
    pub items: Vec<BasketItem>,
    pub total: String,
    pub expires_iso: String,
    pub expires_clock: String,
    pub expires_in: String,
    pub max_seats: i64,
    pub oob: bool,
}

#[derive(Template)]
#[template(path = "showings/seat_map.html")]
pub struct SeatMapPage {
    ctx: PageCtx,
    title: String,
    movie_id: i32,
    rating: String,
    minutes: i32,
    hall: String,
    when: String,
    price: String,
    started: bool,
    grid: Grid,
    basket: Basket,
}

#[derive(Template)]
#[template(path = "showings/seat_map.html", block = "grid")]
pub struct SeatGrid {
    grid: Grid,
}

#[derive(Template)]
#[template(path = "showings/seat_map.html", block = "basket")]
pub struct BasketFragment {
    basket: Basket,
}

pub async fn seat_map(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let id = super::super::parse_id(&id)?;
    render_page(&ctx, id, None, StatusCode::OK).await
}

pub async fn seat_grid(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let id = super::super::parse_id(&id)?;
    let grid = load_grid(&ctx, id, None).await?;
    let mut response = views::html(&SeatGrid { grid })?;
    response.headers_mut().insert(
        actix_web::http::header::VARY,
        actix_web::http::header::HeaderValue::from_static("HX-Request"),
    );
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-cache"),
    );
    Ok(response)
}

/// The whole page: showing, grid and basket.
pub async fn render_page(
    ctx: &Ctx,
    showing_id: i32,
    message: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let detail = db::run(ctx.pool(), move |c| {
        db::showings::find(c, showing_id)?.ok_or_else(|| AppError::not_found("showing"))
    })
    .await?;
    let grid = load_grid(ctx, showing_id, message).await?;
    let basket = load_basket(ctx, showing_id, false).await?;
    let page = page(ctx, detail, grid, basket);
    views::html_status(status, &page)
}

/// The fragment an HTMX hold or release gets: the grid, plus the basket swapped out of band.
pub async fn render_grid_and_basket(
    ctx: &Ctx,
    showing_id: i32,
    message: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let grid = load_grid(ctx, showing_id, message).await?;
    let basket = load_basket(ctx, showing_id, true).await?;
    let body = SeatGrid { grid }.render()? + &BasketFragment { basket }.render()?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body))
}

fn page(ctx: &Ctx, d: ShowingDetail, grid: Grid, basket: Basket) -> SeatMapPage {
    SeatMapPage {
        title: d.movie.title,
        movie_id: d.movie.id,
        rating: d.movie.age_rating,
        minutes: d.movie.duration_minutes,
        hall: d.hall.name,
        when: ctx.rules.show_time(d.showing.starts_at),
        price: ctx.rules.money(d.showing.price_cents),
        started: d.showing.starts_at <= ctx.now(),
        ctx: ctx.page(),
        grid,
        basket,
    }
}

/// One query: every seat of the showing with its state and holder.
async fn load_grid(ctx: &Ctx, showing_id: i32, message: Option<String>) -> Result<Grid, AppError> {
    let cells = db::run(ctx.pool(), move |c| Ok(db::seat_map::load(c, showing_id)?)).await?;
    if cells.is_empty() {
        return Err(AppError::not_found("showing"));
    }
    let now = ctx.now();
    let viewer = ctx.user.as_ref().map(|u| u.id);
    let mut rows: Vec<RowLabel> = Vec::new();
    let mut free = 0;
    let mut columns = 0;
    let seats = cells
        .iter()
        .map(|cell| {
            let availability = cell.availability(viewer, now);
            if availability == Availability::Free {
                free += 1;
            }
            if rows.last().is_none_or(|r| r.grid_row != cell.grid_row) {
                rows.push(RowLabel {
                    label: cell.row_label.clone(),
                    grid_row: cell.grid_row,
                });
            }
            columns = columns.max(cell.grid_col);
            let kind_words = match cell.kind {
                crate::domain::kinds::SeatKind::Standard => String::new(),
                kind => format!("{}, ", kind.label()),
            };
            let state_words = match availability {
                Availability::Free => "free",
                Availability::Held => "held by another customer",
                Availability::Mine => "held by you",
                Availability::Sold => "sold",
            };
            SeatView {
                id: cell.seat_id,
                label: cell.label(),
                number: cell.number,
                kind: cell.kind.as_str(),
                state: availability.as_str(),
                action: if availability == Availability::Mine {
                    "release"
                } else {
                    "hold"
                },
                aria: format!(
                    "Row {}, seat {}, {kind_words}{state_words}",
                    cell.row_label, cell.number
                ),
                // Column 1 (and the last) hold the row labels.
                grid_row: cell.grid_row,
                grid_col: cell.grid_col + 1,
            }
        })
        .collect();
    Ok(Grid {
        showing_id,
        csrf: ctx.csrf.clone(),
        columns: columns + 2,
        seats,
        rows,
        free,
        message,
        poll_seconds: POLL_SECONDS,
    })
}

async fn load_basket(ctx: &Ctx, showing_id: i32, oob: bool) -> Result<Basket, AppError> {
    let mut basket = Basket {
        showing_id,
        logged_in: ctx.user.is_some(),
        code: None,
        items: Vec::new(),
        total: ctx.rules.money(0),
        expires_iso: String::new(),
        expires_clock: String::new(),
        expires_in: String::new(),
        max_seats: ctx.rules.max_seats,
        oob,
    };
    let Some(user_id) = ctx.user.as_ref().map(|u| u.id) else {
        return Ok(basket);
    };
    let now = ctx.now();
    let found = db::run(ctx.pool(), move |c| {
        match bookings::pending_for(c, user_id, showing_id)? {
            Some(b) if b.expires_at > now => {
                let items = bookings::items(c, &b)?;
                Ok(Some((b, items)))
            }
            _ => Ok(None),
        }
    })
    .await?;
    if let Some((booking, items)) = found {
        fill_basket(&mut basket, &ctx.rules, &booking, items);
        basket.expires_in = views::countdown(booking.expires_at, now);
    }
    Ok(basket)
}

fn fill_basket(
    basket: &mut Basket,
    rules: &Rules,
    booking: &bookings::Booking,
    items: Vec<bookings::Item>,
) {
    let expires = booking.expires_at;
    basket.code = Some(booking.code.clone());
    basket.total = rules.money(booking.total_cents);
    basket.expires_iso = expires
        .and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    basket.expires_clock = rules.show_clock(expires);
    basket.items = items
        .into_iter()
        .map(|i| BasketItem {
            label: i.label(),
            kind: i.kind.label().to_owned(),
            price: rules.money(i.price_cents),
        })
        .collect();
}
