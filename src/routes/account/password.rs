//! `POST /account/password`: a new password, after the current one. Every other session of the
//! account ends, and this one continues under a new session.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::{self, users};
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
    if let Err(problem) = password_policy::judge(&form.new_password) {
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
    let user_id = user.id;
    let stored = ctx
        .read(move |c| {
            users::find(c, user_id)?
                .map(|u| u.password_hash)
                .ok_or_else(|| AppError::not_found("account"))
        })
        .await?;
    let current = form.current_password.clone();
    if !password::verify_off_workers(current, Some(stored.clone())).await? {
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
