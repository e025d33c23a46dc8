//! The signed-in user's bookings, newest first.

use actix_web::HttpResponse;
use askama::Template;

use crate::db;
use crate::error::AppError;
use crate::session::Ctx;
use crate::views::{self, PageCtx};

pub struct BookingRow {
    pub code: String,
    pub title: String,
    pub when: String,
    pub hall: String,
    pub seats: i64,
    pub total: String,
    pub status: &'static str,
    /// Why the cinema cancelled the showing, when it did.
    pub showing_cancelled: Option<String>,
}

#[derive(Template)]
#[template(path = "bookings/list.html")]
struct BookingsPage {
    ctx: PageCtx,
    bookings: Vec<BookingRow>,
}

pub async fn my_bookings(ctx: Ctx) -> Result<HttpResponse, AppError> {
    let user_id = ctx.require_user()?.id;
    let rows = ctx
        .read(move |c| Ok(db::bookings::list_for_user(c, user_id)?))
        .await?;
    let now = ctx.now();
    let bookings = rows
        .into_iter()
        .map(|(b, d, seats)| BookingRow {
            status: b.shown_status(now).as_str(),
            showing_cancelled: d
                .showing
                .cancelled_at
                .map(|_| d.showing.cancel_reason.clone()),
            code: b.code,
            title: d.movie.title,
            when: ctx.rules.show_time(d.showing.starts_at),
            hall: d.hall.name,
            seats,
            total: ctx.rules.money(b.total_cents),
        })
        .collect();
    views::html(&BookingsPage {
        ctx: ctx.page(),
        bookings,
    })
}
