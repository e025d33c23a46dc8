//! Polish and English: the first visit follows `Accept-Language`, the switcher's choice is kept,
//! and prices, days and error pages follow the language (plurals: the unit tests of `i18n`).

use crate::helpers::*;
use reqwest::StatusCode;
use scraper::Html;

async fn get_with_language(client: &TestClient, path: &str, accept: &str) -> (StatusCode, Html) {
    let response = client
        .http
        .get(client.url(path))
        .header("Accept-Language", accept)
        .send()
        .await
        .expect("GET failed");
    let status = response.status();
    (
        status,
        Html::parse_document(&response.text().await.unwrap()),
    )
}

fn lang_of(html: &Html) -> String {
    attr_at(html, "html", "lang").expect("<html lang>")
}

#[tokio::test]
async fn a_first_visit_follows_accept_language_and_english_is_the_default() {
    let app = spawn_app().await;
    let visitor = app.client();
    let (_, polish) = get_with_language(&visitor, "/", "pl-PL,pl;q=0.9,en;q=0.8").await;
    assert_eq!(lang_of(&polish), "pl");
    assert_eq!(
        text_at(&polish, "nav a[href='/']").as_deref(),
        Some("Repertuar")
    );
    assert_eq!(
        text_at(&polish, "h1")
            .unwrap()
            .split('·')
            .next()
            .unwrap()
            .trim(),
        "Repertuar"
    );
    let price = text_at(&polish, ".showtime .from").expect("a showtime with a price");
    assert!(price.starts_with("od ") && price.ends_with("zł"), "{price}");
    assert!(price.contains(','), "a decimal comma: {price}");

    for accept in ["de-DE,fr;q=0.8", "", "en-US"] {
        let (_, page) = get_with_language(&visitor, "/", accept).await;
        assert_eq!(lang_of(&page), "en", "for {accept:?}");
        assert_eq!(
            text_at(&page, "nav a[href='/']").as_deref(),
            Some("Repertoire")
        );
        let price = text_at(&page, ".showtime .from").unwrap();
        assert!(
            price.starts_with("from ") && price.ends_with("PLN"),
            "{price}"
        );
    }
}

#[tokio::test]
async fn the_switcher_remembers_the_choice_over_the_browsers_language_and_after_logging_out() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let (_, page) = customer.get_html("/bookings").await;
    assert_eq!(lang_of(&page), "en");
    assert_eq!(
        attr_at(&page, "#language-switch input[name=next]", "value").as_deref(),
        Some("/bookings")
    );
    assert_eq!(
        attr_at(&page, "#language-switch button[name=lang]", "value").as_deref(),
        Some("pl")
    );

    let response = customer
        .post_form("/language", &[("lang", "pl"), ("next", "/bookings")])
        .await;
    assert_redirects_to(&response, "/bookings");
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("lang="))
        .expect("the choice is kept in a cookie")
        .to_owned();
    assert!(
        cookie.contains("Max-Age=31536000") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    // The choice wins over the browser's language.
    let (_, page) = get_with_language(&customer, "/bookings", "en-US,en").await;
    assert_eq!(lang_of(&page), "pl");
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Moje rezerwacje"));
    assert_eq!(
        attr_at(&page, "#language-switch button[name=lang]", "value").as_deref(),
        Some("en")
    );

    // Logging out empties the session, not the choice.
    customer.post_form("/logout", &[]).await;
    let (_, page) = customer.get_html("/login").await;
    assert_eq!(lang_of(&page), "pl");
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Zaloguj się"));

    let back = customer
        .post_form("/language", &[("lang", "en"), ("next", "/login")])
        .await;
    assert_redirects_to(&back, "/login");
    let (_, page) = customer.get_html("/login").await;
    assert_eq!(lang_of(&page), "en");
}

