//! A hold that runs out on the checkout page: a warning in its last minute, then the checkout
//! turns into "your hold ran out" with the way back to the seats, its pay form gone, without a
//! reload. The hold lasts a few seconds here (`CINEMA_HOLD_SECONDS` in the configuration).

use std::time::Duration;

use cinema::domain::kinds::SeatKind;

use crate::app::spawn_app_with;
use crate::driver::{Chromedriver, PHONE};

const HOLD_SECONDS: i64 = 4;

#[tokio::test]
async fn the_checkout_turns_into_hold_ran_out_when_the_hold_ends() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let app = spawn_app_with(|config| config.hold_seconds = Some(HOLD_SECONDS));
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, SeatKind::Standard)[40];
    let browser = driver.open(&app.address, PHONE).await;
    let back = format!("/showings/{showing}");
    browser.register("Expiry Customer", &back).await;
    browser.click(&format!("#seat-{seat}")).await;
    browser
        .wait_for_attr(&format!("#seat-{seat}"), "data-state", "mine")
        .await;
    browser.click("#basket-content a.button.primary").await;
    browser.wait_for_path("/bookings/").await;
    assert!(browser.exists("#pay-form").await, "the checkout first");
    browser
        .wait_until(
            "the last minute's warning",
            Duration::from_secs(2),
            "return !!document.querySelector('.hold-note .hold-warning');",
        )
        .await;

    browser
        .wait_until(
            "the checkout to turn",
            Duration::from_secs(HOLD_SECONDS as u64 + 3),
            "return !!document.getElementById('hold-ran-out');",
        )
        .await;
    assert!(!browser.exists("#pay-form").await, "the pay form is gone");
    assert!(
        !browser.exists("section.cancel").await,
        "nothing is left to cancel"
    );
    assert_eq!(
        browser
            .attr(".booking-head [data-status]", "data-status")
            .await
            .as_deref(),
        Some("expired")
    );
    assert_eq!(
        browser
            .attr("#hold-ran-out a.button", "href")
            .await
            .as_deref(),
        Some(back.as_str())
    );
    assert_eq!(browser.focused_id().await, "pick-seats-again");
    browser.screenshot("i-hold-ran-out-phone", false).await;

    // The way back leads to the seat map, where the seat is free again.
    browser.click("#hold-ran-out a.button").await;
    browser.wait_for_path(&back).await;
    browser
        .wait_for_attr(&format!("#seat-{seat}"), "data-state", "free")
        .await;
    driver.close(browser).await;
}
