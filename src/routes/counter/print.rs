//! Tickets ready to print: each with its QR code and code, one per page or all on one; the page
//! then sends the cashier back to the showing list with the search focused.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::domain::kinds::BookingStatus;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::Ctx;
use crate::views::{self, PageCtx};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PrintQuery {
    /// `pages`: one ticket per printed page.
    layout: String,
}

pub struct PrintedTicket {
    pub seat: String,
    pub kind: String,
    pub ticket: String,
    pub price: String,
}

#[derive(Template)]
#[template(path = "counter/tickets.html")]
struct TicketsPage {
    ctx: PageCtx,
    code: String,
    qr_svg: String,
    title: String,
    rating: String,
    when: String,
    hall: String,
    /// The cinema's address (empty until the settings give it).
    address: String,
    total: String,
    tickets: Vec<PrintedTicket>,
    one_per_page: bool,
}

pub async fn tickets(
    ctx: Ctx,
    path: web::Path<String>,
    query: web::Query<PrintQuery>,
) -> Result<HttpResponse, AppError> {
    let booking = super::load_booking(&ctx, &path).await?;
    if booking.status != BookingStatus::Paid {
        return Err(AppError::Conflict(
            Msg::new("counter-print-not-paid").into(),
        ));
    }
    let (detail, items) = ctx
        .read({
            let booking = booking.clone();
            move |c| {
                let detail = db::showings::find(c, booking.showing_id)?
                    .ok_or_else(|| AppError::not_found("showing"))?;
                Ok::<_, AppError>((detail, db::bookings::items(c, &booking)?))
            }
        })
        .await?;
    views::html(&TicketsPage {
        ctx: ctx.page(),
        qr_svg: crate::qr::svg(&booking.code).unwrap_or_default(),
        code: booking.code,
        title: detail.movie.title,
        rating: detail.movie.age_rating,
        when: ctx.rules.show_time(detail.showing.starts_at),
        hall: detail.hall.name,
        address: ctx.rules.cinema_address.clone(),
        total: ctx.rules.money(booking.total_cents),
        tickets: items
            .iter()
            .map(|i| PrintedTicket {
                seat: i.label(),
                kind: i.kind.label(ctx.lang),
                ticket: i.ticket_type_name.clone(),
                price: ctx.rules.money(i.price_cents),
            })
            .collect(),
        one_per_page: query.layout == "pages",
    })
}
