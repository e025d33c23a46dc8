//! Pictures for a person to look at: the seat map, the checkout, the ticket, the account page and the
//! back office's pages at phone and desktop widths, saved under `target/screenshots/`. At each width
//! the page must not scroll sideways.

use cinema::domain::kinds::SeatKind;

use crate::browser::Browser;
use crate::driver::{Chromedriver, DESKTOP, PHONE, Window};

#[tokio::test]
async fn seat_map_checkout_and_ticket_fit_phone_and_desktop_screens() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let app = crate::app::spawn_app();
    let showing = app.showing_in(3);
    let standard = app.seats_of_kind(showing, SeatKind::Standard);
    let vip = app.seats_of_kind(showing, SeatKind::Vip);
    // Another customer's seats, so that every state is in the picture.
    let other = app.user_id(cinema::seed::DEMO_CUSTOMER.0);
    app.hold_for(other, showing, &standard[100..102]);
    app.pay_for(other, showing);
    app.hold_for(other, showing, &standard[120..122]);

    let browser = driver.open(&app.address, DESKTOP).await;
    let next = format!("/showings/{showing}");
    browser.register("Screenshot Customer", &next).await;
    for seat in [standard[50], vip[4]] {
        let css = format!("#seat-{seat}");
        browser.click(&css).await;
        browser.wait_for_attr(&css, "data-state", "mine").await;
    }
    // Reload, so that the welcome message is gone and the page is as a returning visitor sees it.
    browser.goto(&next).await;
    shoot_both(&browser, "seat-map").await;

    browser.click("#basket-content a.button.primary").await;
    browser.wait_for_path("/bookings/").await;
    shoot_both(&browser, "checkout").await;

    browser.pay_with_accepted_card("Screen Shot").await;
    shoot_both(&browser, "ticket").await;

    browser.goto("/account").await;
    shoot_both(&browser, "account").await;

    // The back office, as the administrator.
    browser.click("form[action='/logout'] button").await;
    browser.find("header a[href='/login']").await;
    browser
        .login(
            crate::app::ADMIN_EMAIL,
            crate::app::ADMIN_PASSWORD,
            "/admin",
        )
        .await;
    shoot_both(&browser, "admin").await;
    browser.goto("/admin/movies").await;
    shoot_both(&browser, "admin-movies").await;
    browser.goto("/admin/movies/new").await;
    browser.click("main form.stacked button[type=submit]").await;
    browser.find("#title[aria-invalid=true]").await;
    shoot_both(&browser, "admin-movie-errors").await;
    browser.goto("/admin/movies").await;
    browser.click("#movies tbody a").await;
    browser.find("main form.stacked").await;
    shoot_both(&browser, "admin-movie-edit").await;
    browser.goto("/admin/users").await;
    shoot_both(&browser, "admin-users").await;
    browser.goto(&format!("/admin/users/{other}")).await;
    shoot_both(&browser, "admin-user").await;
    browser.goto("/admin/settings").await;
    shoot_both(&browser, "admin-settings").await;
    browser.goto("/admin/halls").await;
    shoot_both(&browser, "admin-halls").await;
    browser.click("#halls tbody a").await;
    browser.find("#layout-preview button.seat").await;
    shoot_both(&browser, "admin-hall-edit").await;
    browser.goto("/admin/halls/new").await;
    browser.find("#layout-preview button.seat").await;
    shoot_both(&browser, "admin-hall-new").await;
    browser.goto("/admin/halls").await;
    browser.click("#halls tbody a[href$='/blocked']").await;
    browser.find("#blocks").await;
    shoot_both(&browser, "admin-hall-blocked").await;
    browser.goto("/admin/showings").await;
    browser.find("#week-view").await;
    shoot_both(&browser, "admin-schedule-week").await;
    browser.goto("/admin/showings?view=list").await;
    shoot_both(&browser, "admin-schedule-list").await;
    browser
        .goto(&format!("/admin/showings/{showing}/edit"))
        .await;
    shoot_both(&browser, "admin-showing-edit").await;
    browser.goto("/admin/showings/new").await;
    shoot_both(&browser, "admin-showing-new").await;
    browser.goto("/admin/showings/bulk").await;
    shoot_both(&browser, "admin-showings-bulk").await;
    browser.goto("/admin/ticket-types").await;
    shoot_both(&browser, "admin-ticket-types").await;
    browser.goto("/admin/audit").await;
    shoot_both(&browser, "admin-audit").await;
    browser.goto("/").await;
    shoot_both(&browser, "repertoire").await;
    browser.goto("/movies/1").await;
    shoot_both(&browser, "movie").await;
    driver.close(browser).await;
}

/// `e-{name}-phone.png` and `e-{name}-desktop.png`, each of the whole page.
async fn shoot_both(browser: &Browser, name: &str) {
    for (window, suffix) in [(PHONE, "phone"), (DESKTOP, "desktop")] {
        resize(browser, window).await;
        browser
            .screenshot(&format!("e-{name}-{suffix}"), true)
            .await;
        let overflow = browser
            .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await
            .as_i64()
            .unwrap_or_default();
        assert!(
            overflow <= 0,
            "the {name} page scrolls sideways by {overflow}px at {}px",
            window.width
        );
    }
}

async fn resize(browser: &Browser, window: Window) {
    browser
        .client
        .set_window_size(window.width, window.height)
        .await
        .expect("resizing the window");
    let inner = browser.js("return window.innerWidth").await;
    assert_eq!(
        inner.as_u64(),
        Some(u64::from(window.width)),
        "the viewport is not {}px wide",
        window.width
    );
}
