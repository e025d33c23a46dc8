//! The seat map page and the grid fragment HTMX polls: what each seat says about itself.

use crate::helpers::*;
use cinema::schema::seats;
use diesel::prelude::*;
use reqwest::StatusCode;
use scraper::Selector;

#[tokio::test]
async fn the_seat_map_describes_every_seat() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let (status, html) = app.client().get_html(&format!("/showings/{showing}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!meta_csrf(&html).is_empty());

    let ids = app.seat_ids(showing);
    let stored: Vec<(i32, String, i32)> = app.db(|c| {
        seats::table
            .filter(seats::id.eq_any(&ids))
            .order((seats::grid_row, seats::grid_col))
            .select((seats::id, seats::row_label, seats::number))
            .load(c)
            .unwrap()
    });
    let button = Selector::parse("button.seat").unwrap();
    let buttons: Vec<_> = html.select(&button).collect();
    assert_eq!(buttons.len(), stored.len());
    for (b, (id, row, number)) in buttons.iter().zip(&stored) {
        let v = b.value();
        assert_eq!(v.attr("data-seat-id"), Some(id.to_string().as_str()));
        assert_eq!(v.attr("data-seat"), Some(format!("{row}{number}").as_str()));
        assert_eq!(v.attr("data-state"), Some("free"));
        let label = v.attr("aria-label").unwrap();
        assert!(
            label.starts_with(&format!("Row {row}, seat {number}, ")) && label.ends_with("free"),
            "{label}"
        );
        assert_eq!(
            v.attr("formaction"),
            Some(format!("/showings/{showing}/seats/{id}/hold").as_str())
        );
    }
    let f12 = buttons
        .iter()
        .find(|b| b.value().attr("data-seat") == Some("F12"))
        .expect("seat F12");
    assert_eq!(f12.value().attr("aria-label"), Some("Row F, seat 12, free"));
}

#[tokio::test]
async fn the_seats_fragment_is_the_grid_alone() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let customer = app.customer().await;
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let response = customer
        .htmx_get(&format!("/showings/{showing}/seats"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers().get("vary").and_then(|v| v.to_str().ok()),
        Some("HX-Request")
    );
    let body = response.text().await.unwrap();
    assert!(!body.contains("<html"), "a fragment, not a page");
    assert!(body.trim_start().starts_with("<div id=\"seat-grid\""));
    let html = scraper::Html::parse_fragment(&body);
    assert_eq!(seats_in(&html).len(), app.seat_ids(showing).len());
    assert_eq!(state_of(&html, seat), "mine");
    let button = format!("button[data-seat-id=\"{seat}\"]");
    assert!(
        attr_at(&html, &button, "aria-label")
            .unwrap()
            .ends_with(", held by you")
    );
    assert_eq!(
        attr_at(&html, &button, "formaction"),
        Some(format!("/showings/{showing}/seats/{seat}/release"))
    );
    let other = app
        .client()
        .get_html(&format!("/showings/{showing}/seats"))
        .await
        .1;
    assert_eq!(state_of(&other, seat), "held");
    assert!(
        attr_at(&other, &button, "aria-label")
            .unwrap()
            .ends_with(", held by another customer")
    );
}

/// The server keeps the seats as drawn for viewers who hold none of them. Whoever asks next sees the
/// seats as they are now: another customer's hold, the holder's own seats, and a hold that ran out.
#[tokio::test]
async fn every_viewer_sees_the_seats_as_they_are_now() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let path = format!("/showings/{showing}");
    let seat = app.seats_of_kind(showing, "standard")[7];
    let viewer = app.customer().await;
    let holder = app.customer().await;
    let visitor = app.client();
    for client in [&viewer, &visitor] {
        let (_, html) = client.get_html(&path).await;
        assert_eq!(state_of(&html, seat), "free");
    }

    holder.hold(showing, seat).await;
    for (client, expected) in [(&viewer, "held"), (&visitor, "held"), (&holder, "mine")] {
        for _ in 0..2 {
            let (_, html) = client.get_html(&path).await;
            assert_eq!(state_of(&html, seat), expected);
            assert_eq!(
                state_of(&polled_grid(client, showing).await, seat),
                expected
            );
        }
    }

    app.clock.advance(chrono::Duration::hours(2));
    for client in [&viewer, &visitor, &holder] {
        let (_, html) = client.get_html(&path).await;
        assert_eq!(state_of(&html, seat), "free", "the hold ran out");
        assert_eq!(state_of(&polled_grid(client, showing).await, seat), "free");
    }
}

