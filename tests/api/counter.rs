//! The counter: walk-in sales without an account, seats typed or counted, a counter hold against a
//! web hold, cash with change and too little cash, a declined card, blocked seats sold after a
//! confirmation (audited), and no payment outside an open shift.

use crate::helpers::*;
use cinema::domain::kinds::{BookingStatus, Channel, PaymentMethod, SeatState};
use cinema::schema::{audit_log, payments, sales_rollup, seat_states};
use diesel::prelude::*;
use reqwest::StatusCode;

/// Opens the cashier's shift with a float.
pub async fn open_shift(cashier: &TestClient, float: &str) {
    let response = cashier
        .post_form("/counter/shift/open", &[("float", float)])
        .await;
    assert_redirects_to(&response, "/counter");
}

/// Takes `seats` into a new sale of the showing; returns the sale's code.
pub async fn start_sale(cashier: &TestClient, showing: i32, seats: &str) -> String {
    let response = cashier
        .post_form(
            &format!("/counter/showings/{showing}/seats"),
            &[("seats", seats)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{seats}");
    let to = location(&response);
    let code = to
        .split("sale=")
        .nth(1)
        .expect("the sale's code")
        .to_owned();
    let (status, page) = cashier.get_html(&to).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        attr_at(&page, "[data-sale-code]", "data-sale-code").as_deref(),
        Some(code.as_str())
    );
    code
}

/// The version the sale screen's payment form carries.
pub async fn sale_version(cashier: &TestClient, showing: i32, code: &str) -> String {
    let (_, page) = cashier
        .get_html(&format!("/counter/showings/{showing}?sale={code}"))
        .await;
    attr_at(&page, "#pay-form input[name=version]", "value").expect("the payment form")
}

pub async fn pay_cash(
    cashier: &TestClient,
    showing: i32,
    code: &str,
    tendered: &str,
) -> reqwest::Response {
    let version = sale_version(cashier, showing, code).await;
    cashier
        .post_form(
            &format!("/counter/sales/{code}/pay"),
            &[
                ("method", "cash"),
                ("tendered", tendered),
                ("version", &version),
            ],
        )
        .await
}

#[tokio::test]
async fn a_walk_in_pays_cash_and_gets_change_with_no_account() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let cashier = app.cashier().await;
    open_shift(&cashier, "200").await;
    let code = start_sale(&cashier, showing, "F5 F6").await;
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Pending);
    assert_eq!(booking.channel, Channel::Counter);
    assert!(booking.user_id.is_none(), "a walk-in has no account");
    let total = booking.total_cents;
    assert!(total > 0);

    // Too little cash: refused, named next to the field, nothing taken.
    let response = pay_cash(&cashier, showing, &code, "1").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        text_at(&page, "#tendered-error")
            .unwrap()
            .contains("Too little cash")
    );
    assert_eq!(app.booking(&code).status, BookingStatus::Pending);
    assert!(app.payments(booking.id).is_empty());

    let response = pay_cash(&cashier, showing, &code, "100").await;
    assert_redirects_to(&response, &format!("/counter/sales/{code}/tickets"));
    let (status, tickets) = cashier.get_html(&location(&response)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(text_at(&tickets, "#flash").unwrap().contains("change due"));
    assert_eq!(count_of(&tickets, "article.ticket"), 2);
    assert!(tickets.html().contains(&code));
    let place = text_at(&tickets, "article.ticket .ticket-place").unwrap();
    assert!(place.contains(cinema::seed::DEMO_ADDRESS), "{place}");
    let paid = app.booking(&code);
    assert_eq!(paid.status, BookingStatus::Paid);
    assert!(paid.collected_at.is_some(), "handed over at the counter");
    let (method, tendered, change, channel, cashier_id, shift): (
        PaymentMethod,
        Option<i64>,
        Option<i64>,
        Channel,
        Option<i32>,
        Option<i32>,
    ) = app.db(|c| {
        payments::table
            .filter(payments::booking_id.eq(paid.id))
            .select((
                payments::method,
                payments::tendered_cents,
                payments::change_cents,
                payments::channel,
                payments::cashier_id,
                payments::shift_id,
            ))
            .first(c)
            .unwrap()
    });
    assert_eq!(method, PaymentMethod::Cash);
    assert_eq!(tendered, Some(10_000));
    assert_eq!(change, Some(10_000 - total));
    assert_eq!(channel, Channel::Counter);
    assert_eq!(cashier_id, paid.cashier_id);
    assert!(shift.is_some());
    let sold: i64 = app.db(|c| {
        seat_states::table
            .filter(seat_states::booking_id.eq(paid.id))
            .filter(seat_states::state.eq(SeatState::Sold))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(sold, 2);
    let rolled: i64 = app.db(|c| {
        sales_rollup::table
            .filter(sales_rollup::showing_id.eq(showing))
            .filter(sales_rollup::channel.eq(Channel::Counter))
            .select(sales_rollup::tickets)
            .load::<i64>(c)
            .unwrap()
            .iter()
            .sum()
    });
    assert_eq!(rolled, 2, "the sale is in the reports' roll-up");
}

#[tokio::test]
async fn typed_seats_that_are_not_seats_get_a_clear_answer_and_hold_nothing() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let cashier = app.cashier().await;
    let path = format!("/counter/showings/{showing}/seats");
    for (typed, says) in [
        ("F99", "no seat F99"),
        ("Z1-3", "no seat Z1"),
        ("0", "from 1"),
        ("F15-12", "backwards"),
        ("200", "at most"),
        ("A1-200", "at most"),
        ("F1-", "not a seat"),
        ("", "Name the seats"),
    ] {
        let response = cashier.post_form(&path, &[("seats", typed)]).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{typed}"
        );
        let page = scraper::Html::parse_document(&response.text().await.unwrap());
        let error = text_at(&page, "#seats-error").unwrap_or_default();
        assert!(error.contains(says), "{typed}: {error}");
        assert_eq!(
            attr_at(&page, "#seats", "value").unwrap_or_default(),
            typed,
            "the input is kept"
        );
    }
    let held: i64 = app.db(|c| {
        seat_states::table
            .filter(seat_states::showing_id.eq(showing))
            .filter(seat_states::state.ne(SeatState::Free))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(held, 0);
}

#[tokio::test]
async fn a_count_takes_the_best_seats_together_and_adds_to_the_same_sale() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let cashier = app.cashier().await;
    let code = start_sale(&cashier, showing, "4").await;
    let booking = app.booking(&code);
    assert_eq!(app.live_items(booking.id).len(), 4);
    let more = cashier
        .post_form(
            &format!("/counter/showings/{showing}/seats"),
            &[("seats", "A1"), ("sale", &code)],
        )
        .await;
    assert_redirects_to(&more, &format!("/counter/showings/{showing}?sale={code}"));
    assert_eq!(app.live_items(booking.id).len(), 5, "one sale, five seats");
    // A second queue: another sale of the same cashier at the same time.
    let other = start_sale(&cashier, showing, "B1").await;
    assert_ne!(other, code);
}

#[tokio::test]
async fn a_seat_held_online_is_named_at_the_counter_and_nothing_is_held() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let customer = app.customer().await;
    let seats = app.seat_ids(showing);
    customer.hold(showing, seats[0]).await;
    let label = app.seat_label(seats[0]);
    let free = app.seat_label(seats[1]);
    let cashier = app.cashier().await;
    let response = cashier
        .post_form(
            &format!("/counter/showings/{showing}/seats"),
            &[("seats", &format!("{label} {free}"))],
        )
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let error = text_at(&page, "#seats-error").unwrap();
    assert!(error.contains(&format!("{label} is held")), "{error}");
    let counter_sales: i64 = app.db(|c| {
        cinema::schema::bookings::table
            .filter(cinema::schema::bookings::channel.eq(Channel::Counter))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(counter_sales, 0, "all seats or none");
}

#[tokio::test]
async fn the_counter_and_the_web_racing_for_one_seat_have_one_winner() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let seat = app.seat_ids(showing)[40];
    let label = app.seat_label(seat);
    let customers = app.customers(6).await;
    let cashiers = [app.cashier().await, app.cashier().await];
    let path = format!("/counter/showings/{showing}/seats");
    let web = customers.iter().map(|c| c.hold(showing, seat));
    let fields = [("seats", label.as_str())];
    let counter = cashiers.iter().map(|c| c.post_form(&path, &fields));
    let (web, counter) = tokio::join!(
        futures_util::future::join_all(web),
        futures_util::future::join_all(counter)
    );
    let winners = web
        .iter()
        .filter(|r| r.status() == StatusCode::SEE_OTHER)
        .count()
        + counter
            .iter()
            .filter(|r| r.status() == StatusCode::SEE_OTHER)
            .count();
    assert_eq!(winners, 1, "exactly one hold wins");
    let owners: i64 = app.db(|c| {
        cinema::schema::booking_items::table
            .filter(cinema::schema::booking_items::seat_id.eq(seat))
            .filter(cinema::schema::booking_items::live.eq(true))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(owners, 1);
}

#[tokio::test]
async fn a_blocked_seat_is_sold_only_after_a_confirmation_which_is_audited() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let admin = app.admin().await;
    let hall: i32 = app.db(|c| {
        cinema::schema::showings::table
            .find(showing)
            .select(cinema::schema::showings::hall_id)
            .first(c)
            .unwrap()
    });
    let blocked = admin
        .post_form(
            &format!("/admin/halls/{hall}/blocked"),
            &[("seats", "C3"), ("reason", "house"), ("action", "block")],
        )
        .await;
    assert!(blocked.status().is_redirection(), "{}", blocked.status());
    let cashier = app.cashier().await;
    let path = format!("/counter/showings/{showing}/seats");
    let response = cashier.post_form(&path, &[("seats", "C3")]).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(text_at(&page, "#seats-error").unwrap().contains("blocked"));
    assert_eq!(count_of(&page, "#confirm-blocked"), 1, "asks to confirm");
    let response = cashier
        .post_form(&path, &[("seats", "C3"), ("confirm", "1")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let audited: i64 = app.db(|c| {
        audit_log::table
            .filter(audit_log::action.eq("sell_blocked"))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_declined_card_is_recorded_and_no_payment_is_taken_outside_a_shift() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let cashier = app.cashier().await;
    let code = start_sale(&cashier, showing, "D4").await;
    let version = sale_version(&cashier, showing, &code).await;
    let response = cashier
        .post_form(
            &format!("/counter/sales/{code}/pay"),
            &[("method", "cash"), ("version", &version)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert!(response.text().await.unwrap().contains("Open your shift"));

    open_shift(&cashier, "100").await;
    let card = [
        ("method", "card"),
        ("card_name", "Walk In"),
        ("card_number", "4000 0000 0000 0002"),
        ("card_expiry", "12/40"),
        ("card_cvc", "123"),
        ("version", version.as_str()),
    ];
    let response = cashier
        .post_form(&format!("/counter/sales/{code}/pay"), &card)
        .await;
    assert_eq!(response.status(), StatusCode::PAYMENT_REQUIRED);
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Pending);
    let declined: Vec<(String, Channel)> = app.db(|c| {
        payments::table
            .filter(payments::booking_id.eq(booking.id))
            .select((payments::status, payments::channel))
            .load(c)
            .unwrap()
    });
    assert_eq!(declined, vec![("declined".to_owned(), Channel::Counter)]);
    // The card terminal (no card typed) is approved.
    let response = cashier
        .post_form(
            &format!("/counter/sales/{code}/pay"),
            &[("method", "card"), ("version", &version)],
        )
        .await;
    assert_redirects_to(&response, &format!("/counter/sales/{code}/tickets"));
    assert_eq!(app.booking(&code).status, BookingStatus::Paid);
}

#[tokio::test]
async fn customers_cannot_open_the_counter_screens() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let customer = app.customer().await;
    for path in [
        "/counter".to_owned(),
        format!("/counter/showings/{showing}"),
        "/counter/bookings".into(),
        "/counter/shift".into(),
        "/checkin".into(),
    ] {
        let (status, _) = customer.get_html(&path).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
    }
    let response = customer
        .post_form(
            &format!("/counter/showings/{showing}/seats"),
            &[("seats", "A1")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
