//! The seat map on a phone (390 × 844) and a desktop (1280 × 800): the whole 250-seat hall in view
//! without scrolling sideways, "Zoom in" giving seats a finger can hit (24 px and more), a seat
//! taken with one tap after zooming, and the basket as a bar at the bottom of the phone's screen.

use cinema::domain::kinds::SeatKind;
use serde_json::Value;

use crate::app::{TestApp, spawn_app};
use crate::browser::Browser;
use crate::driver::{Chromedriver, PHONE, Window};

const LAPTOP: Window = Window {
    width: 1280,
    height: 800,
    javascript: true,
};

/// The first showing at least three hours ahead in the 250-seat hall.
fn grand_hall_showing(app: &TestApp) -> i32 {
    (3..72)
        .map(|hours| app.showing_in(hours))
        .find(|&s| app.seat_count(s) == 250)
        .expect("a showing in the 250-seat hall")
}

/// How the seats lie in the window: [all inside it sideways, narrowest seat, seats counted].
async fn seats_in_view(browser: &Browser) -> (bool, f64, u64) {
    let v: Value = browser
        .js("var seats = Array.from(document.querySelectorAll('#seat-grid button.seat')); \
             var inside = seats.every(function (s) { var r = s.getBoundingClientRect(); \
               return r.left >= 0 && r.right <= window.innerWidth; }); \
             var narrowest = Math.min.apply(null, seats.map(function (s) { return s.getBoundingClientRect().width; })); \
             return [inside, narrowest, seats.length];")
        .await;
    (
        v[0].as_bool().unwrap_or(false),
        v[1].as_f64().unwrap_or(0.0),
        v[2].as_u64().unwrap_or(0),
    )
}

async fn sideways_scroll(browser: &Browser) -> i64 {
    browser
        .js("var w = document.getElementById('seat-grid'); \
             return Math.max(document.documentElement.scrollWidth - window.innerWidth, w.scrollWidth - w.clientWidth);")
        .await
        .as_i64()
        .unwrap_or(1)
}

#[tokio::test]
async fn the_whole_hall_fits_a_phone_and_zooming_in_makes_seats_tappable() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let app = spawn_app();
    let showing = grand_hall_showing(&app);
    let path = format!("/showings/{showing}");

    let browser = driver.open(&app.address, PHONE).await;
    browser.register("Phone Customer", &path).await;
    let (inside, _, count) = seats_in_view(&browser).await;
    assert_eq!(count, 250);
    assert!(inside, "every seat is within the phone's width");
    assert!(
        sideways_scroll(&browser).await <= 0,
        "no sideways scrolling"
    );
    browser
        .screenshot("k-seat-map-whole-hall-phone", false)
        .await;

    browser.click("#zoom-toggle").await;
    assert_eq!(
        browser
            .attr("#zoom-toggle", "aria-pressed")
            .await
            .as_deref(),
        Some("true")
    );
    let (_, narrowest, _) = seats_in_view(&browser).await;
    assert!(narrowest >= 24.0, "zoomed seats are {narrowest} px wide");
    let seat = app.seats_of_kind(showing, SeatKind::Standard)[120];
    browser.click(&format!("#seat-{seat}")).await;
    browser
        .wait_for_attr(&format!("#seat-{seat}"), "data-state", "mine")
        .await;
    browser.screenshot("k-seat-map-zoomed-phone", false).await;

    // The basket is a bar at the bottom of the screen, its way on in reach.
    let bar: Value = browser
        .js("var b = document.getElementById('basket-content').getBoundingClientRect(); \
             var go = document.querySelector('#basket-content a.button.primary').getBoundingClientRect(); \
             return [Math.round(window.innerHeight - b.bottom), go.bottom <= window.innerHeight && go.top >= 0, getComputedStyle(document.getElementById('basket-content')).position];")
        .await;
    assert_eq!(
        bar[0].as_i64(),
        Some(0),
        "the bar sits on the bottom edge: {bar}"
    );
    assert_eq!(bar[1].as_bool(), Some(true), "Continue is on screen: {bar}");
    assert_eq!(bar[2].as_str(), Some("fixed"), "{bar}");
    browser
        .screenshot("k-seat-map-basket-bar-phone", false)
        .await;

    browser.click("#zoom-toggle").await;
    assert!(sideways_scroll(&browser).await <= 0, "the whole hall again");
    driver.close(browser).await;

    // On a laptop the hall fits with seats that are tap-sized without zooming.
    let browser = driver.open(&app.address, LAPTOP).await;
    browser.goto(&path).await;
    let (inside, narrowest, _) = seats_in_view(&browser).await;
    assert!(
        inside && narrowest >= 24.0,
        "laptop: inside {inside}, {narrowest} px"
    );
    assert!(sideways_scroll(&browser).await <= 0);
    browser.screenshot("k-seat-map-laptop", false).await;
    driver.close(browser).await;
}
