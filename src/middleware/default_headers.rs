//! Headers every answer carries unless it sets them itself: no sniffing, no framing, no referrer to
//! other sites, a content security policy that allows only this site's scripts, HSTS when the site
//! is served over HTTPS, and `Cache-Control: no-store`.
//!
//! Nothing personal is kept by a browser or a shared cache: every page carries the session's CSRF
//! token, and most show who is logged in, their bookings or a seat map with their seats, so
//! `no-store` is the safe default; answers that may be kept (assets) or must be revalidated (the
//! polled seat grid) say so themselves. One `DefaultHeaders` layer does all of this: a middleware
//! of its own per header cost the 304 poll a sixth of its time.

use actix_web::middleware::DefaultHeaders;

/// `secure`: the site is behind HTTPS (`CINEMA_SECURE_COOKIE=1`), so browsers are told to keep to it.
pub fn default_headers(secure: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("Cache-Control", "no-store"))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "same-origin"))
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; \
             frame-ancestors 'none'; form-action 'self'; base-uri 'self'",
        ));
    if secure {
        // A year, the least that browsers' preload lists accept; subdomains are the operator's call.
        headers.add(("Strict-Transport-Security", "max-age=31536000"))
    } else {
        headers
    }
}
