//! The signed-in user's bookings: the coming showings soonest first, then the past ones newest
//! first.

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
    pub seats: usize,
    /// The seats' labels, `F12, F13`.
    pub labels: String,
    pub total: String,
    pub status: &'static str,
    /// Why the cinema cancelled the showing, when it did.
    pub showing_cancelled: Option<String>,
}

#[derive(Template)]
#[template(path = "bookings/list.html")]
struct BookingsPage {
    ctx: PageCtx,
    upcoming: Vec<BookingRow>,
    past: Vec<BookingRow>,
}

impl BookingRow {
    /// One row of the list, as the viewer's cinema shows times and money.
    pub fn new(
        ctx: &Ctx,
        (b, d, labels): (
            db::bookings::Booking,
            db::showings::ShowingDetail,
            Vec<String>,
        ),
    ) -> BookingRow {
        BookingRow {
            status: b.shown_status(ctx.now()).as_str(),
            showing_cancelled: d
                .showing
                .cancelled_at
                .map(|_| d.showing.cancel_reason.clone()),
            code: b.code,
            title: d.movie.title,
            when: ctx.rules.show_time(d.showing.starts_at),
            hall: d.hall.name,
            seats: labels.len(),
            labels: labels.join(", "),
            total: ctx.rules.money(b.total_cents),
        }
    }
}

pub async fn my_bookings(ctx: Ctx) -> Result<HttpResponse, AppError> {
    let user_id = ctx.require_user()?.id;
    let rows = ctx
        .read(move |c| Ok(db::bookings::list_for_user(c, user_id)?))
        .await?;
    let now = ctx.now();
    // A showing belongs to the past once it has ended.
    let (mut upcoming, past): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|(_, d, _)| d.showing.ends_at > now);
    upcoming.sort_by_key(|(b, d, _)| (d.showing.starts_at, b.id));
    views::html(&BookingsPage {
        ctx: ctx.page(),
        upcoming: upcoming
            .into_iter()
            .map(|r| BookingRow::new(&ctx, r))
            .collect(),
        past: past.into_iter().map(|r| BookingRow::new(&ctx, r)).collect(),
    })
}
