//! Registering an account: validation, duplicates, `next`, and escaping what users type.

use crate::helpers::*;
use cinema::domain::kinds::Role;
use cinema::schema::users;
use diesel::prelude::*;
use reqwest::StatusCode;

#[tokio::test]
async fn registering_creates_a_customer_logs_them_in_and_redirects() {
    let app = spawn_app().await;
    let client = app.client();
    let response = client
        .register("Ann Smith", "  Ann.Smith@Example.COM ", PASSWORD)
        .await;
    assert_redirects_to(&response, "/");

    let (email, role, active): (String, Role, bool) = app.db(|c| {
        users::table
            .filter(users::name.eq("Ann Smith"))
            .select((users::email, users::role, users::active))
            .first(c)
            .expect("the new user")
    });
    assert_eq!(email, "ann.smith@example.com", "stored normalised");
    assert_eq!(role, Role::Customer);
    assert!(active);

    let (status, html) = client.get_html("/bookings").await;
    assert_eq!(status, StatusCode::OK, "the new customer is logged in");
    assert!(
        text_at(&html, ".who").unwrap().contains("Ann Smith"),
        "the navigation names them"
    );
}

#[tokio::test]
async fn registering_follows_next_only_to_a_local_path() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let client = app.client();
    let response = client
        .post_form(
            "/register",
            &[
                ("name", "Bo"),
                ("email", "bo@test.example"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
                ("next", &format!("/showings/{showing}")),
            ],
        )
        .await;
    assert_redirects_to(&response, &format!("/showings/{showing}"));
    let response = app
        .client()
        .post_form(
            "/register",
            &[
                ("name", "Cy"),
                ("email", "cy@test.example"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
                ("next", "https://evil.example/"),
            ],
        )
        .await;
    assert_redirects_to(&response, "/");
}

#[tokio::test]
async fn registration_with_invalid_fields_is_422_with_messages_next_to_the_fields() {
    let app = spawn_app().await;
    let client = app.client();
    let secret = "short";
    let response = client
        .post_form(
            "/register",
            &[
                ("name", "   "),
                ("email", "not-an-address"),
                ("password", secret),
                ("password_confirm", secret),
            ],
        )
        .await;
    let (status, html) = html_of(response).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["name", "email", "password"] {
        assert!(
            text_at(&html, &format!("#{field}-error")).is_some_and(|t| !t.is_empty()),
            "a message for {field}"
        );
        assert_eq!(
            attr_at(&html, &format!("input#{field}"), "aria-describedby").as_deref(),
            Some(format!("{field}-error").as_str()),
            "the {field} input points at its message"
        );
    }
    assert_eq!(
        attr_at(&html, "input#email", "value").as_deref(),
        Some("not-an-address"),
        "the e-mail is kept"
    );
    assert!(
        !html.html().contains(secret),
        "the password is never sent back"
    );
    let count: i64 = app.db(|c| users::table.count().get_result(c).unwrap());
    assert_eq!(count, 3, "only the seeded accounts exist");
}

#[tokio::test]
async fn registration_keeps_the_name_and_email_but_not_the_password_when_the_confirmation_differs()
{
    let app = spawn_app().await;
    let client = app.client();
    let response = client
        .post_form(
            "/register",
            &[
                ("name", "Cleo Park"),
                ("email", "cleo@test.example"),
                ("password", "first-secret-123"),
                ("password_confirm", "second-secret-456"),
            ],
        )
        .await;
    let (status, html) = html_of(response).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_at(&html, "#password_confirm-error").is_some());
    assert_eq!(
        attr_at(&html, "input#name", "value").as_deref(),
        Some("Cleo Park")
    );
    assert_eq!(
        attr_at(&html, "input#email", "value").as_deref(),
        Some("cleo@test.example")
    );
    assert_eq!(attr_at(&html, "input#password", "value"), None);
    assert_eq!(attr_at(&html, "input#password_confirm", "value"), None);
    let body = html.html();
    assert!(!body.contains("first-secret-123") && !body.contains("second-secret-456"));
    assert_eq!(
        client.get("/bookings").await.status(),
        StatusCode::SEE_OTHER,
        "not logged in"
    );
}

