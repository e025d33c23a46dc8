//! The business settings form: changes apply at the next request, bad values never reach the
//! database, a bad value already there does not break the pages, and a stale form is refused.

use crate::helpers::*;
use cinema::schema::{audit_log, settings};
use diesel::prelude::*;
use reqwest::StatusCode;

async fn form_of(admin: &TestClient) -> Vec<(String, String)> {
    let (status, html) = admin.get_html("/admin/settings").await;
    assert_eq!(status, StatusCode::OK);
    html.select(&scraper::Selector::parse("main form.stacked input").unwrap())
        .filter_map(|i| {
            Some((
                i.value().attr("name")?.to_owned(),
                i.value().attr("value").unwrap_or("").to_owned(),
            ))
        })
        .filter(|(name, _)| name != "csrf_token")
        .collect()
}

fn changed(form: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
    form.iter()
        .map(|(k, v)| {
            let v = changes
                .iter()
                .find(|(c, _)| c == k)
                .map_or(v.as_str(), |(_, n)| n);
            (k.clone(), v.to_owned())
        })
        .collect()
}

async fn post(admin: &TestClient, form: &[(String, String)]) -> reqwest::Response {
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    admin.post_form("/admin/settings", &fields).await
}

#[tokio::test]
async fn saved_settings_apply_at_the_next_request_and_are_audited() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let form = form_of(&admin).await;
    assert!(
        form.iter()
            .any(|(k, v)| k == "time_zone" && v == "Europe/Warsaw"),
        "{form:?}"
    );
    assert!(
        form.iter()
            .any(|(k, v)| k == "cleaning_minutes" && v == "15"),
        "{form:?}"
    );
    let response = post(
        &admin,
        &changed(
            &form,
            &[
                ("cinema_name", "Kino Nowe"),
                ("hold_minutes", "7"),
                ("max_seats", "4"),
                ("currency", "eur"),
            ],
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, html) = app.client().get_html("/").await;
    assert!(text_at(&html, "title").unwrap().contains("Kino Nowe"));
    let (hold, seats, currency): (i32, i32, String) = app.db(|c| {
        settings::table
            .select((
                settings::hold_seconds,
                settings::max_seats_per_booking,
                settings::currency,
            ))
            .first(c)
            .unwrap()
    });
    assert_eq!((hold, seats, currency.as_str()), (420, 4, "EUR"));
    let (entity, before, after): (String, String, String) = app.db(|c| {
        audit_log::table
            .select((audit_log::entity, audit_log::before, audit_log::after))
            .first(c)
            .unwrap()
    });
    assert_eq!(entity, "settings");
    assert!(
        before.contains("\"hold_seconds\":600") && after.contains("\"hold_seconds\":420"),
        "{before} {after}"
    );
}

#[tokio::test]
async fn bad_values_come_back_beside_their_fields_and_change_nothing() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let form = form_of(&admin).await;
    let response = post(
        &admin,
        &changed(
            &form,
            &[
                ("time_zone", "Europe/Atlantis"),
                ("currency", "złoty"),
                ("hold_minutes", "0"),
                ("cleaning_minutes", "ten"),
                ("cinema_name", ""),
            ],
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    for field in [
        "time_zone",
        "currency",
        "hold_minutes",
        "cleaning_minutes",
        "cinema_name",
    ] {
        assert!(
            text_at(&html, &format!("#{field}-error")).is_some(),
            "{field}"
        );
    }
    assert_eq!(
        attr_at(&html, "#time_zone", "value").as_deref(),
        Some("Europe/Atlantis")
    );
    let zone: String = app.db(|c| {
        settings::table
            .select(settings::time_zone)
            .first(c)
            .unwrap()
    });
    assert_eq!(zone, "Europe/Warsaw");
    let audit: i64 = app.db(|c| audit_log::table.count().get_result(c).unwrap());
    assert_eq!(audit, 0);
}

#[tokio::test]
async fn a_bad_time_zone_already_stored_shows_times_in_utc_instead_of_failing() {
    let app = spawn_app().await;
    app.db(|c| {
        diesel::update(settings::table)
            .set(settings::time_zone.eq("Mars/Olympus"))
            .execute(c)
            .unwrap()
    });
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    for path in [
        "/".to_owned(),
        format!("/showings/{showing}"),
        "/bookings".into(),
    ] {
        assert_eq!(customer.get(&path).await.status(), StatusCode::OK, "{path}");
    }
    let admin = app.admin().await;
    let (status, html) = admin.get_html("/admin/settings").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        text_at(&html, "#bad-zone")
            .unwrap()
            .contains("Mars/Olympus")
    );
    let form = form_of(&admin).await;
    let response = post(&admin, &changed(&form, &[("time_zone", "Europe/Warsaw")])).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, html) = admin.get_html("/admin/settings").await;
    assert_eq!(count_of(&html, "#bad-zone"), 0);
}

