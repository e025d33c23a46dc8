//! `POST /account/password`: a new password, after the current one. Every other session of the
//! account ends, and this one continues under a new session.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::{self, login_failures, users};
use crate::domain::password_policy;
use crate::error::AppError;
use crate::password;
use crate::session::{self, Ctx, Origin};
use crate::views::{self, FieldErrors};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
    new_password_confirm: String,
}

pub async fn change_password(
    ctx: Ctx,
    req: HttpRequest,
    form: web::Form<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let user = ctx.require_user()?.clone();
    let form = form.into_inner();
    let mut errors = FieldErrors::default();
    if form.current_password.is_empty() {
        errors.add("current_password", "Enter your current password.");
    }
    if let Err(problem) = password_policy::judge(&form.new_password, &[&user.name, &user.email]) {
        errors.add("new_password", problem);
    } else if form.new_password != form.new_password_confirm {
        errors.add("new_password_confirm", "The two new passwords differ.");
    } else if form.new_password == form.current_password {
        errors.add(
            "new_password",
            "Choose a password other than your current one.",
        );
    }
    if !errors.is_empty() {
        return super::page::render(&ctx, StatusCode::UNPROCESSABLE_ENTITY, errors).await;
    }
    // Guessing the current password from a stolen session is throttled like logging in.
    let (user_id, email) = (user.id, user.email.clone());
    let client = crate::client_addr::client_key(&req);
    let now = ctx.now();
    let (key, addr) = (email.clone(), client.clone());
    let (stored, paused) = ctx
        .read(move |c| {
            let stored = users::find(c, user_id)?
                .map(|u| u.password_hash)
                .ok_or_else(|| AppError::not_found("account"))?;
            Ok((stored, login_failures::paused_until(c, &key, &addr, now)?))
        })
        .await?;
    if let Some(pause) = paused {
        let (message, wait) = crate::routes::auth::pause_message(pause, now);
        let mut errors = FieldErrors::default();
        errors.add("current_password", message);
        let mut response = super::page::render(&ctx, StatusCode::TOO_MANY_REQUESTS, errors).await?;
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from(wait));
        return Ok(response);
    }
    let current = form.current_password.clone();
    if !password::verify_off_workers(current, Some(stored.clone())).await? {
        ctx.write(move |c, now| Ok(login_failures::record(c, &email, &client, now)?))
            .await?;
        let mut errors = FieldErrors::default();
        errors.add("current_password", "This is not your current password.");
        return super::page::render(&ctx, StatusCode::UNPROCESSABLE_ENTITY, errors).await;
    }
    let new_hash = password::hash_off_workers(form.new_password.clone()).await?;
    let origin = Origin::of(&req);
    let (changed, token) = ctx
        .write(move |c, now| {
            // Changed only if nobody changed it since it was checked above.
            if !users::set_password(c, user_id, &stored, &new_hash)? {
                return Ok((None, String::new()));
            }
            let ended = db::sessions::end_all(c, user_id)?;
            let token = session::start(c, user_id, &origin, now)?;
            let user = users::find(c, user_id)?.ok_or_else(|| AppError::not_found("account"))?;
            Ok((Some((user, ended.saturating_sub(1))), token))
        })
        .await?;
    let Some((user, others)) = changed else {
        return Err(AppError::Conflict(
            "Your password was changed somewhere else at the same moment. Please log in again."
                .into(),
        ));
    };
    session::remember(&ctx.session, &user, &token)?;
    let message = match others {
        0 => "Your password was changed.".to_owned(),
        1 => "Your password was changed, and your 1 other session was logged out.".to_owned(),
        n => format!("Your password was changed, and your {n} other sessions were logged out."),
    };
    session::set_flash(&ctx.session, message);
    Ok(views::see_other("/account"))
}
