//! The database writer under pressure: a full queue answers 503 at once instead of hanging, and a
//! write that waited for its turn judges by the time it runs, not the time it was sent.

use std::time::Duration;

use crate::helpers::*;
use cinema::domain::kinds::{BookingStatus, SeatState};
use reqwest::StatusCode;

#[tokio::test]
async fn holds_beyond_the_writers_queue_get_503_with_retry_after_and_change_nothing() {
    let app = spawn_app_with(Options {
        writer_queue: 2,
        ..Options::default()
    })
    .await;
    // One at a time: registering writes too, and the queue holds two.
    let mut customers = Vec::new();
    for _ in 0..12 {
        customers.push(app.customer().await);
    }
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    // Each customer's CSRF token first, so the holds below are the only writes.
    let mut tokens = Vec::new();
    for customer in &customers {
        tokens.push(customer.csrf().await);
    }
    let lock = app.lock_writes();
    let mut holds = tokio::task::JoinSet::new();
    for (i, (customer, token)) in customers.iter().zip(tokens).enumerate() {
        let request = customer
            .http
            .post(customer.url(&format!("/showings/{showing}/seats/{}/hold", seats[i])))
            .form(&[("csrf_token", token)]);
        holds.spawn(async move { (i, request.send().await.expect("an answer")) });
    }
    // Refusals come back while the writer is still stuck on the lock.
    let mut refused = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while refused.is_empty() && tokio::time::Instant::now() < deadline {
        if let Ok(Some(answer)) =
            tokio::time::timeout(Duration::from_millis(200), holds.join_next()).await
        {
            let (i, response) = answer.unwrap();
            assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(header(&response, "retry-after"), Some("2"));
            let body = response.text().await.unwrap();
            assert!(body.contains("Nothing was changed"), "{body}");
            refused.push(i);
        }
    }
    assert!(
        !refused.is_empty(),
        "no hold was refused while the writer was stuck"
    );
    drop(lock);
    while let Some(answer) = holds.join_next().await {
        let (i, response) = answer.unwrap();
        match response.status() {
            StatusCode::SEE_OTHER => {}
            StatusCode::SERVICE_UNAVAILABLE => refused.push(i),
            other => panic!("hold {i} answered {other}"),
        }
    }
    assert!(refused.len() < customers.len(), "some holds went through");
    for (i, seat) in seats.iter().take(customers.len()).enumerate() {
        let expected = if refused.contains(&i) {
            SeatState::Free
        } else {
            SeatState::Held
        };
        assert_eq!(
            app.seat_state(showing, *seat).0,
            expected,
            "seat of hold {i}"
        );
    }
    app.assert_seats_consistent();
}

#[tokio::test]
async fn a_payment_that_waits_past_the_end_of_its_hold_is_refused() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    let version = customer.checkout_version(&code).await;
    let token = customer.csrf().await;
    let card = Card::new(Card::ACCEPTED);

    let lock = app.lock_writes();
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
    let payment = tokio::spawn(async move { request.send().await.expect("an answer") });
    // The payment is queued behind the lock, inside its hold; the hold then runs out.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(!payment.is_finished());
    app.clock.advance(chrono::Duration::minutes(11));
    drop(lock);

    let response = payment.await.unwrap();
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let body = response.text().await.unwrap();
    assert!(body.contains("hold expired"), "{body}");
    assert_eq!(app.booking(&code).status, BookingStatus::Pending);
    assert_ne!(app.seat_state(showing, seat).0, SeatState::Sold);
    assert!(app.payments(app.booking(&code).id).is_empty());
}
