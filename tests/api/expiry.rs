//! Holds run out: the seat is free to others at once, the late payment is refused, the sweeper tidies up.

use crate::helpers::*;
use cinema::domain::kinds::{BookingStatus, PaymentStatus, SeatState};
use cinema::schema::booking_items;
use diesel::prelude::*;
use reqwest::StatusCode;

fn short_holds() -> Options {
    Options {
        hold_seconds: Some(60),
        ..Options::default()
    }
}

#[tokio::test]
async fn a_hold_that_ran_out_is_free_to_others_before_any_sweep() {
    let app = spawn_app_with(short_holds()).await;
    let first = app.customer().await;
    let second = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    first.hold(showing, seat).await;
    let code = first.basket_code(showing).await.unwrap();

    app.clock.advance(chrono::Duration::seconds(30));
    let (_, html) = second.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&html, seat), "held", "still inside the hold");

    app.clock.advance(chrono::Duration::seconds(31));
    let (_, html) = second.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&html, seat), "free");
    let (_, html) = first.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&html, seat), "free", "the owner sees it lapse too");
    assert_eq!(first.basket_code(showing).await, None);
    assert_eq!(
        app.seat_state(showing, seat).0,
        SeatState::Held,
        "nothing has been swept yet"
    );
    assert_eq!(app.booking(&code).status, BookingStatus::Pending);

    assert_redirects_to(
        &second.hold(showing, seat).await,
        &format!("/showings/{showing}"),
    );
    let (_, html) = second.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&html, seat), "mine");
    let (_, html) = first.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&html, seat), "held");
    let old = app.booking(&code);
    assert!(
        app.live_items(old.id).is_empty(),
        "the lapsed basket no longer owns the seat"
    );
    app.assert_seats_consistent();
}

#[tokio::test]
async fn paying_after_the_hold_ran_out_is_409_and_charges_nothing() {
    let app = spawn_app_with(short_holds()).await;
    let first = app.customer().await;
    let second = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[1];
    first.hold(showing, seat).await;
    let code = first.basket_code(showing).await.unwrap();
    let version = first.checkout_version(&code).await;

    app.clock.advance(chrono::Duration::seconds(61));
    second.hold(showing, seat).await;
    let second_code = second.basket_code(showing).await.unwrap();

    let response = first
        .pay_with(&code, &Card::new(Card::ACCEPTED), &version)
        .await;
    let (status, html) = html_of(response).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        text_at(&html, "#booking-message")
            .unwrap()
            .contains("nothing was charged")
    );
    let booking = app.booking(&code);
    assert_ne!(booking.status, BookingStatus::Paid);
    assert!(booking.paid_at.is_none());
    assert!(
        app.payments(booking.id)
            .iter()
            .all(|(_, status, _)| *status != PaymentStatus::Approved),
        "no approved payment"
    );
    let second_booking = app.booking(&second_code);
    assert_eq!(
        app.seat_state(showing, seat).1,
        Some(second_booking.id),
        "the seat stays with the new holder"
    );
    app.assert_seats_consistent();
}

#[tokio::test]
async fn paying_after_the_hold_ran_out_is_refused_even_when_nobody_took_the_seat() {
    let app = spawn_app_with(short_holds()).await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[2];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    let version = customer.checkout_version(&code).await;
    app.clock.advance(chrono::Duration::seconds(61));

    let response = customer
        .pay_with(&code, &Card::new(Card::ACCEPTED), &version)
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Pending);
    assert!(app.payments(booking.id).is_empty());
    assert_ne!(app.seat_state(showing, seat).0, SeatState::Sold);
}