#[tokio::test]
async fn a_stale_settings_form_is_refused_with_both_values_and_can_be_reapplied() {
    let app = spawn_app().await;
    let first = app.admin().await;
    let second = app.admin().await;
    let a = form_of(&first).await;
    let b = form_of(&second).await;
    assert_eq!(
        post(&first, &changed(&a, &[("max_seats", "6")]))
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let response = post(&second, &changed(&b, &[("max_seats", "8")])).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        text_at(&html, "#differences td[data-yours]").as_deref(),
        Some("8")
    );
    assert_eq!(
        text_at(&html, "#differences td[data-saved]").as_deref(),
        Some("6")
    );
    let seats: i32 = app.db(|c| {
        settings::table
            .select(settings::max_seats_per_booking)
            .first(c)
            .unwrap()
    });
    assert_eq!(seats, 6, "nothing overwritten");
    // The conflict page's form holds the admin's values at the saved version.
    let again: Vec<(String, String)> = html
        .select(&scraper::Selector::parse("main form.stacked input").unwrap())
        .filter_map(|i| {
            Some((
                i.value().attr("name")?.to_owned(),
                i.value().attr("value").unwrap_or("").to_owned(),
            ))
        })
        .filter(|(name, _)| name != "csrf_token")
        .collect();
    assert_eq!(post(&second, &again).await.status(), StatusCode::SEE_OTHER);
    let seats: i32 = app.db(|c| {
        settings::table
            .select(settings::max_seats_per_booking)
            .first(c)
            .unwrap()
    });
    assert_eq!(seats, 8);
}

#[tokio::test]
async fn only_administrators_reach_the_settings() {
    let app = spawn_app().await;
    assert!(location(&app.client().get("/admin/settings").await).starts_with("/login?next="));
    for client in [app.customer().await, app.cashier().await] {
        assert_eq!(
            client.get("/admin/settings").await.status(),
            StatusCode::FORBIDDEN
        );
        let response = client
            .post_form(
                "/admin/settings",
                &[("cinema_name", "Taken over"), ("version", "0")],
            )
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    let name: String = app.db(|c| {
        settings::table
            .select(settings::cinema_name)
            .first(c)
            .unwrap()
    });
    assert_ne!(name, "Taken over");
}

#[tokio::test]
async fn the_address_is_saved_and_printed_on_tickets_or_refused_beside_its_field() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let form = form_of(&admin).await;
    assert!(
        form.iter()
            .any(|(k, v)| k == "cinema_address" && v == cinema::seed::DEMO_ADDRESS),
        "{form:?}"
    );
    let bad = "ul. Prosta 1\u{202e}, Warszawa";
    let response = post(&admin, &changed(&form, &[("cinema_address", bad)])).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(text_at(&html, "#cinema_address-error").is_some());
    assert_eq!(
        attr_at(&html, "#cinema_address", "value").as_deref(),
        Some(bad)
    );
    let address = "ul. Złota 59, 00-120 Warszawa";
    let response = post(&admin, &changed(&form, &[("cinema_address", address)])).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let stored: String = app.db(|c| {
        settings::table
            .find(1)
            .select(settings::cinema_address)
            .first(c)
            .unwrap()
    });
    assert_eq!(stored, address);

    let customer = app.customer().await;
    let showing = app.showing_in(3);
    customer
        .hold(showing, app.seats_of_kind(showing, "standard")[0])
        .await;
    let code = customer.basket_code(showing).await.unwrap();
    customer.pay(&code, Card::ACCEPTED).await;
    let (_, html) = customer.get_html(&format!("/bookings/{code}")).await;
    let place = text_at(&html, "#ticket-place").unwrap();
    assert!(place.contains(address), "{place}");
    assert_eq!(
        attr_at(&html, "#add-to-calendar", "href"),
        Some(format!("/bookings/{code}/calendar.ics"))
    );
}
