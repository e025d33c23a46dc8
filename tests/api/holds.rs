//! Holding seats, as plain forms and as HTMX: conflicts between customers, the seat limit, and
//! logging in first.

use crate::helpers::*;
use cinema::db::bookings::pending_for;
use cinema::domain::kinds::{BookingStatus, SeatState};
use reqwest::StatusCode;

#[tokio::test]
async fn a_plain_hold_redirects_back_and_records_the_hold() {
    let app = spawn_app().await;
    let (customer, email) = app.customer_with_email().await;
    let showing = app.showing_in(3);
    let (price, _) = app.showing(showing);
    let seat = app.seats_of_kind(showing, "standard")[3];
    assert_redirects_to(
        &customer.hold(showing, seat).await,
        &format!("/showings/{showing}"),
    );
    let user_id = app.user_id(&email);
    let booking = app
        .db(|c| pending_for(c, user_id, showing).unwrap())
        .expect("a pending booking");
    assert_eq!(booking.status, BookingStatus::Pending);
    assert_eq!(booking.total_cents, price);
    assert_eq!(app.live_items(booking.id), vec![(seat, price)]);
    let (state, owner, until) = app.seat_state(showing, seat);
    assert_eq!(state, SeatState::Held);
    assert_eq!(owner, Some(booking.id));
    assert_eq!(until, Some(booking.expires_at));

    let (_, html) = customer.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&html, seat), "mine");
    assert!(
        text_at(&html, "#basket-content")
            .unwrap()
            .contains(&app.seat_label(seat))
    );
    assert_eq!(customer.basket_code(showing).await, Some(booking.code));
}

#[tokio::test]
async fn an_htmx_hold_answers_with_the_seat_in_place_and_the_basket() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[5];
    let response = customer
        .htmx_post(&format!("/showings/{showing}/seats/{seat}/hold"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    // HTMX swaps the answer in place of the clicked seat; the poll brings the grid's other changes.
    assert_eq!(
        header(&response, "HX-Retarget"),
        Some(format!("#seat-{seat}").as_str())
    );
    assert_eq!(header(&response, "HX-Reswap"), Some("outerHTML"));
    let body = response.text().await.unwrap();
    assert!(!body.contains("<html"));
    let html = scraper::Html::parse_fragment(&body);
    assert_eq!(count_of(&html, "#seat-grid"), 0);
    assert_eq!(count_of(&html, "button.seat"), 1);
    assert_eq!(state_of(&html, seat), "mine");
    assert_eq!(
        attr_at(&html, &format!("#seat-{seat}"), "formaction"),
        Some(format!("/showings/{showing}/seats/{seat}/release"))
    );
    assert_eq!(
        attr_at(&html, "#basket-content", "data-hx-swap-oob").as_deref(),
        Some("innerHTML")
    );
    assert!(
        text_at(&html, "#basket-content")
            .unwrap()
            .contains(&app.seat_label(seat))
    );
    assert_eq!(app.seat_state(showing, seat).0, SeatState::Held);

    // The seat answers as it is drawn in the grid, attribute for attribute.
    let (_, page) = customer.get_html(&format!("/showings/{showing}")).await;
    let selector = scraper::Selector::parse(&format!("#seat-{seat}")).unwrap();
    let alone = html.select(&selector).next().unwrap().html();
    let in_grid = page.select(&selector).next().unwrap().html();
    assert_eq!(alone, in_grid);
}

#[tokio::test]
async fn holding_your_own_seat_again_changes_nothing() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    let before = app.booking(&code);
    let seat_before = app.seat_state(showing, seat);

    assert_redirects_to(
        &customer.hold(showing, seat).await,
        &format!("/showings/{showing}"),
    );
    let response = customer
        .htmx_post(&format!("/showings/{showing}/seats/{seat}/hold"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::OK);

    let after = app.booking(&code);
    assert_eq!(after.version, before.version);
    assert_eq!(after.total_cents, before.total_cents);
    assert_eq!(app.live_items(after.id).len(), 1);
    assert_eq!(app.seat_state(showing, seat), seat_before);
}

#[tokio::test]
async fn second_customer_gets_409_when_seat_is_already_held() {
    let app = spawn_app().await;
    let first = app.customer().await;
    let second = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[10];
    let label = app.seat_label(seat);
    first.hold(showing, seat).await;
    let owner = app.seat_state(showing, seat).1;

    let (status, html) = html_of(second.hold(showing, seat).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        text_at(&html, "#seat-message"),
        Some(format!("Seat {label} was just taken."))
    );
    assert_eq!(state_of(&html, seat), "held");
    assert!(
        html.html().contains("<html"),
        "a plain post gets the whole page"
    );

    let response = second
        .htmx_post(&format!("/showings/{showing}/seats/{seat}/hold"), &[])
        .await;
    assert_eq!(
        header(&response, "HX-Retarget"),
        Some(format!("#seat-{seat}").as_str()),
        "HTMX gets the seat, shown taken, in place of the one clicked"
    );
    let (status, html) = html_of(response).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        text_at(&html, "#seat-message"),
        Some(format!("Seat {label} was just taken."))
    );
    assert_eq!(
        attr_at(&html, "#seat-message", "data-hx-swap-oob").as_deref(),
        Some("true")
    );
    assert_eq!(
        attr_at(&html, "#seat-message", "role").as_deref(),
        Some("alert")
    );
    assert_eq!(state_of(&html, seat), "held");
    assert_eq!(count_of(&html, "button.seat"), 1);

    assert_eq!(
        app.seat_state(showing, seat).1,
        owner,
        "the first hold stands"
    );
    assert_eq!(second.basket_code(showing).await, None);
    app.assert_seats_consistent();
}