#[tokio::test]
async fn the_sweep_expires_the_booking_and_frees_its_seats() {
    let app = spawn_app_with(short_holds()).await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    customer.hold(showing, seats[0]).await;
    customer.hold(showing, seats[1]).await;
    let code = customer.basket_code(showing).await.unwrap();
    let booking_id = app.booking(&code).id;

    assert_eq!(app.sweep(), 0, "nothing has run out yet");
    app.clock.advance(chrono::Duration::seconds(61));
    assert_eq!(app.sweep(), 1);

    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Expired);
    for &seat in &seats[..2] {
        assert_eq!(app.seat_state(showing, seat), (SeatState::Free, None, None));
    }
    assert!(app.live_items(booking_id).is_empty());
    let kept: i64 = app.db(|c| {
        booking_items::table
            .filter(booking_items::booking_id.eq(booking_id))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(kept, 2, "the record of what was held stays");
    assert_eq!(app.sweep(), 0, "a second sweep finds nothing");

    let (_, html) = customer.get_html("/bookings").await;
    let row = format!(r#"tr[data-status] a[href="/bookings/{code}"]"#);
    assert_eq!(count_of(&html, &row), 1);
    assert_eq!(
        attr_at(&html, "tr[data-status]", "data-status").as_deref(),
        Some("expired")
    );
    let (status, html) = customer.get_html(&format!("/bookings/{code}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        attr_at(&html, "[data-status]", "data-status").as_deref(),
        Some("expired")
    );
    assert_eq!(count_of(&html, "#pay-form"), 0, "no payment form any more");
    app.assert_seats_consistent();
}

#[tokio::test]
async fn a_lapsed_booking_is_listed_as_expired_before_the_sweep() {
    let app = spawn_app_with(short_holds()).await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    customer
        .hold(showing, app.seats_of_kind(showing, "standard")[0])
        .await;
    app.clock.advance(chrono::Duration::seconds(61));
    let (_, html) = customer.get_html("/bookings").await;
    assert_eq!(
        attr_at(&html, "tr[data-status]", "data-status").as_deref(),
        Some("expired")
    );
}

#[tokio::test]
async fn holding_again_after_a_lapse_starts_a_new_basket() {
    let app = spawn_app_with(short_holds()).await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    customer.hold(showing, seats[0]).await;
    let old = customer.basket_code(showing).await.unwrap();
    app.clock.advance(chrono::Duration::seconds(61));

    assert_eq!(
        customer.hold(showing, seats[1]).await.status(),
        StatusCode::SEE_OTHER
    );
    let new = customer.basket_code(showing).await.unwrap();
    assert_ne!(old, new);
    assert_eq!(app.booking(&old).status, BookingStatus::Expired);
    assert_eq!(app.seat_state(showing, seats[0]).0, SeatState::Free);
    let booking = app.booking(&new);
    assert_eq!(booking.status, BookingStatus::Pending);
    assert_eq!(app.live_items(booking.id).len(), 1);
    assert!(booking.expires_at > app.clock.now_naive());
    app.assert_seats_consistent();
}

#[tokio::test]
async fn ticket_types_cannot_change_after_the_hold_ran_out() {
    let app = spawn_app_with(short_holds()).await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    let before = app.booking(&code);
    app.clock.advance(chrono::Duration::seconds(61));
    let (status, html) = html_of(customer.set_tickets(&code, &[(seat, "child")]).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        text_at(&html, "#booking-message")
            .unwrap()
            .contains("expired")
    );
    let after = app.booking(&code);
    assert_eq!(after.total_cents, before.total_cents);
    assert_eq!(app.live_items(after.id), app.live_items(before.id));
}

#[tokio::test]
async fn taking_over_a_run_out_seat_moves_the_old_bookings_total_and_version_on() {
    let app = spawn_app_with(short_holds()).await;
    let first = app.customer().await;
    let second = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    first.hold(showing, seats[0]).await;
    first.hold(showing, seats[1]).await;
    let code = first.basket_code(showing).await.unwrap();
    let version = first.checkout_version(&code).await;
    let before = app.booking(&code);
    let (base, _) = app.showing(showing);
    assert_eq!(before.total_cents, 2 * base);

    app.clock.advance(chrono::Duration::seconds(61));
    assert_redirects_to(
        &second.hold(showing, seats[0]).await,
        &format!("/showings/{showing}"),
    );
    let after = app.booking(&code);
    assert_eq!(after.status, BookingStatus::Pending, "not swept yet");
    assert_eq!(after.total_cents, base, "the total is what it still owns");
    assert!(
        after.version > before.version,
        "the old checkout form is stale"
    );
    assert_eq!(app.live_items(after.id), vec![(seats[1], base)]);

    // The old checkout form pays nothing: its hold ran out, and its version is behind.
    let response = first
        .pay_with(&code, &Card::new(Card::ACCEPTED), &version)
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert!(app.payments(after.id).is_empty());
    app.assert_seats_consistent();
}
