//! Every error answer becomes a page (plain requests) or a message fragment (HTMX requests). It
//! lives above both `error` and `views`, so that the error type knows nothing of how pages look.

use actix_web::HttpResponse;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use askama::Template;

use crate::error::{AppError, login_url};
use crate::i18n::Lang;
use crate::{htmx, views};

/// Headers of an error's bare answer that its page or fragment keeps.
const KEPT_HEADERS: [header::HeaderName; 2] = [header::RETRY_AFTER, header::ALLOW];

/// Middleware: every error answer becomes a page (plain requests) or a message fragment (HTMX requests),
/// whether it came from a handler, an extractor, another middleware or the router.
pub async fn error_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    // Inner layers answer errors as responses; an `Err` here has lost its request and passes through.
    let res = next.call(req).await?.map_into_boxed_body();
    let status = res.status();
    // "Log in first" is a 303, not a 4xx, but an HTMX request must get it as `HX-Redirect` below.
    let login_required = res
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
        .is_some_and(|e| matches!(e, AppError::LoginRequired { .. }));
    if !(status.is_client_error() || status.is_server_error() || login_required) {
        return Ok(res);
    }
    let lang = crate::i18n::from_request(res.request());
    // Answers a handler rendered on purpose (a form shown again with its messages) pass through.
    let (message, login_next) = match res.response().error() {
        Some(error) => match error.as_error::<AppError>() {
            Some(AppError::LoginRequired { next }) => (String::new(), Some(next.clone())),
            Some(app_error) => {
                if let AppError::Unexpected(cause) = app_error {
                    log::error!(
                        "{} {}: {cause:?}",
                        res.request().method(),
                        res.request().path()
                    );
                }
                (app_error.user_message(lang), None)
            }
            None => (framework_message(status, &error.to_string(), lang), None),
        },
        None if res.response().body().size().is_eof() => {
            (framework_message(status, "", lang), None)
        }
        None => return Ok(res),
    };
    let request = res.request().clone();
    let is_htmx = htmx::is_htmx(&request);
    let mut response = match login_next {
        Some(next) if is_htmx => HttpResponse::Unauthorized()
            .insert_header(("HX-Redirect", login_url(&next)))
            .finish(),
        Some(next) => HttpResponse::SeeOther()
            .insert_header((header::LOCATION, login_url(&next)))
            .finish(),
        None if is_htmx => HttpResponse::build(status)
            .insert_header(("HX-Retarget", "#flash"))
            .insert_header(("HX-Reswap", "innerHTML"))
            .content_type("text/html; charset=utf-8")
            .body(views::alert_fragment(&message)),
        None => {
            let page = views::ErrorPage {
                ctx: views::PageCtx::from_session(&request),
                status: status.as_u16(),
                title: title(status, lang),
                message,
            };
            match page.render() {
                Ok(body) => HttpResponse::build(status)
                    .content_type("text/html; charset=utf-8")
                    .body(body),
                Err(e) => {
                    log::error!("rendering the error page failed: {e}");
                    HttpResponse::build(status)
                        .content_type("text/plain; charset=utf-8")
                        .body(page.message)
                }
            }
        }
    };
    for name in KEPT_HEADERS {
        if let Some(value) = res.headers().get(&name) {
            response.headers_mut().insert(name, value.clone());
        }
    }
    if status == StatusCode::REQUEST_TIMEOUT {
        response
            .head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
    }
    Ok(ServiceResponse::new(request, response))
}

/// Messages for errors raised by actix itself (routing, extractors).
fn framework_message(status: StatusCode, detail: &str, lang: Lang) -> String {
    match status {
        StatusCode::NOT_FOUND => lang.t("error-no-page"),
        StatusCode::METHOD_NOT_ALLOWED => lang.t("error-method"),
        StatusCode::PAYLOAD_TOO_LARGE => lang.t("error-too-large"),
        s if s.is_server_error() => lang.t("error-unexpected"),
        _ if !detail.is_empty() => lang.t1("error-not-understood-because", "detail", detail),
        _ => lang.t("error-not-understood"),
    }
}

/// The error page's heading, by status ("error-title" says each).
fn title(status: StatusCode, lang: Lang) -> String {
    lang.t1("error-title", "status", u32::from(status.as_u16()))
}
