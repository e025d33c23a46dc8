//! What every page shares: the layout's context, the error page and the helpers that send HTML.

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::cookie::{self, USER_NAME, USER_ROLE};
use crate::domain::kinds::Role;
use crate::error::AppError;
use crate::i18n::{Arg, Lang, Text};
use crate::state::AppState;

/// The signed-in person as the navigation shows them.
#[derive(Debug, Clone)]
pub struct NavUser {
    pub name: String,
    pub role: Role,
}

impl NavUser {
    pub fn is_staff(&self) -> bool {
        self.role.is_staff()
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
}

/// The layout's context: every page carries the CSRF token and knows who is signed in.
#[derive(Debug, Clone)]
pub struct PageCtx {
    pub csrf: String,
    pub cinema_name: String,
    pub user: Option<NavUser>,
    pub flash: Option<String>,
    pub lang: Lang,
    /// The page's own address with its query, where the language switcher comes back to.
    pub path: String,
}

impl PageCtx {
    /// The versioned address of one of the built-in files, e.g. `ctx.asset("style.css")`.
    pub fn asset(&self, name: &str) -> &'static str {
        crate::routes::assets::url(name)
    }

    /// A film's age rating as the page's language writes it ("All ages" is words).
    pub fn rating(&self, text: &str) -> String {
        crate::domain::age_rating::in_words(text, self.lang)
    }

    /// A film's genres in the page's language where they are known ones.
    pub fn genres(&self, text: &str) -> String {
        crate::domain::genres::in_words(text, self.lang)
    }

    /// The message `id` in the page's language.
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }

    /// The message `id` with one argument, e.g. `ctx.t1("almost-full", "count", n)`.
    pub fn t1(&self, id: &str, name: &str, value: impl Into<Arg>) -> String {
        self.lang.t1(id, name, value)
    }

    pub fn t2(&self, id: &str, a: &str, x: impl Into<Arg>, b: &str, y: impl Into<Arg>) -> String {
        self.lang.t2(id, a, x, b, y)
    }

    /// What `text` (a form's or an error's message) says in the page's language.
    pub fn say(&self, text: &Text) -> String {
        self.lang.say(text)
    }

    /// The other languages, for the switcher.
    pub fn other_langs(&self) -> Vec<Lang> {
        Lang::ALL.into_iter().filter(|l| *l != self.lang).collect()
    }

    /// For pages rendered without a database round trip (error pages): the session's hints only.
    pub fn from_session(req: &HttpRequest) -> PageCtx {
        let session = req.get_session();
        let name = session.get::<String>(USER_NAME).ok().flatten();
        let role = session
            .get::<String>(USER_ROLE)
            .ok()
            .flatten()
            .and_then(|r| r.parse().ok());
        let cinema_name = req
            .app_data::<web::Data<AppState>>()
            .map(|s| s.brand.read().map(|b| b.clone()).unwrap_or_default())
            .unwrap_or_default();
        PageCtx {
            csrf: crate::csrf::masked(&cookie::csrf_token(&session)),
            cinema_name,
            user: name.zip(role).map(|(name, role)| NavUser { name, role }),
            flash: None,
            lang: crate::i18n::from_request(req),
            // An error page's switcher goes to the repertoire: the page that failed has nothing
            // to show again, and its address is not repeated into the page.
            path: "/".to_owned(),
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub ctx: PageCtx,
    pub status: u16,
    pub title: String,
    pub message: String,
}

#[derive(Template)]
#[template(
    source = r#"<div class="alert error" role="alert">{{ message }}</div>"#,
    ext = "html"
)]
struct Alert<'a> {
    message: &'a str,
}

/// A message for the page's `#flash` area, escaped.
pub fn alert_fragment(message: &str) -> String {
    Alert { message }.render().unwrap_or_default()
}

pub fn html(template: &impl Template) -> Result<HttpResponse, AppError> {
    html_status(StatusCode::OK, template)
}

pub fn html_status(status: StatusCode, template: &impl Template) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(template.render()?))
}

/// Time left until `until` as "m:ss", what the countdown script shows once it runs.
pub fn countdown(until: chrono::NaiveDateTime, now: chrono::NaiveDateTime) -> String {
    let left = (until - now).num_seconds().max(0);
    format!("{}:{:02}", left / 60, left % 60)
}

/// `response` with `Retry-After`: in how many seconds asking again may work.
pub fn retry_after(mut response: HttpResponse, seconds: u64) -> HttpResponse {
    response.headers_mut().insert(
        actix_web::http::header::RETRY_AFTER,
        actix_web::http::header::HeaderValue::from(seconds.max(1)),
    );
    response
}

/// A wait as a person reads it: "1 minute", "15 minutes" (rounded up to whole minutes).
pub fn wait_in_words(seconds: u64) -> String {
    let minutes = seconds.max(1).div_ceil(60);
    format!("{minutes} minute{}", if minutes > 1 { "s" } else { "" })
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, location))
        .finish()
}

/// Messages for individual form fields, shown next to them.
#[derive(Debug, Default, Clone)]
/// Templates show them with `ctx.say(e)`, in the page's language.
pub struct FieldErrors(Vec<(&'static str, Text)>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<Text>) {
        self.0.push((field, message.into()));
    }

    pub fn get(&self, field: &str) -> Option<&Text> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
