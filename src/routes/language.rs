//! The language switcher: the visitor's choice, kept in a cookie for a year.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::error::AppError;
use crate::i18n::{LANG_COOKIE, Lang, Msg};
use crate::routes::auth::safe_next;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    next: Option<String>,
}

pub async fn choose(
    req: HttpRequest,
    form: web::Form<LanguageForm>,
) -> Result<HttpResponse, AppError> {
    let lang = Lang::parse(form.lang.trim()).ok_or_else(|| {
        AppError::BadRequest(
            Msg::new("error-language-unknown")
                .arg("lang", form.lang.as_str())
                .into(),
        )
    })?;
    let secure = AppState::of(&req).is_some_and(|s| s.secure_cookie);
    let cookie = Cookie::build(LANG_COOKIE, lang.code())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(secure)
        .finish();
    let mut answer = crate::views::see_other(&safe_next(form.next.as_deref()));
    answer.add_cookie(&cookie).map_err(AppError::unexpected)?;
    Ok(answer)
}
