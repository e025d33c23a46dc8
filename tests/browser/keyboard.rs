//! Seat selection by keyboard alone: Tab reaches the seat map as one stop, the arrow keys move
//! between seats, Enter holds the focused seat, and the focus stays on it after the HTMX swap.

use std::time::Duration;

use cinema::domain::kinds::SeatState;
use fantoccini::key::Key;

use crate::app::spawn_app;
use crate::browser::Browser;
use crate::driver::{Chromedriver, DESKTOP};

/// Where a seat sits on the grid, read from the focused button.
#[derive(Debug, PartialEq)]
struct Focus {
    id: i32,
    row: i32,
    col: i32,
    state: String,
}

#[tokio::test]
async fn a_keyboard_user_tabs_to_the_seat_map_moves_with_arrows_and_holds_with_enter() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let app = spawn_app();
    let showing = app.showing_in(3);
    let browser = driver.open(&app.address, DESKTOP).await;
    let next = format!("/showings/{showing}");
    browser.register("Keyboard User", &next).await;
    // Start as a fresh visit does: nothing focused, no mouse involved from here on.
    browser.goto(&next).await;

    // Tab until a seat has the focus; the whole map is one tab stop (roving tabindex).
    let mut tabs = 0;
    let start = loop {
        browser.press(&[Key::Tab]).await;
        tabs += 1;
        if let Some(focus) = focused_seat(&browser).await {
            break focus;
        }
        assert!(tabs < 25, "25 presses of Tab never reached the seat map");
    };
    eprintln!("Tab pressed {tabs} times to reach the seat map");
    let tab_stops = browser
        .js("return document.querySelectorAll('#seat-grid button.seat[tabindex=\"0\"]').length")
        .await;
    assert_eq!(
        tab_stops,
        serde_json::json!(1),
        "the seat map is one tab stop"
    );
    assert_eq!(start.state, "free");

    browser.press(&[Key::Right]).await;
    let right = focused_seat(&browser)
        .await
        .expect("a seat after ArrowRight");
    assert_eq!(right.row, start.row, "ArrowRight stays in the row");
    assert!(
        right.col > start.col,
        "ArrowRight moves right: {start:?} → {right:?}"
    );

    browser.press(&[Key::Down, Key::Down]).await;
    let target = focused_seat(&browser)
        .await
        .expect("a seat after ArrowDown");
    assert!(
        target.row > right.row,
        "ArrowDown moves down: {right:?} → {target:?}"
    );
    assert_eq!(target.state, "free");

    browser.js("window.__marker = 'keys'").await;
    browser.press(&[Key::Enter]).await;
    wait_until_mine(&browser, target.id).await;
    assert_eq!(
        browser.focused_id().await,
        format!("seat-{}", target.id),
        "the focus stays on the seat after the swap"
    );
    assert_eq!(app.seat_state(showing, target.id), SeatState::Held);

    // And on to a second seat from there, still without the mouse.
    browser.press(&[Key::Right]).await;
    let second = focused_seat(&browser)
        .await
        .expect("a seat after ArrowRight");
    assert_eq!(second.row, target.row);
    browser.press(&[Key::Enter]).await;
    wait_until_mine(&browser, second.id).await;
    assert_eq!(browser.focused_id().await, format!("seat-{}", second.id));
    assert_eq!(
        browser.js("return window.__marker").await,
        serde_json::json!("keys"),
        "Enter reloaded the page instead of swapping the grid"
    );
    let items = browser
        .js("return document.querySelectorAll('#basket-content .basket-items li').length")
        .await;
    assert_eq!(items, serde_json::json!(2));
    browser.screenshot("c-keyboard-two-seats", false).await;
    driver.close(browser).await;
}

/// The seat button that has the focus, if a seat has it.
async fn focused_seat(browser: &Browser) -> Option<Focus> {
    let value = browser
        .js("var b = document.activeElement;\
             if (!b || !b.matches('#seat-grid button.seat')) return null;\
             return [+b.dataset.seatId, parseInt(b.style.gridRowStart, 10), parseInt(b.style.gridColumnStart, 10), b.dataset.state];")
        .await;
    let parts = value.as_array()?;
    Some(Focus {
        id: parts[0].as_i64()? as i32,
        row: parts[1].as_i64()? as i32,
        col: parts[2].as_i64()? as i32,
        state: parts[3].as_str()?.to_owned(),
    })
}

async fn wait_until_mine(browser: &Browser, seat: i32) {
    browser
        .wait_until(
            "the focused seat to become mine",
            Duration::from_secs(5),
            &format!(
                "var b = document.getElementById('seat-{seat}'); return !!b && b.dataset.state === 'mine'"
            ),
        )
        .await;
}

/// The grid is swapped by its poll every few seconds; a seat pressed in the instant after a swap
/// must still be held through HTMX (no page load, focus kept), not by a plain form post.
#[tokio::test]
async fn a_seat_pressed_right_after_a_poll_swap_keeps_the_page_and_the_focus() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let app = spawn_app();
    let showing = app.showing_in(3);
    let standard = app.seats_of_kind(showing, cinema::domain::kinds::SeatKind::Standard);
    let (seat, elsewhere) = (standard[30], standard[90]);
    let browser = driver.open(&app.address, DESKTOP).await;
    browser
        .register("Quick Fingers", &format!("/showings/{showing}"))
        .await;
    browser.js("window.__marker = 'race'").await;
    // Press the seat (focus, then click, as Enter does) in the same task as the next poll's swap.
    browser
        .js(&format!(
            "document.addEventListener('htmx:afterSwap', function (e) {{\
               if (window.__pressed || e.target.id !== 'seat-grid') return;\
               window.__pressed = true;\
               var seat = document.getElementById('seat-{seat}'); seat.focus(); seat.click(); }});"
        ))
        .await;
    // Someone else holds a seat, so the next poll brings a changed grid and swaps it in.
    let other = app.user_id(cinema::seed::DEMO_CUSTOMER.0);
    app.hold_for(other, showing, &[elsewhere]);
    browser
        .wait_until(
            "a poll swap, and the seat pressed just after it",
            Duration::from_secs(8),
            // A page load ends the wait too (the marker is gone), and fails below.
            "return window.__pressed === true || window.__marker !== 'race'",
        )
        .await;
    wait_until_mine(&browser, seat).await;
    assert_eq!(
        browser.js("return window.__marker").await,
        serde_json::json!("race"),
        "the press right after a poll swap loaded the whole page"
    );
    assert_eq!(browser.focused_id().await, format!("seat-{seat}"));
    assert_eq!(app.seat_state(showing, seat), SeatState::Held);
    driver.close(browser).await;
}
