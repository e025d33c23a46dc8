//! Registering a customer account; success logs the new customer in.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::users;
use crate::domain::{email::Email, kinds::Role, password_policy};
use crate::error::AppError;
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
        next,
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
    let name = form.name.trim().to_owned();
    if name.is_empty() {
        errors.add("name", "Enter your name.");
    } else if name.chars().count() > 100 {
        errors.add("name", "A name can be at most 100 characters.");
    }
    let email = Email::parse(&form.email)
        .map_err(|e| errors.add("email", e))
        .ok();
    if let Err(problem) = password_policy::judge(&form.password) {
        errors.add("password", problem);
    } else if form.password != form.password_confirm {
        errors.add("password_confirm", "The two passwords differ.");
    }
    let rerender = |ctx: &Ctx, errors| {
        let page = RegisterPage {
            ctx: ctx.page(),
            name: name.clone(),
            email: form.email.trim().to_owned(),
            next: next.clone(),
            errors,
        };
        views::html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
    };
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return rerender(&ctx, errors);
    };
    let plain = form.password.clone();
    let hash = password::hash_off_workers(plain).await?;
    let (insert_name, insert_email) = (name.clone(), email.as_str().to_owned());
    let created = ctx
        .write(move |c, now| {
            let new = users::NewUser {
                email: &insert_email,
                name: &insert_name,
                password_hash: &hash,
                role: Role::Customer,
                created_at: now,
            };
            match users::insert(c, &new)? {
                Some(id) => Ok(users::find(c, id)?),
                None => Ok(None),
            }
        })
        .await?;
    let Some(user) = created else {
        let mut errors = FieldErrors::default();
        errors.add(
            "email",
            "An account with this e-mail already exists. Log in instead, or use another address.",
        );
        return rerender(&ctx, errors);
    };
    session::log_in(&ctx, &user, session::Origin::of(&req)).await?;
    session::set_flash(
        &ctx.session,
        format!("Welcome, {}! Your account is ready.", user.name),
    );
    Ok(views::see_other(&next))
}
