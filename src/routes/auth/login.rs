//! Logging in with e-mail and password; the session is renewed so an old session id is worthless.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::{self, users};
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

pub async fn login(ctx: Ctx, form: web::Form<LoginForm>) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let next = super::safe_next(form.next.as_deref());
    let refuse = |ctx: &Ctx, status, message: &str| {
        let page = LoginPage {
            ctx: ctx.page(),
            email: form.email.trim().to_owned(),
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
    if form.password.len() > 4 * password::MAX_LENGTH {
        return refuse(&ctx, StatusCode::UNAUTHORIZED, "Wrong e-mail or password.");
    }
    let email = Email::parse(&form.email).ok();
    let user = match email {
        Some(email) => {
            db::run(ctx.pool(), move |c| {
                Ok(users::find_by_email(c, email.as_str())?)
            })
            .await?
        }
        None => None,
    };
    let plain = form.password.clone();
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    // Verify even for an unknown e-mail, so the answer takes as long either way.
    let matches = web::block(move || {
        password::verify(
            &plain,
            stored.as_deref().unwrap_or_else(|| password::dummy_hash()),
        )
    })
    .await?;
    match user {
        Some(user) if matches && user.active => {
            session::log_in(&ctx.session, &user)?;
            Ok(views::see_other(&next))
        }
        Some(_) if matches => refuse(
            &ctx,
            StatusCode::FORBIDDEN,
            "This account has been deactivated. Please contact the cinema.",
        ),
        _ => refuse(&ctx, StatusCode::UNAUTHORIZED, "Wrong e-mail or password."),
    }
}
