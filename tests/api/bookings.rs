//! Who may see a booking, and the customer's list of bookings.

use crate::helpers::*;
use reqwest::StatusCode;
use scraper::Selector;

/// Holds the `seat`-th standard seat of the first showing `hours` ahead; returns the basket's code.
async fn pending_booking(app: &TestApp, customer: &TestClient, hours: i64, seat: usize) -> String {
    let showing = app.showing_in(hours);
    let response = customer
        .hold(showing, app.seats_of_kind(showing, "standard")[seat])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    customer.basket_code(showing).await.unwrap()
}

#[tokio::test]
async fn another_customer_gets_404_for_a_booking_that_is_not_theirs() {
    let app = spawn_app().await;
    let owner = app.customer().await;
    let code = pending_booking(&app, &owner, 3, 0).await;
    let stranger = app.customer().await;
    let (status, html) = stranger.get_html(&format!("/bookings/{code}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        !html.html().contains(&code),
        "nothing about the booking leaks"
    );
    // The same answer as for a code that does not exist, so codes cannot be probed.
    assert_eq!(
        stranger.get("/bookings/ZZZZZZZZ").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        stranger.get(&format!("/bookings/{code}")).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn staff_may_view_any_booking() {
    let app = spawn_app().await;
    let owner = app.customer().await;
    let code = pending_booking(&app, &owner, 3, 0).await;
    for staff in [app.cashier().await, app.admin().await] {
        let (status, html) = staff.get_html(&format!("/bookings/{code}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(text_at(&html, ".code").as_deref(), Some(code.as_str()));
    }
}

#[tokio::test]
async fn the_owner_may_use_the_code_in_any_case() {
    let app = spawn_app().await;
    let owner = app.customer().await;
    let code = pending_booking(&app, &owner, 3, 0).await;
    let (status, html) = owner
        .get_html(&format!("/bookings/{}", code.to_lowercase()))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(text_at(&html, ".code").as_deref(), Some(code.as_str()));
}

#[tokio::test]
async fn a_malformed_booking_code_is_404() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    for code in [
        "abc",
        "ABCD234O",
        "ABCD2341",
        "ABCDEFGHJ",
        "%2E%2E%2Fetc",
        "12345678%00",
    ] {
        let (status, html) = customer.get_html(&format!("/bookings/{code}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{code}");
        assert_eq!(text_at(&html, ".status-code").as_deref(), Some("404"));
    }
}

#[tokio::test]
async fn an_anonymous_visitor_is_sent_to_log_in_for_a_booking() {
    let app = spawn_app().await;
    let owner = app.customer().await;
    let code = pending_booking(&app, &owner, 3, 0).await;
    let visitor = app.client();
    assert_redirects_to(
        &visitor.get(&format!("/bookings/{code}")).await,
        &format!("/login?next=%2Fbookings%2F{code}"),
    );
    assert_redirects_to(&visitor.get("/bookings").await, "/login?next=%2Fbookings");
}

#[tokio::test]
async fn my_bookings_lists_newest_first_with_their_status() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let first = pending_booking(&app, &customer, 3, 0).await;
    assert_eq!(
        customer.pay(&first, Card::ACCEPTED).await.status(),
        StatusCode::SEE_OTHER
    );
    app.clock.advance(chrono::Duration::minutes(1));
    let second = pending_booking(&app, &customer, 30, 0).await;
    app.clock.advance(chrono::Duration::minutes(1));
    let third = pending_booking(&app, &customer, 60, 0).await;
    customer.cancel(&third).await;
    // Someone else's booking is not listed.
    let other = app.customer().await;
    let foreign = pending_booking(&app, &other, 3, 1).await;

    let (status, html) = customer.get_html("/bookings").await;
    assert_eq!(status, StatusCode::OK);
    let row = Selector::parse("tbody tr").unwrap();
    let link = Selector::parse("a.code").unwrap();
    let rows: Vec<(String, String)> = html
        .select(&row)
        .map(|tr| {
            let code = tr.select(&link).next().unwrap().text().collect::<String>();
            (code, tr.value().attr("data-status").unwrap().to_owned())
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (third, "cancelled".to_owned()),
            (second, "pending".to_owned()),
            (first, "paid".to_owned()),
        ]
    );
    assert!(!html.html().contains(&foreign));
}

#[tokio::test]
async fn a_new_customer_has_an_empty_list() {
    let app = spawn_app().await;
    let (status, html) = app.customer().await.get_html("/bookings").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(count_of(&html, "tbody tr"), 0);
    assert!(text_at(&html, "p.empty").is_some());
}
