//! Releasing held seats: the seat is free at once, and an emptied basket is discarded.

use crate::helpers::*;
use cinema::db::bookings::pending_for;
use cinema::domain::kinds::SeatState;
use cinema::schema::booking_items;
use diesel::prelude::*;
use reqwest::StatusCode;

#[tokio::test]
async fn releasing_a_seat_frees_it_and_updates_the_total() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let (price, _) = app.showing(showing);
    let seats = app.seats_of_kind(showing, "standard");
    customer.hold(showing, seats[0]).await;
    customer.hold(showing, seats[1]).await;
    let code = customer.basket_code(showing).await.unwrap();
    assert_eq!(app.booking(&code).total_cents, 2 * price);

    assert_redirects_to(
        &customer.release(showing, seats[0]).await,
        &format!("/showings/{showing}"),
    );
    let booking = app.booking(&code);
    assert_eq!(booking.total_cents, price);
    assert_eq!(app.live_items(booking.id), vec![(seats[1], price)]);
    assert_eq!(
        app.seat_state(showing, seats[0]),
        (SeatState::Free, None, None)
    );
    let (_, html) = app.client().get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&html, seats[0]), "free");
}

#[tokio::test]
async fn releasing_the_last_seat_discards_the_pending_booking() {
    let app = spawn_app().await;
    let (customer, email) = app.customer_with_email().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[2];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    let booking_id = app.booking(&code).id;

    let response = customer
        .htmx_post(&format!("/showings/{showing}/seats/{seat}/release"), &[])
        .await;
    let (status, html) = html_of(response).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(state_of(&html, seat), "free");

    let user_id = app.user_id(&email);
    assert!(
        app.db(|c| pending_for(c, user_id, showing).unwrap())
            .is_none()
    );
    let items: i64 = app.db(|c| {
        booking_items::table
            .filter(booking_items::booking_id.eq(booking_id))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(items, 0);
    assert_eq!(app.seat_state(showing, seat), (SeatState::Free, None, None));
    assert_eq!(customer.basket_code(showing).await, None);
    assert_eq!(
        customer.get(&format!("/bookings/{code}")).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn releasing_a_seat_you_do_not_hold_is_409() {
    let app = spawn_app().await;
    let holder = app.customer().await;
    let other = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    assert_eq!(
        other.release(showing, seat).await.status(),
        StatusCode::CONFLICT
    );
    holder.hold(showing, seat).await;
    let (status, html) = html_of(other.release(showing, seat).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        text_at(&html, "#seat-message")
            .unwrap()
            .contains("not holding")
    );
    assert_eq!(app.seat_state(showing, seat).0, SeatState::Held);
}
