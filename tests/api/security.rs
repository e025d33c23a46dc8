//! CSRF on every state change, the session cookie, deactivated accounts, and the health check.

use crate::helpers::*;
use cinema::domain::kinds::{BookingStatus, SeatState};
use cinema::schema::users;
use diesel::prelude::*;
use reqwest::StatusCode;

/// Posts `fields` to `path` three ways that must all be refused: no token, a wrong token in the form,
/// a wrong token in the header.
async fn assert_forged_posts_are_403(client: &TestClient, path: &str, fields: &[(&str, &str)]) {
    let real = client.csrf().await;
    let wrong = format!("{}x", &real[..real.len() - 1]);
    let response = client.post_raw(path, fields).await;
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "{path} without a token"
    );
    let mut with_wrong: Vec<(&str, &str)> = fields.to_vec();
    with_wrong.push(("csrf_token", &wrong));
    let response = client.post_raw(path, &with_wrong).await;
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "{path} with a wrong token"
    );
    let response = client
        .http
        .post(client.url(path))
        .header("X-CSRF-Token", &wrong)
        .form(fields)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "{path} with a wrong header"
    );
    let response = client
        .http
        .post(client.url(path))
        .header("X-CSRF-Token", "")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "{path} with an empty header"
    );
}

#[tokio::test]
async fn login_without_a_valid_csrf_token_is_403() {
    let app = spawn_app().await;
    let client = app.client();
    assert_forged_posts_are_403(
        &client,
        "/login",
        &[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)],
    )
    .await;
    assert_eq!(client.get("/admin").await.status(), StatusCode::SEE_OTHER);
    // A visitor who never loaded a page has no token at all.
    let fresh = app.client();
    let response = fresh
        .post_raw(
            "/login",
            &[
                ("email", ADMIN_EMAIL),
                ("password", ADMIN_PASSWORD),
                ("csrf_token", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_token_from_another_session_is_refused() {
    let app = spawn_app().await;
    let victim = app.customer().await;
    let attacker = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    let attackers_token = attacker.csrf().await;
    let response = victim
        .post_raw(
            &format!("/showings/{showing}/seats/{seat}/hold"),
            &[("csrf_token", &attackers_token)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.seat_state(showing, seat).0, SeatState::Free);
}

#[tokio::test]
async fn forged_holds_releases_payments_cancellations_and_logouts_are_403() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");

    assert_forged_posts_are_403(
        &customer,
        &format!("/showings/{showing}/seats/{}/hold", seats[0]),
        &[],
    )
    .await;
    assert_eq!(app.seat_state(showing, seats[0]).0, SeatState::Free);

    customer.hold(showing, seats[1]).await;
    let code = customer.basket_code(showing).await.unwrap();
    assert_forged_posts_are_403(
        &customer,
        &format!("/showings/{showing}/seats/{}/release", seats[1]),
        &[],
    )
    .await;
    assert_eq!(app.seat_state(showing, seats[1]).0, SeatState::Held);

    let version = customer.checkout_version(&code).await;
    let card = Card::new(Card::ACCEPTED);
    assert_forged_posts_are_403(
        &customer,
        &format!("/bookings/{code}/pay"),
        &[
            ("card_name", card.name),
            ("card_number", card.number),
            ("card_expiry", card.expiry),
            ("card_cvc", card.cvc),
            ("version", &version),
        ],
    )
    .await;
    assert_forged_posts_are_403(
        &customer,
        &format!("/bookings/{code}/tickets"),
        &[(&format!("type_{}", seats[1]), "child")],
    )
    .await;
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Pending);
    assert!(app.payments(booking.id).is_empty());

    assert_forged_posts_are_403(&customer, &format!("/bookings/{code}/cancel"), &[]).await;
    assert_eq!(app.booking(&code).status, BookingStatus::Pending);

    assert_forged_posts_are_403(&customer, "/logout", &[]).await;
    assert_eq!(
        customer.get("/bookings").await.status(),
        StatusCode::OK,
        "still logged in"
    );
    assert_forged_posts_are_403(
        &app.client(),
        "/register",
        &[
            ("name", "Eve"),
            ("email", "eve@test.example"),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ],
    )
    .await;
}

#[tokio::test]
async fn the_csrf_token_works_in_the_x_csrf_token_header() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    let token = customer.csrf().await;
    let response = customer
        .http
        .post(customer.url(&format!("/showings/{showing}/seats/{seat}/hold")))
        .header("X-CSRF-Token", &token)
        .send()
        .await
        .unwrap();
    assert_redirects_to(&response, &format!("/showings/{showing}"));
    assert_eq!(app.seat_state(showing, seat).0, SeatState::Held);

    let response = customer
        .http
        .post(customer.url("/logout"))
        .header("X-CSRF-Token", &token)
        .send()
        .await
        .unwrap();
    assert_redirects_to(&response, "/");
    assert_eq!(
        customer.get("/bookings").await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site() {
    let app = spawn_app().await;
    let client = app.client();
    let response = client.register("Fay", "fay@test.example", PASSWORD).await;
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("cinema_session="))
        .expect("a session cookie")
        .to_ascii_lowercase();
    assert!(cookie.contains("httponly"), "{cookie}");
    assert!(cookie.contains("samesite=lax"), "{cookie}");
}

#[tokio::test]
async fn pages_are_sent_with_protective_headers() {
    let app = spawn_app().await;
    let response = app.client().get("/").await;
    let header = |name: &str| header(&response, name).map(str::to_owned);
    assert_eq!(header("x-frame-options").as_deref(), Some("DENY"));
    assert_eq!(header("x-content-type-options").as_deref(), Some("nosniff"));
    assert!(
        header("content-security-policy")
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
}

#[tokio::test]
async fn a_deactivated_user_loses_access_at_the_next_request() {
    let app = spawn_app().await;
    let (customer, email) = app.customer_with_email().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    customer.hold(showing, seats[0]).await;
    let code = customer.basket_code(showing).await.unwrap();
    assert_eq!(customer.get("/bookings").await.status(), StatusCode::OK);

    app.db(|c| {
        diesel::update(users::table.filter(users::email.eq(&email)))
            .set(users::active.eq(false))
            .execute(c)
            .unwrap()
    });

    assert_redirects_to(&customer.get("/bookings").await, "/login?next=%2Fbookings");
    assert_redirects_to(
        &customer.get(&format!("/bookings/{code}")).await,
        &format!("/login?next=%2Fbookings%2F{code}"),
    );
    assert_redirects_to(
        &customer.hold(showing, seats[1]).await,
        &format!("/login?next=%2Fshowings%2F{showing}%3Fseat%3D{}", seats[1]),
    );
    let version = app.booking(&code).version.to_string();
    let response = customer
        .pay_with(&code, &Card::new(Card::ACCEPTED), &version)
        .await;
    assert_redirects_to(&response, &format!("/login?next=%2Fbookings%2F{code}"));
    assert_eq!(app.seat_state(showing, seats[1]).0, SeatState::Free);
    assert_eq!(app.booking(&code).status, BookingStatus::Pending);
    let (_, html) = customer.get_html("/").await;
    assert_eq!(
        count_of(&html, ".who"),
        0,
        "the page shows nobody logged in"
    );
}

#[tokio::test]
async fn health_answers_200_briefly_and_sets_no_cookie() {
    let app = spawn_app().await;
    for client in [app.client(), app.customer().await] {
        let response = client.get("/health").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers().get("set-cookie").is_none());
        let body = response.text().await.unwrap();
        assert!(!body.is_empty() && body.len() <= 16, "{body:?}");
    }
}

#[tokio::test]
async fn every_answer_carries_the_csrf_token_masked_afresh_and_each_masking_works() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    let (_, one) = customer.get_html("/").await;
    let (_, two) = customer.get_html("/").await;
    let (first, second) = (meta_csrf(&one), meta_csrf(&two));
    assert_ne!(first, second, "a fresh mask on every page");
    for (token, seat) in [(&first, seats[0]), (&second, seats[1])] {
        let response = customer
            .http
            .post(customer.url(&format!("/showings/{showing}/seats/{seat}/hold")))
            .form(&[("csrf_token", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    // Another session's masked token is refused.
    let (_, other) = app.customer().await.get_html("/").await;
    let response = customer
        .http
        .post(customer.url(&format!("/showings/{showing}/seats/{}/hold", seats[2])))
        .form(&[("csrf_token", meta_csrf(&other).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
