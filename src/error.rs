//! The one error type handlers return, and the one place that turns it into a page or an HTMX fragment.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};

use crate::db::StoreError;
use crate::i18n::{Lang, Msg, Text};

/// How long a client should wait before it asks again when the database is too busy.
const BUSY_RETRY_SECONDS: u64 = 2;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    BadRequest(Text),
    /// Sends the visitor to log in, then back to `next`.
    #[error("please log in")]
    LoginRequired { next: String },
    #[error("{0}")]
    Forbidden(Text),
    #[error("{0}")]
    NotFound(Text),
    #[error("{0}")]
    Conflict(Text),
    #[error("{0}")]
    PayloadTooLarge(Text),
    /// The request's body arrived too slowly and was cut off.
    #[error("What you sent arrived too slowly, so we stopped waiting for it. Please try again.")]
    RequestTimeout,
    /// The address exists but does not answer this method; `allow` lists the ones it does.
    #[error("This address does not accept that kind of request.")]
    MethodNotAllowed { allow: String },
    #[error("{0}")]
    Validation(Text),
    /// Asked too often; `retry_after` says in how many seconds asking again will work.
    #[error("{message}")]
    TooManyRequests { message: Text, retry_after: u64 },
    /// Too much is waiting for the database; nothing was done, and trying again soon will work.
    #[error(
        "We are very busy right now and could not do that. Nothing was changed; please try again in a few seconds."
    )]
    Busy,
    /// A write waited too long for the database; it may still happen.
    #[error(
        "We are very busy right now and could not confirm that in time. Please look again in a few seconds (for a booking, on My bookings) before you try again."
    )]
    Unconfirmed,
    /// A service the request needs (the card payment provider) did not answer; nothing was done.
    #[error("{0}")]
    Unavailable(Text),
    #[error("something went wrong on our side")]
    Unexpected(#[source] anyhow::Error),
}

impl AppError {
    /// "We could not find that showing": `what` is one of the things `error-not-found` names.
    pub fn not_found(what: &'static str) -> AppError {
        AppError::NotFound(Msg::new("error-not-found").arg("what", what).into())
    }

    pub fn unexpected(error: impl Into<anyhow::Error>) -> AppError {
        AppError::Unexpected(error.into())
    }

    /// In how many seconds asking again may work, for the `Retry-After` header.
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            AppError::TooManyRequests { retry_after, .. } => Some((*retry_after).max(1)),
            AppError::Busy | AppError::Unconfirmed => Some(BUSY_RETRY_SECONDS),
            _ => None,
        }
    }

    /// What the visitor reads, in their language; never the internal cause.
    pub fn user_message(&self, lang: Lang) -> String {
        match self {
            AppError::BadRequest(text)
            | AppError::Forbidden(text)
            | AppError::NotFound(text)
            | AppError::Conflict(text)
            | AppError::PayloadTooLarge(text)
            | AppError::Validation(text)
            | AppError::Unavailable(text)
            | AppError::TooManyRequests { message: text, .. } => lang.say(text),
            AppError::LoginRequired { .. } => lang.t("error-login-required"),
            AppError::RequestTimeout => lang.t("error-too-slow"),
            AppError::MethodNotAllowed { .. } => lang.t("error-method"),
            AppError::Busy => lang.t("error-busy"),
            AppError::Unconfirmed => lang.t("error-unconfirmed"),
            AppError::Unexpected(_) => lang.t("error-unexpected"),
        }
    }
}

/// The one place where the store's answers become the web's: a refusal keeps its reason.
impl From<StoreError> for AppError {
    fn from(error: StoreError) -> AppError {
        match error {
            StoreError::Conflict(message) => AppError::Conflict(message),
            StoreError::Invalid(message) => AppError::Validation(message),
            StoreError::NotFound(message) => AppError::NotFound(message),
            StoreError::Busy => AppError::Busy,
            StoreError::Unconfirmed => AppError::Unconfirmed,
            StoreError::Failed(cause) => AppError::Unexpected(cause),
        }
    }
}

/// A query run by a handler's own closure fails as the store's queries do.
impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> AppError {
        StoreError::from(error).into()
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(error: actix_web::error::BlockingError) -> AppError {
        AppError::Unexpected(anyhow::anyhow!("blocking task failed: {error}"))
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> AppError {
        AppError::Unexpected(anyhow::anyhow!("rendering a template failed: {error}"))
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::LoginRequired { .. } => StatusCode::SEE_OTHER,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            AppError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy | AppError::Unconfirmed | AppError::Unavailable(_) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A bare answer; `middleware::error_pages` replaces it with a page or fragment that knows the request.
    fn error_response(&self) -> HttpResponse {
        if let AppError::LoginRequired { next } = self {
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, login_url(next)))
                .finish();
        }
        let mut response = HttpResponse::build(self.status_code());
        if let Some(seconds) = self.retry_after() {
            response.insert_header((header::RETRY_AFTER, seconds.to_string()));
        }
        if let AppError::MethodNotAllowed { allow } = self {
            response.insert_header((header::ALLOW, allow.as_str()));
        }
        if matches!(self, AppError::RequestTimeout) {
            // The rest of the body may still come, or never: this connection is done.
            response.force_close();
        }
        response
            .content_type("text/plain; charset=utf-8")
            .body(self.user_message(Lang::default()))
    }
}

pub fn login_url(next: &str) -> String {
    let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
    format!("/login?{query}")
}
