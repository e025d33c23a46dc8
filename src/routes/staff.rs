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
    title: String,
    intro: String,
    /// The back office's sections, for administrators: (address, name).
    sections: Vec<(&'static str, String)>,
    showings: Vec<Occupancy>,
}

/// The back office's sections so far, (address, name), named in the reader's language.
fn admin_sections(ctx: &Ctx) -> Vec<(&'static str, String)> {
    let lang = ctx.lang;
    vec![
        ("/admin/movies", lang.t("staff-section-movies")),
        ("/admin/halls", lang.t("staff-section-halls")),
        ("/admin/showings", lang.t("staff-section-schedule")),
        ("/admin/ticket-types", lang.t("staff-section-ticket-types")),
        ("/admin/users", lang.t("staff-section-users")),
        ("/admin/reports", lang.t("staff-section-reports")),
        ("/admin/settings", lang.t("staff-section-settings")),
        ("/admin/audit", lang.t("staff-section-audit")),
    ]
}

pub async fn admin_home(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let title = ctx.lang.t("staff-admin-title");
    let intro = ctx.lang.t("staff-admin-intro");
    let sections = admin_sections(&ctx);
    render(ctx, title, intro, sections).await
}

async fn render(
    ctx: Ctx,
    title: String,
    intro: String,
    sections: Vec<(&'static str, String)>,
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
