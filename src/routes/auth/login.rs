//! Logging in with e-mail and password; the session is renewed so an old session id is worthless.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::{login_failures, users};
use crate::domain::email::Email;
use crate::error::AppError;
use crate::password;
use crate::session::{self, Ctx};
use crate::views::{self, PageCtx};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    ctx: PageCtx,
    email: String,
    next: String,
    error: Option<String>,
}

pub async fn login_form(ctx: Ctx, query: web::Query<NextQuery>) -> Result<HttpResponse, AppError> {
    let next = super::safe_next(query.next.as_deref());
    views::html(&LoginPage {
        ctx: ctx.page(),
        email: String::new(),
        next,
        error: None,
    })
}

pub async fn login(
    ctx: Ctx,
    req: HttpRequest,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let next = super::safe_next(form.next.as_deref());
    let refuse = |ctx: &Ctx, status, message: &str| {
        let page = LoginPage {
            ctx: ctx.page(),
            email: form.email.trim().chars().take(254).collect(),
            next: next.clone(),
            error: Some(message.into()),
        };
        views::html_status(status, &page)
    };
    if form.email.trim().is_empty() || form.password.is_empty() {
        return refuse(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Enter your e-mail address and password.",
        );
    }
    // Failures are counted under the address as typed (normalised when it parses), so guesses at
    // malformed addresses count too.
    let email = Email::parse(&form.email).ok();
    let account: String = email
        .as_ref()
        .map_or_else(
            || form.email.trim().to_lowercase(),
            |e| e.as_str().to_owned(),
        )
        .chars()
        .take(254)
        .collect();
    let client = crate::client_addr::client_key(&req);
    let now = ctx.now();
    let (key, addr) = (account.clone(), client.clone());
    let (paused, user) = ctx
        .read(move |c| {
            let paused = login_failures::paused_until(c, &key, &addr, now)?;
            let user = match &email {
                Some(email) if paused.is_none() => users::find_by_email(c, email.as_str())?,
                _ => None,
            };
            Ok((paused, user))
        })
        .await?;
    if let Some(pause) = paused {
        let (message, wait) = super::pause_message(pause, now);
        let mut response = refuse(&ctx, StatusCode::TOO_MANY_REQUESTS, &message)?;
        response.headers_mut().insert(
            actix_web::http::header::RETRY_AFTER,
            actix_web::http::header::HeaderValue::from(wait),
        );
        return Ok(response);
    }
    let plain = form.password.clone();
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    // Verify even for an unknown e-mail, so the answer takes as long either way.
    let matches = plain.len() <= 4 * crate::domain::password_policy::MAX_LENGTH
        && password::verify_off_workers(plain, stored).await?;
    match user {
        Some(user) if matches => {
            let (email, addr) = (user.email.clone(), client.clone());
            ctx.write(move |c, _| Ok(login_failures::clear(c, &email, &addr)?))
                .await?;
            if !user.active {
                return refuse(
                    &ctx,
                    StatusCode::FORBIDDEN,
                    "This account has been deactivated. Please contact the cinema.",
                );
            }
            session::log_in(&ctx, &user, session::Origin::of(&req)).await?;
            Ok(views::see_other(&next))
        }
        _ => {
            ctx.write(move |c, now| Ok(login_failures::record(c, &account, &client, now)?))
                .await?;
            refuse(&ctx, StatusCode::UNAUTHORIZED, "Wrong e-mail or password.")
        }
    }
}
