//! Staff landing pages behind the role guard: today's showings and how full they are.

use actix_web::HttpResponse;
use askama::Template;
use diesel::prelude::*;

use crate::db;
use crate::domain::kinds::SeatState;
use crate::error::AppError;
use crate::schema::seat_states;
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
    showings: Vec<Occupancy>,
}

pub async fn admin_home(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    render(
        ctx,
        "Administration",
        "Today's programme at a glance. Editing the repertoire, halls and prices comes here.",
    )
    .await
}

pub async fn counter_home(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_staff()?;
    render(ctx, "Counter", "Today's showings and how full they are.").await
}

async fn render(
    ctx: Ctx,
    title: &'static str,
    intro: &'static str,
) -> Result<HttpResponse, AppError> {
    let (from, to) = ctx
        .rules
        .day_range_utc(ctx.rules.today(ctx.state.clock.now()));
    let rows = db::run(ctx.pool(), move |c| {
        let showings = db::showings::between(c, from, to)?;
        let ids: Vec<i32> = showings.iter().map(|d| d.showing.id).collect();
        // One grouped count for all of the day's showings, not one query each.
        let counts: Vec<(i32, SeatState, i64)> = seat_states::table
            .filter(seat_states::showing_id.eq_any(&ids))
            .group_by((seat_states::showing_id, seat_states::state))
            .select((
                seat_states::showing_id,
                seat_states::state,
                diesel::dsl::count_star(),
            ))
            .load(c)?;
        let rows: Vec<_> = showings
            .into_iter()
            .map(|d| {
                let of_showing = counts.iter().filter(|(id, ..)| *id == d.showing.id);
                let sold = of_showing
                    .clone()
                    .filter(|(_, s, _)| *s == SeatState::Sold)
                    .map(|(.., n)| n)
                    .sum();
                let seats = of_showing.map(|(.., n)| n).sum();
                (d, sold, seats)
            })
            .collect();
        Ok(rows)
    })
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
        showings,
    })
}
