//! Failed logins are throttled per account and per client address; successful logins and browsing
//! are not slowed.

use crate::helpers::*;
use reqwest::StatusCode;

#[tokio::test]
async fn an_account_waits_after_five_failures_even_with_the_right_password() {
    let app = spawn_app().await;
    let (customer, email) = app.customer_with_email().await;
    let client = app.client();
    for _ in 0..5 {
        assert_eq!(
            client.login(&email, "not the password").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let response = client.login(&email, PASSWORD).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let body = response.text().await.unwrap();
    assert!(body.contains("Too many failed attempts"), "{body}");
    assert!(body.contains("try again in 15 minutes"), "{body}");

    // Browsing is not slowed, and an already logged-in session keeps working.
    assert_eq!(client.get("/").await.status(), StatusCode::OK);
    assert_eq!(customer.get("/bookings").await.status(), StatusCode::OK);
    // Another account from the same address can still log in.
    assert_eq!(
        client.login(ADMIN_EMAIL, ADMIN_PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );

    app.clock.advance(chrono::Duration::minutes(15));
    assert_eq!(
        app.client().login(&email, PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn the_account_lock_counts_case_insensitively_and_for_unknown_accounts() {
    let app = spawn_app().await;
    let client = app.client();
    for n in 0..5 {
        let email = if n % 2 == 0 {
            "Nobody@Example.com"
        } else {
            "nobody@example.com"
        };
        assert_eq!(
            client.login(email, "guess").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        client.login("NOBODY@example.com", "guess").await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_successful_login_clears_the_accounts_failures() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    let client = app.client();
    for _ in 0..4 {
        client.login(&email, "wrong").await;
    }
    assert_eq!(
        client.login(&email, PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
    for _ in 0..4 {
        assert_eq!(
            app.client().login(&email, "wrong").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        app.client().login(&email, PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn an_address_waits_after_twenty_failures_across_accounts() {
    let app = spawn_app().await;
    let client = app.client();
    for n in 0..20 {
        let response = client
            .login(&format!("guess{n}@example.com"), "guess")
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let response = client.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    app.clock.advance(chrono::Duration::minutes(16));
    assert_eq!(
        client.login(ADMIN_EMAIL, ADMIN_PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
}