#[tokio::test]
async fn a_sold_seat_cannot_be_held() {
    let app = spawn_app().await;
    let buyer = app.customer().await;
    let other = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[1];
    buyer.hold(showing, seat).await;
    let code = buyer.basket_code(showing).await.unwrap();
    assert_eq!(
        buyer.pay(&code, Card::ACCEPTED).await.status(),
        StatusCode::SEE_OTHER
    );

    let (status, html) = html_of(other.hold(showing, seat).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        text_at(&html, "#seat-message")
            .unwrap()
            .contains("already sold")
    );
    assert_eq!(state_of(&html, seat), "sold");
    // Nor by the buyer, whose basket is gone now that it is paid.
    assert_eq!(
        buyer.hold(showing, seat).await.status(),
        StatusCode::CONFLICT
    );
    app.assert_seats_consistent();
}

#[tokio::test]
async fn a_customer_may_hold_ten_seats_and_the_eleventh_is_409() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    for &seat in &seats[..10] {
        assert_eq!(
            customer.hold(showing, seat).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    let (status, html) = html_of(customer.hold(showing, seats[10]).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        text_at(&html, "#seat-message")
            .unwrap()
            .contains("at most 10")
    );
    assert_eq!(state_of(&html, seats[10]), "free");
    let code = customer.basket_code(showing).await.unwrap();
    let booking = app.booking(&code);
    assert_eq!(app.live_items(booking.id).len(), 10);
    assert_eq!(app.seat_state(showing, seats[10]).0, SeatState::Free);

    // Releasing one makes room for another.
    customer.release(showing, seats[0]).await;
    assert_eq!(
        customer.hold(showing, seats[10]).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn the_seat_limit_is_per_showing() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let first = app.showing_in(3);
    let later = app.showing_in(30);
    assert_ne!(first, later);
    for &seat in &app.seats_of_kind(first, "standard")[..10] {
        customer.hold(first, seat).await;
    }
    let seat = app.seats_of_kind(later, "standard")[0];
    assert_eq!(
        customer.hold(later, seat).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn an_anonymous_click_on_a_seat_is_kept_through_logging_in() {
    let app = spawn_app().await;
    let (_, email) = app.customer_with_email().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    let visitor = app.client();
    let login = format!("/login?next=%2Fshowings%2F{showing}%3Fseat%3D{seat}");

    assert_redirects_to(&visitor.hold(showing, seat).await, &login);
    let response = visitor
        .htmx_post(&format!("/showings/{showing}/seats/{seat}/hold"), &[])
        .await;
    assert_eq!(
        response
            .headers()
            .get("HX-Redirect")
            .and_then(|v| v.to_str().ok()),
        Some(login.as_str())
    );
    assert_eq!(app.seat_state(showing, seat).0, SeatState::Free);

    // The login page says the seat will be kept, and logging in keeps it.
    let (_, html) = visitor.get_html(&login).await;
    assert!(text_at(&html, "#keeps-seat").is_some());
    let next = attr_at(&html, r#"input[name="next"]"#, "value").unwrap();
    assert_eq!(next, format!("/showings/{showing}?seat={seat}"));
    let response = visitor
        .post_form(
            "/login",
            &[("email", &email), ("password", PASSWORD), ("next", &next)],
        )
        .await;
    assert_redirects_to(&response, &format!("/showings/{showing}"));
    let state = app.seat_state(showing, seat).0;
    assert_eq!(state, SeatState::Held);
    let (_, html) = visitor.get_html(&format!("/showings/{showing}")).await;
    assert!(
        text_at(&html, "#flash").unwrap().contains("held for you"),
        "{:?}",
        text_at(&html, "#flash")
    );
    assert_eq!(
        attr_at(&html, &format!("#seat-{seat}"), "data-state").as_deref(),
        Some("mine")
    );
}

#[tokio::test]
async fn a_seat_kept_through_registering_is_held_or_its_loss_explained() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    let next = format!("/showings/{showing}?seat={}", seats[3]);

    let newcomer = app.client();
    let (_, html) = newcomer
        .get_html(&format!(
            "/register?next=%2Fshowings%2F{showing}%3Fseat%3D{}",
            seats[3]
        ))
        .await;
    assert!(text_at(&html, "#keeps-seat").is_some());
    let response = newcomer
        .post_form(
            "/register",
            &[
                ("name", "New Customer"),
                ("email", "new.customer@example.com"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
                ("next", &next),
            ],
        )
        .await;
    assert_redirects_to(&response, &format!("/showings/{showing}"));
    assert_eq!(app.seat_state(showing, seats[3]).0, SeatState::Held);
    let (_, html) = newcomer.get_html(&format!("/showings/{showing}")).await;
    let flash = text_at(&html, "#flash").unwrap();
    assert!(
        flash.contains("Welcome") && flash.contains("held for you"),
        "{flash}"
    );

    // A seat someone took meanwhile is not taken from them; the customer is told.
    let (_, email) = app.customer_with_email().await;
    let late = app.client();
    let response = late
        .post_form(
            "/login",
            &[("email", &email), ("password", PASSWORD), ("next", &next)],
        )
        .await;
    assert_redirects_to(&response, &format!("/showings/{showing}"));
    let (_, html) = late.get_html(&format!("/showings/{showing}")).await;
    let flash = text_at(&html, "#flash").unwrap();
    assert!(flash.contains("could not keep"), "{flash}");
    assert_eq!(
        attr_at(&html, &format!("#seat-{}", seats[3]), "data-state").as_deref(),
        Some("held")
    );
}

#[tokio::test]
async fn a_showing_that_has_started_takes_no_holds() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let (_, starts_at) = app.showing(showing);
    let seat = app.seats_of_kind(showing, "standard")[0];
    app.clock
        .advance(starts_at - app.clock.now_naive() + chrono::Duration::minutes(1));
    let (status, html) = html_of(customer.hold(showing, seat).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(text_at(&html, "#seat-message").unwrap().contains("started"));
    assert_eq!(app.seat_state(showing, seat).0, SeatState::Free);
}
