//! The polled seat grid answers with a validator: an unchanged grid is a 304 without a body, and any
//! change a viewer would see (another customer's hold, their own, a hold running out) is a new ETag.

use crate::helpers::*;
use reqwest::StatusCode;

/// A poll as HTMX sends it, with the validator of the last answer when there is one.
async fn poll(client: &TestClient, showing: i32, etag: Option<&str>) -> reqwest::Response {
    let mut request = client
        .http
        .get(client.url(&format!("/showings/{showing}/seats")))
        .header("HX-Request", "true");
    if let Some(tag) = etag {
        request = request.header("If-None-Match", tag);
    }
    request.send().await.expect("GET failed")
}

fn etag_of(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .expect("an ETag")
        .to_owned()
}

/// Polls once without a validator and returns the grid's ETag.
async fn first_poll(client: &TestClient, showing: i32) -> String {
    let response = poll(client, showing, None).await;
    assert_eq!(response.status(), StatusCode::OK);
    etag_of(&response)
}

/// Asserts that polling with `etag` now gets a full grid with a different ETag, and returns it.
async fn assert_changed(client: &TestClient, showing: i32, etag: &str) -> String {
    let response = poll(client, showing, Some(etag)).await;
    assert_eq!(response.status(), StatusCode::OK, "the grid changed");
    let new = etag_of(&response);
    assert_ne!(new, etag);
    let body = response.text().await.unwrap();
    assert!(body.trim_start().starts_with("<div id=\"seat-grid\""));
    new
}

#[tokio::test]
async fn an_unchanged_grid_is_a_304_without_a_body() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let customer = app.customer().await;
    let response = poll(&customer, showing, None).await;
    assert_eq!(response.status(), StatusCode::OK);
    let etag = etag_of(&response);
    assert!(etag.starts_with("W/\""), "a weak validator: {etag}");
    assert_eq!(
        header(&response, "cache-control"),
        Some("private, no-cache")
    );
    assert_eq!(header(&response, "vary"), Some("HX-Request"));
    let body = response.text().await.unwrap();
    assert!(
        body.contains(&format!("data-etag=\"{}\"", etag.replace('"', "&#34;"))),
        "the grid knows its own validator"
    );

    let response = poll(&customer, showing, Some(&etag)).await;
    assert_eq!(response.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(etag_of(&response), etag);
    assert_eq!(
        header(&response, "cache-control"),
        Some("private, no-cache")
    );
    assert_eq!(header(&response, "vary"), Some("HX-Request"));
    assert!(response.text().await.unwrap().is_empty());

    let response = poll(&customer, showing, Some(&format!("W/\"other\", {etag}"))).await;
    assert_eq!(
        response.status(),
        StatusCode::NOT_MODIFIED,
        "any listed tag matches"
    );
    let response = poll(&customer, showing, Some("W/\"stale\"")).await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_seat_map_page_carries_the_grids_validator() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let customer = app.customer().await;
    let (status, html) = customer.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(status, StatusCode::OK);
    let etag = attr_at(&html, "#seat-grid", "data-etag").expect("a data-etag");
    let response = poll(&customer, showing, Some(&etag)).await;
    assert_eq!(response.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn another_customers_hold_changes_the_etag() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let viewer = app.customer().await;
    let other = app.customer().await;
    let seat = app.seats_of_kind(showing, "standard")[0];
    let etag = first_poll(&viewer, showing).await;

    other.hold(showing, seat).await;
    let response = poll(&viewer, showing, Some(&etag)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let new = etag_of(&response);
    assert_ne!(new, etag);
    let html = scraper::Html::parse_fragment(&response.text().await.unwrap());
    assert_eq!(state_of(&html, seat), "held");
    assert_eq!(
        poll(&viewer, showing, Some(&new)).await.status(),
        StatusCode::NOT_MODIFIED
    );
}

#[tokio::test]
async fn the_viewers_own_hold_and_release_change_the_etag() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let customer = app.customer().await;
    let seat = app.seats_of_kind(showing, "standard")[1];
    let etag = first_poll(&customer, showing).await;

    customer.hold(showing, seat).await;
    let held = assert_changed(&customer, showing, &etag).await;
    customer.release(showing, seat).await;
    let released = assert_changed(&customer, showing, &held).await;
    assert_ne!(released, etag, "versions only go up");
}

#[tokio::test]
async fn a_hold_running_out_changes_the_etag_without_any_write() {
    let app = spawn_app_with(Options {
        hold_seconds: Some(60),
        ..Options::default()
    })
    .await;
    let showing = app.showing_in(3);
    let holder = app.customer().await;
    let viewer = app.customer().await;
    let seat = app.seats_of_kind(showing, "standard")[2];
    holder.hold(showing, seat).await;
    let etag = first_poll(&viewer, showing).await;

    app.clock.advance(chrono::Duration::seconds(30));
    assert_eq!(
        poll(&viewer, showing, Some(&etag)).await.status(),
        StatusCode::NOT_MODIFIED,
        "still inside the hold"
    );

    app.clock.advance(chrono::Duration::seconds(31));
    let response = poll(&viewer, showing, Some(&etag)).await;
    assert_eq!(response.status(), StatusCode::OK, "the hold ran out");
    assert_ne!(etag_of(&response), etag);
    let html = scraper::Html::parse_fragment(&response.text().await.unwrap());
    assert_eq!(state_of(&html, seat), "free");
}

#[tokio::test]
async fn each_viewer_has_its_own_etag() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let first = app.customer().await;
    let second = app.customer().await;
    let anonymous = app.client();
    // The anonymous visitor's session (and CSRF token) starts with its first answer.
    anonymous.get(&format!("/showings/{showing}")).await;

    let a = first_poll(&first, showing).await;
    let b = first_poll(&second, showing).await;
    let c = first_poll(&anonymous, showing).await;
    assert_ne!(a, b);
    assert_ne!(a, c);
    assert_ne!(b, c);
    assert_eq!(
        poll(&second, showing, Some(&a)).await.status(),
        StatusCode::OK,
        "one customer's validator is no good for another"
    );
    assert_eq!(
        poll(&anonymous, showing, Some(&c)).await.status(),
        StatusCode::NOT_MODIFIED
    );
}

