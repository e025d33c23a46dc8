//! Many customers acting at the same moment: one seat is never sold twice, and nobody gets a 5xx.

use std::sync::Arc;

use crate::helpers::*;
use cinema::db::bookings::Booking;
use cinema::domain::kinds::SeatState;
use cinema::schema::{booking_items, bookings, seat_states};
use diesel::prelude::*;
use reqwest::StatusCode;
use tokio::sync::Barrier;

pub const RACERS: usize = 20;

/// The statuses alone, for assertion messages.
pub fn statuses(answers: &[(StatusCode, String)]) -> Vec<u16> {
    answers.iter().map(|(s, _)| s.as_u16()).collect()
}

/// Sends every request at once: each waits at a barrier until all are ready. Answers in input order.
pub async fn all_at_once(requests: Vec<reqwest::RequestBuilder>) -> Vec<(StatusCode, String)> {
    let barrier = Arc::new(Barrier::new(requests.len()));
    let mut tasks = tokio::task::JoinSet::new();
    for (i, request) in requests.into_iter().enumerate() {
        let barrier = barrier.clone();
        tasks.spawn(async move {
            barrier.wait().await;
            let response = request.send().await.expect("the request was answered");
            let status = response.status();
            (i, status, response.text().await.unwrap_or_default())
        });
    }
    let mut answers = tasks.join_all().await;
    answers.sort_by_key(|(i, _, _)| *i);
    answers.into_iter().map(|(_, s, b)| (s, b)).collect()
}

