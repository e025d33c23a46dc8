//! A customer books in a real browser: registers, picks seats on the live map (HTMX swaps, no page
//! load), watches the hold count down, chooses a child ticket, pays, and sees the ticket's QR code.

use std::time::Duration;

use cinema::domain::kinds::{BookingStatus, SeatKind, SeatState};

use crate::app::spawn_app;
use crate::driver::{Chromedriver, DESKTOP};

#[tokio::test]
async fn a_customer_picks_seats_without_a_page_load_and_pays_for_a_child_ticket() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let app = spawn_app();
    let showing = app.showing_in(3);
    let price = app.price_cents(showing);
    let seats: Vec<i32> = app.seats_of_kind(showing, SeatKind::Standard)[40..43].to_vec();
    let browser = driver.open(&app.address, DESKTOP).await;

    browser
        .register("Browser Customer", &format!("/showings/{showing}"))
        .await;
    let buttons = browser.find_all("#seat-grid button.seat").await;
    assert_eq!(buttons.len() as i64, app.seat_count(showing));

    // A marker on the window survives HTMX swaps and dies with a page load.
    browser.js("window.__marker = 1").await;
    for (i, seat) in seats.iter().enumerate() {
        let css = format!("#seat-{seat}");
        assert_eq!(
            browser.attr(&css, "data-state").await.as_deref(),
            Some("free")
        );
        browser.click(&css).await;
        browser.wait_for_attr(&css, "data-state", "mine").await;
        assert_eq!(
            browser.attr(&css, "aria-pressed").await.as_deref(),
            Some("true")
        );
        let label = browser.attr(&css, "aria-label").await.unwrap_or_default();
        assert!(
            label.ends_with("held by you"),
            "seat {seat} announces {label:?}"
        );
        browser
            .wait_until(
                "the basket to list the seat",
                Duration::from_secs(5),
                &format!(
                    "return document.querySelectorAll('#basket-content .basket-items li').length === {}",
                    i + 1
                ),
            )
            .await;
        assert_eq!(app.seat_state(showing, *seat), SeatState::Held);
    }
    assert_eq!(
        browser.js("return window.__marker").await,
        serde_json::json!(1),
        "holding seats reloaded the page instead of swapping the grid"
    );

    // The basket: the three seats, their total, and a hold that counts down.
    let labels = browser.text("#basket-content .basket-items").await;
    for seat in &seats {
        let label = app.seat_label(*seat);
        assert!(
            labels.contains(&label),
            "the basket {labels:?} lacks {label}"
        );
    }
    assert_eq!(
        browser.text("#basket-content .total strong").await,
        app.money(3 * price)
    );
    let before = countdown_seconds(&browser.text("#basket-content .countdown").await);
    assert!(
        (540..=600).contains(&before),
        "a fresh hold shows {before} s left"
    );
    browser
        .wait_until(
            "the countdown to tick",
            Duration::from_secs(4),
            &format!(
                "var t = document.querySelector('#basket-content .countdown').textContent.split(':');\
                 return (+t[0]) * 60 + (+t[1]) < {before}"
            ),
        )
        .await;
    browser
        .screenshot("a-seat-map-with-three-seats", false)
        .await;

    // Checkout: a child ticket for the first seat lowers the total, again without a page load.
    browser.click("#basket-content a.button.primary").await;
    let path = browser.wait_for_path("/bookings/").await;
    let code = path.trim_start_matches("/bookings/").to_owned();
    assert_eq!(
        browser
            .attr("[data-status]", "data-status")
            .await
            .as_deref(),
        Some("pending")
    );
    let total_before = browser.text("#total").await;
    assert_eq!(total_before, app.money(3 * price));
    browser.js("window.__marker = 2").await;
    browser
        .find(&format!("#type_{}", seats[0]))
        .await
        // Each choice names its price too: "Child (under 13) · 17.40 PLN".
        .select_by(fantoccini::Locator::XPath(
            ".//option[starts-with(., 'Child (under 13) · ')]",
        ))
        .await
        .expect("choosing a child ticket");
    browser
        .wait_until(
            "the total to change",
            Duration::from_secs(5),
            &format!(
                "return document.getElementById('total').textContent.trim() !== '{total_before}'"
            ),
        )
        .await;
    assert_eq!(
        browser.js("return window.__marker").await,
        serde_json::json!(2)
    );
    let booking = app.booking(&code);
    assert!(booking.total_cents < 3 * price, "a child ticket costs less");
    assert_eq!(browser.text("#total").await, app.money(booking.total_cents));
    browser
        .screenshot("a-checkout-with-a-child-ticket", false)
        .await;

    // Pay, and the page becomes the ticket.
    browser.pay_with_accepted_card("Browser Customer").await;
    assert!(
        browser.exists(".ticket .qr svg").await,
        "the ticket has no QR code"
    );
    let ticket = browser.text(".ticket").await;
    assert!(ticket.contains(&code), "the ticket does not show {code}");
    assert!(
        ticket.contains("Child"),
        "the ticket does not show the child ticket"
    );
    browser.screenshot("a-ticket", false).await;
    assert_eq!(app.booking(&code).status, BookingStatus::Paid);
    for seat in &seats {
        assert_eq!(app.seat_state(showing, *seat), SeatState::Sold);
    }
    driver.close(browser).await;
}

/// "9:41" as seconds.
fn countdown_seconds(text: &str) -> i64 {
    let (m, s) = text
        .trim()
        .split_once(':')
        .unwrap_or_else(|| panic!("the countdown reads {text:?}, not m:ss"));
    assert_eq!(s.len(), 2, "the countdown reads {text:?}, not m:ss");
    m.parse::<i64>().expect("minutes") * 60 + s.parse::<i64>().expect("seconds")
}
