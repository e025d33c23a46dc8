//! Blocked seats of a hall: the plan with the seats blocked for every showing, the blocks in force,
//! and the form to block or unblock seats for every showing or for one.

use std::collections::HashSet;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::blocks::{self, BlockRow, Label, Outcome, Request};
use crate::db::halls::{self, HallRecord};
use crate::db::showings::{self, HallShowing};
use crate::domain::kinds::BlockReason;
use crate::domain::seat_labels;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::session::{self, Ctx};
use crate::views::{self, FieldErrors, PageCtx};

/// The showings the form offers, soonest first.
const OFFERED: i64 = 300;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BlockForm {
    pub seats: String,
    pub reason: String,
    pub showing_id: String,
    pub action: String,
}

pub struct BlockLine {
    pub seat: String,
    pub scope: String,
    pub reason: String,
    pub by: String,
    pub at: String,
}

pub struct ShowingChoice {
    pub id: i32,
    pub label: String,
}

#[derive(Template)]
#[template(path = "admin/halls/blocked.html")]
struct BlockedPage {
    ctx: PageCtx,
    hall: HallRecord,
    plan: String,
    blocks: Vec<BlockLine>,
    showings: Vec<ShowingChoice>,
    reasons: &'static [BlockReason],
    form: BlockForm,
    errors: FieldErrors,
}

struct Loaded {
    hall: HallRecord,
    blocks: Vec<BlockRow>,
    showings: Vec<HallShowing>,
}

async fn load(ctx: &Ctx, raw_id: &str) -> Result<Loaded, AppError> {
    let id = crate::routes::parse_id(raw_id)?;
    let now = ctx.now();
    ctx.read(move |c| {
        let hall = halls::find(c, id)?.ok_or_else(|| AppError::not_found("hall"))?;
        Ok(Loaded {
            blocks: blocks::of_hall(c, id, now)?,
            showings: showings::upcoming_in_hall(c, id, now, OFFERED)?,
            hall,
        })
    })
    .await
}

fn page(
    ctx: &Ctx,
    status: StatusCode,
    loaded: Loaded,
    form: BlockForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let Loaded {
        hall,
        blocks,
        showings,
    } = loaded;
    let whole_hall: HashSet<&Label> = blocks
        .iter()
        .filter(|b| b.showing_id.is_none())
        .map(|b| &b.label)
        .collect();
    let plan = super::preview::render(
        &Ok(crate::domain::layout::Layout {
            grid_rows: hall.layout.grid_rows,
            grid_cols: hall.layout.grid_cols,
            seats: hall.seats.clone(),
        }),
        &|row, number| whole_hall.contains(&(row.to_owned(), number)),
        ctx.lang,
    )?;
    let when = |id: i32| {
        showings
            .iter()
            .find(|s| s.id == id)
            .map_or(ctx.lang.t1("admin-blocked-showing", "id", id), |s| {
                format!("{}, {}", ctx.rules.show_time(s.starts_at), s.title)
            })
    };
    let lines = blocks
        .iter()
        .map(|b| BlockLine {
            seat: blocks::label_text(&b.label),
            scope: b
                .showing_id
                .map_or_else(|| ctx.lang.t("admin-blocked-every-showing"), when),
            reason: ctx
                .lang
                .t1("admin-block-reason", "reason", b.reason.as_str()),
            by: b.by.clone(),
            at: ctx.rules.show_time(b.at),
        })
        .collect();
    let choices = showings
        .iter()
        .map(|s| ShowingChoice {
            id: s.id,
            label: format!("{}, {}", ctx.rules.show_time(s.starts_at), s.title),
        })
        .collect();
    views::html_status(
        status,
        &BlockedPage {
            ctx: ctx.page(),
            hall,
            plan,
            blocks: lines,
            showings: choices,
            reasons: BlockReason::ALL,
            form,
            errors,
        },
    )
}

pub async fn show(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let loaded = load(&ctx, &id).await?;
    let form = BlockForm {
        reason: BlockReason::Broken.as_str().into(),
        ..BlockForm::default()
    };
    page(&ctx, StatusCode::OK, loaded, form, FieldErrors::default())
}

