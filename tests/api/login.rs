//! Logging in (with `next`) and out.

use crate::helpers::*;
use cinema::schema::users;
use diesel::prelude::*;
use reqwest::StatusCode;

#[tokio::test]
async fn login_with_a_wrong_password_is_401_and_keeps_the_email() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    let client = app.client();
    let (status, html) = html_of(client.login(&email, "not the password").await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        text_at(&html, "#login-error").as_deref(),
        Some("Wrong e-mail or password.")
    );
    assert_eq!(attr_at(&html, "input#email", "value"), Some(email));
    assert_eq!(attr_at(&html, "input#password", "value"), None);
    assert_eq!(
        client.get("/bookings").await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn login_with_an_unknown_email_is_401_with_the_same_message() {
    let app = spawn_app().await;
    let client = app.client();
    let (status, html) = html_of(client.login("nobody@test.example", PASSWORD).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        text_at(&html, "#login-error").as_deref(),
        Some("Wrong e-mail or password.")
    );
}

#[tokio::test]
async fn login_succeeds_with_any_case_of_the_email_and_redirects_home() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    let client = app.client();
    let response = client.login(&email.to_uppercase(), PASSWORD).await;
    assert_redirects_to(&response, "/");
    assert_eq!(client.get("/bookings").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn login_follows_next_only_to_local_paths() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    let cases = [
        ("/bookings", "/bookings"),
        ("/?date=2030-01-01", "/?date=2030-01-01"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
    ];
    for (next, expected) in cases {
        let client = app.client();
        let response = client
            .post_form(
                "/login",
                &[("email", &email), ("password", PASSWORD), ("next", next)],
            )
            .await;
        assert_redirects_to(&response, expected);
    }
}

#[tokio::test]
async fn the_login_form_carries_a_local_next_and_drops_a_foreign_one() {
    let app = spawn_app().await;
    let client = app.client();
    let (_, html) = client.get_html("/login?next=%2Fbookings").await;
    assert_eq!(
        attr_at(&html, r#"input[name="next"]"#, "value").as_deref(),
        Some("/bookings")
    );
    let (_, html) = client
        .get_html("/login?next=https%3A%2F%2Fevil.example")
        .await;
    assert_eq!(
        attr_at(&html, r#"input[name="next"]"#, "value").as_deref(),
        Some("/")
    );
}

#[tokio::test]
async fn logging_in_gives_the_session_a_new_csrf_token() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    let client = app.client();
    let before = client.csrf().await;
    assert_eq!(
        client.login(&email, PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
    let after = client.csrf().await;
    assert_ne!(
        before, after,
        "a token seen before login is worthless after it"
    );
    let response = client
        .post_raw(
            &format!("/showings/{}/seats/{}/hold", app.showing_in(3), 1),
            &[("csrf_token", &before)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn logout_ends_the_session() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    assert_eq!(customer.get("/bookings").await.status(), StatusCode::OK);
    assert_redirects_to(&customer.post_form("/logout", &[]).await, "/");
    assert_redirects_to(&customer.get("/bookings").await, "/login?next=%2Fbookings");
    let (_, html) = customer.get_html("/").await;
    assert_eq!(count_of(&html, ".who"), 0, "the navigation shows nobody");
}

#[tokio::test]
async fn a_deactivated_account_cannot_log_in() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    app.db(|c| {
        diesel::update(users::table.filter(users::email.eq(&email)))
            .set(users::active.eq(false))
            .execute(c)
            .unwrap()
    });
    let client = app.client();
    assert_eq!(
        client.login(&email, PASSWORD).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        client.get("/bookings").await.status(),
        StatusCode::SEE_OTHER
    );
}
