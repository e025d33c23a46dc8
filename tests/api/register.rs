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
