//! The seat map page: the showing, its seat grid and the viewer's basket, in one database round trip.

use actix_web::http::StatusCode;
use actix_web::http::header::EntityTag;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::draw::{SEATS_MARK, draw_grid, gzip_around, html_sized};
use super::grid::grid_etag;
use super::load::{PageData, Seats, load_page};
use super::view::{Basket, Grid, basket_view};
use crate::db::seat_map::GridVersion;
use crate::domain::kinds::SeatKind;
use crate::error::AppError;
use crate::session::Ctx;
use crate::state::seats_cache::SeatsKey;
use crate::views::PageCtx;

#[derive(Template)]
#[template(path = "showings/seat_map.html")]
pub struct SeatMapPage<'a> {
    ctx: PageCtx,
    title: String,
    movie_id: i32,
    rating: String,
    minutes: i32,
    hall: String,
    format: &'static str,
    when: String,
    price: String,
    started: bool,
    /// Why the cinema cancelled the showing, when it did.
    cancelled: Option<String>,
    grid: Grid<'a>,
    basket: Basket,
    /// Each ticket type's price on a standard and on a VIP seat, before a seat is taken.
    prices: Vec<(String, String, String)>,
    has_vip: bool,
    /// The codes of the viewer's paid bookings for this showing, each linked to its ticket.
    tickets: Vec<String>,
}

pub async fn seat_map(req: HttpRequest, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let showing_id = crate::routes::parse_id(&id)?;
    let (ctx, data) = Ctx::load_here(&req, move |c, v| load_page(c, showing_id, v)).await?;
    render_page(&ctx, showing_id, data, None, StatusCode::OK)
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
        types,
        tickets,
    } = data;
    let vip = ctx.rules.vip_surcharge_cents;
    let base = d.showing.price_cents;
    let prices = types
        .iter()
        .map(|t| {
            (
                t.name.clone(),
                ctx.rules.money(t.price_for(base, SeatKind::Standard, vip)),
                ctx.rules.money(t.price_for(base, SeatKind::Vip, vip)),
            )
        })
        .collect();
    let version = match &seats {
        Seats::Read(cells) => {
            GridVersion::of(d.showing.layout_id, d.showing.seats_version, cells, now)
        }
        Seats::Drawn(_, version) => *version,
    };
    // The version was read before the seats, so a drawing kept under it is never older than it.
    let key = (basket.is_none() && tickets.is_empty()).then_some(SeatsKey {
        grid: version,
        lang: ctx.lang,
    });
    let (mut grid, capacity) = draw_grid(ctx, showing_id, seats, key, now, message)?;
    if grid.message.is_none() {
        let etag = grid_etag(
            showing_id,
            version,
            ctx.user.as_ref().map(|u| u.id),
            &ctx.csrf,
            ctx.lang,
        );
        grid.etag = Some(EntityTag::new_weak(etag).to_string());
    }
    let mut page = SeatMapPage {
        title: d.movie.title,
        movie_id: d.movie.id,
        rating: d.movie.age_rating,
        minutes: d.movie.duration_minutes,
        format: d.showing.format.as_str(),
        hall: d.hall.name,
        when: ctx.rules.show_time(d.showing.starts_at),
        price: ctx.rules.money(d.showing.price_cents),
        started: crate::domain::sales::has_started(d.showing.starts_at, now),
        prices,
        has_vip: vip > 0,
        cancelled: d
            .showing
            .cancelled_at
            .map(|_| d.showing.cancel_reason.clone()),
        ctx: ctx.page(),
        grid,
        basket: basket_view(ctx, showing_id, basket, now, false),
        tickets,
    };
    // Seats every viewer without a basket shares: compressed once, the page around them each time.
    if let Some(key) = key.filter(|_| ctx.gzip)
        && let Some(seats) = page.grid.seats_html.replace(SEATS_MARK.clone())
    {
        // The viewer's own strings, as the page writes them; the rest is every such viewer's.
        let etag = page.grid.etag.as_deref().map(escaped);
        let name = ctx.user.as_ref().map(|u| escaped(&u.name));
        let own = [
            ctx.csrf_masked.as_str(),
            etag.as_deref().unwrap_or_default(),
            name.as_deref().unwrap_or_default(),
        ];
        if let Some(deflated) = ctx.state.seats_cache.deflated(showing_id, key, &seats)
            && let Some(answer) = gzip_around(status, &page, deflated, &own, &ctx.state.page_parts)?
        {
            return Ok(answer);
        }
        page.grid.seats_html = Some(seats);
    }
    html_sized(status, &page, capacity)
}

/// `text` as the templates write it into HTML.
fn escaped(text: &str) -> String {
    askama::filters::escape(text, askama::filters::Html)
        .map(|safe| safe.to_string())
        .unwrap_or_else(|_| text.to_owned())
}
