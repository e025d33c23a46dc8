//! The reports page in a real browser: after web sales, an administrator sees the charts drawn
//! (server-rendered SVG with a title), the figures beside them, a phone-width page that does not
//! scroll sideways, and a refused range explained next to its field; axe-core on each, screenshots.

use cinema::domain::kinds::SeatKind;

use crate::app::{ADMIN_EMAIL, ADMIN_PASSWORD, spawn_app};
use crate::axe::{Axe, screenshot_and_audit};
use crate::driver::{Chromedriver, DESKTOP, PHONE};

#[tokio::test]
async fn an_administrator_reads_the_sales_as_charts_and_tables_on_a_desktop_and_a_phone() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let axe = Axe::load();
    let app = spawn_app();
    let customer = app.user_id(cinema::seed::DEMO_CUSTOMER.0);
    let mut expected_cents = 0;
    for (hours, seats) in [(3, 3), (27, 2)] {
        let showing = app.showing_in(hours);
        let standard = app.seats_of_kind(showing, SeatKind::Standard);
        app.hold_for(customer, showing, &standard[..seats]);
        app.pay_for(customer, showing);
        expected_cents += app.price_cents(showing) * seats as i64;
    }

    let browser = driver.open(&app.address, DESKTOP).await;
    browser
        .login(ADMIN_EMAIL, ADMIN_PASSWORD, "/admin/reports")
        .await;
    browser.wait_for_path("/admin/reports").await;

    // Every chart is an SVG image named by its title, with the numbers in a table beside it.
    let charts = browser
        .js(
            "return Array.from(document.querySelectorAll('svg.chart')).map(function (s) { \
               var t = s.querySelector('title'); var r = s.getBoundingClientRect(); \
               return [s.getAttribute('role'), t ? t.textContent : '', r.width, r.height]; });",
        )
        .await;
    let charts = charts.as_array().expect("a list of charts");
    assert!(charts.len() >= 4, "the charts drawn: {charts:?}");
    for chart in charts {
        assert_eq!(chart[0], "img", "{chart:?}");
        assert!(!chart[1].as_str().unwrap_or("").is_empty(), "{chart:?}");
        assert!(chart[2].as_f64().unwrap_or(0.0) > 100.0, "{chart:?}");
        assert!(chart[3].as_f64().unwrap_or(0.0) > 50.0, "{chart:?}");
    }
    let total = browser
        .js("return document.querySelector('#daily tfoot').textContent;")
        .await;
    let total = total.as_str().unwrap_or_default().to_string();
    assert!(total.contains(&app.money(expected_cents)), "{total}");
    assert!(total.contains('5'), "five tickets: {total}");
    let channels = browser.text("#channel-table").await;
    assert!(channels.contains("Web"), "{channels}");
    let mut violations = screenshot_and_audit(axe.as_ref(), &browser, "h-reports-desktop").await;

    browser.resize(PHONE).await;
    let overflow = browser
        .js("return document.documentElement.scrollWidth - window.innerWidth;")
        .await;
    assert!(
        overflow.as_i64().unwrap_or(1) <= 0,
        "the page scrolls sideways on a phone by {overflow} px"
    );
    violations.extend(screenshot_and_audit(axe.as_ref(), &browser, "h-reports-phone").await);
    browser.resize(DESKTOP).await;

    // A range that ends before it starts is explained beside the field, with the input kept.
    browser
        .goto("/admin/reports?from=2026-12-31&to=2026-01-01")
        .await;
    browser.find("#to[aria-invalid=true]").await;
    let message = browser.text("#to-error").await;
    assert!(message.contains("swap"), "{message}");
    assert_eq!(
        browser.attr("#from", "value").await.as_deref(),
        Some("2026-12-31")
    );
    violations
        .extend(screenshot_and_audit(axe.as_ref(), &browser, "h-reports-refused-range").await);

    driver.close(browser).await;
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}
