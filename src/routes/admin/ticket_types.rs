//! Ticket types and prices in the back office: one page lists every type, each with its own form,
//! holds the form for a new one, and the VIP surcharge. A refused form comes back in its place
//! with the input kept.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::fields::line;
use crate::db::ticket_types::{self as store, Saved, TicketTypeFields, TicketTypeRecord};
use crate::domain::money;
use crate::error::AppError;
use crate::i18n::{Msg, Text};
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TypeForm {
    pub code: String,
    pub name: String,
    pub price_percent: String,
    /// A fixed price; when given, it is the price instead of the share.
    pub price: String,
    pub sort_order: String,
    pub max_age: String,
    /// A checkbox: present when the type is on sale.
    pub active: Option<String>,
    pub version: String,
}

impl TypeForm {
    fn of(t: &TicketTypeRecord) -> TypeForm {
        TypeForm {
            code: t.code.clone(),
            name: t.name.clone(),
            price_percent: t.price_percent.to_string(),
            price: t.price_cents.map(money::plain).unwrap_or_default(),
            sort_order: t.sort_order.to_string(),
            max_age: t.max_age.map(|a| a.to_string()).unwrap_or_default(),
            active: t.active.then(|| "on".into()),
            version: t.version.to_string(),
        }
    }

    fn blank(next_order: i32) -> TypeForm {
        TypeForm {
            price_percent: "100".into(),
            sort_order: next_order.to_string(),
            active: Some("on".into()),
            ..TypeForm::default()
        }
    }

    pub fn is_active(&self) -> bool {
        self.active.is_some()
    }

    fn check(&self) -> Result<TicketTypeFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = line(&self.name, 60, true)
            .map_err(|e| errors.add("name", e))
            .ok();
        let price_cents = match self.price.trim() {
            "" => None,
            text => match money::parse(text) {
                Ok(cents) => Some(cents),
                Err(e) => {
                    errors.add("price", e);
                    None
                }
            },
        };
        let price_percent = match self.price_percent.trim() {
            "" if price_cents.is_some() => Some(100),
            text => match text.parse::<i32>() {
                Ok(p) if (0..=100).contains(&p) => Some(p),
                _ => {
                    errors.add("price_percent", Msg::new("admin-type-share-range"));
                    None
                }
            },
        };
        let sort_order = match self.sort_order.trim() {
            "" => Some(0),
            text => match text.parse::<i32>() {
                Ok(n) if (0..=1000).contains(&n) => Some(n),
                _ => {
                    errors.add("sort_order", Msg::new("admin-type-order-range"));
                    None
                }
            },
        };
        let max_age = match self.max_age.trim() {
            "" => Some(None),
            text => match text.parse::<i32>() {
                Ok(n) if (0..=120).contains(&n) => Some(Some(n)),
                _ => {
                    errors.add("max_age", Msg::new("admin-type-age-range"));
                    None
                }
            },
        };
        match (name, price_percent, sort_order, max_age) {
            (Some(name), Some(price_percent), Some(sort_order), Some(max_age))
                if errors.is_empty() =>
            {
                Ok(TicketTypeFields {
                    name,
                    price_percent,
                    price_cents,
                    sort_order,
                    active: self.is_active(),
                    max_age,
                })
            }
            _ => Err(errors),
        }
    }
}

fn check_code(code: &str) -> Result<String, Msg> {
    let code = code.trim().to_lowercase();
    if code.is_empty()
        || code.len() > 30
        || !code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(Msg::new("admin-type-code-form"));
    }
    Ok(code)
}

/// One type's row: its form as shown (or as posted, when it was refused) and its messages.
pub struct Row {
    pub record: TicketTypeRecord,
    pub form: TypeForm,
    pub errors: FieldErrors,
    pub example: String,
}

#[derive(Template)]
#[template(path = "admin/ticket_types.html")]
struct TypesPage {
    ctx: PageCtx,
    rows: Vec<Row>,
    new_form: TypeForm,
    new_errors: FieldErrors,
    surcharge: String,
    surcharge_error: Option<Text>,
    settings_version: i32,
}

/// Which form a refusal belongs to.
enum Refused {
    None,
    New(TypeForm, FieldErrors),
    Row(i32, TypeForm, FieldErrors),
    Surcharge(String, Text),
}

async fn page(ctx: &Ctx, status: StatusCode, refused: Refused) -> Result<HttpResponse, AppError> {
    let (types, (settings, settings_version)) = ctx
        .read(|c| Ok((store::list(c)?, crate::db::settings::find(c)?)))
        .await?;
    let vip = ctx.rules.vip_surcharge_cents;
    let example_base = 2400;
    let next_order = types.iter().map(|t| t.sort_order).max().unwrap_or(0) + 1;
    let mut new_form = TypeForm::blank(next_order);
    let mut new_errors = FieldErrors::default();
    let mut surcharge = money::plain(settings.vip_surcharge_cents);
    let mut surcharge_error = None;
    let mut failed_row = None;
    match refused {
        Refused::None => {}
        Refused::New(form, errors) => {
            new_form = form;
            new_errors = errors;
        }
        Refused::Row(id, form, errors) => failed_row = Some((id, form, errors)),
        Refused::Surcharge(value, error) => {
            surcharge = value;
            surcharge_error = Some(error);
        }
    }
    let rows = types
        .into_iter()
        .map(|t| {
            let ticket = crate::db::catalog::TicketType {
                id: t.id,
                code: t.code.clone(),
                name: t.name.clone(),
                price_percent: t.price_percent,
                is_default: t.is_default,
                max_age: t.max_age,
                price_cents: t.price_cents,
            };
            let example = ctx.lang.t_with(
                "admin-type-example",
                &[
                    (
                        "price",
                        ctx.rules
                            .money(ticket.price_for(
                                example_base,
                                crate::domain::kinds::SeatKind::Standard,
                                vip,
                            ))
                            .into(),
                    ),
                    ("base", ctx.rules.money(example_base).into()),
                    (
                        "vip",
                        ctx.rules
                            .money(ticket.price_for(
                                example_base,
                                crate::domain::kinds::SeatKind::Vip,
                                vip,
                            ))
                            .into(),
                    ),
                ],
            );
            match failed_row.take_if(|(id, ..)| *id == t.id) {
                Some((_, form, errors)) => Row {
                    record: t,
                    form,
                    errors,
                    example,
                },
                None => Row {
                    form: TypeForm::of(&t),
                    record: t,
                    errors: FieldErrors::default(),
                    example,
                },
            }
        })
        .collect();
    views::html_status(
        status,
        &TypesPage {
            ctx: ctx.page(),
            rows,
            new_form,
            new_errors,
            surcharge,
            surcharge_error,
            settings_version,
        },
    )
}

