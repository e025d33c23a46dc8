//! Nobody holds a hall away from everyone else: a customer holds seats in at most
//! `max_open_baskets` showings at once, and holds per account and per address are rate-limited.
//! Every limit is a setting.

use crate::helpers::*;
use cinema::domain::kinds::SeatState;
use diesel::prelude::*;
use reqwest::StatusCode;

/// Showings after `hours` from now, soonest first, in any hall.
fn showings_after(app: &TestApp, hours: i64, n: usize) -> Vec<i32> {
    use cinema::schema::showings;
    let after = app.clock.now_naive() + chrono::Duration::hours(hours);
    app.db(|c| {
        showings::table
            .filter(showings::starts_at.gt(after))
            .order(showings::starts_at)
            .select(showings::id)
            .limit(n as i64)
            .load(c)
            .unwrap()
    })
}

fn first_free_seat(app: &TestApp, showing: i32) -> i32 {
    app.seat_ids(showing)
        .into_iter()
        .find(|&seat| app.seat_state(showing, seat).0 == SeatState::Free)
        .expect("a free seat")
}

/// A plain form hold as a request forwarded for `forwarded`.
async fn hold_from(
    client: &TestClient,
    forwarded: &str,
    showing: i32,
    seat: i32,
) -> reqwest::Response {
    let token = client.csrf().await;
    client
        .http
        .post(client.url(&format!("/showings/{showing}/seats/{seat}/hold")))
        .header("X-Forwarded-For", forwarded)
        .form(&[("csrf_token", token)])
        .send()
        .await
        .unwrap()
}

fn set_setting(app: &TestApp, f: impl FnOnce(&mut cinema::db::Conn)) {
    app.db(f);
}

#[tokio::test]
async fn a_customer_holds_seats_in_at_most_two_showings_at_once() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let shows = showings_after(&app, 3, 3);
    let mut codes = Vec::new();
    for &showing in &shows[..2] {
        let seat = first_free_seat(&app, showing);
        assert_eq!(
            customer.hold(showing, seat).await.status(),
            StatusCode::SEE_OTHER
        );
        codes.push(customer.basket_code(showing).await.unwrap());
    }
    let third = first_free_seat(&app, shows[2]);
    let response = customer.hold(shows[2], third).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("already holding seats for 2 other showings"),
        "{body}"
    );
    assert!(body.contains("My bookings"), "{body}");
    assert_eq!(app.seat_state(shows[2], third).0, SeatState::Free);
    // More seats in a showing already held are fine.
    let more = first_free_seat(&app, shows[0]);
    assert_eq!(
        customer.hold(shows[0], more).await.status(),
        StatusCode::SEE_OTHER
    );

    // Paying for one basket frees a place for another showing.
    assert_redirects_to(
        &customer.pay(&codes[0], Card::ACCEPTED).await,
        &format!("/bookings/{}", codes[0]),
    );
    assert_eq!(
        customer.hold(shows[2], third).await.status(),
        StatusCode::SEE_OTHER
    );
    app.assert_seats_consistent();
}

