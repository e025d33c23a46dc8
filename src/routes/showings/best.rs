//! "Best seats for N" on the seat map: the choice of `domain::best_seats`, held in one write as
//! clicks on those seats would hold them (the same limits and rules), all of them or none.

use actix_session::SessionExt;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::holds::too_fast;
use crate::db::seat_map;
use crate::domain::best_seats::{self, Relaxed};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::{self, Ctx};
use crate::state::AppState;
use crate::{db, views};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BestForm {
    count: String,
    /// A checkbox: wheelchair spaces and companion seats may be chosen.
    accessible: Option<String>,
}

pub async fn best_seats(
    req: HttpRequest,
    path: web::Path<String>,
    form: web::Form<BestForm>,
) -> Result<HttpResponse, AppError> {
    let showing_id = crate::routes::parse_id(&path)?;
    let back = format!("/showings/{showing_id}");
    if req
        .get_session()
        .get::<i32>(session::USER_ID)
        .ok()
        .flatten()
        .is_none()
    {
        return Err(AppError::LoginRequired { next: back });
    }
    let count: usize = form
        .count
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=100).contains(n))
        .ok_or_else(|| AppError::Validation(Msg::new("best-how-many").into()))?;
    let accessible = form.accessible.is_some();
    let limits = AppState::of(&req)
        .map(|s| s.hold_limits.clone())
        .ok_or_else(|| {
            AppError::unexpected(anyhow::anyhow!("application state is not registered"))
        })?;
    let client = crate::client_addr::client_key(&req);
    for _ in 0..count {
        if let Err(wait) = limits.address(&client) {
            return Err(too_fast("holds-too-fast-network", wait));
        }
    }
    let next = back.clone();
    let (ctx, pick) = Ctx::load_writing(&req, move |c, v| {
        let user_id = v.user_id.ok_or(AppError::LoginRequired { next })?;
        if count as i64 > v.rules.max_seats {
            return Err(AppError::Validation(
                Msg::new("best-at-most")
                    .arg("count", v.rules.max_seats)
                    .into(),
            ));
        }
        for _ in 0..count {
            if let Err(wait) = limits.account(user_id, v.rules.holds_per_minute_per_account) {
                return Err(too_fast("holds-too-fast-account", wait));
            }
        }
        let cells = seat_map::load(c, v.layouts, showing_id)?;
        if cells.is_empty() {
            return Err(AppError::not_found("showing"));
        }
        let places = seat_map::places(&cells, Some(user_id), v.now);
        let pick = best_seats::best(&places, count, accessible)
            .ok_or_else(|| AppError::Conflict(Msg::new("best-none").arg("count", count).into()))?;
        // Each seat as a click would hold it; the first refusal undoes them all.
        for &seat in &pick.seats {
            db::holds::hold(c, user_id, showing_id, seat, v.now, v.rules)?;
        }
        let labels: Vec<String> = pick
            .seats
            .iter()
            .filter_map(|id| cells.iter().find(|cell| cell.seat.seat_id == *id))
            .map(|cell| cell.label())
            .collect();
        Ok((labels, pick.relaxed))
    })
    .await?;
    let (labels, relaxed) = pick;
    let how = match relaxed {
        Relaxed::No => "together",
        Relaxed::LoneSeat => "lone-seat",
        Relaxed::TwoRows => "two-rows",
    };
    ctx.flash(
        Msg::new("best-held")
            .arg("seats", labels.join(", "))
            .arg("how", how),
    );
    Ok(views::see_other(&back))
}
