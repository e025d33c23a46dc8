//! Sessions live on the server: logging out, a password change, "log out everywhere else" and
//! going unused end them for good, whatever copy of the cookie someone kept.

use crate::helpers::*;
use cinema::domain::kinds::{BookingStatus, SeatState};
use reqwest::StatusCode;

/// The session cookie a response sets, as `name=value`.
fn session_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .rfind(|v| v.starts_with("cinema_session="))
        .and_then(|v| v.split(';').next())
        .expect("a session cookie")
        .to_owned()
}

/// Someone holding a copy of a cookie: no jar, the saved cookie on every request.
struct Replay {
    http: reqwest::Client,
    base: String,
    cookie: String,
}

impl Replay {
    fn new(app: &TestApp, cookie: String) -> Replay {
        Replay {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: app.address.clone(),
            cookie,
        }
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(format!("{}{path}", self.base))
            .header("Cookie", &self.cookie)
            .send()
            .await
            .unwrap()
    }

    /// A post with the CSRF token the cookie's session shows on its pages.
    async fn post(&self, path: &str) -> reqwest::Response {
        let (_, html) = html_of(self.get("/login").await).await;
        let token = meta_csrf(&html);
        self.http
            .post(format!("{}{path}", self.base))
            .header("Cookie", &self.cookie)
            .form(&[("csrf_token", token)])
            .send()
            .await
            .unwrap()
    }
}

/// A second login to an account, and the cookie it was given.
async fn second_login(app: &TestApp, email: &str, password: &str) -> (TestClient, String) {
    let client = app.client();
    let response = client.login(email, password).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = session_cookie(&response);
    (client, cookie)
}

fn live_sessions(app: &TestApp, email: &str) -> i64 {
    use cinema::schema::sessions;
    use diesel::prelude::*;
    let user_id = app.user_id(email);
    app.db(|c| {
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .count()
            .get_result(c)
            .unwrap()
    })
}

