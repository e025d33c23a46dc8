//! The same booking with JavaScript switched off in Chromium: every step is a plain form post and a
//! redirect, and the booking still ends paid.

use cinema::domain::kinds::{BookingStatus, SeatKind, SeatState};
use cinema::seed::DEMO_CUSTOMER;

use crate::app::spawn_app;
use crate::driver::{Chromedriver, DESKTOP, Window};

#[tokio::test]
async fn with_javascript_off_a_customer_still_books_and_pays() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let app = spawn_app();
    let showing = app.showing_in(3);
    let price = app.price_cents(showing);
    let seat = app.seats_of_kind(showing, SeatKind::Standard)[80];
    let no_script = Window {
        javascript: false,
        ..DESKTOP
    };
    let browser = driver.open(&app.address, no_script).await;
    let next = format!("/showings/{showing}");
    browser.login(DEMO_CUSTOMER.0, DEMO_CUSTOMER.1, &next).await;

    // Proof that the page's scripts did not run: htmx never defined itself.
    assert_eq!(
        browser.js("return typeof window.htmx").await,
        serde_json::json!("undefined"),
        "JavaScript is still on in this browser"
    );

    // A seat is a submit button: the form posts, the server redirects back to the map.
    let css = format!("#seat-{seat}");
    browser.click(&css).await;
    browser.wait_for_attr(&css, "data-state", "mine").await;
    assert_eq!(browser.path().await, next);
    assert_eq!(app.seat_state(showing, seat), SeatState::Held);
    let basket = browser.text("#basket-content").await;
    assert!(
        basket.contains(&app.seat_label(seat)) && basket.contains(&app.money(price)),
        "the basket shows {basket:?}"
    );
    browser.screenshot("d-no-script-seat-map", false).await;

    // Checkout: the ticket type changes through the <noscript> button, then pay.
    browser.click("#basket-content a.button.primary").await;
    let path = browser.wait_for_path("/bookings/").await;
    let code = path.trim_start_matches("/bookings/").to_owned();
    let total_before = browser.text("#total").await;
    assert_eq!(total_before, app.money(price));
    browser
        .find(&format!("#type_{seat}"))
        .await
        // Each choice names its price too: "Child (under 13) · 17.40 PLN".
        .select_by(fantoccini::Locator::XPath(
            ".//option[starts-with(., 'Child (under 13) · ')]",
        ))
        .await
        .expect("choosing a child ticket");
    browser.click("#tickets form button[type=submit]").await;
    let total = browser.wait_for_text_change("#total", &total_before).await;
    let booking = app.booking(&code);
    assert!(
        booking.total_cents < price,
        "the child ticket was not applied"
    );
    assert_eq!(total, app.money(booking.total_cents));

    browser.pay_with_accepted_card("No Script").await;
    assert!(browser.exists(".ticket .qr svg").await);
    browser.screenshot("d-no-script-ticket", false).await;
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Paid);
    assert_eq!(app.seat_state(showing, seat), SeatState::Sold);
    driver.close(browser).await;
}