pub async fn change(
    ctx: Ctx,
    id: web::Path<String>,
    form: web::Form<BlockForm>,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let loaded = load(&ctx, &id).await?;
    let form = form.into_inner();
    let mut errors = FieldErrors::default();
    let block = match form.action.as_str() {
        "block" => Some(true),
        "unblock" => Some(false),
        _ => {
            errors.add("action", Msg::new("admin-blocked-choose-action"));
            None
        }
    };
    let reason = match BlockReason::from_words(&form.reason) {
        Some(reason) if form.reason.chars().count() <= 100 => Some(reason),
        None if block == Some(false) => Some(BlockReason::Other),
        _ => {
            errors.add("reason", Msg::new("admin-blocked-choose-reason"));
            None
        }
    };
    let showing = match form.showing_id.trim() {
        "" | "all" => Some(None),
        raw => match raw
            .parse::<i32>()
            .ok()
            .and_then(|id| loaded.showings.iter().find(|s| s.id == id))
        {
            Some(s) => Some(Some(s)),
            None => {
                errors.add("showing_id", Msg::new("admin-blocked-bad-showing"));
                None
            }
        },
    };
    let labels = match seat_labels::parse(&form.seats) {
        Ok(labels) => {
            // A block of every showing names seats of the hall's plan; of one showing, of the
            // plan that showing sells.
            let known: HashSet<Label> = match showing {
                Some(Some(s)) if s.layout_id != loaded.hall.layout.id => {
                    let layout_id = s.layout_id;
                    ctx.read(move |c| Ok(crate::db::layouts::seats_of(c, layout_id)?))
                        .await?
                        .into_iter()
                        .map(|s| (s.row_label, s.number))
                        .collect()
                }
                _ => loaded
                    .hall
                    .seats
                    .iter()
                    .map(|s| (s.row_label.clone(), s.number))
                    .collect(),
            };
            // A block outlives the seat it names when the plan changes; it can still be lifted.
            let blocked: HashSet<&Label> = loaded.blocks.iter().map(|b| &b.label).collect();
            let unknown: Vec<String> = labels
                .iter()
                .filter(|l| {
                    let liftable = block == Some(false) && blocked.contains(l);
                    !known.contains(*l) && !liftable
                })
                .map(blocks::label_text)
                .collect();
            if unknown.is_empty() {
                Some(labels)
            } else {
                errors.add(
                    "seats",
                    Msg::new("admin-blocked-no-such-seat").arg("seats", unknown.join(", ")),
                );
                None
            }
        }
        Err(message) => {
            errors.add("seats", message);
            None
        }
    };
    let (Some(block), Some(reason), Some(showing), Some(labels)) = (block, reason, showing, labels)
    else {
        return page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, loaded, form, errors);
    };
    let hall_id = loaded.hall.id;
    let request = Request {
        hall_id,
        showing_id: showing.map(|s| s.id),
        labels,
        reason,
    };
    let scope = match showing {
        Some(_) => "one",
        None => "every",
    };
    let seats = request
        .labels
        .iter()
        .map(blocks::label_text)
        .collect::<Vec<_>>()
        .join(", ");
    let outcome = ctx
        .write_as_admin(move |c, now, admin| {
            Ok(if block {
                blocks::block(c, &request, admin.id, now)?
            } else {
                blocks::unblock(c, &request, admin.id, now)?
            })
        })
        .await?;
    let action = if block { "block" } else { "unblock" };
    let done = ctx.lang.t_with(
        "admin-blocked-done",
        &[
            ("seats", seats.into()),
            ("action", action.into()),
            ("scope", scope.into()),
        ],
    );
    let message = match left_note(ctx.lang, &outcome, block) {
        Some(note) => format!("{done} {note}"),
        None => done,
    };
    session::set_flash(&ctx.session, message);
    Ok(views::see_other(&format!("/admin/halls/{hall_id}/blocked")))
}

/// What the flash adds about the seats left as they were.
fn left_note(lang: Lang, outcome: &Outcome, block: bool) -> Option<String> {
    if outcome.left.is_empty() {
        return None;
    }
    let seats: Vec<String> = outcome
        .left
        .iter()
        .map(|(seat, n)| lang.t2("admin-blocked-left-item", "seat", seat, "count", n))
        .collect();
    Some(if block {
        lang.t1("admin-blocked-left-to-customers", "seats", seats.join(", "))
    } else {
        lang.t1("admin-blocked-still-blocked", "seats", seats.join(", "))
    })
}