#[tokio::test]
async fn the_switcher_refuses_unknown_languages_and_stays_on_this_site() {
    let app = spawn_app().await;
    let visitor = app.client();
    let response = visitor
        .post_form("/language", &[("lang", "de"), ("next", "/")])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body = response.text().await.unwrap();
    assert!(body.contains("choose en or pl"), "{body}");

    for next in ["https://evil.example/", "//evil.example/x", "/\\evil"] {
        let response = visitor
            .post_form("/language", &[("lang", "pl"), ("next", next)])
            .await;
        assert_redirects_to(&response, "/");
    }
    // Without the CSRF token nothing is changed.
    let forged = visitor
        .http
        .post(visitor.url("/language"))
        .form(&[("lang", "pl"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_seat_map_says_its_seats_and_prices_in_polish() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    customer
        .post_form("/language", &[("lang", "pl"), ("next", "/")])
        .await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    let (_, page) = customer.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(lang_of(&page), "pl");
    let label = attr_at(&page, &format!("#seat-{seat}"), "aria-label").unwrap();
    assert!(
        label.starts_with("Rząd ") && label.ends_with(", wolne"),
        "{label}"
    );
    let grid = attr_at(&page, ".seat-grid", "aria-label").unwrap();
    assert!(
        grid.starts_with("Plan sali, ") && grid.contains("wolnych miejsc"),
        "{grid}"
    );
    assert_eq!(
        text_at(&page, "#prices caption").as_deref(),
        Some("Ceny biletów")
    );
    assert!(text_at(&page, "#prices td").unwrap().ends_with("zł"));

    // An English viewer of the same showing gets English words, not the Polish drawing.
    let english = app.client();
    let (_, page) = english.get_html(&format!("/showings/{showing}")).await;
    let label = attr_at(&page, &format!("#seat-{seat}"), "aria-label").unwrap();
    assert!(
        label.starts_with("Row ") && label.ends_with(", free"),
        "{label}"
    );

    // A refused hold says why in Polish.
    customer.hold(showing, seat).await;
    let other = app.customer().await;
    other
        .post_form("/language", &[("lang", "pl"), ("next", "/")])
        .await;
    let refused = other
        .htmx_post(&format!("/showings/{showing}/seats/{seat}/hold"), &[])
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let body = refused.text().await.unwrap();
    assert!(body.contains("zostało właśnie zajęte"), "{body}");
}

#[tokio::test]
async fn error_pages_follow_the_language() {
    let app = spawn_app().await;
    let visitor = app.client();
    let (status, page) = get_with_language(&visitor, "/no/such/page", "pl").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(lang_of(&page), "pl");
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Nie znaleziono"));
    assert_eq!(
        text_at(&page, ".error-page p:not(.status-code)").as_deref(),
        Some("Pod tym adresem nie ma strony.")
    );
    let (status, page) = get_with_language(&visitor, "/?date=tomorrow", "pl").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        text_at(&page, ".error-page")
            .unwrap()
            .contains("nie jest datą")
    );
}

#[tokio::test]
async fn mail_is_written_in_the_language_of_the_page_that_sent_it() {
    let app = spawn_app().await;
    let (customer, email) = app.customer_with_email().await;
    customer
        .post_form("/language", &[("lang", "pl"), ("next", "/")])
        .await;
    let showing = app.showing_in(4);
    customer
        .hold(showing, app.seats_of_kind(showing, "standard")[3])
        .await;
    let code = customer.basket_code(showing).await.expect("a basket");
    let paid = customer.pay(&code, Card::ACCEPTED).await;
    assert_redirects_to(&paid, &format!("/bookings/{code}"));
    let mail = app.outbox_of(1).await;
    assert!(
        mail[0].contains(&format!("dziękujemy za rezerwację {code}")),
        "{}",
        mail[0]
    );
    assert!(
        mail[0].contains("Zapłacono: ") && mail[0].contains("zł"),
        "{}",
        mail[0]
    );
    assert!(mail[0].contains("miejsce standardowe"), "{}", mail[0]);

    let visitor = app.client();
    visitor
        .post_form("/language", &[("lang", "pl"), ("next", "/")])
        .await;
    visitor
        .post_form("/password/forgot", &[("email", &email)])
        .await;
    let mail = app.outbox_of(2).await;
    let reset = mail
        .iter()
        .find(|m| m.contains("/password/reset/"))
        .expect("the reset mail");
    assert!(
        reset.contains("Dzień dobry") && reset.contains("działa jeden raz"),
        "{reset}"
    );
}

#[tokio::test]
async fn a_form_shown_again_after_its_post_switches_back_to_the_form() {
    let app = spawn_app().await;
    let visitor = app.client();
    let token = visitor.csrf().await;
    let response = visitor
        .http
        .post(visitor.url("/register"))
        .header("Referer", visitor.url("/register?next=/bookings"))
        .form(&[("csrf_token", token.as_str()), ("name", ""), ("email", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        attr_at(&page, "#language-switch input[name=next]", "value").as_deref(),
        Some("/register?next=/bookings")
    );
}
