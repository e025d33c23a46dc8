//! `TestClient`: a cookie-keeping HTTP client that does not follow redirects, with one method per
//! user action.

use reqwest::StatusCode;
use scraper::{Html, Selector};

use crate::pages::meta_csrf;

pub struct TestClient {
    pub http: reqwest::Client,
    pub base: String,
}

impl TestClient {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(self.url(path))
            .send()
            .await
            .expect("GET failed")
    }

    pub async fn get_html(&self, path: &str) -> (StatusCode, Html) {
        let response = self.get(path).await;
        let status = response.status();
        (
            status,
            Html::parse_document(&response.text().await.expect("a body")),
        )
    }

    /// The CSRF token of this client's session, read from a page's meta tag.
    pub async fn csrf(&self) -> String {
        let (_, html) = self.get_html("/login").await;
        meta_csrf(&html)
    }

    /// A plain form post with this session's CSRF token added.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf_token", &token));
        self.http
            .post(self.url(path))
            .form(&form)
            .send()
            .await
            .expect("POST failed")
    }

    /// A post as HTMX sends it: `HX-Request` and the token in `X-CSRF-Token`.
    pub async fn htmx_post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        self.http
            .post(self.url(path))
            .header("HX-Request", "true")
            .header("X-CSRF-Token", token)
            .form(fields)
            .send()
            .await
            .expect("POST failed")
    }

    pub async fn register(&self, name: &str, email: &str, password: &str) -> reqwest::Response {
        self.post_form(
            "/register",
            &[
                ("name", name),
                ("email", email),
                ("password", password),
                ("password_confirm", password),
            ],
        )
        .await
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_form("/login", &[("email", email), ("password", password)])
            .await
    }

    pub async fn hold(&self, showing_id: i32, seat_id: i32) -> reqwest::Response {
        self.post_form(&format!("/showings/{showing_id}/seats/{seat_id}/hold"), &[])
            .await
    }

    pub async fn release(&self, showing_id: i32, seat_id: i32) -> reqwest::Response {
        self.post_form(
            &format!("/showings/{showing_id}/seats/{seat_id}/release"),
            &[],
        )
        .await
    }

    /// The code of this user's open basket for a showing, read from the seat map page.
    pub async fn basket_code(&self, showing_id: i32) -> Option<String> {
        let (_, html) = self.get_html(&format!("/showings/{showing_id}")).await;
        basket_code_in(&html)
    }

    /// The `version` the checkout page's payment form would send.
    pub async fn checkout_version(&self, code: &str) -> String {
        let (_, html) = self.get_html(&format!("/bookings/{code}")).await;
        attr(&html, r#"input[name="version"]"#, "value").expect("a version field")
    }

    pub async fn pay(&self, code: &str, card_number: &str) -> reqwest::Response {
        let version = self.checkout_version(code).await;
        self.pay_with(code, &Card::new(card_number), &version).await
    }

    /// Submits the payment form as given, at the booking version `version`.
    pub async fn pay_with(&self, code: &str, card: &Card<'_>, version: &str) -> reqwest::Response {
        self.post_form(
            &format!("/bookings/{code}/pay"),
            &[
                ("card_name", card.name),
                ("card_number", card.number),
                ("card_expiry", card.expiry),
                ("card_cvc", card.cvc),
                ("version", version),
            ],
        )
        .await
    }

    /// Chooses ticket types: (seat id, ticket type id or code).
    pub async fn set_tickets(&self, code: &str, choices: &[(i32, &str)]) -> reqwest::Response {
        let fields: Vec<(String, &str)> = choices
            .iter()
            .map(|(seat, value)| (format!("type_{seat}"), *value))
            .collect();
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        self.post_form(&format!("/bookings/{code}/tickets"), &fields)
            .await
    }

    pub async fn cancel(&self, code: &str) -> reqwest::Response {
        self.post_form(&format!("/bookings/{code}/cancel"), &[])
            .await
    }

    /// A GET as HTMX sends it.
    pub async fn htmx_get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(self.url(path))
            .header("HX-Request", "true")
            .send()
            .await
            .expect("GET failed")
    }

    /// A form post carrying exactly the fields given: no CSRF token is added.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.http
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("POST failed")
    }
}

/// The payment form's card fields.
#[derive(Debug, Clone, Copy)]
pub struct Card<'a> {
    pub name: &'a str,
    pub number: &'a str,
    pub expiry: &'a str,
    pub cvc: &'a str,
}

impl<'a> Card<'a> {
    pub const ACCEPTED: &'static str = "4242 4242 4242 4242";
    pub const DECLINED: &'static str = "4000 0000 0000 0002";

    /// A card with this number and otherwise valid details.
    pub fn new(number: &'a str) -> Card<'a> {
        Card {
            name: "Test Person",
            number,
            expiry: "12/39",
            cvc: "123",
        }
    }
}

/// Variants that give up quietly when the server has gone away (the crash test kills it).
impl TestClient {
    async fn page_or_none(&self, path: &str) -> Option<Html> {
        let body = self
            .http
            .get(self.url(path))
            .send()
            .await
            .ok()?
            .text()
            .await
            .ok()?;
        Some(Html::parse_document(&body))
    }

    pub async fn csrf_or_empty(&self) -> String {
        let html = self.page_or_none("/login").await;
        html.and_then(|h| attr(&h, r#"meta[name="csrf-token"]"#, "content"))
            .unwrap_or_default()
    }

    pub async fn basket_code_or_none(&self, showing_id: i32) -> Option<String> {
        let html = self
            .page_or_none(&format!("/showings/{showing_id}"))
            .await?;
        basket_code_in(&html)
    }

    pub async fn checkout_version_or_none(&self, code: &str) -> Option<String> {
        let html = self.page_or_none(&format!("/bookings/{code}")).await?;
        attr(&html, r#"input[name="version"]"#, "value")
    }
}

fn attr(html: &Html, selector: &str, name: &str) -> Option<String> {
    let selector = Selector::parse(selector).unwrap();
    html.select(&selector)
        .next()
        .and_then(|e| e.value().attr(name))
        .map(str::to_owned)
}

fn basket_code_in(html: &Html) -> Option<String> {
    attr(html, "#basket-content a.button", "href")?
        .strip_prefix("/bookings/")
        .map(str::to_owned)
}
