//! The layout editor's live preview: the plan as typed, drawn with the seat map customers see, or
//! the mistakes in it with their lines and columns. HTMX asks for it as the administrator types.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::form::numbering;
use crate::domain::kinds::{Numbering, SeatKind};
use crate::domain::layout::{self, Layout, LayoutError};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::routes::showings::view::{Grid, plan_grid};
use crate::session::Ctx;
use crate::views::{self, PageCtx};

/// A plan is at most 100 lines of 100 places and a label; more is not a hall.
const MOST_TEXT: usize = 12_000;

#[derive(Template)]
#[template(path = "admin/halls/preview.html")]
struct PreviewPart<'a> {
    lang: Lang,
    grid: Option<Grid<'a>>,
    errors: Vec<Mistake>,
    summary: String,
}

/// A mistake in the plan, said in the editor's language, with where it is.
struct Mistake {
    line: usize,
    column: Option<usize>,
    text: String,
}

/// "250 seats in 12 rows: 234 standard, 12 VIP, 2 wheelchair spaces, 2 companion seats."
fn summary(plan: &Layout, lang: Lang) -> String {
    let rows = plan
        .seats
        .iter()
        .map(|s| &s.row_label)
        .collect::<std::collections::HashSet<_>>()
        .len();
    let kinds: Vec<String> = SeatKind::ALL
        .iter()
        .filter_map(|&kind| {
            let n = plan.count(kind);
            (n > 0).then(|| {
                let id = match kind {
                    SeatKind::Standard => "admin-plan-standard",
                    SeatKind::Vip => "admin-plan-vip",
                    SeatKind::Wheelchair => "admin-plan-wheelchair",
                    SeatKind::Companion => "admin-plan-companion",
                };
                lang.t1(id, "count", n)
            })
        })
        .collect();
    lang.t_with(
        "admin-plan-summary",
        &[
            ("seats", plan.seats.len().into()),
            ("rows", rows.into()),
            ("kinds", kinds.join(", ").into()),
        ],
    )
}

/// The preview of a plan already read (or the mistakes found in it), with the seats for which
/// `blocked` says so drawn as not for sale.
pub fn render(
    parsed: &Result<Layout, Vec<LayoutError>>,
    blocked: &dyn Fn(&str, i32) -> bool,
    lang: Lang,
) -> Result<String, AppError> {
    let part = match parsed {
        Ok(plan) => PreviewPart {
            lang,
            grid: Some(plan_grid(&plan.seats, blocked, lang)),
            errors: vec![],
            summary: summary(plan, lang),
        },
        Err(errors) => PreviewPart {
            lang,
            grid: None,
            errors: errors
                .iter()
                .map(|e| Mistake {
                    line: e.line,
                    column: e.column,
                    text: e.say(lang),
                })
                .collect(),
            summary: String::new(),
        },
    };
    Ok(part.render()?)
}

/// The preview of `text` as the editor posts it.
pub fn render_text(text: &str, numbering: Numbering, lang: Lang) -> Result<String, AppError> {
    if text.chars().count() > MOST_TEXT {
        let too_long = Err(vec![LayoutError {
            line: 0,
            column: None,
            message: Msg::new("admin-layout-too-long").arg("most", MOST_TEXT),
        }]);
        return render(&too_long, &|_, _| false, lang);
    }
    render(&layout::parse(text, numbering), &|_, _| false, lang)
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
    let preview = render_text(&form.layout, numbering, ctx.lang)?;
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
