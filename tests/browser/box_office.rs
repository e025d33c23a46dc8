//! The counter in a real browser, by keyboard alone: two adult tickets for the next showing, paid
//! in cash, counted key by key from the start screen; the door answering a scan; axe-core on each
//! screen, and screenshots including the printed tickets.

use std::time::Duration;

use cinema::domain::kinds::{BookingStatus, Channel};
use fantoccini::key::Key;

use crate::app::spawn_app;
use crate::axe::{Axe, screenshot_and_audit};
use crate::driver::{Chromedriver, DESKTOP};

const PATIENCE: Duration = Duration::from_secs(5);

/// The README states this count: keep the two in step.
const MOST_KEYSTROKES: usize = 12;

/// Copies the rules of every `@media print` block into a stylesheet for the screen.
const PRINT_ON_SCREEN: &str = "const css = []; \
    for (const sheet of document.styleSheets) { for (const rule of sheet.cssRules) { \
      if (rule.media && rule.media.mediaText.includes('print')) { \
        for (const inner of rule.cssRules) css.push(inner.cssText); } } } \
    const style = document.createElement('style'); style.textContent = css.join('\\n'); \
    document.head.appendChild(style); return css.length;";

#[tokio::test]
async fn a_cashier_sells_two_adult_tickets_for_cash_in_a_few_keystrokes() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let axe = Axe::load();
    let app = spawn_app();
    let browser = driver.open(&app.address, DESKTOP).await;
    let (email, password) = cinema::seed::DEMO_CASHIER;
    browser.login(email, password, "/counter/shift").await;
    browser.fill("#float", "200").await;
    browser.click("main form button[type=submit]").await;
    browser.wait_for_path("/counter").await;
    let mut violations = screenshot_and_audit(axe.as_ref(), &browser, "g-counter-showings").await;

    // From the start screen on, keys only; each press is counted.
    browser.goto("/counter").await;
    browser.wait_for_focus("counter-search").await;
    let first = browser
        .attr("#showing-list tr[aria-selected=true]", "data-href")
        .await
        .expect("the soonest showing is chosen");
    let mut keystrokes = 0;
    browser.press(&[Key::Enter]).await;
    keystrokes += 1;
    browser.wait_for_path(&first).await;
    browser.wait_for_focus("seats").await;
    violations.extend(screenshot_and_audit(axe.as_ref(), &browser, "g-counter-sale").await);
    browser.type_text("2").await;
    browser.press(&[Key::Enter]).await;
    keystrokes += 2;
    browser
        .wait_until(
            "the two seats to be held and the cash field focused",
            PATIENCE,
            "return document.querySelectorAll('#ticket-types select').length === 2 \
             && document.activeElement && document.activeElement.id === 'tendered'",
        )
        .await;
    let code = browser
        .attr("[data-sale-code]", "data-sale-code")
        .await
        .expect("the sale's code");
    violations
        .extend(screenshot_and_audit(axe.as_ref(), &browser, "g-counter-sale-with-seats").await);
    browser.type_text("100").await;
    browser.press(&[Key::Enter]).await;
    keystrokes += 4;
    browser
        .wait_for_path(&format!("/counter/sales/{code}/tickets"))
        .await;
    assert!(browser.text("#flash").await.contains("change due"));
    assert_eq!(browser.find_all("article.ticket").await.len(), 2);
    violations.extend(screenshot_and_audit(axe.as_ref(), &browser, "g-counter-tickets").await);
    // The print stylesheet, applied on screen (WebDriver cannot switch the media type).
    browser.js(PRINT_ON_SCREEN).await;
    assert_eq!(
        browser
            .js("return getComputedStyle(document.querySelector('.site-header')).display")
            .await,
        serde_json::json!("none"),
        "printing shows the tickets alone"
    );
    browser.screenshot("g-counter-tickets-print", true).await;
    browser
        .goto(&format!("/counter/sales/{code}/tickets"))
        .await;
    // Enter: the next customer, with the search focused again.
    browser.wait_for_focus("next-customer").await;
    browser.press(&[Key::Enter]).await;
    keystrokes += 1;
    browser
        .wait_until(
            "the showing list with the search focused again",
            PATIENCE,
            "return location.pathname === '/counter' && document.activeElement \
             && document.activeElement.id === 'counter-search'",
        )
        .await;
    eprintln!(
        "a cash sale of two adult tickets took {keystrokes} keystrokes from the start screen"
    );
    assert!(keystrokes <= MOST_KEYSTROKES, "{keystrokes} keystrokes");
    let booking = app.booking(&code);
    assert_eq!(booking.status, BookingStatus::Paid);
    assert_eq!(booking.channel, Channel::Counter);

    // The door: the code typed (as a scanner would) and Enter; the answer is big and in words.
    browser.goto("/checkin").await;
    browser.wait_for_focus("code").await;
    browser.type_text(&code).await;
    browser.press(&[Key::Enter]).await;
    browser
        .wait_until(
            "the door's answer",
            PATIENCE,
            "return !!document.querySelector('[data-result]')",
        )
        .await;
    let result = browser.attr("[data-result]", "data-result").await;
    assert!(
        matches!(result.as_deref(), Some("valid") | Some("wrong-showing")),
        "{result:?}"
    );
    assert_eq!(
        browser.focused_id().await,
        "code",
        "ready for the next scan"
    );
    violations.extend(screenshot_and_audit(axe.as_ref(), &browser, "g-counter-door").await);
    browser.goto("/counter/bookings").await;
    browser.wait_for_focus("booking-search").await;
    browser.type_text(&code).await;
    browser.press(&[Key::Enter]).await;
    browser.find(&format!("[data-code=\"{code}\"]")).await;
    violations.extend(screenshot_and_audit(axe.as_ref(), &browser, "g-counter-reservations").await);
    browser.goto("/counter/shift").await;
    violations.extend(screenshot_and_audit(axe.as_ref(), &browser, "g-counter-shift").await);
    driver.close(browser).await;
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}
