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
    /// `next` keeps a seat the visitor clicked: the page says it will be held.
    keeps_seat: bool,
    error: Option<String>,
}

pub async fn login_form(ctx: Ctx, query: web::Query<NextQuery>) -> Result<HttpResponse, AppError> {
    let next = super::safe_next(query.next.as_deref());
    views::html(&LoginPage {
        ctx: ctx.page(),
        email: String::new(),
        keeps_seat: super::kept_seat::parse(&next).is_some(),
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
            keeps_seat: super::kept_seat::parse(&next).is_some(),
            next: next.clone(),
            error: Some(message.into()),
        };
        views::html_status(status, &page)
    };
    if form.email.trim().is_empty() || form.password.is_empty() {
        return refuse(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            &ctx.t("login-empty"),
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
    let (key, addr) = (account.clone(), client.clone());
    // One write decides: paused, or this attempt is counted as failed until the password proves
    // otherwise. Attempts sent at the same moment cannot all pass the check before any is counted.
    let lang = ctx.lang;
    let attempt = ctx
        .write(move |c, now| {
            if let Some(pause) = login_failures::paused_until(c, &key, &addr, now)? {
                return Ok(Attempt::Paused(super::pause_message(pause, now, lang)));
            }
            let counted = login_failures::record(c, &key, &addr, now)?;
            let user = match &email {
                Some(email) => users::find_by_email(c, email.as_str())?,
                None => None,
            };
            Ok(Attempt::Counted(counted, user))
        })
        .await?;
    let (counted, user) = match attempt {
        Attempt::Paused((message, wait)) => {
            let response = refuse(&ctx, StatusCode::TOO_MANY_REQUESTS, &message)?;
            return Ok(views::retry_after(response, wait));
        }
        Attempt::Counted(counted, user) => (counted, user),
    };
    let plain = form.password.clone();
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    // Verify even for an unknown e-mail, so the answer takes as long either way.
    let matches = plain.len() <= 4 * crate::domain::password_policy::MAX_LENGTH
        && password::verify_off_workers(plain, stored).await?;
    let Some(user) = user.filter(|_| matches) else {
        return refuse(&ctx, StatusCode::UNAUTHORIZED, &ctx.t("login-wrong"));
    };
    if user.one_time_password_expired(ctx.now()) {
        return refuse(
            &ctx,
            StatusCode::FORBIDDEN,
            &ctx.lang.t1(
                "login-one-time-expired",
                "hours",
                crate::db::users::ONE_TIME_PASSWORD_HOURS,
            ),
        );
    }
    let (email, user_id, active) = (user.email.clone(), user.id, user.active);
    let origin = session::Origin::of(&req);
    let previous = ctx.user.clone();
    let token = ctx
        .write(move |c, now| {
            // The attempt was the owner's after all: it and this address's failures are forgotten.
            login_failures::forget(c, counted)?;
            login_failures::clear(c, &email, &client)?;
            if !active {
                return Ok(None);
            }
            session::start(c, user_id, &origin, now, previous.as_ref()).map(Some)
        })
        .await?;
    let Some(token) = token else {
        return refuse(&ctx, StatusCode::FORBIDDEN, &ctx.t("login-deactivated"));
    };
    session::remember(&ctx.session, &user, &token)?;
    if user.password_must_change {
        ctx.flash(ctx.t("login-choose-own"));
        return Ok(views::see_other("/account#password-title"));
    }
    let (landing, kept) =
        super::kept_seat::land(&ctx, user_id, &crate::client_addr::client_key(&req), &next).await?;
    if let Some(kept) = kept {
        session::set_flash(&ctx.session, kept);
    }
    Ok(views::see_other(&landing))
}

enum Attempt {
    Paused((String, u64)),
    /// Counted as a failure (the failure's id), and the account the e-mail names.
    Counted(i32, Option<users::User>),
}
