//! Reservations at the counter (look-up, collection, cancellation with the cut-off overridden,
//! moving seats), the cashier's shift totals, and the door with its concurrent double scan.

use crate::counter::{open_shift, pay_cash, start_sale};
use crate::helpers::*;
use cinema::domain::kinds::{BookingStatus, SeatState};
use cinema::schema::{audit_log, seat_states, shifts};
use diesel::prelude::*;
use reqwest::StatusCode;

/// A customer's paid online booking of `seats` seats; returns (code, e-mail).
async fn paid_online(
    app: &TestApp,
    showing: i32,
    first_seat: usize,
    seats: usize,
) -> (String, String) {
    let (customer, email) = app.customer_with_email().await;
    let ids = app.seat_ids(showing);
    for id in &ids[first_seat..first_seat + seats] {
        customer.hold(showing, *id).await;
    }
    let code = customer.basket_code(showing).await.expect("a basket");
    assert_redirects_to(
        &customer.pay(&code, Card::ACCEPTED).await,
        &format!("/bookings/{code}"),
    );
    (code, email)
}

async fn door(staff: &TestClient, code: &str, showing: Option<i32>) -> String {
    let showing = showing.map(|s| s.to_string()).unwrap_or_default();
    let response = staff
        .post_form("/checkin", &[("code", code), ("showing", &showing)])
        .await;
    assert_eq!(response.status(), StatusCode::OK, "{}", location(&response));
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    attr_at(&page, "[data-result]", "data-result").expect("an answer")
}

#[tokio::test]
async fn a_reservation_is_found_collected_moved_and_cancelled_with_an_audited_override() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let (code, email) = paid_online(&app, showing, 30, 2).await;
    let cashier = app.cashier().await;
    for q in [code.as_str(), email.as_str(), &code.to_lowercase()] {
        let (_, page) = cashier.get_html(&format!("/counter/bookings?q={q}")).await;
        assert_eq!(
            count_of(&page, &format!("[data-code=\"{code}\"]")),
            1,
            "found by {q}"
        );
    }
    let collect = format!("/counter/bookings/{code}/collect");
    assert!(
        cashier
            .post_form(&collect, &[])
            .await
            .status()
            .is_redirection()
    );
    assert!(app.booking(&code).collected_at.is_some());
    let again = cashier.post_form(&collect, &[]).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert!(again.text().await.unwrap().contains("collected already"));

    // Moving onto a sold seat changes nothing; onto free ones frees the old seats.
    let ids = app.seat_ids(showing);
    let old: Vec<i32> = ids[30..32].to_vec();
    let (taken_code, _) = paid_online(&app, showing, 50, 1).await;
    let sold_label = app.seat_label(ids[50]);
    let free_label = app.seat_label(ids[60]);
    let move_path = format!("/counter/bookings/{code}/move");
    let refused = cashier
        .post_form(
            &move_path,
            &[("seats", &format!("{sold_label} {free_label}"))],
        )
        .await;
    assert_eq!(
        refused.status(),
        StatusCode::CONFLICT,
        "{:?}",
        location(&refused)
    );
    assert_eq!(app.booking(&taken_code).status, BookingStatus::Paid);
    let new_labels = format!("{} {}", app.seat_label(ids[60]), app.seat_label(ids[61]));
    let moved = cashier
        .post_form(&move_path, &[("seats", &new_labels)])
        .await;
    assert!(moved.status().is_redirection(), "{}", moved.status());
    let state = |seat: i32| -> SeatState {
        app.db(|c| {
            seat_states::table
                .filter(seat_states::showing_id.eq(showing))
                .filter(seat_states::seat_id.eq(seat))
                .select(seat_states::state)
                .first(c)
                .unwrap()
        })
    };
    assert_eq!(state(old[0]), SeatState::Free);
    assert_eq!(state(old[1]), SeatState::Free);
    assert_eq!(state(ids[60]), SeatState::Sold);
    assert_eq!(state(ids[61]), SeatState::Sold);
    let booking = app.booking(&code);
    let mut seats: Vec<i32> = app.live_items(booking.id).iter().map(|i| i.0).collect();
    seats.sort();
    assert_eq!(seats, vec![ids[60], ids[61]]);

    // An hour before the start the online cut-off has passed: only an override cancels.
    let (_, starts_at) = app.showing(showing);
    app.clock
        .advance(starts_at - app.clock.now_naive() - chrono::Duration::hours(1));
    // Hours later: a staff session ends after an hour unused.
    let cashier = app.cashier().await;
    let cancel = format!("/counter/bookings/{code}/cancel");
    let refused = cashier.post_form(&cancel, &[]).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert_eq!(app.booking(&code).status, BookingStatus::Paid);
    let done = cashier.post_form(&cancel, &[("override", "1")]).await;
    assert!(done.status().is_redirection());
    let (_, page) = cashier.get_html(&location(&done)).await;
    assert!(
        text_at(&page, "#flash")
            .unwrap()
            .contains("back to the card"),
        "the message says how the money goes back"
    );
    assert_eq!(app.booking(&code).status, BookingStatus::Cancelled);
    let actions: Vec<String> = app.db(|c| {
        audit_log::table
            .filter(audit_log::entity.eq("booking"))
            .filter(audit_log::entity_id.eq(booking.id))
            .order(audit_log::id)
            .select(audit_log::action)
            .load(c)
            .unwrap()
    });
    assert_eq!(actions, vec!["move", "refund_override"]);
}

