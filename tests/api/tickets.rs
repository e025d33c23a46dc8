//! Choosing ticket types at checkout: prices, the total and the booking version follow.

use crate::helpers::*;
use crate::payment::basket;
use cinema::domain::kinds::{PaymentKind, PaymentStatus};
use cinema::schema::ticket_types;
use diesel::prelude::*;
use reqwest::StatusCode;

fn ticket_type_id(app: &TestApp, code: &str) -> i32 {
    app.db(|c| {
        ticket_types::table
            .filter(ticket_types::code.eq(code))
            .select(ticket_types::id)
            .first(c)
            .unwrap()
    })
}

#[tokio::test]
async fn ticket_types_set_prices_and_the_total() {
    let app = spawn_app().await;
    let (customer, showing, seats, code) = basket(&app, 3).await;
    let (base, _) = app.showing(showing);
    let senior = ticket_type_id(&app, "senior");
    let response = customer
        .set_tickets(
            &code,
            &[(seats[0], "child"), (seats[1], &senior.to_string())],
        )
        .await;
    assert_redirects_to(&response, &format!("/bookings/{code}"));

    let child_price = (base * 60 + 50) / 100;
    let senior_price = (base * 70 + 50) / 100;
    let booking = app.booking(&code);
    let mut expected = vec![
        (seats[0], child_price),
        (seats[1], senior_price),
        (seats[2], base),
    ];
    expected.sort();
    assert_eq!(app.live_items(booking.id), expected);
    assert_eq!(booking.total_cents, child_price + senior_price + base);

    let (_, html) = customer.get_html(&format!("/bookings/{code}")).await;
    let child = ticket_type_id(&app, "child");
    assert_eq!(
        attr_at(
            &html,
            &format!("select#type_{} option[selected]", seats[0]),
            "value"
        ),
        Some(child.to_string())
    );
    assert!(text_at(&html, "#total").unwrap().starts_with(&format!(
        "{}.{:02}",
        booking.total_cents / 100,
        booking.total_cents % 100
    )));

    // Paying charges the new total.
    customer.pay(&code, Card::ACCEPTED).await;
    assert_eq!(
        app.payments(booking.id),
        vec![(
            PaymentKind::Charge,
            PaymentStatus::Approved,
            booking.total_cents
        )]
    );
}

#[tokio::test]
async fn a_child_ticket_on_a_vip_seat_is_sixty_percent_plus_the_surcharge() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let (base, _) = app.showing(showing);
    let vip = app.seats_of_kind(showing, "vip")[0];
    customer.hold(showing, vip).await;
    let code = customer.basket_code(showing).await.unwrap();
    assert_eq!(app.booking(&code).total_cents, base + 1000);
    customer.set_tickets(&code, &[(vip, "CHILD")]).await;
    let booking = app.booking(&code);
    assert_eq!(booking.total_cents, (base * 60 + 50) / 100 + 1000);
}

