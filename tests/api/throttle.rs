//! Failed logins are throttled per (account, client address) and per address, never for an account
//! as a whole: a stranger's failures from elsewhere do not lock its owner out. Successful logins and
//! browsing are not slowed.

use crate::helpers::*;
use reqwest::StatusCode;

/// An instance behind a reverse proxy on loopback, so tests can say which address a request is from.
fn behind_a_proxy() -> Options {
    Options {
        configure: |config| {
            config.trusted_proxies = cinema::client_addr::parse_trusted("127.0.0.1").unwrap();
        },
        ..Options::default()
    }
}

/// Logs in as a request forwarded for `forwarded` (an `X-Forwarded-For` value).
async fn login_from(
    client: &TestClient,
    forwarded: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let page = client
        .http
        .get(client.url("/login"))
        .header("X-Forwarded-For", forwarded)
        .send()
        .await
        .unwrap();
    let (_, html) = html_of(page).await;
    client
        .http
        .post(client.url("/login"))
        .header("X-Forwarded-For", forwarded)
        .form(&[
            ("email", email),
            ("password", password),
            ("csrf_token", &meta_csrf(&html)),
        ])
        .send()
        .await
        .unwrap()
}

fn retry_after(response: &reqwest::Response) -> u64 {
    header(response, "retry-after")
        .expect("a Retry-After header")
        .parse()
        .expect("seconds")
}

#[tokio::test]
async fn a_strangers_failures_from_another_address_do_not_lock_the_owner_out() {
    let app = spawn_app_with(behind_a_proxy()).await;
    let (_, email) = app.customer_with_email().await;
    let stranger = app.client();
    for _ in 0..5 {
        let response = login_from(&stranger, "203.0.113.9", &email, "a guess").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let response = login_from(&stranger, "203.0.113.9", &email, PASSWORD).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait = retry_after(&response);
    assert!((14 * 60..=15 * 60).contains(&wait), "{wait}");
    let body = response.text().await.unwrap();
    assert!(body.contains("from this address"), "{body}");
    assert!(body.contains("try again in 15 minutes"), "{body}");

    let owner = app.client();
    let response = login_from(&owner, "198.51.100.4", &email, PASSWORD).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "the owner logs in"
    );
    // The owner's success does not forgive the stranger.
    let response = login_from(&stranger, "203.0.113.9", &email, PASSWORD).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_forwarded_for_header_is_ignored_unless_a_trusted_proxy_sent_it() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    let guesser = app.client();
    for n in 0..5 {
        let response = login_from(&guesser, &format!("198.51.100.{n}"), &email, "guess").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let response = login_from(&guesser, "198.51.100.99", &email, "guess").await;
    assert_eq!(
        response.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "a made-up address does not buy more guesses"
    );
}

#[tokio::test]
async fn behind_a_proxy_the_client_cannot_choose_its_address_either() {
    let app = spawn_app_with(behind_a_proxy()).await;
    let (_, email) = app.customer_with_email().await;
    let guesser = app.client();
    // The proxy appends the real address; what the client sent itself stands to its left.
    for n in 0..5 {
        let forwarded = format!("10.9.9.{n}, 203.0.113.50");
        let response = login_from(&guesser, &forwarded, &email, "guess").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let response = login_from(&guesser, "10.9.9.99, 203.0.113.50", &email, "guess").await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn one_address_waits_after_five_failures_for_one_account_even_with_the_right_password() {
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
    assert!(retry_after(&response) > 14 * 60);
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
async fn the_pause_counts_case_insensitively_and_for_unknown_accounts() {
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
async fn a_successful_login_clears_the_failures_from_that_address() {
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
    assert!(retry_after(&response) > 0);
    let body = response.text().await.unwrap();
    assert!(body.contains("failed logins from this address"), "{body}");
    app.clock.advance(chrono::Duration::minutes(16));
    assert_eq!(
        client.login(ADMIN_EMAIL, ADMIN_PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn guessing_the_current_password_on_the_account_page_is_throttled_too() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let change = |current: &'static str| {
        let customer = &customer;
        async move {
            customer
                .post_form(
                    "/account/password",
                    &[
                        ("current_password", current),
                        ("new_password", "another long passphrase"),
                        ("new_password_confirm", "another long passphrase"),
                    ],
                )
                .await
        }
    };
    for _ in 0..5 {
        assert_eq!(
            change("a guess").await.status(),
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    let response = change(PASSWORD).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(retry_after(&response) > 0);
    let (_, html) = html_of(response).await;
    assert!(
        text_at(&html, "#current_password-error")
            .unwrap()
            .contains("Too many failed attempts")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guesses_sent_at_the_same_moment_are_counted_before_any_is_checked() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    let guessers: Vec<TestClient> = (0..15).map(|_| app.client()).collect();
    let mut tokens = Vec::new();
    for guesser in &guessers {
        tokens.push(guesser.csrf().await);
    }
    let mut guesses = tokio::task::JoinSet::new();
    for (guesser, token) in guessers.iter().zip(tokens) {
        let request = guesser.http.post(guesser.url("/login")).form(&[
            ("email", email.as_str()),
            ("password", "a guess"),
            ("csrf_token", token.as_str()),
        ]);
        guesses.spawn(async move { request.send().await.unwrap().status() });
    }
    let answers = guesses.join_all().await;
    let checked = answers
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let paused = answers
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(checked, 5, "{answers:?}");
    assert_eq!(paused, 10, "{answers:?}");
}
