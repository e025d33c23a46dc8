//! Two customers on the same seat map in two browsers: the second sees the first one's seats taken
//! within the grid's refresh interval, and clicking one of them says so instead of holding it.

use std::time::Duration;

use cinema::domain::kinds::{SeatKind, SeatState};

use crate::app::spawn_app;
use crate::browser::Browser;
use crate::driver::{Chromedriver, DESKTOP};

/// The grid polls every 3 s; allow for one poll plus a slow machine.
const REFRESH: Duration = Duration::from_secs(8);

#[tokio::test]
async fn a_second_customer_sees_seats_taken_and_gets_the_conflict_message() {
    let Some(driver) = Chromedriver::start(2) else {
        return;
    };
    let app = spawn_app();
    let showing = app.showing_in(3);
    let seats: Vec<i32> = app.seats_of_kind(showing, SeatKind::Standard)[60..62].to_vec();
    let next = format!("/showings/{showing}");
    let (first, second) = tokio::join!(
        driver.open(&app.address, DESKTOP),
        driver.open(&app.address, DESKTOP)
    );
    tokio::join!(
        first.register("First Customer", &next),
        second.register("Second Customer", &next),
    );
    for seat in &seats {
        assert_eq!(seat_state(&second, *seat).await, "free");
    }

    for seat in &seats {
        let css = format!("#seat-{seat}");
        first.click(&css).await;
        first.wait_for_attr(&css, "data-state", "mine").await;
    }

    // The second customer did nothing: the polling grid shows the seats held.
    wait_for_states(&second, &seats, "held").await;
    for seat in &seats {
        let css = format!("#seat-{seat}");
        assert_eq!(
            second.attr(&css, "aria-disabled").await.as_deref(),
            Some("true")
        );
        let label = second.attr(&css, "aria-label").await.unwrap_or_default();
        assert!(
            label.ends_with("held by another customer"),
            "a held seat announces {label:?}"
        );
    }

    // Clicking a held seat (still a button, only aria-disabled) explains that it is taken.
    second.click(&format!("#seat-{}", seats[0])).await;
    let message = wait_for_message(&second).await;
    let label = app.seat_label(seats[0]);
    assert_eq!(message, format!("Seat {label} was just taken."));
    assert_eq!(seat_state(&second, seats[0]).await, "held");
    assert_eq!(app.seat_state(showing, seats[0]), SeatState::Held);
    assert!(
        !second.exists("#basket-content .basket-items").await,
        "the second customer's basket should stay empty"
    );
    second.screenshot("b-second-customer-conflict", false).await;

    // The first customer pays: the second one sees the seats sold, and a click says so.
    pay_from_seat_map(&first).await;
    wait_for_states(&second, &seats, "sold").await;
    second.click(&format!("#seat-{}", seats[1])).await;
    let message = wait_for_message(&second).await;
    let label = app.seat_label(seats[1]);
    assert_eq!(message, format!("Seat {label} is already sold."));
    assert_eq!(app.seat_state(showing, seats[1]), SeatState::Sold);
    second.screenshot("b-second-customer-sold", false).await;

    driver.close(first).await;
    driver.close(second).await;
}

async fn seat_state(browser: &Browser, seat: i32) -> String {
    browser
        .attr(&format!("#seat-{seat}"), "data-state")
        .await
        .unwrap_or_default()
}

/// Waits, reading the page, until every seat shows `state`.
async fn wait_for_states(browser: &Browser, seats: &[i32], state: &str) {
    let ids: Vec<String> = seats.iter().map(|s| format!("'seat-{s}'")).collect();
    browser
        .wait_until(
            &format!("the seats to show as {state}"),
            REFRESH,
            &format!(
                "return [{}].every(function (id) {{\
                   var b = document.getElementById(id); return !!b && b.dataset.state === '{state}'; }})",
                ids.join(",")
            ),
        )
        .await;
}

/// Waits for the message the seat map shows above the grid, and reads it in the same step (the
/// next poll replaces the grid and the message with it).
async fn wait_for_message(browser: &Browser) -> String {
    let value = browser
        .wait_for_value(
            "a message on the seat map",
            Duration::from_secs(5),
            // The slot is always there, empty until a hold is refused.
            "var m = document.getElementById('seat-message'); var t = m ? m.textContent.trim() : ''; return t || null",
        )
        .await;
    value.as_str().unwrap_or_default().to_owned()
}

/// Checkout and pay with the card that is accepted, starting on the seat map.
async fn pay_from_seat_map(browser: &Browser) {
    browser.click("#basket-content a.button.primary").await;
    browser.wait_for_path("/bookings/").await;
    browser.pay_with_accepted_card("First Customer").await;
}