#[tokio::test]
async fn registering_an_email_twice_is_422_whatever_its_case() {
    let app = spawn_app().await;
    let first = app.client();
    assert_eq!(
        first
            .register("Dana", "dana@test.example", PASSWORD)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let second = app.client();
    let response = second
        .register("Other Dana", "DANA@Test.Example", PASSWORD)
        .await;
    let (status, html) = html_of(response).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_at(&html, "#email-error")
            .unwrap()
            .contains("already exists")
    );
    assert_eq!(
        attr_at(&html, "input#name", "value").as_deref(),
        Some("Other Dana")
    );
    let count: i64 = app.db(|c| {
        users::table
            .filter(users::email.eq("dana@test.example"))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(count, 1);
    assert_eq!(
        second.get("/bookings").await.status(),
        StatusCode::SEE_OTHER,
        "the second visitor is not logged in"
    );
}

#[tokio::test]
async fn names_are_escaped_where_they_are_shown() {
    let app = spawn_app().await;
    let client = app.client();
    let name = "<script>alert(1)</script>";
    assert_eq!(
        client
            .register(name, "xss@test.example", PASSWORD)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let (_, html) = client.get_html("/").await;
    assert!(
        text_at(&html, ".who").unwrap().contains(name),
        "shown as text"
    );
    assert_eq!(count_of(&html, ".who script"), 0, "never as markup");
}

/// Posts the registration form as a request forwarded for `forwarded`.
async fn register_from(
    client: &TestClient,
    forwarded: &str,
    name: &str,
    email: &str,
) -> reqwest::Response {
    let page = client
        .http
        .get(client.url("/register"))
        .header("X-Forwarded-For", forwarded)
        .send()
        .await
        .unwrap();
    let (_, html) = html_of(page).await;
    client
        .http
        .post(client.url("/register"))
        .header("X-Forwarded-For", forwarded)
        .form(&[
            ("name", name),
            ("email", email),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
            ("csrf_token", &meta_csrf(&html)),
        ])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_address_registers_at_most_the_configured_accounts_an_hour() {
    let app = spawn_app_with(Options {
        configure: |config| {
            config.registrations_per_hour = 3;
            config.trusted_proxies = cinema::client_addr::parse_trusted("127.0.0.1").unwrap();
        },
        ..Options::default()
    })
    .await;
    for n in 0..3 {
        let response = register_from(
            &app.client(),
            "203.0.113.5",
            "Bot",
            &format!("bot{n}@test.example"),
        )
        .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    let response = register_from(&app.client(), "203.0.113.5", "Bot", "bot3@test.example").await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = header(&response, "retry-after").unwrap().parse().unwrap();
    assert!((3500..=3600).contains(&wait), "{wait}");
    let (_, html) = html_of(response).await;
    let notice = text_at(&html, "#register-notice").unwrap();
    assert!(
        notice.contains("from this address in the last hour"),
        "{notice}"
    );
    assert!(notice.contains("try again in 60 minutes"), "{notice}");
    assert_eq!(
        attr_at(&html, "input#email", "value").as_deref(),
        Some("bot3@test.example")
    );
    let count: i64 = app.db(|c| {
        users::table
            .filter(users::email.eq("bot3@test.example"))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(count, 0);
    // Another address is not held up, and the first may go on an hour later.
    let response = register_from(&app.client(), "198.51.100.8", "Ann", "ann@test.example").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    app.clock.advance(chrono::Duration::minutes(61));
    let response = register_from(&app.client(), "203.0.113.5", "Bot", "bot3@test.example").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn names_with_control_or_direction_changing_characters_are_refused() {
    let app = spawn_app().await;
    for (n, name) in [
        "Ann\u{202E}lanimiRC",
        "Bob\u{2066}x\u{2069}",
        "Eve\u{0007}",
        "Line\nbreak",
    ]
    .into_iter()
    .enumerate()
    {
        let response = app
            .client()
            .register(name, &format!("odd{n}@test.example"), PASSWORD)
            .await;
        let (status, html) = html_of(response).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{name:?}");
        assert!(
            text_at(&html, "#name-error").is_some_and(|t| t.contains("cannot contain")),
            "{name:?}"
        );
    }
    let count: i64 = app.db(|c| users::table.count().get_result(c).unwrap());
    assert_eq!(count, 3, "only the seeded accounts exist");
    // Names in other scripts are welcome.
    let response = app
        .client()
        .register("محمد علي", "m@test.example", PASSWORD)
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn weak_passwords_are_refused_with_advice() {
    let app = spawn_app().await;
    for (password, advice) in [
        ("          ", "Choose a password"),
        ("  shorty   ", "at least 10 characters"),
        ("password123", "common password"),
        ("qwertyuiop", "most common passwords"),
        ("zofia.nowak1", "word"),
    ] {
        let response = app
            .client()
            .register("Zofia Nowak", "zofia.nowak@test.example", password)
            .await;
        let (status, html) = html_of(response).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{password:?}");
        let message = text_at(&html, "#password-error").unwrap_or_default();
        assert!(message.contains(advice), "{password:?}: {message}");
        assert!(!html.html().contains(password.trim()) || password.trim().is_empty());
    }
    let response = app
        .client()
        .register(
            "Zofia Nowak",
            "zofia.nowak@test.example",
            "lantern orchard velvet",
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}