#[tokio::test]
async fn a_cookie_saved_before_logout_opens_holds_and_cancels_nothing_afterwards() {
    let app = spawn_app().await;
    let (customer, email) = app.customer_with_email().await;
    let showing = app.showing_in(5);
    let seats = app.seats_of_kind(showing, "standard");
    customer.hold(showing, seats[0]).await;
    let code = customer.basket_code(showing).await.unwrap();
    customer.pay(&code, Card::ACCEPTED).await;

    let (browser, saved) = second_login(&app, &email, PASSWORD).await;
    let thief = Replay::new(&app, saved);
    assert_eq!(
        thief.get(&format!("/bookings/{code}")).await.status(),
        StatusCode::OK
    );
    assert_eq!(live_sessions(&app, &email), 2);

    assert_redirects_to(&browser.post_form("/logout", &[]).await, "/");
    assert_eq!(
        live_sessions(&app, &email),
        1,
        "only the other login is left"
    );

    let response = thief.get(&format!("/bookings/{code}")).await;
    assert_redirects_to(&response, &format!("/login?next=%2Fbookings%2F{code}"));
    let response = thief.get("/bookings").await;
    assert_redirects_to(&response, "/login?next=%2Fbookings");
    let response = thief
        .post(&format!("/showings/{showing}/seats/{}/hold", seats[1]))
        .await;
    assert!(
        location(&response).starts_with("/login?next="),
        "a hold asks to log in: {}",
        response.status()
    );
    assert_eq!(app.seat_state(showing, seats[1]).0, SeatState::Free);
    let response = thief.post(&format!("/bookings/{code}/cancel")).await;
    assert!(location(&response).starts_with("/login?next="));
    assert_eq!(app.booking(&code).status, BookingStatus::Paid);
    // The first login was never logged out.
    assert_eq!(customer.get("/bookings").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn logging_out_everywhere_else_ends_every_other_session_and_keeps_this_one() {
    let app = spawn_app().await;
    let (here, email) = app.customer_with_email().await;
    let (_, phone) = second_login(&app, &email, PASSWORD).await;
    let (_, laptop) = second_login(&app, &email, PASSWORD).await;
    let (phone, laptop) = (Replay::new(&app, phone), Replay::new(&app, laptop));

    let (status, html) = here.get_html("/account").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(count_of(&html, "#sessions li"), 3);
    assert_eq!(count_of(&html, "#sessions li[data-current]"), 1);
    assert!(
        text_at(&html, "#sessions")
            .unwrap()
            .contains("this session")
    );

    let response = here.post_form("/account/sessions/logout-others", &[]).await;
    assert_redirects_to(&response, "/account");
    let (_, html) = here.get_html("/account").await;
    assert!(
        text_at(&html, "#flash")
            .unwrap()
            .contains("Logged out of 2 other sessions"),
        "{}",
        html.html()
    );
    assert_eq!(count_of(&html, "#sessions li"), 1);
    for other in [&phone, &laptop] {
        assert_redirects_to(&other.get("/bookings").await, "/login?next=%2Fbookings");
    }
    assert_eq!(here.get("/bookings").await.status(), StatusCode::OK);
    assert_eq!(live_sessions(&app, &email), 1);
}

#[tokio::test]
async fn one_session_can_be_ended_from_the_account_page() {
    let app = spawn_app().await;
    let (here, email) = app.customer_with_email().await;
    let (_, other) = second_login(&app, &email, PASSWORD).await;
    let other = Replay::new(&app, other);
    let (_, html) = here.get_html("/account").await;
    let id = attr_at(&html, "#sessions li:not([data-current])", "data-session").unwrap();
    assert_redirects_to(
        &here
            .post_form(&format!("/account/sessions/{id}/end"), &[])
            .await,
        "/account",
    );
    assert_redirects_to(&other.get("/bookings").await, "/login?next=%2Fbookings");
    // Someone else's session, or one already ended, is not found.
    let response = here
        .post_form(&format!("/account/sessions/{id}/end"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let stranger = app.customer().await;
    let (_, html) = here.get_html("/account").await;
    let mine = attr_at(&html, "#sessions li[data-current]", "data-session").unwrap();
    let response = stranger
        .post_form(&format!("/account/sessions/{mine}/end"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(here.get("/bookings").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_password_change_ends_every_other_session_and_keeps_this_one() {
    let app = spawn_app().await;
    let (here, email) = app.customer_with_email().await;
    let (_, other) = second_login(&app, &email, PASSWORD).await;
    let other = Replay::new(&app, other);
    let new_password = "a brand new passphrase 7";

    // A wrong current password changes nothing, and says so next to the field.
    let response = here
        .post_form(
            "/account/password",
            &[
                ("current_password", "not my password"),
                ("new_password", new_password),
                ("new_password_confirm", new_password),
            ],
        )
        .await;
    let (status, html) = html_of(response).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        text_at(&html, "#current_password-error").as_deref(),
        Some("This is not your current password.")
    );
    assert_eq!(
        attr_at(&html, "#new_password", "value"),
        None,
        "passwords are never shown again"
    );
    assert_eq!(other.get("/bookings").await.status(), StatusCode::OK);

    let response = here
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", new_password),
                ("new_password_confirm", new_password),
            ],
        )
        .await;
    assert_redirects_to(&response, "/account");
    let (_, html) = here.get_html("/account").await;
    assert!(
        text_at(&html, "#flash")
            .unwrap()
            .contains("1 other session was logged out")
    );
    assert_eq!(here.get("/bookings").await.status(), StatusCode::OK);
    assert_redirects_to(&other.get("/bookings").await, "/login?next=%2Fbookings");
    assert_eq!(live_sessions(&app, &email), 1);
    assert_eq!(
        app.client().login(&email, PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.client().login(&email, new_password).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn staff_sessions_end_after_an_hour_unused_and_customers_after_a_week() {
    let app = spawn_app().await;
    let cashier = app.cashier().await;
    let customer = app.customer().await;
    // Used every 40 minutes, the cashier's session goes on.
    for _ in 0..3 {
        app.clock.advance(chrono::Duration::minutes(40));
        assert_eq!(cashier.get("/counter").await.status(), StatusCode::OK);
    }
    app.clock.advance(chrono::Duration::minutes(61));
    assert_redirects_to(&cashier.get("/counter").await, "/login?next=%2Fcounter");
    assert_eq!(customer.get("/bookings").await.status(), StatusCode::OK);

    app.clock.advance(chrono::Duration::days(6));
    assert_eq!(customer.get("/bookings").await.status(), StatusCode::OK);
    app.clock
        .advance(chrono::Duration::days(7) + chrono::Duration::minutes(1));
    assert_redirects_to(&customer.get("/bookings").await, "/login?next=%2Fbookings");
}

#[tokio::test]
async fn even_a_session_in_use_ends_fourteen_days_after_login() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    for _ in 0..13 {
        app.clock.advance(chrono::Duration::days(1));
        assert_eq!(customer.get("/bookings").await.status(), StatusCode::OK);
    }
    app.clock.advance(chrono::Duration::days(1));
    assert_redirects_to(&customer.get("/bookings").await, "/login?next=%2Fbookings");
}

#[tokio::test]
async fn logging_in_again_ends_the_session_the_browser_had() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    let (browser, old) = second_login(&app, &email, PASSWORD).await;
    let old = Replay::new(&app, old);
    assert_eq!(old.get("/bookings").await.status(), StatusCode::OK);
    // The same browser logs in again (say, as someone else at a shared computer).
    assert_eq!(
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_redirects_to(&old.get("/bookings").await, "/login?next=%2Fbookings");
    assert_eq!(browser.get("/admin").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_change_that_waited_while_its_session_ended_is_not_made() {
    use cinema::schema::sessions;
    use diesel::prelude::*;
    let app = spawn_app().await;
    let (customer, email) = app.customer_with_email().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    let version = customer.checkout_version(&code).await;
    let token = customer.csrf().await;
    let card = Card::new(Card::ACCEPTED);
    let request = customer
        .http
        .post(customer.url(&format!("/bookings/{code}/pay")))
        .form(&[
            ("card_name", card.name),
            ("card_number", card.number),
            ("card_expiry", card.expiry),
            ("card_cvc", card.cvc),
            ("version", version.as_str()),
            ("csrf_token", token.as_str()),
        ]);
    let mut lock = app.lock_writes();
    let payment = tokio::spawn(async move { request.send().await.unwrap() });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    // Logged out everywhere while the payment waits for the database.
    let user_id = app.user_id(&email);
    lock.run(|c| {
        diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id)))
            .execute(c)
            .unwrap()
    });
    drop(lock);
    let response = payment.await.unwrap();
    assert_redirects_to(&response, &format!("/login?next=%2Fbookings%2F{code}"));
    assert_eq!(
        app.booking(&code).status,
        cinema::domain::kinds::BookingStatus::Pending
    );
    assert!(app.payments(app.booking(&code).id).is_empty());
}