pub async fn list(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    page(&ctx, StatusCode::OK, Refused::None).await
}

pub async fn create(ctx: Ctx, posted: web::Form<TypeForm>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let posted = posted.into_inner();
    let code = check_code(&posted.code);
    let fields = posted.check();
    let (code, fields) = match (code, fields) {
        (Ok(code), Ok(fields)) => (code, fields),
        (code, fields) => {
            let mut errors = fields.err().unwrap_or_default();
            if let Err(e) = code {
                errors.add("code", e);
            }
            return page(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                Refused::New(posted, errors),
            )
            .await;
        }
    };
    let name = fields.name.clone();
    let store_code = code.clone();
    let created = ctx
        .write_as_admin(move |c, now, admin| {
            Ok(store::create(c, &store_code, &fields, admin.id, now)?)
        })
        .await?;
    if created.is_none() {
        let mut errors = FieldErrors::default();
        errors.add("code", Msg::new("admin-type-code-taken").arg("code", code));
        return page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            Refused::New(posted, errors),
        )
        .await;
    }
    ctx.flash(Msg::new("admin-type-added").arg("name", name));
    Ok(views::see_other("/admin/ticket-types"))
}

pub async fn update(
    ctx: Ctx,
    id: web::Path<String>,
    posted: web::Form<TypeForm>,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let id = crate::routes::parse_id(&id)?;
    let current = ctx
        .read(move |c| store::find(c, id)?.ok_or_else(|| AppError::not_found("ticket-type")))
        .await?;
    let posted = TypeForm {
        code: current.code.clone(),
        ..posted.into_inner()
    };
    let Some(version) = posted.version.trim().parse::<i32>().ok() else {
        let mut errors = FieldErrors::default();
        errors.add("name", Msg::new("admin-type-no-version"));
        let form = TypeForm {
            version: current.version.to_string(),
            ..posted
        };
        return page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            Refused::Row(id, form, errors),
        )
        .await;
    };
    let fields = match posted.check() {
        Ok(fields) => fields,
        Err(errors) => {
            return page(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                Refused::Row(id, posted, errors),
            )
            .await;
        }
    };
    let name = fields.name.clone();
    let saved = ctx
        .write_as_admin(move |c, now, admin| {
            Ok(store::update(c, id, version, &fields, admin.id, now)?)
        })
        .await?;
    match saved {
        Saved::Done => {
            ctx.flash(Msg::new("admin-type-saved").arg("name", name));
            Ok(views::see_other("/admin/ticket-types"))
        }
        Saved::Stale(now_saved) => {
            let mut errors = FieldErrors::default();
            let price = now_saved.price_cents.map_or_else(
                || {
                    ctx.lang.t1(
                        "admin-type-percent-of-base",
                        "percent",
                        now_saved.price_percent,
                    )
                },
                |c| ctx.rules.money(c),
            );
            errors.add(
                "name",
                Msg::new("admin-type-stale")
                    .arg("name", &now_saved.name)
                    .arg("price", price),
            );
            let form = TypeForm {
                version: now_saved.version.to_string(),
                ..posted
            };
            page(&ctx, StatusCode::CONFLICT, Refused::Row(id, form, errors)).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SurchargeForm {
    vip_surcharge: String,
    version: String,
}

pub async fn surcharges(
    ctx: Ctx,
    posted: web::Form<SurchargeForm>,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let posted = posted.into_inner();
    let cents = match money::parse(&posted.vip_surcharge) {
        Ok(cents) => cents,
        Err(e) => {
            return page(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                Refused::Surcharge(posted.vip_surcharge, e.into()),
            )
            .await;
        }
    };
    let Some(version) = posted.version.trim().parse::<i32>().ok() else {
        return page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            Refused::Surcharge(
                posted.vip_surcharge,
                Msg::new("admin-surcharge-no-version").into(),
            ),
        )
        .await;
    };
    let saved = ctx
        .write_as_admin(move |c, now, admin| {
            Ok(store::set_vip_surcharge(c, cents, version, admin.id, now)?)
        })
        .await?;
    if !saved {
        return page(
            &ctx,
            StatusCode::CONFLICT,
            Refused::Surcharge(
                posted.vip_surcharge,
                Msg::new("admin-surcharge-stale").into(),
            ),
        )
        .await;
    }
    ctx.flash(Msg::new("admin-surcharge-saved").arg("amount", ctx.rules.money(cents)));
    Ok(views::see_other("/admin/ticket-types"))
}