/// A plain form post to `path` by `client`, with its CSRF token already fetched.
pub async fn prepared_post(
    client: &TestClient,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::RequestBuilder {
    let token = client.csrf().await;
    let mut form: Vec<(String, String)> = fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    form.push(("csrf_token".into(), token));
    client.http.post(client.url(path)).form(&form)
}

/// An HTMX post to `path` by `client`: `HX-Request` and the token in the header.
async fn prepared_htmx_post(client: &TestClient, path: &str) -> reqwest::RequestBuilder {
    let token = client.csrf().await;
    client
        .http
        .post(client.url(path))
        .header("HX-Request", "true")
        .header("X-CSRF-Token", token)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_customers_racing_for_one_seat_leave_exactly_one_holder() {
    let app = spawn_app().await;
    let customers = app.customers(RACERS).await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[40];
    let label = app.seat_label(seat);
    let path = format!("/showings/{showing}/seats/{seat}/hold");
    // Half post the plain form, half post as HTMX does.
    let mut requests = Vec::new();
    for (i, customer) in customers.iter().enumerate() {
        let request = if i % 2 == 0 {
            prepared_post(customer, &path, &[]).await
        } else {
            prepared_htmx_post(customer, &path).await
        };
        requests.push(request);
    }

    let answers = all_at_once(requests).await;

    for (status, _) in &answers {
        assert!(!status.is_server_error(), "a server error: {status}");
    }
    let winners: Vec<usize> = (0..RACERS)
        .filter(|&i| {
            let won = if i % 2 == 0 {
                StatusCode::SEE_OTHER
            } else {
                StatusCode::OK
            };
            answers[i].0 == won
        })
        .collect();
    assert_eq!(winners.len(), 1, "statuses: {:?}", statuses(&answers));
    let losers = answers
        .iter()
        .filter(|(s, _)| *s == StatusCode::CONFLICT)
        .count();
    assert_eq!(losers, RACERS - 1);
    for (status, body) in &answers {
        if *status == StatusCode::CONFLICT {
            assert!(body.contains(&format!("Seat {label} was just taken.")));
        }
    }

    let winner = &customers[winners[0]];
    let code = winner
        .basket_code(showing)
        .await
        .expect("the winner's basket");
    let booking = app.booking(&code);
    let held: Vec<(SeatState, Option<i32>)> = app.db(|c| {
        seat_states::table
            .filter(seat_states::showing_id.eq(showing))
            .filter(seat_states::seat_id.eq(seat))
            .select((seat_states::state, seat_states::booking_id))
            .load(c)
            .unwrap()
    });
    assert_eq!(held, vec![(SeatState::Held, Some(booking.id))]);
    let owners: Vec<i32> = app.db(|c| {
        booking_items::table
            .filter(booking_items::showing_id.eq(showing))
            .filter(booking_items::seat_id.eq(seat))
            .filter(booking_items::live.eq(true))
            .select(booking_items::booking_id)
            .load(c)
            .unwrap()
    });
    assert_eq!(owners, vec![booking.id]);
    let pending: i64 = app.db(|c| {
        bookings::table
            .filter(bookings::showing_id.eq(showing))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(pending, 1, "the losers have no empty baskets");
    app.assert_seats_consistent();

    for (i, customer) in customers.iter().enumerate() {
        let (_, html) = customer.get_html(&format!("/showings/{showing}")).await;
        let expected = if i == winners[0] { "mine" } else { "held" };
        assert_eq!(state_of(&html, seat), expected);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_customers_holding_different_seats_at_once_all_succeed() {
    let app = spawn_app().await;
    let customers = app.customers(RACERS).await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    let mut requests = Vec::new();
    for (customer, seat) in customers.iter().zip(&seats) {
        let path = format!("/showings/{showing}/seats/{seat}/hold");
        requests.push(prepared_post(customer, &path, &[]).await);
    }
    let answers = all_at_once(requests).await;
    for (status, body) in &answers {
        assert_eq!(*status, StatusCode::SEE_OTHER, "{body}");
    }
    let held: i64 = app.db(|c| {
        seat_states::table
            .filter(seat_states::showing_id.eq(showing))
            .filter(seat_states::state.eq(SeatState::Held))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(held, RACERS as i64);
    app.assert_seats_consistent();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hold_racing_a_release_of_the_same_seat_never_leaves_two_owners() {
    let app = spawn_app().await;
    let customers = app.customers(RACERS).await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[7];
    let (holder, others) = customers.split_first().unwrap();
    holder.hold(showing, seat).await;
    let mut requests = vec![
        prepared_post(
            holder,
            &format!("/showings/{showing}/seats/{seat}/release"),
            &[],
        )
        .await,
    ];
    for customer in others {
        let path = format!("/showings/{showing}/seats/{seat}/hold");
        requests.push(prepared_post(customer, &path, &[]).await);
    }
    let answers = all_at_once(requests).await;
    assert_eq!(answers[0].0, StatusCode::SEE_OTHER, "the release succeeds");
    let won = answers[1..]
        .iter()
        .filter(|(s, _)| *s == StatusCode::SEE_OTHER)
        .count();
    for (status, _) in &answers {
        assert!(
            *status == StatusCode::SEE_OTHER || *status == StatusCode::CONFLICT,
            "{status}"
        );
    }
    assert!(won <= 1, "{won} customers got the seat");
    let (state, _, _) = app.seat_state(showing, seat);
    assert_eq!(state == SeatState::Held, won == 1);
    app.assert_seats_consistent();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_customer_holding_fifteen_seats_at_once_gets_exactly_ten() {
    let app = spawn_app().await;
    let (customer, email) = app.customer_with_email().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    let mut requests = Vec::new();
    for seat in &seats[..15] {
        let path = format!("/showings/{showing}/seats/{seat}/hold");
        requests.push(prepared_post(&customer, &path, &[]).await);
    }
    let answers = all_at_once(requests).await;
    let won = answers
        .iter()
        .filter(|(s, _)| *s == StatusCode::SEE_OTHER)
        .count();
    let refused = answers
        .iter()
        .filter(|(s, _)| *s == StatusCode::CONFLICT)
        .count();
    assert_eq!((won, refused), (10, 5), "{:?}", statuses(&answers));
    let user_id = app.user_id(&email);
    let baskets: Vec<Booking> = app.db(|c| {
        bookings::table
            .filter(bookings::user_id.eq(user_id))
            .select(Booking::as_select())
            .load(c)
            .unwrap()
    });
    assert_eq!(
        baskets.len(),
        1,
        "one basket, however many requests opened it"
    );
    assert_eq!(app.live_items(baskets[0].id).len(), 10);
    app.assert_seats_consistent();
}

/// The server commits holds that arrive together in one transaction; each still stands or falls on
/// its own: ten customers after ten different seats all get theirs, while ten after one seat leave
/// one winner, and the losers' refusals undo nothing of the others'.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn holds_sent_together_each_win_or_lose_on_their_own() {
    let app = spawn_app().await;
    let customers = app.customers(20).await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    let contested = seats[100];
    let mut requests = Vec::new();
    for (i, customer) in customers.iter().enumerate() {
        let seat = if i < 10 { seats[i] } else { contested };
        let path = format!("/showings/{showing}/seats/{seat}/hold");
        requests.push(prepared_htmx_post(customer, &path).await);
    }

    let answers = all_at_once(requests).await;

    for (i, (status, _)) in answers.iter().enumerate().take(10) {
        assert_eq!(
            *status,
            StatusCode::OK,
            "customer {i}: {:?}",
            statuses(&answers)
        );
    }
    let won = answers[10..]
        .iter()
        .filter(|(s, _)| *s == StatusCode::OK)
        .count();
    let refused = answers[10..]
        .iter()
        .filter(|(s, _)| *s == StatusCode::CONFLICT)
        .count();
    assert_eq!((won, refused), (1, 9), "{:?}", statuses(&answers));
    for (i, customer) in customers.iter().enumerate().take(10) {
        let code = customer.basket_code(showing).await.expect("a basket");
        let booking = app.booking(&code);
        assert_eq!(app.live_items(booking.id).len(), 1, "customer {i}");
        let (state, holder, _) = app.seat_state(showing, seats[i]);
        assert_eq!((state, holder), (SeatState::Held, Some(booking.id)));
    }
    let (state, _, _) = app.seat_state(showing, contested);
    assert_eq!(state, SeatState::Held);
    let live_owners: i64 = app.db(|c| {
        booking_items::table
            .filter(booking_items::showing_id.eq(showing))
            .filter(booking_items::live.eq(true))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(live_owners, 11);
}
