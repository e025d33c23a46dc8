//! Staff landing pages behind the role guard: today's showings and how full they are.

use actix_web::HttpResponse;
use askama::Template;

use crate::db;
use crate::error::AppError;
use crate::session::Ctx;
use crate::views::{self, PageCtx};

pub struct Occupancy {
    pub id: i32,
    pub time: String,
    pub title: String,
    pub hall: String,
    pub sold: i64,
    pub seats: i64,
}

#[derive(Template)]
#[template(path = "staff/home.html")]
struct StaffHome {
    ctx: PageCtx,
    title: &'static str,
    intro: &'static str,
    /// The back office's sections, for administrators.
    sections: &'static [(&'static str, &'static str)],
    showings: Vec<Occupancy>,
}

/// The back office's sections so far: (address, name).
const ADMIN_SECTIONS: &[(&str, &str)] = &[
    ("/admin/movies", "Movies"),
    ("/admin/halls", "Halls and seat plans"),
    ("/admin/showings", "Schedule"),
    ("/admin/ticket-types", "Ticket types and prices"),
    ("/admin/users", "Users"),
    ("/admin/reports", "Reports"),
    ("/admin/settings", "Settings"),
    ("/admin/audit", "Audit log"),
];

pub async fn admin_home(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    render(
        ctx,
        "Administration",
        "Today's programme at a glance, and the sections of the back office.",
        ADMIN_SECTIONS,
    )
    .await
}

async fn render(
    ctx: Ctx,
    title: &'static str,
    intro: &'static str,
    sections: &'static [(&'static str, &'static str)],
) -> Result<HttpResponse, AppError> {
    let (from, to) = ctx
        .rules
        .day_range_utc(ctx.rules.today(ctx.state.clock.now()));
    let rows = ctx
        .read(move |c| Ok::<_, AppError>(db::showings::between_with_occupancy(c, from, to)?))
        .await?;
    let mut showings: Vec<Occupancy> = rows
        .into_iter()
        .map(|(d, sold, seats)| Occupancy {
            id: d.showing.id,
            time: ctx.rules.show_clock(d.showing.starts_at),
            title: d.movie.title,
            hall: d.hall.name,
            sold,
            seats,
        })
        .collect();
    showings.sort_by(|a, b| a.time.cmp(&b.time));
    views::html(&StaffHome {
        ctx: ctx.page(),
        title,
        intro,
        sections,
        showings,
    })
}
