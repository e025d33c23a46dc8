//! Reading answers: parsing HTML, finding elements and attributes, and asserting redirects.

use reqwest::StatusCode;
use scraper::{Html, Selector};

/// The status and parsed body of a response.
pub async fn html_of(response: reqwest::Response) -> (StatusCode, Html) {
    let status = response.status();
    let body = response.text().await.expect("a body");
    (status, Html::parse_document(&body))
}

/// The text of the first element matching `selector`, trimmed; `None` when nothing matches.
pub fn text_at(html: &Html, selector: &str) -> Option<String> {
    let selector = Selector::parse(selector).expect("a valid selector");
    html.select(&selector)
        .next()
        .map(|e| e.text().collect::<String>().trim().to_owned())
}

/// The value of `attr` on the first element matching `selector`.
pub fn attr_at(html: &Html, selector: &str, attr: &str) -> Option<String> {
    let selector = Selector::parse(selector).expect("a valid selector");
    html.select(&selector)
        .next()
        .and_then(|e| e.value().attr(attr))
        .map(str::to_owned)
}

/// How many elements match `selector`.
pub fn count_of(html: &Html, selector: &str) -> usize {
    let selector = Selector::parse(selector).expect("a valid selector");
    html.select(&selector).count()
}

pub fn meta_csrf(html: &Html) -> String {
    let meta = Selector::parse(r#"meta[name="csrf-token"]"#).unwrap();
    html.select(&meta)
        .next()
        .and_then(|m| m.value().attr("content"))
        .expect("a csrf meta tag")
        .to_owned()
}

/// (data-seat-id, data-seat, data-state) of every seat button in a page or fragment.
pub fn seats_in(html: &Html) -> Vec<(i32, String, String)> {
    let button = Selector::parse("button.seat").unwrap();
    html.select(&button)
        .map(|b| {
            let v = b.value();
            (
                v.attr("data-seat-id").unwrap().parse().unwrap(),
                v.attr("data-seat").unwrap().to_owned(),
                v.attr("data-state").unwrap().to_owned(),
            )
        })
        .collect()
}

pub fn state_of(html: &Html, seat_id: i32) -> String {
    seats_in(html)
        .into_iter()
        .find(|(id, _, _)| *id == seat_id)
        .map(|(_, _, s)| s)
        .expect("the seat is on the map")
}

/// A response header as text, if present.
pub fn header<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

pub fn assert_redirects_to(response: &reqwest::Response, path: &str) {
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "expected a redirect to {path}"
    );
    assert_eq!(location(response), path);
}