#[tokio::test]
async fn a_shift_closes_with_the_expected_cash_and_the_difference() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let cashier = app.cashier().await;
    open_shift(&cashier, "200").await;
    let again = cashier
        .post_form("/counter/shift/open", &[("float", "50")])
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT, "one open shift");

    let cash = start_sale(&cashier, showing, "E1 E2").await;
    pay_cash(&cashier, showing, &cash, "").await;
    let cash_total = app.booking(&cash).total_cents;
    let card = start_sale(&cashier, showing, "E5").await;
    let version = crate::counter::sale_version(&cashier, showing, &card).await;
    cashier
        .post_form(
            &format!("/counter/sales/{card}/pay"),
            &[("method", "card"), ("version", &version)],
        )
        .await;
    let card_total = app.booking(&card).total_cents;
    let refunded = start_sale(&cashier, showing, "E8").await;
    pay_cash(&cashier, showing, &refunded, "50").await;
    let refund_total = app.booking(&refunded).total_cents;
    let cancel = cashier
        .post_form(&format!("/counter/bookings/{refunded}/cancel"), &[])
        .await;
    let (_, page) = cashier.get_html(&location(&cancel)).await;
    assert!(
        text_at(&page, "#flash")
            .unwrap()
            .contains("in cash at the counter")
    );

    let expected = 20_000 + cash_total;
    let counted = cinema::domain::money::plain(expected - 100);
    let response = cashier
        .post_form("/counter/shift/close", &[("counted", counted.as_str())])
        .await;
    assert_redirects_to(&response, "/counter/shift");
    let (_, page) = cashier.get_html("/counter/shift").await;
    assert!(
        text_at(&page, "#cash-difference")
            .unwrap()
            .contains("short")
    );
    assert!(
        text_at(&page, "#card-sales")
            .unwrap()
            .contains(&cinema::domain::money::plain(card_total))
    );
    assert_eq!(text_at(&page, "#shift-counts").unwrap(), "3 · 1 · 0");
    let stored: (Option<i64>, Option<i64>) = app.db(|c| {
        shifts::table
            .select((shifts::expected_cents, shifts::counted_cents))
            .first(c)
            .unwrap()
    });
    assert_eq!(stored, (Some(expected), Some(expected - 100)));
    assert!(refund_total > 0);
    // With the shift closed, no more payments.
    let late = start_sale(&cashier, showing, "E10").await;
    let response = pay_cash(&cashier, showing, &late, "").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_door_admits_a_ticket_once_and_says_why_it_refuses_others() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let (code, _) = paid_online(&app, showing, 10, 2).await;
    let (cancelled, _) = paid_online(&app, showing, 20, 1).await;
    let customer = app.customer().await;
    customer.hold(showing, app.seat_ids(showing)[25]).await;
    let unpaid = customer.basket_code(showing).await.unwrap();
    let usher = app.cashier().await;
    assert_eq!(
        door(&usher, &code, None).await,
        "wrong-showing",
        "too early"
    );

    assert!(
        usher
            .post_form(&format!("/counter/bookings/{cancelled}/cancel"), &[])
            .await
            .status()
            .is_redirection()
    );
    let (_, starts_at) = app.showing(showing);
    app.clock
        .advance(starts_at - app.clock.now_naive() - chrono::Duration::minutes(30));
    let usher = app.cashier().await;
    assert_eq!(
        door(&usher, &code, Some(showing + 1)).await,
        "wrong-showing"
    );
    assert_eq!(door(&usher, &code, Some(showing)).await, "valid");
    assert_eq!(door(&usher, &code, None).await, "admitted");
    assert_eq!(door(&usher, &cancelled, None).await, "cancelled");
    assert_eq!(door(&usher, &unpaid, None).await, "unpaid");
    assert_eq!(door(&usher, "ZZZZ2222", None).await, "unknown");
    assert_eq!(door(&usher, "not a code", None).await, "unknown");
    let (_, page) = usher.get_html("/checkin").await;
    assert!(text_at(&page, "#door-counts").unwrap().contains("2 / 2"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_doors_scanning_one_ticket_at_once_admit_it_once() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let (code, _) = paid_online(&app, showing, 10, 1).await;
    let (_, starts_at) = app.showing(showing);
    app.clock
        .advance(starts_at - app.clock.now_naive() - chrono::Duration::minutes(10));
    let doors = [
        app.cashier().await,
        app.cashier().await,
        app.admin().await,
        app.cashier().await,
    ];
    let answers = futures_util::future::join_all(doors.iter().map(|d| door(d, &code, None))).await;
    assert_eq!(
        answers.iter().filter(|a| *a == "valid").count(),
        1,
        "{answers:?}"
    );
    assert_eq!(answers.iter().filter(|a| *a == "admitted").count(), 3);
}

#[tokio::test]
async fn a_cashier_may_not_change_another_cashiers_open_sale() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let one = app.cashier().await;
    let other = app.admin().await;
    let code = start_sale(&one, showing, "G1").await;
    let response = other
        .post_form(
            &format!("/counter/showings/{showing}/seats"),
            &[("seats", "G2"), ("sale", &code)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let booking = app.booking(&code);
    assert_eq!(app.live_items(booking.id).len(), 1);
}
