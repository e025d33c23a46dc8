//! Forgotten passwords: the same answer whether or not an account uses the address, a link by mail
//! (read from the outbox) that works once and for an hour, the password rules, the other sessions
//! ended, and the limits that keep a stranger from flooding someone's mailbox.

use crate::helpers::*;
use reqwest::StatusCode;

/// The reset link's path in a message.
fn reset_path(mail: &str) -> String {
    let at = mail
        .find("/password/reset/")
        .expect("a reset link in the mail");
    mail[at..at + "/password/reset/".len() + 64].to_owned()
}

async fn ask(client: &TestClient, email: &str) -> String {
    let response = client
        .post_form("/password/forgot", &[("email", email)])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    text_at(&html, "#forgot-sent").expect("the answer")
}

#[tokio::test]
async fn a_link_by_mail_sets_a_new_password_once_and_ends_every_session() {
    let app = spawn_app().await;
    let (signed_in, email) = app.customer_with_email().await;
    assert_eq!(signed_in.get("/bookings").await.status(), StatusCode::OK);
    let visitor = app.client();
    let (_, html) = visitor.get_html("/login").await;
    assert_eq!(
        attr_at(&html, "#forgot-link", "href").as_deref(),
        Some("/password/forgot")
    );

    // An address without an account gets the same words, and no mail goes anywhere.
    let unknown = ask(&visitor, "nobody@example.com").await;
    let known = ask(&visitor, &email).await;
    assert_eq!(
        unknown.replace("nobody@example.com", "X"),
        known.replace(&email, "X")
    );
    let mail = app.outbox_of(1).await;
    assert_eq!(mail.len(), 1, "one message, for the real account");
    assert!(
        mail[0].contains("To: ") && mail[0].contains(&email),
        "{}",
        mail[0]
    );
    let path = reset_path(&mail[0]);

    // The password rules apply, the input is refused beside its field.
    let (status, html) = visitor.get_html(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(attr_at(&html, "#password", "name").is_some());
    let weak = visitor
        .post_form(
            &path,
            &[("password", "short"), ("password_confirm", "short")],
        )
        .await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&weak.text().await.unwrap());
    assert!(text_at(&html, "#password-error").is_some());
    let new_password = "violet kettle harbour 42";
    let differ = visitor
        .post_form(
            &path,
            &[
                ("password", new_password),
                ("password_confirm", "something else entirely"),
            ],
        )
        .await;
    assert_eq!(differ.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let done = visitor
        .post_form(
            &path,
            &[
                ("password", new_password),
                ("password_confirm", new_password),
            ],
        )
        .await;
    assert_redirects_to(&done, "/login");
    let (_, html) = visitor.get_html("/login").await;
    let flash = text_at(&html, "#flash").unwrap_or_default();
    assert!(flash.contains("new password is set"), "{flash}");
    // Every session of the account has ended; the old password is gone, the new one works.
    assert!(signed_in.get("/bookings").await.status().is_redirection());
    let old = app.client().login(&email, PASSWORD).await;
    assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
    let new = app.client();
    assert_redirects_to(&new.login(&email, new_password).await, "/");

    // The link works once.
    assert_eq!(visitor.get(&path).await.status(), StatusCode::NOT_FOUND);
    let again = visitor
        .post_form(
            &path,
            &[
                ("password", "another fine passphrase"),
                ("password_confirm", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_link_runs_out_after_an_hour_and_an_account_gets_three_an_hour() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    let visitor = app.client();
    ask(&visitor, &email).await;
    let first = reset_path(&app.outbox_of(1).await[0]);
    app.clock.advance(chrono::Duration::minutes(61));
    assert_eq!(visitor.get(&first).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        visitor.get("/password/reset/not-a-token").await.status(),
        StatusCode::NOT_FOUND
    );

    for _ in 0..4 {
        ask(&visitor, &email).await;
    }
    // One an hour ago, three now: the fourth of this hour was answered alike but not sent.
    let mail = app.outbox_of(5).await;
    assert_eq!(mail.len(), 4, "1 + 3 messages");
}

#[tokio::test]
async fn a_paid_booking_is_confirmed_by_mail_with_its_seats_and_code() {
    let app = spawn_app().await;
    let (customer, email) = app.customer_with_email().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    assert!(app.outbox().is_empty(), "nothing is sent for a hold");
    customer.pay(&code, Card::ACCEPTED).await;
    let mail = app.outbox_of(1).await;
    assert_eq!(mail.len(), 1);
    for part in [
        email.as_str(),
        code.as_str(),
        app.seat_label(seat).as_str(),
        cinema::seed::DEMO_ADDRESS,
        &format!("/bookings/{code}"),
    ] {
        assert!(mail[0].contains(part), "{part} in {}", mail[0]);
    }
}
