//! The back office in a real browser: an administrator draws a new hall in the layout editor (the
//! preview follows the typing, mistakes named as they appear), schedules a showing in it, and a
//! customer books a seat of that hall.

use std::time::Duration;

use cinema::domain::kinds::BookingStatus;
use diesel::prelude::*;

use crate::app::{ADMIN_EMAIL, ADMIN_PASSWORD, spawn_app};
use crate::driver::{Chromedriver, DESKTOP};

const PATIENCE: Duration = Duration::from_secs(5);

#[tokio::test]
async fn an_admin_draws_a_hall_schedules_it_and_a_customer_books_a_seat_in_it() {
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let app = spawn_app();
    let browser = driver.open(&app.address, DESKTOP).await;
    browser.login(ADMIN_EMAIL, ADMIN_PASSWORD, "/admin").await;

    browser.goto("/admin/halls/new").await;
    browser.fill("#name", "Sala Próbna").await;
    browser.fill("#layout", "WC..SS\nSSSSSS\n\nVVVV").await;
    browser
        .wait_until(
            "the preview to draw the typed plan",
            PATIENCE,
            "return document.querySelectorAll('#layout-preview button.seat').length === 14",
        )
        .await;
    assert_eq!(
        browser.attr("[data-seat=A1]", "data-kind").await.as_deref(),
        Some("wheelchair")
    );
    assert!(
        browser.exists("[data-seat=C4]").await,
        "the cross aisle takes no label"
    );
    // A mistake shows at once with its place; fixing it brings the plan back.
    browser.fill("#layout", "WC..SS\nSSXSSS").await;
    browser
        .wait_until(
            "the preview to name the mistake",
            PATIENCE,
            "const e = document.querySelector('#layout-errors'); return !!e && e.textContent.includes('Line 2, column 3')",
        )
        .await;
    browser.fill("#layout", "WC..SS\nSSSSSS\nSSSSSS").await;
    browser
        .wait_until(
            "the preview to draw the fixed plan",
            PATIENCE,
            "return document.querySelectorAll('#layout-preview button.seat').length === 16",
        )
        .await;
    // Numbering from the right renumbers the preview too.
    browser.click("input[name=numbering][value=rtl]").await;
    browser
        .wait_until(
            "the preview to number from the right",
            PATIENCE,
            "const s = document.querySelector('#layout-preview [data-seat]'); return !!s && s.dataset.seat === 'A4'",
        )
        .await;
    browser.click("#hall-form button.primary").await;
    browser
        .wait_until(
            "the saved hall's page",
            PATIENCE,
            "return location.pathname.endsWith('/edit')",
        )
        .await;
    let hall: i32 = app.db(|c| {
        use cinema::schema::halls;
        halls::table
            .filter(halls::name.eq("Sala Próbna"))
            .select(halls::id)
            .first(c)
            .expect("the new hall")
    });

    let movie: i32 = app.db(|c| {
        use cinema::schema::movies;
        movies::table
            .filter(movies::title.eq("Paper Dragons"))
            .select(movies::id)
            .first(c)
            .unwrap()
    });
    browser
        .goto(&format!("/admin/showings/new?hall={hall}"))
        .await;
    let start = (chrono::Utc::now() + chrono::Duration::days(3))
        .format("%Y-%m-%dT19:00")
        .to_string();
    browser
        .js(&format!(
            "document.querySelector('#movie_id').value = '{movie}'; document.querySelector('#starts_at').value = '{start}';"
        ))
        .await;
    browser.fill("#price", "22.50").await;
    browser.click("main form.stacked button[type=submit]").await;
    browser
        .wait_until(
            "the scheduled showing's page",
            PATIENCE,
            "return location.pathname.endsWith('/edit')",
        )
        .await;
    let path = browser.path().await;
    let showing: i32 = path
        .trim_start_matches("/admin/showings/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap_or_else(|_| panic!("the showing's page, not {path}"));

    browser.click("form[action='/logout'] button").await;
    browser.find("header a[href='/login']").await;
    let next = format!("/showings/{showing}");
    browser.register("Hall Customer", &next).await;
    assert_eq!(browser.find_all("#seat-grid button.seat").await.len(), 16);
    let seat = "#seat-grid [data-seat=B2]";
    browser.click(seat).await;
    browser.wait_for_attr(seat, "data-state", "mine").await;
    browser.click("#basket-content a.button.primary").await;
    browser.wait_for_path("/bookings/").await;
    browser.pay_with_accepted_card("Hall Customer").await;
    let code = browser.text(".booking-head .code").await;
    let booking = app.booking(code.trim());
    assert_eq!(booking.status, BookingStatus::Paid);
    assert_eq!(booking.showing_id, showing);
    assert!(browser.text(".ticket").await.contains("B2"));
    driver.close(browser).await;
}
