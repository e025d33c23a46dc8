//! Headers every answer carries: no sniffing, no framing, no referrer to other sites, a content
//! security policy that allows only this site's scripts, and HSTS when the site is served over HTTPS.

use actix_web::middleware::DefaultHeaders;

/// `secure`: the site is behind HTTPS (`CINEMA_SECURE_COOKIE=1`), so browsers are told to keep to it.
pub fn security_headers(secure: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
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
