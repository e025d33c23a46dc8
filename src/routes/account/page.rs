//! `GET /account`: who you are, where you are logged in, and the form to change your password.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

use crate::db;
use crate::error::AppError;
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

pub struct SessionRow {
    pub id: i32,
    pub started: String,
    pub last_seen: String,
    pub client: String,
    pub browser: String,
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
            browser: if s.user_agent.is_empty() {
                "unknown".into()
            } else {
                s.user_agent
            },
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
