//! `POST /account/password`: a new password, after the current one. Every other session of the
//! account ends, and this one continues under a new session.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::{self, login_failures, users};
use crate::domain::password_policy;
use crate::error::AppError;
use crate::i18n::Msg;
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

/// Where a visitor asked to log in first comes back to.
const BACK: &str = "/account";

pub async fn change_password(
    ctx: Ctx,
    req: HttpRequest,
    form: web::Form<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let user = ctx.require_user_then(BACK)?.clone();
    let form = form.into_inner();
    let mut errors = FieldErrors::default();
    if form.current_password.is_empty() {
        errors.add("current_password", Msg::new("password-current-missing"));
    }
    if let Err(problem) = password_policy::judge(&form.new_password, &[&user.name, &user.email]) {
        errors.add("new_password", problem);
    } else if form.new_password != form.new_password_confirm {
        errors.add("new_password_confirm", Msg::new("passwords-differ"));
    } else if form.new_password == form.current_password {
        errors.add("new_password", Msg::new("password-same"));
    }
    if !errors.is_empty() {
        return super::page::render(&ctx, StatusCode::UNPROCESSABLE_ENTITY, errors).await;
    }
    // Guessing the current password from a stolen session is throttled like logging in, and the
    // attempt is counted before the password is checked, as at login.
    let client = crate::client_addr::client_key(&req);
    let (key, addr) = (user.email.clone(), client.clone());
    let lang = ctx.lang;
    let attempt = ctx
        .write_signed_in(BACK, move |c, now, user| {
            if let Some(pause) = login_failures::paused_until(c, &key, &addr, now)? {
                return Ok(Err(crate::routes::auth::pause_message(pause, now, lang)));
            }
            let counted = login_failures::record(c, &key, &addr, now)?;
            let stored = users::find(c, user.id)?
                .map(|u| u.password_hash)
                .ok_or_else(|| AppError::not_found("account"))?;
            Ok(Ok((counted, stored)))
        })
        .await?;
    let (counted, stored) = match attempt {
        Ok(counted) => counted,
        Err((message, wait)) => {
            let mut errors = FieldErrors::default();
            errors.add("current_password", message);
            let page = super::page::render(&ctx, StatusCode::TOO_MANY_REQUESTS, errors).await?;
            return Ok(views::retry_after(page, wait));
        }
    };
    let current = form.current_password.clone();
    if !password::verify_off_workers(current, Some(stored.clone())).await? {
        let mut errors = FieldErrors::default();
        errors.add("current_password", Msg::new("password-current-wrong"));
        return super::page::render(&ctx, StatusCode::UNPROCESSABLE_ENTITY, errors).await;
    }
    let new_hash = password::hash_off_workers(form.new_password.clone()).await?;
    let origin = Origin::of(&req);
    let idle = ctx.rules.idle_limit(user.role);
    let changed = ctx
        .write_signed_in(BACK, move |c, now, user| {
            login_failures::forget(c, counted)?;
            login_failures::clear(c, &user.email, &client)?;
            // Changed only if nobody changed it since it was checked above.
            if !users::set_password(c, user.id, &stored, &new_hash)? {
                return Ok(None);
            }
            let others = live_others(c, user, now, idle)?;
            db::sessions::end_all(c, user.id)?;
            let token = session::start(c, user.id, &origin, now, None)?;
            let account = users::find(c, user.id)?.ok_or_else(|| AppError::not_found("account"))?;
            Ok(Some((account, token, others)))
        })
        .await?;
    let Some((account, token, others)) = changed else {
        return Err(AppError::Conflict(
            Msg::new("password-changed-elsewhere").into(),
        ));
    };
    session::remember(&ctx.session, &account, &token)?;
    ctx.flash(Msg::new("password-changed").arg("count", others));
    Ok(views::see_other(BACK))
}

/// How many of the user's sessions other than this one are still live (`idle`: the idle limit of
/// the user's role): what ending them ends.
pub fn live_others(
    c: &mut db::Conn,
    user: &session::CurrentUser,
    now: chrono::NaiveDateTime,
    idle: chrono::Duration,
) -> Result<usize, AppError> {
    Ok(db::sessions::for_user(c, user.id)?
        .iter()
        .filter(|s| s.id != user.session_id && s.is_live(now, idle))
        .count())
}
