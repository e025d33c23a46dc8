//! "Forgot your password?": an e-mail address gets a link (by mail) that sets a new password once,
//! within an hour. The answer to the request is the same whether or not an account uses the
//! address, so the form tells a stranger nothing; the links an account or an address may ask for
//! in an hour are limited. Setting the password ends every session of the account.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::{self, password_resets};
use crate::domain::{email::Email, password_policy};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::Mail;
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    email: String,
}

#[derive(Template)]
#[template(path = "auth/forgot.html")]
struct ForgotPage {
    ctx: PageCtx,
    email: String,
    /// Set once a request was taken: what happens next.
    sent: bool,
    errors: FieldErrors,
}

pub async fn forgot_form(ctx: Ctx) -> Result<HttpResponse, AppError> {
    views::html(&ForgotPage {
        ctx: ctx.page(),
        email: String::new(),
        sent: false,
        errors: FieldErrors::default(),
    })
}

pub async fn forgot(
    ctx: Ctx,
    req: HttpRequest,
    form: web::Form<ForgotForm>,
) -> Result<HttpResponse, AppError> {
    let typed: String = form.email.trim().chars().take(254).collect();
    let email = match Email::parse(&typed) {
        Ok(email) => email.into_inner(),
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add("email", e);
            return views::html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ForgotPage {
                    ctx: ctx.page(),
                    email: typed,
                    sent: false,
                    errors,
                },
            );
        }
    };
    let client = crate::client_addr::client_key(&req);
    let token = crate::random::token();
    let digest = password_resets::digest(&token);
    // Looked up with a read: an address without an account never reaches the database writer.
    let lookup = email.clone();
    let account = ctx
        .read(move |c| Ok(db::users::find_by_email(c, &lookup)?))
        .await?
        .filter(|user| user.active);
    let made = match account {
        None => None,
        Some(user) => {
            let user_id = user.id;
            let created = ctx
                .write(move |c, now| {
                    Ok(password_resets::create(c, user_id, &digest, &client, now)?)
                })
                .await?;
            match created {
                Ok(()) => Some(user),
                Err(refused) => {
                    log::info!("a password reset for account {user_id} was refused: {refused:?}");
                    None
                }
            }
        }
    };
    if let Some(user) = made {
        let link = format!("{}/password/reset/{token}", ctx.state.public_url);
        let mailer = ctx.state.mailer.clone();
        let cinema = ctx.rules.cinema_name.clone();
        let mail = Mail {
            to_name: user.name.clone(),
            to_email: user.email.clone(),
            subject: ctx.lang.t1("mail-reset-subject", "cinema", cinema.as_str()),
            body: crate::mail::lines(&ctx.lang.t_with(
                "mail-reset-body",
                &[
                    ("name", user.name.as_str().into()),
                    ("cinema", cinema.into()),
                    ("link", link.into()),
                ],
            )),
        };
        // Sent after the answer: an address with an account is not answered more slowly than one
        // without (which would tell a stranger that it has one).
        actix_web::rt::spawn(async move { mailer.send(mail).await });
    }
    views::html(&ForgotPage {
        ctx: ctx.page(),
        email: typed,
        sent: true,
        errors: FieldErrors::default(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    password: String,
    password_confirm: String,
}

#[derive(Template)]
#[template(path = "auth/reset.html")]
struct ResetPage {
    ctx: PageCtx,
    token: String,
    errors: FieldErrors,
}

fn gone() -> AppError {
    AppError::NotFound(
        "This link to choose a new password has been used or has run out (a link works once, for \
         an hour). Ask for a new one at /password/forgot."
            .into(),
    )
}

/// A token as links carry it: 64 hex digits, or nothing that could be one.
fn token_of(raw: &str) -> Result<String, AppError> {
    let token = raw.trim();
    if token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(token.to_ascii_lowercase())
    } else {
        Err(gone())
    }
}

pub async fn reset_form(ctx: Ctx, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let token = token_of(&token)?;
    let digest = password_resets::digest(&token);
    let now = ctx.now();
    ctx.read(move |c| Ok(password_resets::live(c, &digest, now)?))
        .await?
        .ok_or_else(gone)?;
    views::html(&ResetPage {
        ctx: ctx.page(),
        token,
        errors: FieldErrors::default(),
    })
}

pub async fn reset(
    ctx: Ctx,
    token: web::Path<String>,
    form: web::Form<ResetForm>,
) -> Result<HttpResponse, AppError> {
    let token = token_of(&token)?;
    let digest = password_resets::digest(&token);
    let now = ctx.now();
    let lookup = digest.clone();
    let (_, name, email) = ctx
        .read(move |c| Ok(password_resets::live(c, &lookup, now)?))
        .await?
        .ok_or_else(gone)?;
    let mut errors = FieldErrors::default();
    if let Err(problem) = password_policy::judge(&form.password, &[&name, &email]) {
        errors.add("password", problem);
    } else if form.password != form.password_confirm {
        errors.add("password_confirm", Msg::new("passwords-differ"));
    }
    if !errors.is_empty() {
        return views::html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ResetPage {
                ctx: ctx.page(),
                token,
                errors,
            },
        );
    }
    let hash = crate::password::hash(&form.password).map_err(AppError::unexpected)?;
    ctx.write(move |c, now| Ok(password_resets::redeem(c, &digest, &hash, now)?))
        .await?
        .ok_or_else(gone)?;
    // Whoever was signed in here is no longer (every session of the account has ended). The
    // cookie is renewed and emptied, not purged: a purged session takes no flash.
    ctx.session.renew();
    ctx.session.clear();
    ctx.flash(Msg::new("reset-done"));
    Ok(views::see_other("/login"))
}
