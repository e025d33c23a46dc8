//! The accessibility audit: axe-core on every main page (as a visitor, a customer and an
//! administrator) with no serious or critical violation, and a seat map a screen reader can use:
//! every seat says its row, number, kind and state, and basket changes land in a live region.

use std::time::Duration;

use cinema::domain::kinds::SeatKind;

use crate::app::{ADMIN_EMAIL, ADMIN_PASSWORD, TestApp};
use crate::axe::{Axe, Violation};
use crate::browser::Browser;
use crate::driver::{Chromedriver, DESKTOP, PHONE};

#[tokio::test]
async fn the_main_pages_have_no_serious_accessibility_violations() {
    let Some(axe) = Axe::load() else {
        return;
    };
    let Some(driver) = Chromedriver::start(1) else {
        return;
    };
    let app = crate::app::spawn_app();
    let showing = app.showing_in(3);
    let movie = movie_of(&app, showing);
    // Another customer's seats, so that the map shows every state.
    let standard = app.seats_of_kind(showing, SeatKind::Standard);
    let other = app.user_id(cinema::seed::DEMO_CUSTOMER.0);
    app.hold_for(other, showing, &standard[100..102]);
    app.pay_for(other, showing);
    app.hold_for(other, showing, &standard[120..122]);

    let browser = driver.open(&app.address, DESKTOP).await;
    let mut audit = Audit::new(&axe, &browser);

    // As a visitor.
    audit.page("repertoire", "/").await;
    audit.page("movie", &format!("/movies/{movie}")).await;
    audit
        .page("seat map (visitor)", &format!("/showings/{showing}"))
        .await;
    audit.page("login", "/login").await;
    audit.page("register", "/register").await;
    browser.click("main form button[type=submit]").await;
    browser.find("[aria-invalid=true]").await;
    audit.here("register with errors").await;
    audit.page("not found", "/no-such-page").await;

    // As a customer holding seats.
    let next = format!("/showings/{showing}");
    browser.register("Audit Customer", &next).await;
    let seat = standard[50];
    browser.click(&format!("#seat-{seat}")).await;
    browser
        .wait_for_attr(&format!("#seat-{seat}"), "data-state", "mine")
        .await;
    audit.here("seat map (customer with a held seat)").await;
    browser.resize(PHONE).await;
    audit.here("seat map (phone)").await;
    browser.resize(DESKTOP).await;
    check_seat_labels(&browser).await;
    check_basket_is_a_live_region(&browser, standard[51]).await;

    browser.click("#basket-content a.button.primary").await;
    let path = browser.wait_for_path("/bookings/").await;
    audit.here("checkout").await;
    browser.fill("#card_number", "1234").await;
    browser.click("#pay-form button[type=submit]").await;
    browser.find("#card_number[aria-invalid=true]").await;
    audit.here("checkout with card errors").await;
    browser.pay_with_accepted_card("Audit Customer").await;
    audit.here("ticket").await;
    audit.page("my bookings", "/bookings").await;
    audit.page("ticket (revisited)", &path).await;
    audit.page("account", "/account").await;
    browser.fill("#current_password", "not my password").await;
    browser.fill("#new_password", "password123").await;
    browser
        .click("form[action='/account/password'] button[type=submit]")
        .await;
    browser.find("#new_password[aria-invalid=true]").await;
    audit.here("account with password errors").await;

    // As the administrator (the staff pages).
    browser.click("form[action='/logout'] button").await;
    browser.find("header a[href='/login']").await;
    browser.login(ADMIN_EMAIL, ADMIN_PASSWORD, "/admin").await;
    audit.here("admin").await;
    audit.page("counter", "/counter").await;
    audit.page("admin: movies", "/admin/movies").await;
    audit
        .page("admin: archived movies", "/admin/movies?status=archived")
        .await;
    audit.page("admin: new movie", "/admin/movies/new").await;
    browser.click("main form.stacked button[type=submit]").await;
    browser.find("#title[aria-invalid=true]").await;
    audit.here("admin: new movie with errors").await;
    audit
        .page("admin: edit movie", &format!("/admin/movies/{movie}/edit"))
        .await;
    audit.page("admin: users", "/admin/users").await;
    audit.page("admin: settings", "/admin/settings").await;
    audit.page("admin: new user", "/admin/users/new").await;
    browser.click("main form.stacked button[type=submit]").await;
    browser.find("#name[aria-invalid=true]").await;
    audit.here("admin: new user with errors").await;
    let customer = app.user_id(cinema::seed::DEMO_CUSTOMER.0);
    audit
        .page("admin: a user", &format!("/admin/users/{customer}"))
        .await;
    audit.page("admin: halls", "/admin/halls").await;
    audit.page("admin: new hall", "/admin/halls/new").await;
    browser.click("#hall-form button.primary").await;
    browser.find("#layout-preview").await;
    audit.page("admin: edit hall", "/admin/halls/1/edit").await;
    audit
        .page("admin: blocked seats", "/admin/halls/1/blocked")
        .await;
    audit.page("admin: schedule", "/admin/showings").await;
    audit
        .page("admin: schedule list", "/admin/showings?view=list")
        .await;
    audit
        .page("admin: new showing", "/admin/showings/new")
        .await;
    browser.click("main form.stacked button[type=submit]").await;
    browser.find("#movie_id[aria-invalid=true]").await;
    audit.here("admin: new showing with errors").await;
    audit
        .page("admin: bulk scheduling", "/admin/showings/bulk")
        .await;
    let showing = app.showing_in(3);
    audit
        .page(
            "admin: edit showing",
            &format!("/admin/showings/{showing}/edit"),
        )
        .await;

    let verdict = audit.finish();
    driver.close(browser).await;
    if let Err(report) = verdict {
        panic!("{report}");
    }
}

