//! A movie and its upcoming showings.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::repertoire::{ShowingLink, counts_of, day_label};
use crate::db::{self, catalog::Movie};
use crate::error::AppError;
use crate::session::Ctx;
use crate::views::{self, PageCtx};

pub struct DayShowings {
    pub label: String,
    pub showings: Vec<ShowingLink>,
}

#[derive(Template)]
#[template(path = "movie.html")]
struct MoviePage {
    ctx: PageCtx,
    movie: Movie,
    days: Vec<DayShowings>,
}

impl MoviePage {
    fn hue(&self) -> u32 {
        crate::domain::poster::hue(&self.movie.title)
    }
}

pub async fn movie(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let id = super::parse_id(&id)?;
    let now = ctx.now();
    let (movie, showings, counts) = ctx
        .read(move |c| {
            let movie = db::catalog::movie(c, id)?.ok_or_else(|| AppError::not_found("movie"))?;
            let showings = db::showings::upcoming_for_movie(c, id, now)?;
            let counts = counts_of(c, &showings)?;
            Ok((movie, showings, counts))
        })
        .await?;
    let today = ctx.rules.today(ctx.state.clock.now());
    let mut days: Vec<DayShowings> = Vec::new();
    let mut last_date = None;
    for d in showings {
        let date = ctx.rules.local(d.showing.starts_at).date_naive();
        let link = ShowingLink::new(&ctx, &d, &counts, now);
        if last_date == Some(date) {
            if let Some(day) = days.last_mut() {
                day.showings.push(link);
            }
        } else {
            last_date = Some(date);
            days.push(DayShowings {
                label: day_label(date, today, ctx.lang),
                showings: vec![link],
            });
        }
    }
    views::html(&MoviePage {
        movie,
        days,
        ctx: ctx.page(),
    })
}