#[tokio::test]
async fn a_basket_whose_hold_ran_out_no_longer_counts() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let shows = showings_after(&app, 3, 3);
    for &showing in &shows[..2] {
        customer.hold(showing, first_free_seat(&app, showing)).await;
    }
    app.clock.advance(chrono::Duration::minutes(11));
    let seat = first_free_seat(&app, shows[2]);
    assert_eq!(
        customer.hold(shows[2], seat).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn the_number_of_showings_is_a_setting() {
    let app = spawn_app().await;
    set_setting(&app, |c| {
        use cinema::schema::settings;
        diesel::update(settings::table.find(1))
            .set(settings::max_open_baskets.eq(1))
            .execute(c)
            .unwrap();
    });
    let customer = app.customer().await;
    let shows = showings_after(&app, 3, 2);
    customer
        .hold(shows[0], first_free_seat(&app, shows[0]))
        .await;
    let response = customer
        .hold(shows[1], first_free_seat(&app, shows[1]))
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let body = response.text().await.unwrap();
    assert!(body.contains("another showing"), "{body}");
}

#[tokio::test]
async fn holds_per_account_are_rate_limited_and_the_allowance_comes_back() {
    let app = spawn_app().await;
    app.db(|c| crate::lookups::set_hold_rate_limits(c, 5, 1_000));
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    for &seat in &seats[..5] {
        assert_eq!(
            customer.hold(showing, seat).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    let response = customer.hold(showing, seats[5]).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = header(&response, "retry-after").unwrap().parse().unwrap();
    assert!(
        (1..=12).contains(&wait),
        "one hold comes back every 12 s: {wait}"
    );
    let body = response.text().await.unwrap();
    assert!(body.contains("faster than we allow"), "{body}");
    assert_eq!(app.seat_state(showing, seats[5]).0, SeatState::Free);
    // Releasing is never limited; another account has its own allowance.
    assert_eq!(
        customer.release(showing, seats[0]).await.status(),
        StatusCode::SEE_OTHER
    );
    let other = app.customer().await;
    assert_eq!(
        other.hold(showing, seats[5]).await.status(),
        StatusCode::SEE_OTHER
    );
    app.clock.advance(chrono::Duration::seconds(12));
    assert_eq!(
        customer.hold(showing, seats[6]).await.status(),
        StatusCode::SEE_OTHER
    );
    // Over HTMX the refusal is a message for the page.
    let response = customer
        .htmx_post(&format!("/showings/{showing}/seats/{}/hold", seats[7]), &[])
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header(&response, "hx-retarget"), Some("#flash"));
    assert!(header(&response, "retry-after").is_some());
}

#[tokio::test]
async fn holds_per_address_are_rate_limited_whatever_the_account() {
    let app = spawn_app_with(Options {
        configure: |config| {
            config.trusted_proxies = cinema::client_addr::parse_trusted("127.0.0.1").unwrap();
        },
        ..Options::default()
    })
    .await;
    app.db(|c| crate::lookups::set_hold_rate_limits(c, 1_000, 6));
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    let customers = app.customers(3).await;
    for (i, &seat) in seats[..6].iter().enumerate() {
        let response = hold_from(&customers[i % 3], "203.0.113.20", showing, seat).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "hold {i}");
    }
    for customer in &customers {
        let response = hold_from(customer, "203.0.113.20", showing, seats[10]).await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(response.text().await.unwrap().contains("from your network"));
    }
    assert_eq!(app.seat_state(showing, seats[10]).0, SeatState::Free);
    let response = hold_from(&customers[0], "198.51.100.30", showing, seats[10]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "another address");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn eleven_throwaway_accounts_cannot_hold_a_whole_hall_with_the_default_limits() {
    let app = spawn_app().await;
    // The settings as a new cinema has them.
    app.db(|c| crate::lookups::set_hold_rate_limits(c, 20, 60));
    let showing = {
        use cinema::schema::{halls, showings};
        let after = app.clock.now_naive() + chrono::Duration::hours(3);
        app.db(|c| {
            showings::table
                .inner_join(halls::table)
                .filter(halls::name.eq("Studio"))
                .filter(showings::starts_at.gt(after))
                .select(showings::id)
                .first::<i32>(c)
                .unwrap()
        })
    };
    let seats = app.seat_ids(showing);
    assert_eq!(seats.len(), 102);
    let accounts = app.customers(11).await;
    let mut holds = tokio::task::JoinSet::new();
    for (i, chunk) in seats.chunks(10).enumerate() {
        let client = accounts[i % accounts.len()].http.clone();
        let base = accounts[i % accounts.len()].base.clone();
        let token = accounts[i % accounts.len()].csrf().await;
        for &seat in chunk {
            let (client, base, token) = (client.clone(), base.clone(), token.clone());
            holds.spawn(async move {
                client
                    .post(format!("{base}/showings/{showing}/seats/{seat}/hold"))
                    .form(&[("csrf_token", token)])
                    .send()
                    .await
                    .unwrap()
                    .status()
            });
        }
    }
    let answers = holds.join_all().await;
    let refused = answers
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    let held: i64 = app.db(|c| {
        use cinema::schema::seat_states;
        seat_states::table
            .filter(seat_states::showing_id.eq(showing))
            .filter(seat_states::state.eq(SeatState::Held))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert!(held <= 60, "{held} seats held from one address in a moment");
    assert!(refused >= 42, "{refused} refusals");
    assert!(answers.iter().all(|s| s.as_u16() < 500), "{answers:?}");
    app.assert_seats_consistent();
}