/// Collects every page's violations and fails at the end, so one run shows them all.
struct Audit<'a> {
    axe: &'a Axe,
    browser: &'a Browser,
    blocking: Vec<(String, Violation)>,
    other: Vec<(String, Violation)>,
}

impl<'a> Audit<'a> {
    fn new(axe: &'a Axe, browser: &'a Browser) -> Audit<'a> {
        Audit {
            axe,
            browser,
            blocking: Vec::new(),
            other: Vec::new(),
        }
    }

    async fn page(&mut self, name: &str, path: &str) {
        self.browser.goto(path).await;
        self.here(name).await;
    }

    async fn here(&mut self, name: &str) {
        let path = self.browser.path().await;
        let slug = name
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        self.browser
            .screenshot(&format!("f-audited-{slug}"), false)
            .await;
        for violation in self.axe.audit(self.browser).await {
            let page = format!("{name} ({path})");
            if violation.blocks() {
                self.blocking.push((page, violation));
            } else {
                self.other.push((page, violation));
            }
        }
    }

    /// Prints the moderate and minor findings; the serious and critical ones are the error.
    fn finish(self) -> Result<(), String> {
        if !self.other.is_empty() {
            eprintln!("axe-core: moderate and minor findings (not failures):");
            for (page, violation) in &self.other {
                eprint!("{page}\n{violation}");
            }
        }
        if !self.blocking.is_empty() {
            let mut report = String::from("axe-core found serious or critical violations:\n");
            for (page, violation) in &self.blocking {
                report.push_str(&format!("{page}\n{violation}"));
            }
            return Err(report);
        }
        Ok(())
    }
}

/// Every seat names its row, number, kind (when not a standard seat) and state.
async fn check_seat_labels(browser: &Browser) {
    let seats = browser
        .js("return Array.prototype.map.call(document.querySelectorAll('#seat-grid button.seat'),\
             function (b) { return [b.getAttribute('aria-label') || '', b.dataset.seat, b.dataset.kind, b.dataset.state]; })")
        .await;
    let seats = seats.as_array().expect("a list of seats");
    let mut states = std::collections::BTreeSet::new();
    for seat in seats {
        let [label, name, kind, state] = [0, 1, 2, 3].map(|i| seat[i].as_str().unwrap_or_default());
        let row: String = name
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        let number = &name[row.len()..];
        let prefix = format!("Row {row}, seat {number}, ");
        assert!(
            label.starts_with(&prefix),
            "seat {name} is announced as {label:?}"
        );
        let kind_words = match kind {
            "standard" => "",
            "vip" => "VIP seat, ",
            "wheelchair" => "wheelchair space, ",
            "companion" => "companion seat, ",
            other => panic!("unknown seat kind {other}"),
        };
        let state_words = match state {
            "free" => "free",
            "mine" => "held by you",
            "held" => "held by another customer",
            "sold" => "sold",
            other => panic!("unknown seat state {other}"),
        };
        assert_eq!(
            label,
            format!("{prefix}{kind_words}{state_words}"),
            "seat {name} ({kind}, {state})"
        );
        states.insert(state.to_owned());
    }
    assert_eq!(
        states.into_iter().collect::<Vec<_>>(),
        ["free", "held", "mine", "sold"],
        "the audited map should show every state"
    );
}

/// The basket is a polite live region that HTMX updates in place (the same element, new content),
/// so a screen reader announces each change.
async fn check_basket_is_a_live_region(browser: &Browser, another_seat: i32) {
    assert_eq!(
        browser
            .attr("#basket-content", "aria-live")
            .await
            .as_deref(),
        Some("polite")
    );
    browser
        .js("document.getElementById('basket-content').__probe = 'same element'")
        .await;
    let count = "return document.querySelectorAll('#basket-content .basket-items li').length";
    let before = browser.js(count).await.as_u64().unwrap_or_default();
    browser.click(&format!("#seat-{another_seat}")).await;
    browser
        .wait_until(
            "the basket to list one more seat",
            Duration::from_secs(5),
            &format!("{count} === {}", before + 1),
        )
        .await;
    assert_eq!(
        browser
            .js("return document.getElementById('basket-content').__probe")
            .await,
        serde_json::json!("same element"),
        "the basket region was replaced, not updated: a screen reader may not announce it"
    );
}

fn movie_of(app: &TestApp, showing: i32) -> i32 {
    use cinema::schema::showings;
    use diesel::prelude::*;
    app.db(|c| {
        showings::table
            .find(showing)
            .select(showings::movie_id)
            .first(c)
            .expect("a showing")
    })
}
