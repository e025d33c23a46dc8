//! HTTP hygiene: slow bodies cut off, personal pages never cached, HSTS behind HTTPS, and staff
//! looking at a customer's booking see no forms they cannot use.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::helpers::*;
use cinema::body_deadline::BodyDeadline;
use reqwest::StatusCode;

fn quick_deadline() -> Options {
    Options {
        configure: |config| {
            config.body_deadline = BodyDeadline {
                idle: Duration::from_millis(500),
                total: Duration::from_secs(2),
            }
        },
        ..Options::default()
    }
}

/// Sends `head` and `body` on a raw connection, then reads until the server closes it (or 10 s
/// pass): what came back, and how long the server kept the connection.
fn exchange(app: &TestApp, head: &str, body: &[u8]) -> (String, Duration) {
    let address = app.address.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let started = Instant::now();
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => answer.extend_from_slice(&buffer[..n]),
        }
    }
    (
        String::from_utf8_lossy(&answer).into_owned(),
        started.elapsed(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_whose_body_never_arrives_is_cut_off_with_408() {
    let app = spawn_app_with(quick_deadline()).await;
    let head = "POST /login HTTP/1.1\r\nHost: cinema\r\n\
                Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n";
    let (answer, held) = tokio::task::spawn_blocking(move || exchange(&app, head, b"em"))
        .await
        .unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("arrived too slowly"), "{answer}");
    assert!(
        held < Duration::from_secs(5),
        "the connection was held {held:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_that_trickles_in_is_cut_off_at_the_total_deadline() {
    let app = spawn_app_with(quick_deadline()).await;
    let answer = tokio::task::spawn_blocking(move || {
        let address = app.address.trim_start_matches("http://").to_owned();
        let mut stream = TcpStream::connect(address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
            .write_all(
                b"POST /register HTTP/1.1\r\nHost: cinema\r\n\
                  Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n",
            )
            .unwrap();
        let started = Instant::now();
        // A byte every 200 ms never trips the idle limit; the total limit stops it.
        let mut answer = String::new();
        while started.elapsed() < Duration::from_secs(6) {
            if stream.write_all(b"a").is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(200));
            stream
                .set_read_timeout(Some(Duration::from_millis(1)))
                .unwrap();
            let mut buffer = [0u8; 4096];
            if let Ok(n) = stream.read(&mut buffer)
                && n > 0
            {
                answer.push_str(&String::from_utf8_lossy(&buffer[..n]));
                break;
            }
        }
        (answer, started.elapsed())
    })
    .await
    .unwrap();
    assert!(answer.0.starts_with("HTTP/1.1 408"), "{answer:?}");
    assert!(answer.1 < Duration::from_secs(4), "{answer:?}");
}

#[tokio::test]
async fn personal_pages_are_never_stored_and_the_grid_is_revalidated() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, seat).await;
    let code = customer.basket_code(showing).await.unwrap();
    let cashier = app.cashier().await;
    for (client, path) in [
        (&customer, "/bookings".to_owned()),
        (&customer, format!("/bookings/{code}")),
        (&customer, format!("/showings/{showing}")),
        (&customer, "/".to_owned()),
        (&cashier, "/counter".to_owned()),
        (&cashier, format!("/bookings/{code}")),
    ] {
        let response = client.get(&path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            header(&response, "cache-control"),
            Some("no-store"),
            "{path}"
        );
    }
    // Redirects and error pages too: they carry the session cookie.
    let response = customer.hold(showing, seat + 100_000).await;
    assert!(response.status().is_client_error());
    assert_eq!(header(&response, "cache-control"), Some("no-store"));
    let response = customer
        .htmx_get(&format!("/showings/{showing}/seats"))
        .await;
    assert_eq!(
        header(&response, "cache-control"),
        Some("private, no-cache")
    );
    let response = customer.get("/assets/style.css").await;
    assert!(
        header(&response, "cache-control").is_some_and(|v| v.starts_with("public")),
        "assets may be cached"
    );
}

#[tokio::test]
async fn hsts_is_sent_only_behind_https() {
    let plain = spawn_app().await;
    let response = plain.client().get("/health").await;
    assert_eq!(header(&response, "strict-transport-security"), None);
    let secure = spawn_app_with(Options {
        configure: |config| config.secure_cookie = true,
        ..Options::default()
    })
    .await;
    let response = secure.client().get("/").await;
    assert_eq!(
        header(&response, "strict-transport-security"),
        Some("max-age=31536000")
    );
}

#[tokio::test]
async fn staff_opening_a_customers_booking_see_it_without_forms() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seats_of_kind(showing, "standard");
    customer.hold(showing, seats[0]).await;
    let pending = customer.basket_code(showing).await.unwrap();
    let admin = app.admin().await;

    let (status, html) = admin.get_html(&format!("/bookings/{pending}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        count_of(&html, "main form"),
        0,
        "no form in {}",
        html.html()
    );
    assert_eq!(count_of(&html, "main select"), 0);
    assert!(
        text_at(&html, "main")
            .unwrap()
            .contains(&app.seat_label(seats[0]))
    );
    // The owner still has every form.
    let (_, html) = customer.get_html(&format!("/bookings/{pending}")).await;
    assert_eq!(count_of(&html, "form#pay-form"), 1);
    assert_eq!(count_of(&html, "form[action$='/cancel']"), 1);

    customer.pay(&pending, Card::ACCEPTED).await;
    let (_, html) = app
        .cashier()
        .await
        .get_html(&format!("/bookings/{pending}"))
        .await;
    assert_eq!(count_of(&html, "main form"), 0, "no cancel form for staff");
    let (_, html) = customer.get_html(&format!("/bookings/{pending}")).await;
    assert_eq!(count_of(&html, "form[action$='/cancel']"), 1);
}
