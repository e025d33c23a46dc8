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

/// The (code, status, seats) of each row of one of the list's tables.
fn rows_of(html: &scraper::Html, table: &str) -> Vec<(String, String, String)> {
    let row = Selector::parse(&format!("#{table} tbody tr")).unwrap();
    let link = Selector::parse("a.code").unwrap();
    let seats = Selector::parse("td.seat-labels").unwrap();
    html.select(&row)
        .map(|tr| {
            let code = tr.select(&link).next().unwrap().text().collect::<String>();
            let labels = tr.select(&seats).next().unwrap().text().collect::<String>();
            (
                code,
                tr.value().attr("data-status").unwrap().to_owned(),
                labels.split(" (").next().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn my_bookings_lists_what_is_coming_soonest_first_then_the_past_with_their_seats() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let first = pending_booking(&app, &customer, 3, 0).await;
    let showing = app.showing_in(3);
    let second_seat = app.seats_of_kind(showing, "standard")[1];
    customer.hold(showing, second_seat).await;
    assert_eq!(
        customer.pay(&first, Card::ACCEPTED).await.status(),
        StatusCode::SEE_OTHER
    );
    let first_seats = format!(
        "{}, {}",
        app.seat_label(app.seats_of_kind(showing, "standard")[0]),
        app.seat_label(second_seat)
    );
    app.clock.advance(chrono::Duration::minutes(1));
    let third = pending_booking(&app, &customer, 60, 0).await;
    customer.cancel(&third).await;
    app.clock.advance(chrono::Duration::minutes(1));
    let second = pending_booking(&app, &customer, 30, 0).await;
    let second_seats = app.seat_label(app.seats_of_kind(app.showing_in(30), "standard")[0]);
    // Someone else's booking is not listed.
    let other = app.customer().await;
    let foreign = pending_booking(&app, &other, 3, 2).await;

    let (status, html) = customer.get_html("/bookings").await;
    assert_eq!(status, StatusCode::OK);
    let upcoming = rows_of(&html, "upcoming-table");
    assert_eq!(
        upcoming
            .iter()
            .map(|r| (r.0.as_str(), r.1.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (first.as_str(), "paid"),
            (second.as_str(), "pending"),
            (third.as_str(), "cancelled"),
        ]
    );
    assert_eq!(upcoming[0].2, first_seats);
    assert_eq!(upcoming[1].2, second_seats);
    assert!(
        !upcoming[2].2.is_empty(),
        "a cancelled booking keeps its seats for the record"
    );
    assert_eq!(count_of(&html, "#past"), 0);
    assert!(!html.html().contains(&foreign));

    // Once the first showing has ended, it is in the past.
    let ends_at: chrono::NaiveDateTime = app.db(|c| {
        use cinema::schema::showings;
        use diesel::prelude::*;
        showings::table
            .find(showing)
            .select(showings::ends_at)
            .first(c)
            .unwrap()
    });
    app.clock
        .advance(ends_at - app.clock.now_naive() + chrono::Duration::minutes(1));
    let (_, html) = customer.get_html("/bookings").await;
    let past = rows_of(&html, "past-table");
    assert_eq!(past.len(), 1);
    assert_eq!(
        (past[0].0.as_str(), past[0].2.as_str()),
        (first.as_str(), first_seats.as_str())
    );
    let upcoming: Vec<String> = rows_of(&html, "upcoming-table")
        .into_iter()
        .map(|r| r.0)
        .collect();
    assert_eq!(upcoming, vec![second, third]);
}

#[tokio::test]
async fn a_new_customer_has_an_empty_list() {
    let app = spawn_app().await;
    let (status, html) = app.customer().await.get_html("/bookings").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(count_of(&html, "tbody tr"), 0);
    assert!(text_at(&html, "p.empty").is_some());
}
