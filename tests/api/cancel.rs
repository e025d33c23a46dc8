//! Cancelling: a pending booking at once, a paid one until two hours before the start, with a refund.

use crate::helpers::*;
use cinema::domain::kinds::{BookingStatus, PaymentKind, PaymentStatus, SeatState};
use reqwest::StatusCode;

/// A customer with a paid booking for two standard seats: (customer, showing, seats, code).
async fn paid_booking(app: &TestApp, hours_ahead: i64) -> (TestClient, i32, Vec<i32>, String) {
    let customer = app.customer().await;
    let showing = app.showing_in(hours_ahead);
    let seats: Vec<i32> = app.seats_of_kind(showing, "standard")[20..22].to_vec();
    for &seat in &seats {
        customer.hold(showing, seat).await;
    }
    let code = customer.basket_code(showing).await.unwrap();
    assert_eq!(
        customer.pay(&code, Card::ACCEPTED).await.status(),
        StatusCode::SEE_OTHER
    );
    (customer, showing, seats, code)
}

#[tokio::test]
async fn a_paid_booking_cancelled_early_is_refunded_and_its_seats_freed() {
    let app = spawn_app().await;
    let (customer, showing, seats, code) = paid_booking(&app, 3).await;
    let (_, html) = customer.get_html(&format!("/bookings/{code}")).await;
    assert_eq!(
        count_of(&html, &format!(r#"form[action="/bookings/{code}/cancel"]"#)),
        1
    );

    assert_redirects_to(&customer.cancel(&code).await, &format!("/bookings/{code}"));

    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Cancelled);
    assert!(booking.cancelled_at.is_some());
    assert!(app.live_items(booking.id).is_empty());
    for &seat in &seats {
        assert_eq!(app.seat_state(showing, seat), (SeatState::Free, None, None));
    }
    assert_eq!(
        app.payments(booking.id),
        vec![
            (
                PaymentKind::Charge,
                PaymentStatus::Approved,
                booking.total_cents
            ),
            (
                PaymentKind::Refund,
                PaymentStatus::Approved,
                booking.total_cents
            ),
        ]
    );
    let (_, html) = customer.get_html(&format!("/bookings/{code}")).await;
    assert_eq!(
        attr_at(&html, "[data-status]", "data-status").as_deref(),
        Some("cancelled")
    );
    assert!(text_at(&html, "#flash").unwrap().contains("refunded"));

    let other = app.customer().await;
    let (_, html) = other.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&html, seats[0]), "free");
    for &seat in &seats {
        assert_eq!(
            other.hold(showing, seat).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    app.assert_seats_consistent();
}

#[tokio::test]
async fn a_paid_booking_cannot_be_cancelled_within_two_hours_of_the_start() {
    let app = spawn_app().await;
    let (customer, showing, seats, code) = paid_booking(&app, 3).await;
    let (_, starts_at) = app.showing(showing);
    // One hour and 59 minutes before the start.
    let to_cutoff = starts_at - app.clock.now_naive() - chrono::Duration::hours(2);
    app.clock.advance(to_cutoff + chrono::Duration::minutes(1));

    let (status, html) = html_of(customer.cancel(&code).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        text_at(&html, "#booking-message")
            .unwrap()
            .contains("can no longer be cancelled")
    );
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Paid);
    assert_eq!(app.payments(booking.id).len(), 1, "no refund");
    for &seat in &seats {
        assert_eq!(app.seat_state(showing, seat).0, SeatState::Sold);
    }
    let (_, html) = customer.get_html(&format!("/bookings/{code}")).await;
    assert_eq!(
        count_of(&html, &format!(r#"form[action="/bookings/{code}/cancel"]"#)),
        0,
        "the page no longer offers to cancel"
    );
}

#[tokio::test]
async fn a_paid_booking_can_be_cancelled_just_before_the_cutoff() {
    let app = spawn_app().await;
    let (customer, showing, _, code) = paid_booking(&app, 3).await;
    let (_, starts_at) = app.showing(showing);
    let to_cutoff = starts_at - app.clock.now_naive() - chrono::Duration::hours(2);
    app.clock.advance(to_cutoff - chrono::Duration::minutes(1));
    assert_eq!(customer.cancel(&code).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.booking(&code).status, BookingStatus::Cancelled);
}

#[tokio::test]
async fn cancelling_a_pending_booking_releases_its_holds_at_once() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    customer.hold(showing, seats[0]).await;
    customer.hold(showing, seats[1]).await;
    let code = customer.basket_code(showing).await.unwrap();

    assert_redirects_to(&customer.cancel(&code).await, &format!("/bookings/{code}"));
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Cancelled);
    assert!(app.payments(booking.id).is_empty(), "nothing to refund");
    assert!(app.live_items(booking.id).is_empty());
    for &seat in &seats[..2] {
        assert_eq!(app.seat_state(showing, seat), (SeatState::Free, None, None));
    }
    assert_eq!(customer.basket_code(showing).await, None);
    let other = app.customer().await;
    assert_eq!(
        other.hold(showing, seats[0]).await.status(),
        StatusCode::SEE_OTHER
    );
    // The customer can start again.
    assert_eq!(
        customer.hold(showing, seats[1]).await.status(),
        StatusCode::SEE_OTHER
    );
    app.assert_seats_consistent();
}

#[tokio::test]
async fn cancelling_twice_is_409_and_refunds_once() {
    let app = spawn_app().await;
    let (customer, _, _, code) = paid_booking(&app, 3).await;
    assert_eq!(customer.cancel(&code).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(customer.cancel(&code).await.status(), StatusCode::CONFLICT);
    let refunds = app
        .payments(app.booking(&code).id)
        .into_iter()
        .filter(|(kind, _, _)| *kind == PaymentKind::Refund)
        .count();
    assert_eq!(refunds, 1);
}

#[tokio::test]
async fn nobody_else_can_cancel_a_booking() {
    let app = spawn_app().await;
    let (_, _, _, code) = paid_booking(&app, 3).await;
    let stranger = app.customer().await;
    assert_eq!(stranger.cancel(&code).await.status(), StatusCode::NOT_FOUND);
    let cashier = app.cashier().await;
    assert_eq!(cashier.cancel(&code).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.booking(&code).status, BookingStatus::Paid);
}
