//! What the session cookie carries, by name: the identity (checked against the live sessions by
//! `session`), the CSRF token and a message waiting for the next page. Below both `session` and
//! `views`, which read it.

use actix_session::Session;

pub const USER_ID: &str = "uid";
pub const USER_NAME: &str = "name";
pub const USER_ROLE: &str = "role";
/// The live session's token (see [`crate::db::sessions`]).
pub const SESSION_TOKEN: &str = "sid";
pub const CSRF: &str = "csrf";
pub const FLASH: &str = "flash";

/// The session's CSRF token, created on first use.
pub fn csrf_token(session: &Session) -> String {
    if let Ok(Some(token)) = session.get::<String>(CSRF) {
        return token;
    }
    let token = crate::random::token();
    if let Err(e) = session.insert(CSRF, &token) {
        log::error!("storing the CSRF token failed: {e}");
    }
    token
}

pub fn set_flash(session: &Session, message: impl Into<String>) {
    if let Err(e) = session.insert(FLASH, message.into()) {
        log::error!("storing a flash message failed: {e}");
    }
}
