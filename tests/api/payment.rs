//! Paying: the card form, the simulated processor, and the booking version that guards against
//! paying for something that changed.

use crate::helpers::*;
use cinema::domain::kinds::{BookingStatus, PaymentKind, PaymentStatus, SeatState};
use reqwest::StatusCode;

/// A customer holding `n` standard seats of a showing three hours ahead: (customer, showing, seats, code).
pub async fn basket(app: &TestApp, n: usize) -> (TestClient, i32, Vec<i32>, String) {
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats: Vec<i32> = app.seats_of_kind(showing, "standard")[..n].to_vec();
    for &seat in &seats {
        assert_eq!(
            customer.hold(showing, seat).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    let code = customer.basket_code(showing).await.expect("a basket");
    (customer, showing, seats, code)
}

#[tokio::test]
async fn an_accepted_card_pays_the_booking_and_sells_the_seats() {
    let app = spawn_app().await;
    let (customer, showing, seats, code) = basket(&app, 2).await;
    let response = customer.pay(&code, Card::ACCEPTED).await;
    assert_redirects_to(&response, &format!("/bookings/{code}"));

    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Paid);
    assert!(booking.paid_at.is_some());
    let items = app.live_items(booking.id);
    assert_eq!(items.len(), 2);
    let sum: i64 = items.iter().map(|(_, p)| p).sum();
    assert_eq!(booking.total_cents, sum);
    assert_eq!(
        app.payments(booking.id),
        vec![(PaymentKind::Charge, PaymentStatus::Approved, sum)]
    );
    for &seat in &seats {
        assert_eq!(
            app.seat_state(showing, seat),
            (SeatState::Sold, Some(booking.id), None)
        );
    }

    let (status, html) = customer.get_html(&format!("/bookings/{code}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        attr_at(&html, "[data-status]", "data-status").as_deref(),
        Some("paid")
    );
    assert_eq!(
        count_of(&html, "figure.qr svg"),
        1,
        "the ticket has a QR code"
    );
    assert_eq!(count_of(&html, "#pay-form"), 0);
    assert_eq!(count_of(&html, r#"input[name="version"]"#), 0);
    let again = customer
        .pay_with(
            &code,
            &Card::new(Card::ACCEPTED),
            &app.booking(&code).version.to_string(),
        )
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT, "already paid");
    assert_eq!(app.payments(booking.id).len(), 1, "charged once");
    app.assert_seats_consistent();
}

#[tokio::test]
async fn paying_a_paid_booking_again_is_409_and_charges_once() {
    let app = spawn_app().await;
    let (customer, _, _, code) = basket(&app, 1).await;
    let version = customer.checkout_version(&code).await;
    let card = Card::new(Card::ACCEPTED);
    assert_eq!(
        customer.pay_with(&code, &card, &version).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        customer.pay_with(&code, &card, &version).await.status(),
        StatusCode::CONFLICT
    );
    assert_eq!(app.payments(app.booking(&code).id).len(), 1);
}

#[tokio::test]
async fn a_declined_card_is_402_and_the_booking_stays_pending() {
    let app = spawn_app().await;
    let (customer, showing, seats, code) = basket(&app, 1).await;
    let (status, html) = html_of(customer.pay(&code, Card::DECLINED).await).await;
    assert_eq!(status, StatusCode::PAYMENT_REQUIRED);
    assert!(
        text_at(&html, "#booking-message")
            .unwrap()
            .contains("declined")
    );
    assert_eq!(
        attr_at(&html, "input#card_name", "value").as_deref(),
        Some("Test Person")
    );

    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Pending);
    assert_eq!(
        app.payments(booking.id),
        vec![(
            PaymentKind::Charge,
            PaymentStatus::Declined,
            booking.total_cents
        )]
    );
    assert_eq!(app.seat_state(showing, seats[0]).0, SeatState::Held);

    // Another card still works.
    assert_redirects_to(
        &customer.pay(&code, Card::ACCEPTED).await,
        &format!("/bookings/{code}"),
    );
    assert_eq!(app.booking(&code).status, BookingStatus::Paid);
}

#[tokio::test]
async fn invalid_card_fields_are_422_with_a_message_next_to_each() {
    let app = spawn_app().await;
    let (customer, _, _, code) = basket(&app, 1).await;
    let version = customer.checkout_version(&code).await;
    let cases = [
        (
            Card {
                number: "4242 4242 4242 4241",
                ..Card::new("")
            },
            "card_number",
        ),
        (
            Card {
                expiry: "01/20",
                ..Card::new(Card::ACCEPTED)
            },
            "card_expiry",
        ),
        (
            Card {
                expiry: "13/30",
                ..Card::new(Card::ACCEPTED)
            },
            "card_expiry",
        ),
        (
            Card {
                cvc: "12a",
                ..Card::new(Card::ACCEPTED)
            },
            "card_cvc",
        ),
        (
            Card {
                name: "   ",
                ..Card::new(Card::ACCEPTED)
            },
            "card_name",
        ),
    ];
    for (card, field) in cases {
        let (status, html) = html_of(customer.pay_with(&code, &card, &version).await).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{card:?}");
        assert!(
            text_at(&html, &format!("#{field}-error")).is_some_and(|t| !t.is_empty()),
            "a message for {field}"
        );
        assert_eq!(
            attr_at(&html, &format!("input#{field}"), "aria-invalid").as_deref(),
            Some("true")
        );
        assert_eq!(
            attr_at(&html, "input#card_name", "value").as_deref(),
            Some(card.name.trim()),
            "the name is kept"
        );
        assert_eq!(attr_at(&html, "input#card_number", "value"), None);
        assert_eq!(attr_at(&html, "input#card_cvc", "value"), None);
        assert!(
            !html.html().contains("4242 4242 4242 4241"),
            "the card number is never sent back"
        );
    }
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Pending);
    assert!(
        app.payments(booking.id).is_empty(),
        "nothing reached the processor"
    );
}

#[tokio::test]
async fn a_stale_version_is_409_and_nothing_is_charged() {
    let app = spawn_app().await;
    let (customer, _, seats, code) = basket(&app, 2).await;
    let version = customer.checkout_version(&code).await;
    assert_eq!(
        customer
            .set_tickets(&code, &[(seats[0], "child")])
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let (status, html) = html_of(
        customer
            .pay_with(&code, &Card::new(Card::ACCEPTED), &version)
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        text_at(&html, "#booking-message")
            .unwrap()
            .contains("changed")
    );
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Pending);
    assert!(app.payments(booking.id).is_empty());
    assert_ne!(
        attr_at(&html, r#"input[name="version"]"#, "value"),
        Some(version),
        "the page shows the new version"
    );
    // With the version the page now shows, the payment goes through.
    assert_eq!(
        customer.pay(&code, Card::ACCEPTED).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_missing_version_is_422() {
    let app = spawn_app().await;
    let (customer, _, _, code) = basket(&app, 1).await;
    let response = customer
        .pay_with(&code, &Card::new(Card::ACCEPTED), "")
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.payments(app.booking(&code).id).is_empty());
}

#[tokio::test]
async fn a_declined_payment_does_not_stop_the_customer_releasing_their_seats() {
    let app = spawn_app().await;
    let (customer, showing, seats, code) = basket(&app, 1).await;
    assert_eq!(
        customer.pay(&code, Card::DECLINED).await.status(),
        StatusCode::PAYMENT_REQUIRED
    );
    let response = customer.release(showing, seats[0]).await;
    assert_redirects_to(&response, &format!("/showings/{showing}"));
    assert_eq!(
        app.seat_state(showing, seats[0]),
        (SeatState::Free, None, None)
    );
    assert_eq!(customer.basket_code(showing).await, None);
    app.assert_seats_consistent();
}

#[tokio::test]
async fn paying_after_the_showing_started_is_409_and_nothing_is_charged() {
    let app = spawn_app_with(Options {
        hold_seconds: Some(86_400),
        ..Options::default()
    })
    .await;
    let (customer, showing, seats, code) = basket(&app, 1).await;
    let (_, starts_at) = app.showing(showing);
    let until_start = starts_at - app.clock.now_naive();
    app.clock
        .advance(until_start + chrono::Duration::minutes(1));

    let response = customer.pay(&code, Card::ACCEPTED).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("sales for this showing closed")
    );
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Pending);
    assert!(app.payments(booking.id).is_empty());
    assert_eq!(app.seat_state(showing, seats[0]).0, SeatState::Held);
}

#[tokio::test]
async fn a_slow_card_processor_keeps_no_one_else_waiting_for_seats() {
    // The processor takes 20 s to answer; the other customers' holds must not wait for it.
    let app = spawn_app_with(Options {
        configure: |c| c.payment_delay = std::time::Duration::from_secs(20),
        ..Default::default()
    })
    .await;
    let (payer, showing, _, code) = basket(&app, 1).await;
    let other = app.customer().await;
    let cashier = app.cashier().await;
    crate::counter::open_shift(&cashier, "100.00").await;
    let free = app.seats_of_kind(showing, "standard");
    let (seat, label) = (free[10], app.seat_label(free[11]));
    let version = payer.checkout_version(&code).await;
    let card = Card::new(Card::ACCEPTED);
    let paying = payer.pay_with(&code, &card, &version);
    tokio::pin!(paying);
    let others = async {
        // A head start, so that the payment is with the processor before the holds are asked.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let web = other.hold(showing, seat).await;
        let counter = cashier
            .post_form(
                &format!("/counter/showings/{showing}/seats"),
                &[("seats", label.as_str())],
            )
            .await;
        (web.status(), counter.status())
    };
    tokio::select! {
        answer = &mut paying => panic!("the slow payment answered ({}) before the others' holds", answer.status()),
        (web, counter) = others => {
            assert_eq!(web, StatusCode::SEE_OTHER, "the web hold while the card is with the processor");
            assert_eq!(counter, StatusCode::SEE_OTHER, "the counter hold meanwhile");
        }
    }
    assert_eq!(
        app.booking(&code).status,
        BookingStatus::Pending,
        "the payment is still with the processor"
    );
    assert_eq!(app.seat_state(showing, seat).0, SeatState::Held);
}
