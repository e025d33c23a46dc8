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

use crate::body_deadline::{BodyDeadline, Deadline};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::CSRF;

/// The largest request body the application accepts.
pub const BODY_LIMIT: usize = 64 * 1024;

/// The largest upload (a poster and the form around it), accepted only where a page uploads.
pub const UPLOAD_LIMIT: usize = crate::domain::poster::MOST_BYTES + 64 * 1024;

pub const HEADER: &str = "X-CSRF-Token";
pub const FIELD: &str = "csrf_token";

/// `deadline`: how slowly a form may arrive (see [`crate::body_deadline`]).
pub async fn verify_csrf(
    deadline: BodyDeadline,
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
    let mut readable = true;
    let from_form = if is_upload(&req) {
        // Megabytes are read only for a session that has a token to check them against.
        if expected.is_none() {
            return Ok(req.error_response(AppError::Forbidden(Msg::new("error-csrf").into())));
        }
        let body = match read_body(&mut req, deadline, UPLOAD_LIMIT).await {
            Ok(body) => body,
            Err(error) => return Ok(req.error_response(error)),
        };
        let token = multipart_token(req.headers(), body.clone()).await;
        req.set_payload(actix_web::dev::Payload::from(body));
        token
    } else if is_form(&req) {
        let body = match read_body(&mut req, deadline, BODY_LIMIT).await {
            Ok(body) => body,
            // Answered here, as a response that still knows its request, so `error_pages` can render it.
            Err(error) => return Ok(req.error_response(error)),
        };
        readable = decodes_as_utf8(&body);
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
        (Some(expected), Some(provided)) if matches(&expected, &provided) => {
            if !readable {
                return Ok(
                    req.error_response(AppError::BadRequest(Msg::new("error-not-utf8").into()))
                );
            }
            next.call(req)
                .await
                .map(ServiceResponse::map_into_boxed_body)
        }
        _ => Ok(req.error_response(AppError::Forbidden(Msg::new("error-csrf").into()))),
    }
}

/// The form parser replaces bytes that are not UTF-8 without saying so; such a form is refused
/// instead, so that nothing garbled is ever stored.
fn decodes_as_utf8(body: &[u8]) -> bool {
    body.split(|&b| b == b'&').all(|pair| {
        pair.split(|&b| b == b'=')
            .all(|part| std::str::from_utf8(&percent_decode(part)).is_ok())
    })
}

fn percent_decode(part: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(part.len());
    let mut i = 0;
    while i < part.len() {
        match part[i] {
            b'%' if i + 2 < part.len() => match (hex(part[i + 1]), hex(part[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    out
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

/// A multipart form posted where a page uploads a file (a movie's poster).
fn is_upload(req: &ServiceRequest) -> bool {
    let path = req.path();
    let uploads_here = path.starts_with("/admin/movies/") && path.ends_with("/poster");
    uploads_here
        && req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.trim_start()
                    .to_ascii_lowercase()
                    .starts_with("multipart/form-data")
            })
}

/// The `csrf_token` field of a multipart body read whole, if it has one.
async fn multipart_token(headers: &header::HeaderMap, body: Bytes) -> Option<String> {
    let stream =
        futures_util::stream::once(async move { Ok::<_, actix_web::error::PayloadError>(body) });
    let mut form = actix_multipart::Multipart::new(headers, stream);
    while let Some(Ok(mut field)) = form.next().await {
        if field.name() != Some(FIELD) {
            continue;
        }
        let mut value = Vec::new();
        while let Some(Ok(chunk)) = field.next().await {
            value.extend_from_slice(&chunk);
            if value.len() > 256 {
                return None;
            }
        }
        return String::from_utf8(value).ok();
    }
    None
}

async fn read_body(
    req: &mut ServiceRequest,
    deadline: BodyDeadline,
    limit: usize,
) -> Result<Bytes, AppError> {
    let too_large = || {
        if limit > BODY_LIMIT {
            AppError::PayloadTooLarge(
                format!(
                    "A poster may be at most {} MB.",
                    crate::domain::poster::MOST_BYTES / (1024 * 1024)
                )
                .into(),
            )
        } else {
            AppError::PayloadTooLarge(
                Msg::new("error-form-too-large")
                    .arg("kib", limit / 1024)
                    .into(),
            )
        }
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    let mut payload = Deadline::new(req.take_payload(), deadline);
    let mut body = Vec::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| {
            if crate::body_deadline::is_cut_off(&e) {
                AppError::RequestTimeout
            } else {
                AppError::BadRequest(
                    Msg::new("error-body-unreadable")
                        .arg("detail", e.to_string())
                        .into(),
                )
            }
        })?;
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(body))
}

/// The token as an answer carries it: its bytes XORed with a fresh random pad, pad and result in
/// hex (twice the token's length). The session's token then never appears as the same bytes in
/// two answers, so compressing a page that also echoes a visitor's input cannot be used to guess it
/// byte by byte (BREACH). Any masking of the session's token is accepted, as is the token itself.
pub fn masked(token: &str) -> String {
    let pad = crate::random::bytes::<32>();
    match crate::random::from_hex(token) {
        Some(raw) if raw.len() == pad.len() => {
            let mixed: Vec<u8> = raw.iter().zip(pad).map(|(t, p)| t ^ p).collect();
            format!("{}{}", crate::random::hex(&pad), crate::random::hex(&mixed))
        }
        _ => token.to_owned(),
    }
}

/// Whether `provided` is the session's token `expected`, as itself or masked.
fn matches(expected: &str, provided: &str) -> bool {
    if same(expected.as_bytes(), provided.as_bytes()) {
        return true;
    }
    let half = provided.len() / 2;
    if provided.len() != 2 * expected.len() || !provided.is_char_boundary(half) {
        return false;
    }
    match (
        crate::random::from_hex(expected),
        crate::random::from_hex(&provided[..half]),
        crate::random::from_hex(&provided[half..]),
    ) {
        (Some(raw), Some(pad), Some(mixed)) if pad.len() == mixed.len() => {
            let token: Vec<u8> = pad.iter().zip(&mixed).map(|(p, m)| p ^ m).collect();
            same(&raw, &token)
        }
        _ => false,
    }
}

/// Compares without stopping at the first difference, so timing does not reveal the token.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_with_bytes_that_are_not_utf8_are_recognised() {
        assert!(decodes_as_utf8(b"name=Zo%C3%AB+Smith&email=a%40b.c"));
        assert!(decodes_as_utf8("name=Zoë".as_bytes()));
        assert!(decodes_as_utf8(b"a=100%&b=%"));
        assert!(!decodes_as_utf8(b"name=%FF%FE"));
        assert!(!decodes_as_utf8(b"name=\xff"));
        assert!(!decodes_as_utf8(b"%C3=x"));
    }

    #[test]
    fn a_masked_token_differs_every_time_and_still_matches() {
        let token = crate::random::token();
        let (one, two) = (masked(&token), masked(&token));
        assert_ne!(one, two);
        assert!(!one.contains(&token));
        assert!(matches(&token, &one) && matches(&token, &two) && matches(&token, &token));
        let other = crate::random::token();
        assert!(!matches(&other, &one));
        assert!(!matches(&token, &one[..one.len() - 2]));
        assert_eq!(one.len(), 2 * token.len());
        assert!(!matches(&token, &"zz".repeat(64)));
        assert!(!matches(&token, ""));
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"ab"));
    }
}
