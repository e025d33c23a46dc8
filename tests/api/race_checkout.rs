//! Checkout under contention: concurrent payments and cancellations charge and refund exactly once.

use crate::helpers::*;
use crate::race::{RACERS, all_at_once, prepared_post, statuses};
use cinema::db::bookings::Booking;
use cinema::domain::kinds::{BookingStatus, PaymentKind, PaymentStatus, SeatState};
use reqwest::StatusCode;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_customers_paying_at_once_all_get_their_own_seats() {
    let app = spawn_app().await;
    let customers = app.customers(RACERS).await;
    let showing = app.showing_in(3);
    let (price, _) = app.showing(showing);
    let seats = app.seats_of_kind(showing, "standard");
    let mut codes = Vec::new();
    for (customer, &seat) in customers.iter().zip(&seats) {
        assert_eq!(
            customer.hold(showing, seat).await.status(),
            StatusCode::SEE_OTHER
        );
        codes.push(customer.basket_code(showing).await.unwrap());
    }
    let mut requests = Vec::new();
    for (customer, code) in customers.iter().zip(&codes) {
        let version = customer.checkout_version(code).await;
        let card = Card::new(Card::ACCEPTED);
        let fields = [
            ("card_name", card.name),
            ("card_number", card.number),
            ("card_expiry", card.expiry),
            ("card_cvc", card.cvc),
            ("version", version.as_str()),
        ];
        requests.push(prepared_post(customer, &format!("/bookings/{code}/pay"), &fields).await);
    }

    let answers = all_at_once(requests).await;

    for ((status, body), code) in answers.iter().zip(&codes) {
        assert_eq!(*status, StatusCode::SEE_OTHER, "{code}: {body}");
    }
    for (code, &seat) in codes.iter().zip(&seats) {
        let booking: Booking = app.booking(code);
        assert_eq!(booking.status, BookingStatus::Paid);
        assert_eq!(booking.total_cents, price);
        assert_eq!(app.live_items(booking.id), vec![(seat, price)]);
        assert_eq!(
            app.seat_state(showing, seat),
            (SeatState::Sold, Some(booking.id), None)
        );
        assert_eq!(
            app.payments(booking.id),
            vec![(PaymentKind::Charge, PaymentStatus::Approved, price)]
        );
    }
    app.assert_seats_consistent();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn paying_twice_at_once_charges_once() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    let version = customer.checkout_version(&code).await;
    let card = Card::new(Card::ACCEPTED);
    let fields = [
        ("card_name", card.name),
        ("card_number", card.number),
        ("card_expiry", card.expiry),
        ("card_cvc", card.cvc),
        ("version", version.as_str()),
    ];
    let path = format!("/bookings/{code}/pay");
    let mut requests = Vec::new();
    for _ in 0..5 {
        requests.push(prepared_post(&customer, &path, &fields).await);
    }
    let answers = all_at_once(requests).await;
    let mut codes = statuses(&answers);
    codes.sort();
    assert_eq!(codes, vec![303, 409, 409, 409, 409]);
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Paid);
    assert_eq!(
        app.payments(booking.id),
        vec![(
            PaymentKind::Charge,
            PaymentStatus::Approved,
            booking.total_cents
        )]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn cancelling_twice_at_once_refunds_once() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    assert_eq!(
        customer.pay(&code, Card::ACCEPTED).await.status(),
        StatusCode::SEE_OTHER
    );
    let path = format!("/bookings/{code}/cancel");
    let mut requests = Vec::new();
    for _ in 0..5 {
        requests.push(prepared_post(&customer, &path, &[]).await);
    }
    let answers = all_at_once(requests).await;
    let mut codes = statuses(&answers);
    codes.sort();
    assert_eq!(codes, vec![303, 409, 409, 409, 409]);
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Cancelled);
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
    assert_eq!(app.seat_state(showing, seat), (SeatState::Free, None, None));
}