#[tokio::test]
async fn an_unknown_showing_is_404_with_or_without_a_validator() {
    let app = spawn_app().await;
    let client = app.client();
    assert_eq!(
        poll(&client, 999_999, None).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        poll(&client, 999_999, Some("*")).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn concurrent_polls_of_two_showings_each_see_the_change_made_before_they_were_sent() {
    let app = spawn_app().await;
    let (changed, unchanged) = (app.showing_in(3), app.showing_in(30));
    assert_ne!(changed, unchanged);
    let viewers = app.customers(6).await;
    let mut etags = Vec::new();
    for viewer in &viewers {
        etags.push((
            first_poll(viewer, changed).await,
            first_poll(viewer, unchanged).await,
        ));
    }
    let other = app.customer().await;
    let seat = app.seats_of_kind(changed, "standard")[0];
    for round in 0..3 {
        if round == 1 {
            other.hold(changed, seat).await;
        }
        // Every poll of a round leaves together, so the server answers many of them in one read.
        let polls = viewers.iter().zip(&etags).flat_map(|(viewer, (a, b))| {
            [
                poll(viewer, changed, Some(a.as_str())),
                poll(viewer, unchanged, Some(b.as_str())),
            ]
        });
        let answers: Vec<StatusCode> = futures_util::future::join_all(polls)
            .await
            .iter()
            .map(|r| r.status())
            .collect();
        let expected_first = if round == 0 {
            StatusCode::NOT_MODIFIED
        } else {
            StatusCode::OK
        };
        for pair in answers.chunks(2) {
            assert_eq!(pair[0], expected_first, "round {round}: {answers:?}");
            assert_eq!(
                pair[1],
                StatusCode::NOT_MODIFIED,
                "round {round}: {answers:?}"
            );
        }
    }
}
