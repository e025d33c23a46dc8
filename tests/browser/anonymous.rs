//! A visitor clicks a seat before logging in: the login page says the seat will be kept, and
//! after logging in the seat map shows it held for them.

use cinema::domain::kinds::SeatKind;

use crate::app::spawn_app;
use crate::driver::{Chromedriver, PHONE};

#[tokio::test]
async fn a_seat_clicked_before_logging_in_is_held_after_it() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let app = spawn_app();
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, SeatKind::Standard)[60];
    let browser = driver.open(&app.address, PHONE).await;
    browser.goto(&format!("/showings/{showing}")).await;
    browser.click(&format!("#seat-{seat}")).await;
    browser.wait_for_path("/login").await;
    let notice = browser.text("#keeps-seat").await;
    assert!(notice.contains("keep the seat"), "{notice}");
    browser
        .screenshot("j-login-keeps-the-seat-phone", false)
        .await;

    let (email, password) = cinema::seed::DEMO_CUSTOMER;
    browser.fill("#email", email).await;
    browser.fill("#password", password).await;
    browser.click("main form button[type=submit]").await;
    browser.wait_for_path(&format!("/showings/{showing}")).await;
    browser
        .wait_for_attr(&format!("#seat-{seat}"), "data-state", "mine")
        .await;
    let flash = browser.text("#flash").await;
    assert!(flash.contains("held for you"), "{flash}");
    driver.close(browser).await;
}
