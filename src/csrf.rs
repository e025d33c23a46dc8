//! CSRF protection for every state-changing request, in one middleware so no handler can forget it.
//! The token lives in the session; forms send it as `csrf_token`, HTMX as the `X-CSRF-Token` header.

use actix_session::SessionExt;
use actix_web::HttpMessage;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use futures_util::StreamExt;

use crate::error::AppError;
use crate::session::CSRF;

/// The largest request body the application accepts.
pub const BODY_LIMIT: usize = 64 * 1024;

pub const HEADER: &str = "X-CSRF-Token";
pub const FIELD: &str = "csrf_token";

pub async fn verify_csrf(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    }
    let expected = req.get_session().get::<String>(CSRF).ok().flatten();
    let from_header = req
        .headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    // A form is read here even when the token came in the header, so its size limit is answered
    // with 413 in one place, whichever way the token came.
    let from_form = if is_form(&req) {
        let body = match read_body(&mut req).await {
            Ok(body) => body,
            // Answered here, as a response that still knows its request, so `error_pages` can render it.
            Err(error) => return Ok(req.error_response(error)),
        };
        let token = form_urlencoded::parse(&body)
            .find(|(k, _)| k == FIELD)
            .map(|(_, v)| v.into_owned());
        req.set_payload(actix_web::dev::Payload::from(body));
        token
    } else {
        None
    };
    let provided = from_header.or(from_form);
    match (expected, provided) {
        (Some(expected), Some(provided)) if same(expected.as_bytes(), provided.as_bytes()) => {
            next.call(req).await.map(ServiceResponse::map_into_boxed_body)
        }
        _ => Ok(req.error_response(AppError::Forbidden(
            "This form has expired or did not come from this site. Go back, reload the page and try again.".into(),
        ))),
    }
}

fn is_form(req: &ServiceRequest) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        })
}

async fn read_body(req: &mut ServiceRequest) -> Result<Bytes, AppError> {
    let too_large = || {
        AppError::PayloadTooLarge(format!(
            "A form may hold at most {} KiB.",
            BODY_LIMIT / 1024
        ))
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > BODY_LIMIT) {
        return Err(too_large());
    }
    let mut payload = req.take_payload();
    let mut body = Vec::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| {
            AppError::BadRequest(format!("The request body could not be read: {e}"))
        })?;
        if body.len() + chunk.len() > BODY_LIMIT {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(body))
}

/// Compares without stopping at the first difference, so timing does not reveal the token.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
