//! `GET /account`: who you are, where you are logged in, and the form to change your password.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

use crate::db;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

pub struct SessionRow {
    pub id: i32,
    pub started: String,
    pub last_seen: String,
    pub client: String,
    /// "Firefox on Windows", from the user agent.
    pub browser: String,
    pub user_agent: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "account/page.html")]
pub struct AccountPage {
    ctx: PageCtx,
    name: String,
    email: String,
    sessions: Vec<SessionRow>,
    /// Messages for the password form's fields; the passwords themselves are never shown again.
    errors: FieldErrors,
}

pub async fn account(ctx: Ctx) -> Result<HttpResponse, AppError> {
    render(&ctx, StatusCode::OK, FieldErrors::default()).await
}

/// The page, with the password form's messages when a change was refused.
pub async fn render(
    ctx: &Ctx,
    status: StatusCode,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let user = ctx.require_user()?.clone();
    let user_id = user.id;
    let sessions = ctx
        .read(move |c| Ok(db::sessions::for_user(c, user_id)?))
        .await?;
    let now = ctx.now();
    let sessions = sessions
        .into_iter()
        .filter(|s| s.is_live(now, ctx.rules.idle_limit(user.role)))
        .map(|s| SessionRow {
            id: s.id,
            started: ctx.rules.show_time(s.created_at),
            last_seen: ctx.rules.show_time(s.last_seen_at),
            client: s.client,
            browser: describe_browser(&s.user_agent, ctx.lang),
            user_agent: s.user_agent,
            current: s.id == user.session_id,
        })
        .collect();
    views::html_status(
        status,
        &AccountPage {
            ctx: ctx.page(),
            name: user.name,
            email: user.email,
            sessions,
            errors,
        },
    )
}

/// A user agent as a person would name it: "Chrome on Android", "Safari on iPhone". Good enough to
/// tell one's own sessions apart; the whole string is kept in the page's tooltip.
fn describe_browser(user_agent: &str, lang: Lang) -> String {
    let has = |word: &str| user_agent.contains(word);
    let browser = if has("Firefox/") {
        "Firefox"
    } else if has("Edg/") {
        "Edge"
    } else if has("OPR/") {
        "Opera"
    } else if has("Chrome/") || has("CriOS/") {
        "Chrome"
    } else if has("Safari/") {
        "Safari"
    } else {
        ""
    };
    let system = if has("iPhone") {
        "iPhone"
    } else if has("iPad") {
        "iPad"
    } else if has("Android") {
        "Android"
    } else if has("Windows") {
        "Windows"
    } else if has("Mac OS X") {
        "macOS"
    } else if has("Linux") {
        "Linux"
    } else {
        return match (user_agent.is_empty(), browser) {
            (true, _) => lang.t("browser-unknown"),
            (false, "") => lang.t("browser-some"),
            (false, browser) => browser.into(),
        };
    };
    match browser {
        "" => lang.t1("browser-some-on", "system", system),
        browser => lang.t2("browser-on", "browser", browser, "system", system),
    }
}

#[cfg(test)]
mod tests {
    use super::{Lang, describe_browser};

    #[test]
    fn browsers_are_named_as_people_know_them() {
        let firefox =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
        assert_eq!(describe_browser(firefox, Lang::En), "Firefox on Windows");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
        assert_eq!(describe_browser(iphone, Lang::En), "Safari on iPhone");
        let android = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";
        assert_eq!(describe_browser(android, Lang::En), "Chrome on Android");
        assert_eq!(describe_browser(android, Lang::Pl), "Chrome na Android");
        assert_eq!(describe_browser("", Lang::En), "An unknown browser");
        assert_eq!(describe_browser("curl/8.5.0", Lang::En), "A browser");
    }
}
