//! Malformed and unknown addresses, wrong methods and oversized bodies: a clear 4xx page, never a 5xx.

use crate::helpers::*;
use cinema::domain::kinds::SeatState;
use reqwest::StatusCode;

/// Asserts a whole error page with this status (not a bare text answer).
async fn assert_error_page(response: reqwest::Response, status: StatusCode) {
    let url = response.url().to_string();
    let (actual, html) = html_of(response).await;
    assert_eq!(actual, status, "{url}");
    assert_eq!(
        text_at(&html, ".status-code"),
        Some(status.as_u16().to_string()),
        "{url} renders the error page"
    );
    assert!(
        !meta_csrf(&html).is_empty(),
        "the error page has the layout"
    );
}

#[tokio::test]
async fn malformed_and_unknown_showing_ids_are_404_pages() {
    let app = spawn_app().await;
    let client = app.client();
    for path in [
        "/showings/abc",
        "/showings/-1",
        "/showings/0",
        "/showings/999999",
        "/showings/99999999999999999999",
        "/showings/1.5",
        "/showings/%20",
        "/showings/abc/seats",
        "/showings/999999/seats",
    ] {
        assert_error_page(client.get(path).await, StatusCode::NOT_FOUND).await;
    }
}

#[tokio::test]
async fn holding_an_unknown_seat_or_showing_is_404() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    for path in [
        format!("/showings/{showing}/seats/999999/hold"),
        format!("/showings/{showing}/seats/abc/hold"),
        format!("/showings/{showing}/seats/-4/hold"),
        format!("/showings/999999/seats/{seat}/hold"),
        format!("/showings/abc/seats/{seat}/hold"),
        format!("/showings/{showing}/seats/999999/release"),
    ] {
        assert_error_page(customer.post_form(&path, &[]).await, StatusCode::NOT_FOUND).await;
    }
    assert_eq!(
        customer.basket_code(showing).await,
        None,
        "no basket was opened"
    );
}

#[tokio::test]
async fn a_seat_of_another_hall_is_404_on_this_showing() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let studio_seat: i32 = {
        use cinema::schema::{halls, layouts, seats};
        use diesel::prelude::*;
        app.db(|c| {
            seats::table
                .inner_join(layouts::table.inner_join(halls::table))
                .filter(halls::name.eq("Studio"))
                .select(seats::id)
                .first(c)
                .unwrap()
        })
    };
    let response = customer.hold(showing, studio_seat).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn unknown_paths_are_404_pages() {
    let app = spawn_app().await;
    let client = app.client();
    for path in [
        "/nope",
        "/showings",
        "/movies",
        "/bookings/ABCDEFGH/nope",
        "/assets/nope.js",
        "/assets/..%2FCargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
    ] {
        let response = client.get(path).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
    assert_error_page(client.get("/nope").await, StatusCode::NOT_FOUND).await;
}

#[tokio::test]
async fn an_htmx_request_for_a_missing_page_gets_a_message_fragment() {
    let app = spawn_app().await;
    let response = app.client().htmx_get("/showings/999999/seats").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response
            .headers()
            .get("HX-Retarget")
            .and_then(|v| v.to_str().ok()),
        Some("#flash")
    );
    let body = response.text().await.unwrap();
    assert!(!body.contains("<html"));
    assert!(body.contains(r#"role="alert""#));
}

#[tokio::test]
async fn the_wrong_method_is_405() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    assert_error_page(
        customer.get("/logout").await,
        StatusCode::METHOD_NOT_ALLOWED,
    )
    .await;
    assert_eq!(
        customer
            .get(&format!("/showings/{showing}/seats/{seat}/hold"))
            .await
            .status(),
        StatusCode::METHOD_NOT_ALLOWED
    );
    assert_eq!(app.seat_state(showing, seat).0, SeatState::Free);
    assert_eq!(
        customer.post_form("/health", &[]).await.status(),
        StatusCode::METHOD_NOT_ALLOWED
    );
    assert_eq!(
        customer.get("/bookings").await.status(),
        StatusCode::OK,
        "GET /logout did not log out"
    );
}

#[tokio::test]
async fn an_oversized_form_is_413() {
    let app = spawn_app().await;
    let client = app.client();
    let big = "x".repeat(70 * 1024);
    let response = client
        .post_form("/login", &[("email", &big), ("password", "p")])
        .await;
    assert_error_page(response, StatusCode::PAYLOAD_TOO_LARGE).await;
    // Without a token, too: the size is refused before anything reads the form.
    let response = client.post_raw("/login", &[("email", &big)]).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn an_oversized_form_with_the_token_in_the_header_is_413() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    let big = "x".repeat(70 * 1024);
    let response = customer
        .htmx_post(&format!("/bookings/{code}/tickets"), &[("padding", &big)])
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let token = customer.csrf().await;
    let response = customer
        .http
        .post(customer.url(&format!("/bookings/{code}/pay")))
        .header("X-CSRF-Token", token)
        .form(&[("card_name", big.as_str())])
        .send()
        .await
        .unwrap();
    assert_error_page(response, StatusCode::PAYLOAD_TOO_LARGE).await;
}

#[tokio::test]
async fn a_form_just_under_the_limit_is_read() {
    let app = spawn_app().await;
    let client = app.client();
    let padding = "x".repeat(60 * 1024);
    let response = client
        .post_form(
            "/login",
            &[
                ("email", "nobody@test.example"),
                ("password", "whatever"),
                ("padding", &padding),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_malformed_form_is_a_4xx_not_a_5xx() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    let token = customer.csrf().await;
    let response = customer
        .http
        .post(customer.url(&format!("/bookings/{code}/tickets")))
        .header("X-CSRF-Token", &token)
        .header("Content-Type", "application/json")
        .body(r#"{"type_1":"child"}"#)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_client_error(), "{}", response.status());
    let response = customer
        .post_form(
            &format!("/bookings/{code}/tickets"),
            &[("type_abc", "child")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
