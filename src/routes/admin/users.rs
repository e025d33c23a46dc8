//! Accounts in the back office: search, an account's page with its bookings, its role and
//! (de)activation, and staff accounts created with a one-time password shown once.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::{self, accounts::Account};
use crate::domain::{email::Email, kinds::Role, person_name::PersonName};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::session::{self, Ctx};
use crate::views::{self, FieldErrors, PageCtx};

const ROLES: [Role; 3] = [Role::Customer, Role::Cashier, Role::Admin];

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    q: String,
}

#[derive(Template)]
#[template(path = "admin/users/list.html")]
struct ListPage {
    ctx: PageCtx,
    q: String,
    accounts: Vec<Account>,
    /// True when the search found more than the page lists.
    more: bool,
}

pub async fn list(ctx: Ctx, query: web::Query<ListQuery>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let q: String = query.q.trim().chars().take(200).collect();
    let search = q.clone();
    let accounts = ctx
        .read(move |c| Ok(db::accounts::list(c, &search)?))
        .await?;
    views::html(&ListPage {
        ctx: ctx.page(),
        q,
        more: accounts.len() as i64 >= db::accounts::LISTED,
        accounts,
    })
}

pub struct BookingRow {
    pub code: String,
    pub title: String,
    pub when: String,
    pub status: &'static str,
    /// The seats' labels, `F12, F13`.
    pub seats: String,
    pub total: String,
}

#[derive(Template)]
#[template(path = "admin/users/show.html")]
struct AccountPage {
    ctx: PageCtx,
    account: Account,
    created: String,
    is_self: bool,
    roles: &'static [Role],
    bookings: Vec<BookingRow>,
}

pub async fn show(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let me = ctx.require_admin()?.id;
    let id = crate::routes::parse_id(&id)?;
    let (account, rows) = ctx
        .read(move |c| {
            let account =
                db::accounts::find(c, id)?.ok_or_else(|| AppError::not_found("account"))?;
            Ok((account, db::bookings::list_for_user(c, id)?))
        })
        .await?;
    let now = ctx.now();
    let bookings = rows
        .into_iter()
        .map(|(b, d, labels)| BookingRow {
            status: b.shown_status(now).as_str(),
            code: b.code,
            title: d.movie.title,
            when: ctx.rules.show_time(d.showing.starts_at),
            seats: labels.join(", "),
            total: ctx.rules.money(b.total_cents),
        })
        .collect();
    views::html(&AccountPage {
        ctx: ctx.page(),
        created: ctx.rules.show_time(account.created_at),
        is_self: account.id == me,
        account,
        roles: &ROLES,
        bookings,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoleForm {
    role: String,
    version: String,
}

pub async fn set_role(
    ctx: Ctx,
    id: web::Path<String>,
    form: web::Form<RoleForm>,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let id = crate::routes::parse_id(&id)?;
    let role: Role = form
        .role
        .trim()
        .parse()
        .map_err(|_| AppError::Validation(Msg::new("admin-user-choose-role").into()))?;
    let version = match form.version.trim() {
        "" => None,
        v => Some(
            v.parse::<i32>()
                .map_err(|_| AppError::Validation(Msg::new("admin-user-bad-version").into()))?,
        ),
    };
    ctx.write_as_admin(move |c, now, admin| {
        Ok(db::accounts::set_role(c, id, version, role, admin.id, now)?)
    })
    .await?;
    ctx.flash(Msg::new("admin-user-role-now").arg("role", role.as_str()));
    Ok(views::see_other(&format!("/admin/users/{id}")))
}

pub async fn deactivate(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    set_active(ctx, id, false).await
}

pub async fn activate(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    set_active(ctx, id, true).await
}

async fn set_active(
    ctx: Ctx,
    id: web::Path<String>,
    active: bool,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let id = crate::routes::parse_id(&id)?;
    ctx.write_as_admin(move |c, now, admin| {
        Ok(db::accounts::set_active(c, id, active, admin.id, now)?)
    })
    .await?;
    ctx.flash(if active {
        Msg::new("admin-user-activated")
    } else {
        Msg::new("admin-user-deactivated-flash")
    });
    Ok(views::see_other(&format!("/admin/users/{id}")))
}

/// A new one-time password for an account whose owner forgot theirs or never used the first one.
pub async fn reissue_password(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let id = crate::routes::parse_id(&id)?;
    let password = crate::random::one_time_password();
    let hash = crate::password::hash_off_workers(password.clone()).await?;
    ctx.write_as_admin(move |c, now, admin| {
        Ok(db::accounts::reissue_password(c, id, &hash, admin.id, now)?)
    })
    .await?;
    session::set_flash(&ctx.session, one_time_message(ctx.lang, &password));
    Ok(views::see_other(&format!("/admin/users/{id}")))
}

fn one_time_message(lang: Lang, password: &str) -> String {
    lang.t2(
        "admin-user-one-time",
        "password",
        password,
        "hours",
        db::users::ONE_TIME_PASSWORD_HOURS,
    )
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct NewAccountForm {
    name: String,
    email: String,
    role: String,
}

#[derive(Template)]
#[template(path = "admin/users/new.html")]
struct NewPage {
    ctx: PageCtx,
    form: NewAccountForm,
    errors: FieldErrors,
    roles: &'static [Role],
}

pub async fn new_form(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    views::html(&NewPage {
        ctx: ctx.page(),
        form: NewAccountForm {
            role: Role::Cashier.as_str().into(),
            ..NewAccountForm::default()
        },
        errors: FieldErrors::default(),
        roles: &ROLES,
    })
}

pub async fn create(ctx: Ctx, form: web::Form<NewAccountForm>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let form = form.into_inner();
    let mut errors = FieldErrors::default();
    let name = PersonName::parse(&form.name)
        .map_err(|e| errors.add("name", e))
        .ok();
    let email = Email::parse(&form.email)
        .map_err(|e| errors.add("email", e))
        .ok();
    let role = form
        .role
        .trim()
        .parse::<Role>()
        .map_err(|_| errors.add("role", Msg::new("admin-user-choose-role")))
        .ok();
    let rerender = |ctx: &Ctx, errors| {
        let mut kept = form.clone();
        kept.name = kept.name.trim().chars().take(200).collect();
        kept.email = kept.email.trim().chars().take(300).collect();
        views::html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &NewPage {
                ctx: ctx.page(),
                form: kept,
                errors,
                roles: &ROLES,
            },
        )
    };
    let (Some(name), Some(email), Some(role)) = (name, email, role) else {
        return rerender(&ctx, errors);
    };
    let password = crate::random::one_time_password();
    let hash = crate::password::hash_off_workers(password.clone()).await?;
    let (name, email) = (name.as_str().to_owned(), email.as_str().to_owned());
    let created = ctx
        .write_as_admin(move |c, now, admin| {
            let new = db::users::NewUser {
                email: &email,
                name: &name,
                password_hash: &hash,
                role,
                created_at: now,
            };
            match db::accounts::create(c, &new, admin.id, now) {
                Ok(id) => Ok(Some(id)),
                Err(db::StoreError::Conflict(_)) => Ok(None),
                Err(e) => Err(e.into()),
            }
        })
        .await?;
    let Some(id) = created else {
        let mut errors = FieldErrors::default();
        errors.add("email", Msg::new("admin-user-email-taken"));
        return rerender(&ctx, errors);
    };
    session::set_flash(
        &ctx.session,
        format!(
            "{} {}",
            ctx.lang.t("admin-user-created"),
            one_time_message(ctx.lang, &password)
        ),
    );
    Ok(views::see_other(&format!("/admin/users/{id}")))
}