#[tokio::test]
async fn an_unknown_ticket_type_is_422_and_changes_nothing() {
    let app = spawn_app().await;
    let (customer, _, seats, code) = basket(&app, 2).await;
    let before = app.booking(&code);
    for (seat, value) in [(seats[0], "platinum"), (seats[0], "999999"), (seats[1], "")] {
        let (status, html) = html_of(customer.set_tickets(&code, &[(seat, value)]).await).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{value:?}");
        assert!(
            text_at(&html, "#booking-message")
                .is_some_and(|m| m.contains("ticket type") || m.contains("not part")),
            "{value:?}"
        );
    }
    // A seat that is not in the booking.
    let stranger = app.seats_of_kind(before.showing_id, "standard")[50];
    assert_eq!(
        customer
            .set_tickets(&code, &[(stranger, "child")])
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let after = app.booking(&code);
    assert_eq!(after.total_cents, before.total_cents);
    assert_eq!(after.version, before.version);
    assert_eq!(app.live_items(after.id), app.live_items(before.id));
}

#[tokio::test]
async fn changing_ticket_types_over_htmx_returns_the_tickets_fragment() {
    let app = spawn_app().await;
    let (customer, showing, seats, code) = basket(&app, 2).await;
    let (base, _) = app.showing(showing);
    let field = format!("type_{}", seats[1]);
    let response = customer
        .htmx_post(&format!("/bookings/{code}/tickets"), &[(&field, "student")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.text().await.unwrap();
    assert!(!body.contains("<html"));
    assert!(body.trim_start().starts_with(r#"<section id="tickets""#));
    let html = scraper::Html::parse_fragment(&body);
    let total = base + (base * 80 + 50) / 100;
    assert_eq!(app.booking(&code).total_cents, total);
    assert!(text_at(&html, "#total").unwrap().starts_with(&format!(
        "{}.{:02}",
        total / 100,
        total % 100
    )));
    let version = app.booking(&code).version.to_string();
    assert_eq!(
        attr_at(&html, r#"input[name="version"]"#, "value"),
        Some(version),
        "the fragment carries the new version for the payment form"
    );

    let response = customer
        .htmx_post(&format!("/bookings/{code}/tickets"), &[(&field, "nope")])
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    assert!(body.trim_start().starts_with(r#"<section id="tickets""#));
}

#[tokio::test]
async fn ticket_types_cannot_change_once_paid() {
    let app = spawn_app().await;
    let (customer, _, seats, code) = basket(&app, 1).await;
    customer.pay(&code, Card::ACCEPTED).await;
    let before = app.booking(&code);
    assert_eq!(
        customer
            .set_tickets(&code, &[(seats[0], "child")])
            .await
            .status(),
        StatusCode::CONFLICT
    );
    assert_eq!(app.booking(&code).total_cents, before.total_cents);
}

/// A customer holding `n` standard seats of a showing of a film rated `rating`, and the basket code.
async fn basket_for_film_rated(
    app: &TestApp,
    rating: &str,
    n: usize,
) -> (TestClient, i32, Vec<i32>, String) {
    let showing = app.showing_rated(rating, 3);
    let customer = app.customer().await;
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
async fn a_child_ticket_is_neither_offered_nor_sold_for_a_sixteen_plus_film() {
    let app = spawn_app().await;
    let (customer, _, seats, code) = basket_for_film_rated(&app, "16+", 2).await;
    let (_, html) = customer.get_html(&format!("/bookings/{code}")).await;
    let offered: Vec<String> = html
        .select(&scraper::Selector::parse(&format!("select#type_{} option", seats[0])).unwrap())
        .map(|o| o.text().collect())
        .collect();
    assert!(!offered.is_empty());
    assert!(!offered.iter().any(|t| t.contains("Child")), "{offered:?}");
    assert!(offered.iter().any(|t| t.contains("Adult")), "{offered:?}");
    // Each choice says what it costs on this seat.
    assert!(
        offered
            .iter()
            .all(|t| t.contains(" · ") && t.ends_with("PLN")),
        "{offered:?}"
    );

    let before = app.booking(&code);
    let child = ticket_type_id(&app, "child").to_string();
    for choice in ["child", child.as_str()] {
        let response = customer.set_tickets(&code, &[(seats[0], choice)]).await;
        let (status, html) = html_of(response).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let text = html.html();
        assert!(text.contains("tickets are not sold for"), "{text}");
        assert!(text.contains("rated 16+"), "{text}");
    }
    let after = app.booking(&code);
    assert_eq!(after.total_cents, before.total_cents);
    assert_eq!(after.version, before.version, "nothing changed");
}

#[tokio::test]
async fn a_child_ticket_is_offered_and_sold_for_a_twelve_plus_film() {
    let app = spawn_app().await;
    let (customer, _, seats, code) = basket_for_film_rated(&app, "12+", 1).await;
    let (_, html) = customer.get_html(&format!("/bookings/{code}")).await;
    assert!(html.html().contains("Child (under 13)"));
    let response = customer.set_tickets(&code, &[(seats[0], "child")]).await;
    assert_redirects_to(&response, &format!("/bookings/{code}"));
}

#[tokio::test]
async fn a_seat_named_twice_ends_with_the_last_type_and_a_total_to_match() {
    let app = spawn_app().await;
    let (customer, showing, seats, code) = basket(&app, 2).await;
    let (base, _) = app.showing(showing);
    let response = customer
        .set_tickets(&code, &[(seats[0], "child"), (seats[0], "senior")])
        .await;
    assert_redirects_to(&response, &format!("/bookings/{code}"));
    let senior = (base * 70 + 50) / 100;
    let booking = app.booking(&code);
    let mut expected = vec![(seats[0], senior), (seats[1], base)];
    expected.sort();
    assert_eq!(app.live_items(booking.id), expected);
    assert_eq!(booking.total_cents, senior + base);
}
