//! Halls in the back office: the list, and the form with the layout editor and its live preview.
//! An edit posts the version it showed; a save that someone else's came before is refused with the
//! conflict page. A changed plan is saved as the hall's next layout version (see `db::halls`).

pub mod blocked;
pub mod form;
pub mod preview;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use self::form::HallForm;
use crate::db::halls::{self, HallRecord, HallSummary, Outcome, Saved};
use crate::domain::kinds::Numbering;
use crate::domain::layout::LayoutError;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::session::{self, Ctx};
use crate::views::{self, FieldErrors, PageCtx};

#[derive(Template)]
#[template(path = "admin/halls/list.html")]
struct ListPage {
    ctx: PageCtx,
    halls: Vec<HallSummary>,
}

pub async fn list(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let now = ctx.now();
    let found = ctx.read(move |c| Ok(halls::list(c, now)?)).await?;
    views::html(&ListPage {
        ctx: ctx.page(),
        halls: found,
    })
}

#[derive(Template)]
#[template(path = "admin/halls/form.html")]
struct FormPage {
    ctx: PageCtx,
    /// `None` for a new hall.
    hall: Option<HallRecord>,
    form: HallForm,
    errors: FieldErrors,
    /// The preview drawn from the form's plan, or its mistakes.
    preview: String,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.hall {
            Some(h) => format!("/admin/halls/{}", h.id),
            None => "/admin/halls".to_owned(),
        }
    }
}

fn form_page(
    ctx: &Ctx,
    status: StatusCode,
    hall: Option<HallRecord>,
    form: HallForm,
    errors: FieldErrors,
    mistakes: Option<Vec<LayoutError>>,
) -> Result<HttpResponse, AppError> {
    let preview = match mistakes {
        Some(mistakes) if !mistakes.is_empty() => {
            preview::render(&Err(mistakes), &|_, _| false, ctx.lang)?
        }
        _ => {
            let numbering = form::numbering(&form.numbering).unwrap_or(Numbering::LeftToRight);
            preview::render_text(&form.layout, numbering, ctx.lang)?
        }
    };
    views::html_status(
        status,
        &FormPage {
            ctx: ctx.page(),
            hall,
            form,
            errors,
            preview,
        },
    )
}

pub async fn new_form(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    form_page(
        &ctx,
        StatusCode::OK,
        None,
        HallForm::blank(),
        FieldErrors::default(),
        None,
    )
}

fn name_taken(
    ctx: &Ctx,
    hall: Option<HallRecord>,
    form: HallForm,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::default();
    errors.add(
        "name",
        Msg::new("admin-hall-name-taken").arg("name", form.name.trim()),
    );
    form_page(
        ctx,
        StatusCode::UNPROCESSABLE_ENTITY,
        hall,
        form,
        errors,
        None,
    )
}

pub async fn create(ctx: Ctx, form: web::Form<HallForm>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let form = form.into_inner();
    let edit = match form.check(ctx.lang) {
        Ok(edit) => edit,
        Err((errors, mistakes)) => {
            return form_page(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                form,
                errors,
                Some(mistakes),
            );
        }
    };
    let name = edit.name.clone();
    let created = ctx
        .write_as_admin(move |c, now, admin| Ok(halls::create(c, &edit, admin.id, now)?))
        .await?;
    let Some(id) = created else {
        return name_taken(&ctx, None, form);
    };
    ctx.flash(Msg::new("admin-hall-added").arg("name", name));
    Ok(views::see_other(&format!("/admin/halls/{id}/edit")))
}

async fn load(ctx: &Ctx, raw_id: &str) -> Result<HallRecord, AppError> {
    let id = crate::routes::parse_id(raw_id)?;
    ctx.read(move |c| halls::find(c, id)?.ok_or_else(|| AppError::not_found("hall")))
        .await
}

pub async fn edit_form(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let hall = load(&ctx, &id).await?;
    let form = HallForm::of(&hall);
    form_page(
        &ctx,
        StatusCode::OK,
        Some(hall),
        form,
        FieldErrors::default(),
        None,
    )
}

#[derive(Template)]
#[template(path = "admin/halls/conflict.html")]
struct ConflictPage {
    ctx: PageCtx,
    hall: HallRecord,
    form: HallForm,
}

pub async fn update(
    ctx: Ctx,
    id: web::Path<String>,
    form: web::Form<HallForm>,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let hall = load(&ctx, &id).await?;
    let form = form.into_inner();
    let Some(version) = form.version() else {
        let mut errors = FieldErrors::default();
        errors.add("version", Msg::new("admin-hall-no-version"));
        let form = HallForm {
            version: hall.version.to_string(),
            ..form
        };
        return form_page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(hall),
            form,
            errors,
            None,
        );
    };
    let edit = match form.check(ctx.lang) {
        Ok(edit) => edit,
        Err((errors, mistakes)) => {
            return form_page(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(hall),
                form,
                errors,
                Some(mistakes),
            );
        }
    };
    let hall_id = hall.id;
    let name = edit.name.clone();
    let saved = ctx
        .write_as_admin(move |c, now, admin| {
            Ok(halls::update(c, hall_id, version, &edit, admin.id, now)?)
        })
        .await?;
    match saved {
        Saved::Done(outcome) => {
            session::set_flash(&ctx.session, saved_message(ctx.lang, &name, outcome));
            Ok(views::see_other(&format!("/admin/halls/{hall_id}/edit")))
        }
        Saved::Stale(current) => views::html_status(
            StatusCode::CONFLICT,
            &ConflictPage {
                ctx: ctx.page(),
                hall: current,
                form,
            },
        ),
        Saved::NameTaken => name_taken(&ctx, Some(hall), form),
    }
}

fn saved_message(lang: Lang, name: &str, outcome: Outcome) -> String {
    let Some(number) = outcome.new_layout else {
        return lang.t1("admin-hall-saved-unchanged", "name", name);
    };
    let mut message = vec![lang.t2("admin-hall-saved-version", "name", name, "number", number)];
    if outcome.moved > 0 {
        message.push(lang.t1("admin-hall-moved", "count", outcome.moved));
    }
    if outcome.kept > 0 {
        message.push(lang.t1("admin-hall-kept", "count", outcome.kept));
    }
    message.join(" ")
}
