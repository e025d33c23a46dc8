//! Polish and English in a real browser: the switcher at the foot of every page turns the
//! repertoire, the seat map and its basket into Polish and back, and the choice stays across
//! pages; axe-core on the Polish pages, screenshots of each.

use cinema::domain::kinds::SeatKind;

use crate::app::spawn_app;
use crate::axe::{Axe, screenshot_and_audit};
use crate::driver::{Chromedriver, DESKTOP, PHONE};

#[tokio::test]
async fn the_switcher_turns_the_pages_into_polish_and_back() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let axe = Axe::load();
    let app = spawn_app();
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, SeatKind::Standard)[40];
    let browser = driver.open(&app.address, DESKTOP).await;
    browser
        .register("Zofia Nowak", &format!("/showings/{showing}"))
        .await;
    browser.goto("/").await;
    assert_eq!(browser.attr("html", "lang").await.as_deref(), Some("en"));

    browser.click("#language-switch button[data-lang=pl]").await;
    browser.wait_for_attr("html", "lang", "pl").await;
    assert_eq!(browser.path().await, "/");
    assert_eq!(browser.text("nav a[href='/']").await, "Repertuar");
    let price = browser.text(".showtime .from").await;
    assert!(price.starts_with("od ") && price.ends_with("zł"), "{price}");
    let mut violations = screenshot_and_audit(axe.as_ref(), &browser, "k-repertoire-polish").await;

    // The choice holds on the next page, and the seat map, its basket and its notes speak Polish.
    browser.goto(&format!("/showings/{showing}")).await;
    assert_eq!(browser.attr("html", "lang").await.as_deref(), Some("pl"));
    assert_eq!(browser.text("#basket-title").await, "Twoje miejsca");
    browser.click(&format!("#seat-{seat}")).await;
    browser
        .wait_for_attr(&format!("#seat-{seat}"), "data-state", "mine")
        .await;
    browser.find("#basket-content .total").await;
    let total = browser.text("#basket-content .total").await;
    assert!(
        total.starts_with("Razem") && total.ends_with("zł"),
        "{total}"
    );
    let label = browser
        .attr(&format!("#seat-{seat}"), "aria-label")
        .await
        .unwrap();
    assert!(label.ends_with("zablokowane przez Ciebie"), "{label}");
    violations.extend(screenshot_and_audit(axe.as_ref(), &browser, "k-seat-map-polish").await);
    browser.resize(PHONE).await;
    violations
        .extend(screenshot_and_audit(axe.as_ref(), &browser, "k-seat-map-polish-phone").await);
    browser.resize(DESKTOP).await;

    // Back to English, on the same page.
    browser.click("#language-switch button[data-lang=en]").await;
    browser.wait_for_attr("html", "lang", "en").await;
    assert_eq!(browser.path().await, format!("/showings/{showing}"));
    assert_eq!(browser.text("#basket-title").await, "Your seats");
    driver.close(browser).await;
    assert!(violations.is_empty(), "axe-core: {violations:#?}");
}

#[tokio::test]
async fn the_staff_screens_come_in_polish_on_a_phone_and_a_desktop() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let axe = Axe::load();
    let app = spawn_app();
    let browser = driver.open(&app.address, DESKTOP).await;
    browser
        .login(
            crate::app::ADMIN_EMAIL,
            crate::app::ADMIN_PASSWORD,
            "/admin",
        )
        .await;
    browser.click("#language-switch button[data-lang=pl]").await;
    browser.wait_for_attr("html", "lang", "pl").await;
    let mut violations = Vec::new();
    for (path, name, heading) in [
        ("/admin/movies/new", "movie-new", "Dodaj film"),
        ("/admin/halls/new", "hall-new", "Dodaj salę"),
        (
            "/admin/ticket-types",
            "ticket-types",
            "Rodzaje biletów i ceny",
        ),
        ("/admin/settings", "settings", "Ustawienia"),
        ("/admin/reports", "reports", "Raporty"),
        ("/admin/users/new", "user-new", "Utwórz konto pracownika"),
        ("/counter", "counter", "Kasa"),
        ("/counter/shift", "shift", "Twoja zmiana"),
    ] {
        browser.goto(path).await;
        assert_eq!(browser.attr("html", "lang").await.as_deref(), Some("pl"));
        let h1 = browser.text("h1").await;
        assert!(h1.starts_with(heading), "{path}: {h1}");
        for (window, suffix) in [(DESKTOP, "desktop"), (PHONE, "phone")] {
            browser.resize(window).await;
            let overflow = browser
                .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                .await
                .as_i64()
                .unwrap_or_default();
            assert!(overflow <= 0, "{path} scrolls sideways by {overflow}px");
            violations.extend(
                screenshot_and_audit(axe.as_ref(), &browser, &format!("k-staff-{name}-{suffix}"))
                    .await,
            );
        }
        browser.resize(DESKTOP).await;
    }
    driver.close(browser).await;
    assert!(violations.is_empty(), "axe-core: {violations:#?}");
}
