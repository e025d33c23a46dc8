//! Recognising HTMX requests, which get fragments instead of whole pages.

use actix_web::HttpRequest;

/// True for an HTMX request that wants a fragment. A history restore wants the whole page.
pub fn is_htmx(req: &HttpRequest) -> bool {
    let header = |name| {
        req.headers()
            .get(name)
            .is_some_and(|v| v.as_bytes() == b"true")
    };
    header("HX-Request") && !header("HX-History-Restore-Request")
}
