//! Which language answers a request: the visitor's own choice (the `lang` cookie the switcher sets),
//! else the browser's `Accept-Language`, else English.

use actix_web::HttpRequest;
use actix_web::http::header::ACCEPT_LANGUAGE;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// The cookie that remembers the visitor's choice, signed in or not (the session's cookie is
/// emptied at logout; a language is no secret).
pub const LANG_COOKIE: &str = "lang";

/// Fewer languages than this are in any real header; more are not looked at.
const MOST_RANGES: usize = 16;

pub fn from_request(req: &HttpRequest) -> Lang {
    let chosen = req.cookie(LANG_COOKIE).and_then(|c| Lang::parse(c.value()));
    chosen.unwrap_or_else(|| {
        let header = req
            .headers()
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        negotiate(header)
    })
}

/// The best of our languages for an `Accept-Language` header: ranges by their weight, `pl-PL`
/// matching `pl`, `q=0` meaning "not this one".
pub fn negotiate(header: &str) -> Lang {
    let mut ranges: Vec<(u16, LanguageIdentifier)> = header
        .split(',')
        .take(MOST_RANGES)
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let weight = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), weight)?;
            let id = tag.parse().ok().filter(|_| tag != "*")?;
            (weight > 0).then_some((weight, id))
        })
        .collect();
    // Stable: equal weights keep the header's order.
    ranges.sort_by_key(|r| std::cmp::Reverse(r.0));
    let requested: Vec<LanguageIdentifier> = ranges.into_iter().map(|(_, id)| id).collect();
    let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.id()).collect();
    let default = Lang::default().id();
    negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    )
    .first()
    .and_then(|id| Lang::ALL.into_iter().find(|l| l.id() == **id))
    .unwrap_or_default()
}

/// A q-value in thousandths ("0.8" is 800); `None` for one that is not a number from 0 to 1.
fn weight(q: &str) -> Option<u16> {
    let q: f32 = q.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&q)
        .then(|| (q * 1000.0).round() as u16)
}
