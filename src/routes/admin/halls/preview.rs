//! The layout editor's live preview: the plan as typed, drawn with the seat map customers see, or
//! the mistakes in it with their lines and columns. HTMX asks for it as the administrator types.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::form::numbering;
use crate::domain::kinds::{Numbering, SeatKind};
use crate::domain::layout::{self, Layout, LayoutError};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::routes::showings::view::{Grid, plan_grid};
use crate::session::Ctx;
use crate::views::{self, PageCtx};

/// A plan is at most 100 lines of 100 places and a label; more is not a hall.
const MOST_TEXT: usize = 12_000;

#[derive(Template)]
#[template(path = "admin/halls/preview.html")]
struct PreviewPart<'a> {
    grid: Option<Grid<'a>>,
    errors: &'a [LayoutError],
    summary: String,
}

/// "250 seats in 12 rows: 234 standard, 12 VIP, 2 wheelchair spaces, 2 companion seats."
fn summary(plan: &Layout) -> String {
    let rows = plan
        .seats
        .iter()
        .map(|s| &s.row_label)
        .collect::<std::collections::HashSet<_>>()
        .len();
    let kinds: Vec<String> = [
        (SeatKind::Standard, "standard", "standard"),
        (SeatKind::Vip, "VIP", "VIP"),
        (
            SeatKind::Wheelchair,
            "wheelchair space",
            "wheelchair spaces",
        ),
        (SeatKind::Companion, "companion seat", "companion seats"),
    ]
    .into_iter()
    .filter_map(|(kind, one, many)| {
        let n = plan.count(kind);
        (n > 0).then(|| format!("{n} {}", if n == 1 { one } else { many }))
    })
    .collect();
    format!(
        "{} seat{} in {rows} row{}: {}.",
        plan.seats.len(),
        if plan.seats.len() == 1 { "" } else { "s" },
        if rows == 1 { "" } else { "s" },
        kinds.join(", ")
    )
}

/// The preview of a plan already read (or the mistakes found in it), with the seats for which
/// `blocked` says so drawn as not for sale.
pub fn render(
    parsed: &Result<Layout, Vec<LayoutError>>,
    blocked: &dyn Fn(&str, i32) -> bool,
) -> Result<String, AppError> {
    let part = match parsed {
        Ok(plan) => PreviewPart {
            grid: Some(plan_grid(&plan.seats, blocked, Lang::En)),
            errors: &[],
            summary: summary(plan),
        },
        Err(errors) => PreviewPart {
            grid: None,
            errors,
            summary: String::new(),
        },
    };
    Ok(part.render()?)
}

/// The preview of `text` as the editor posts it.
pub fn render_text(text: &str, numbering: Numbering) -> Result<String, AppError> {
    if text.chars().count() > MOST_TEXT {
        let too_long = Err(vec![LayoutError {
            line: 0,
            column: None,
            message: format!("A plan is at most {MOST_TEXT} characters: 100 rows of 100 places."),
        }]);
        return render(&too_long, &|_, _| false);
    }
    render(&layout::parse(text, numbering), &|_, _| false)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PreviewForm {
    layout: String,
    numbering: String,
}

#[derive(Template)]
#[template(path = "admin/halls/preview_page.html")]
struct PreviewPage {
    ctx: PageCtx,
    preview: String,
}

pub async fn preview(
    ctx: Ctx,
    req: HttpRequest,
    form: web::Form<PreviewForm>,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let numbering = numbering(&form.numbering).unwrap_or(Numbering::LeftToRight);
    let preview = render_text(&form.layout, numbering)?;
    if crate::htmx::is_htmx(&req) {
        return Ok(HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .body(preview));
    }
    views::html(&PreviewPage {
        ctx: ctx.page(),
        preview,
    })
}
