//! Every guard that decides a write sits in the write's own WHERE and is checked by its row count,
//! so a change decided on a stale read changes nothing. Each test reads a booking, lets another
//! change land, then hands the store the stale booking, as a second writer on another connection
//! (or another database server) would.

use crate::helpers::*;
use cinema::db::bookings::{self, Ending};
use cinema::domain::kinds::{BookingStatus, SeatState};

/// A customer with one seat held and the booking as read at that moment.
async fn held_booking(app: &TestApp) -> (TestClient, i32, i32, String) {
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.expect("a basket");
    (customer, showing, seat, code)
}

#[tokio::test]
async fn expiring_a_booking_that_was_paid_since_it_was_read_changes_nothing() {
    let app = spawn_app().await;
    let (customer, showing, seat, code) = held_booking(&app).await;
    let stale = app.booking(&code);
    assert_eq!(
        customer.pay(&code, Card::ACCEPTED).await.status(),
        reqwest::StatusCode::SEE_OTHER
    );
    let later = app.clock.now_naive() + chrono::Duration::hours(1);
    let ended = app
        .db(|c| bookings::end(c, &stale, Ending::Expire, later))
        .unwrap();
    assert!(!ended, "the guard saw the booking is paid");
    assert_eq!(app.booking(&code).status, BookingStatus::Paid);
    assert_eq!(app.seat_state(showing, seat).0, SeatState::Sold);
    app.assert_seats_consistent();
}

#[tokio::test]
async fn cancelling_a_booking_that_was_cancelled_since_it_was_read_changes_nothing() {
    let app = spawn_app().await;
    let (customer, showing, seat, code) = held_booking(&app).await;
    customer.pay(&code, Card::ACCEPTED).await;
    let stale = app.booking(&code);
    customer.cancel(&code).await;
    let cancelled_at = app.booking(&code).cancelled_at;
    // Someone else holds the freed seat before the stale cancellation arrives.
    let other = app.customer().await;
    other.hold(showing, seat).await;
    let now = app.clock.now_naive();
    let ended = app
        .db(|c| bookings::end(c, &stale, Ending::Cancel, now))
        .unwrap();
    assert!(!ended);
    assert_eq!(app.booking(&code).cancelled_at, cancelled_at);
    let (state, holder, _) = app.seat_state(showing, seat);
    assert_eq!(state, SeatState::Held, "the other customer's hold stands");
    assert_ne!(holder, Some(stale.id));
    app.assert_seats_consistent();
}

#[tokio::test]
async fn a_change_to_a_basket_that_was_paid_since_it_was_read_is_refused() {
    let app = spawn_app().await;
    let (customer, _, _, code) = held_booking(&app).await;
    let stale = app.booking(&code);
    customer.pay(&code, Card::ACCEPTED).await;
    let now = app.clock.now_naive();
    let claimed = app.db(|c| bookings::claim(c, &stale, now, 0));
    assert!(
        matches!(claimed, Err(cinema::db::StoreError::Conflict(_))),
        "{claimed:?}"
    );
    let paid = app.booking(&code);
    assert_eq!(paid.status, BookingStatus::Paid);
    assert_eq!(
        paid.version,
        stale.version + 1,
        "only the payment moved it on"
    );
}

#[tokio::test]
async fn a_basket_whose_hold_ran_out_cannot_be_claimed_even_before_the_sweeper_runs() {
    let app = spawn_app().await;
    let (_, _, _, code) = held_booking(&app).await;
    let booking = app.booking(&code);
    let at_the_end = booking.expires_at;
    let claimed = app.db(|c| bookings::claim(c, &booking, at_the_end, 0));
    assert!(matches!(claimed, Err(cinema::db::StoreError::Conflict(_))));
    assert_eq!(app.booking(&code).version, booking.version);
}