/// The grid as an HTMX poll without a validator gets it.
async fn polled_grid(client: &TestClient, showing: i32) -> scraper::Html {
    let response = client
        .http
        .get(client.url(&format!("/showings/{showing}/seats")))
        .header("HX-Request", "true")
        .send()
        .await
        .expect("GET failed");
    assert_eq!(response.status(), StatusCode::OK);
    scraper::Html::parse_fragment(&response.text().await.unwrap())
}

#[tokio::test]
async fn a_customers_bought_seats_show_as_theirs_to_them_alone() {
    use crate::pages::{attr_at, count_of};
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    let buyer = app.customer().await;
    let other = app.customer().await;
    let visitor = app.client();
    for &seat in &seats[..2] {
        buyer.hold(showing, seat).await;
    }
    let code = buyer.basket_code(showing).await.expect("a basket");
    let paid = buyer.pay(&code, crate::client::Card::ACCEPTED).await;
    assert!(paid.status().is_redirection(), "{}", paid.status());
    let page = format!("/showings/{showing}");
    let mine = |seat: i32| format!("#seat-{seat}[data-state=sold][data-mine]");
    let sold = |seat: i32| format!("#seat-{seat}[data-state=sold]");

    // Another viewer first, so that the drawing every viewer shares is kept before the buyer asks.
    for round in 0..2 {
        for client in [&other, &visitor] {
            let (status, html) = client.get_html(&page).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(count_of(&html, &sold(seats[0])), 1, "round {round}");
            assert_eq!(count_of(&html, "[data-mine]"), 0, "round {round}");
            assert_eq!(count_of(&html, "#your-tickets"), 0);
        }
        let (_, html) = buyer.get_html(&page).await;
        for &seat in &seats[..2] {
            assert_eq!(count_of(&html, &mine(seat)), 1, "round {round}");
        }
        assert_eq!(count_of(&html, "[data-mine]"), 2);
        assert_eq!(
            attr_at(&html, "#your-tickets a", "href"),
            Some(format!("/bookings/{code}"))
        );
        let label = attr_at(&html, &format!("#seat-{}", seats[0]), "aria-label").unwrap();
        assert!(label.ends_with("sold to you"), "{label}");
    }
    // The polled grid says so too, and still only to the buyer.
    let grid = format!("/showings/{showing}/seats");
    let html = scraper::Html::parse_fragment(&buyer.htmx_get(&grid).await.text().await.unwrap());
    assert_eq!(count_of(&html, "[data-mine]"), 2);
    let html = scraper::Html::parse_fragment(&other.htmx_get(&grid).await.text().await.unwrap());
    assert_eq!(count_of(&html, "[data-mine]"), 0);
}

#[tokio::test]
async fn choosing_a_wheelchair_space_or_companion_seat_says_what_it_is() {
    use crate::pages::count_of;
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let customer = app.customer().await;
    let standard = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, standard).await;
    let (_, html) = customer.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(count_of(&html, "#basket-content .kind-note"), 0);
    let wheelchair = app.seats_of_kind(showing, "wheelchair")[0];
    let companion = app.seats_of_kind(showing, "companion")[0];
    customer.hold(showing, wheelchair).await;
    customer.hold(showing, companion).await;
    let (_, html) = customer.get_html(&format!("/showings/{showing}")).await;
    let notes: Vec<String> = html
        .select(&Selector::parse("#basket-content .kind-note").unwrap())
        .map(|n| n.text().collect())
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("wheelchair space has no seat")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("companion seat")),
        "{notes:?}"
    );
}
