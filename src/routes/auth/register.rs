//! Registering a customer account; success logs the new customer in.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use serde::Deserialize;

use crate::db::{registrations, users};
use crate::domain::{email::Email, kinds::Role, password_policy, person_name::PersonName};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::password;
use crate::session::{self, Ctx};
use crate::views::{self, FieldErrors, PageCtx};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegisterForm {
    name: String,
    email: String,
    password: String,
    password_confirm: String,
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "auth/register.html")]
struct RegisterPage {
    ctx: PageCtx,
    name: String,
    email: String,
    next: String,
    /// `next` keeps a seat the visitor clicked: the page says it will be held.
    keeps_seat: bool,
    /// Why the form cannot be sent now, above it.
    notice: Option<String>,
    errors: FieldErrors,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn register_form(
    ctx: Ctx,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    let next = super::safe_next(query.next.as_deref());
    views::html(&RegisterPage {
        ctx: ctx.page(),
        name: String::new(),
        email: String::new(),
        keeps_seat: super::kept_seat::parse(&next).is_some(),
        next,
        notice: None,
        errors: FieldErrors::default(),
    })
}

pub async fn register(
    ctx: Ctx,
    req: HttpRequest,
    form: web::Form<RegisterForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let next = super::safe_next(form.next.as_deref());
    let mut errors = FieldErrors::default();
    let name = PersonName::parse(&form.name)
        .map_err(|e| errors.add("name", e))
        .ok();
    let email = Email::parse(&form.email)
        .map_err(|e| errors.add("email", e))
        .ok();
    let about_them = [form.name.trim(), form.email.trim()];
    if let Err(problem) = password_policy::judge(&form.password, &about_them) {
        errors.add("password", problem);
    } else if form.password != form.password_confirm {
        errors.add("password_confirm", Msg::new("passwords-differ"));
    }
    let rerender = |ctx: &Ctx, status, notice: Option<String>, errors| {
        let page = RegisterPage {
            ctx: ctx.page(),
            name: form.name.trim().chars().take(200).collect(),
            email: form.email.trim().chars().take(300).collect(),
            keeps_seat: super::kept_seat::parse(&next).is_some(),
            next: next.clone(),
            notice,
            errors,
        };
        views::html_status(status, &page)
    };
    let (Some(name), Some(email)) = (name, email) else {
        return rerender(&ctx, StatusCode::UNPROCESSABLE_ENTITY, None, errors);
    };
    if !errors.is_empty() {
        return rerender(&ctx, StatusCode::UNPROCESSABLE_ENTITY, None, errors);
    }
    // The limit is checked before the slow hash, and again in the write that counts against it.
    let client = crate::client_addr::client_key(&req);
    let per_hour = ctx.state.registrations_per_hour;
    let now = ctx.now();
    let addr = client.clone();
    let paused = ctx
        .read(move |c| Ok(registrations::paused_until(c, &addr, per_hour, now)?))
        .await?;
    if let Some(until) = paused {
        return too_many(&ctx, rerender, until, now);
    }
    let hash = password::hash_off_workers(form.password.clone()).await?;
    let (insert_name, insert_email) = (name.as_str().to_owned(), email.as_str().to_owned());
    let origin = session::Origin::of(&req);
    let previous = ctx.user.clone();
    let created = ctx
        .write(move |c, now| {
            if let Some(until) = registrations::paused_until(c, &client, per_hour, now)? {
                return Ok(Registered::Paused(until, now));
            }
            registrations::record(c, &client, now)?;
            let new = users::NewUser {
                email: &insert_email,
                name: &insert_name,
                password_hash: &hash,
                role: Role::Customer,
                created_at: now,
            };
            let Some(id) = users::insert(c, &new)? else {
                return Ok(Registered::Taken);
            };
            let user = users::find(c, id)?.ok_or_else(|| AppError::not_found("account"))?;
            // The account and its first session in one write: there is never one without the other.
            let token = session::start(c, id, &origin, now, previous.as_ref())?;
            Ok(Registered::New(user, token))
        })
        .await?;
    let user = match created {
        Registered::New(user, token) => {
            session::remember(&ctx.session, &user, &token)?;
            user
        }
        Registered::Paused(until, now) => return too_many(&ctx, rerender, until, now),
        Registered::Taken => {
            let mut errors = FieldErrors::default();
            errors.add("email", Msg::new("email-taken"));
            return rerender(&ctx, StatusCode::UNPROCESSABLE_ENTITY, None, errors);
        }
    };
    let (landing, kept) =
        super::kept_seat::land(&ctx, user.id, &crate::client_addr::client_key(&req), &next).await?;
    let welcome = ctx.lang.t1("welcome", "name", &user.name);
    ctx.flash(match kept {
        Some(kept) => format!("{welcome} {kept}"),
        None => welcome,
    });
    Ok(views::see_other(&landing))
}

enum Registered {
    /// The new account and its session's token.
    New(users::User, String),
    Taken,
    Paused(NaiveDateTime, NaiveDateTime),
}

/// The form again with 429 and `Retry-After`: the address has registered enough for an hour.
fn too_many(
    ctx: &Ctx,
    rerender: impl Fn(&Ctx, StatusCode, Option<String>, FieldErrors) -> Result<HttpResponse, AppError>,
    until: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<HttpResponse, AppError> {
    let seconds = (until - now).num_seconds().max(1).unsigned_abs();
    let notice = ctx
        .lang
        .t1("register-too-many", "minutes", seconds.div_ceil(60));
    let response = rerender(
        ctx,
        StatusCode::TOO_MANY_REQUESTS,
        Some(notice),
        FieldErrors::default(),
    )?;
    Ok(views::retry_after(response, seconds))
}
