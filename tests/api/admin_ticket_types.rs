//! The back office's ticket types and prices: shares and fixed prices, the VIP surcharge, shown to
//! customers before they take a seat, and never changing a seat already held or sold.

use crate::helpers::*;
use cinema::schema::{audit_log, ticket_types};
use diesel::prelude::*;
use reqwest::StatusCode;

fn type_row(app: &TestApp, code: &str) -> (i32, i32) {
    app.db(|c| {
        ticket_types::table
            .filter(ticket_types::code.eq(code))
            .select((ticket_types::id, ticket_types::version))
            .first(c)
            .expect("the ticket type")
    })
}

#[tokio::test]
async fn a_fixed_price_type_is_added_and_sold_at_its_price_plus_the_vip_surcharge() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let response = admin
        .post_form(
            "/admin/ticket-types",
            &[
                ("code", "Family"),
                ("name", "Family"),
                ("price_percent", ""),
                ("price", "19.90"),
                ("sort_order", "5"),
                ("active", "on"),
            ],
        )
        .await;
    assert_redirects_to(&response, "/admin/ticket-types");
    let (id, _) = type_row(&app, "family");
    let (_, page) = admin.get_html("/admin/ticket-types").await;
    assert_eq!(count_of(&page, "[data-ticket-type=family]"), 1);

    let showing = app.showing_in(3);
    let (_, map) = app.client().get_html(&format!("/showings/{showing}")).await;
    let prices = text_at(&map, "#prices").expect("prices before a seat is taken");
    assert!(
        prices.contains("Family") && prices.contains("19.90"),
        "{prices}"
    );

    let customer = app.customer().await;
    let vip = app.seats_of_kind(showing, "vip")[0];
    let standard = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, vip).await;
    customer.hold(showing, standard).await;
    let code = customer.basket_code(showing).await.unwrap();
    let response = customer
        .set_tickets(&code, &[(vip, &id.to_string()), (standard, "family")])
        .await;
    assert_redirects_to(&response, &format!("/bookings/{code}"));
    let booking = app.booking(&code);
    let mut items = app.live_items(booking.id);
    items.sort();
    let mut expected = vec![(vip, 1990 + 1000), (standard, 1990)];
    expected.sort();
    assert_eq!(items, expected);
}

#[tokio::test]
async fn a_price_change_applies_to_new_holds_and_never_to_a_seat_already_held() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let (base, _) = app.showing(showing);
    let seats = app.seats_of_kind(showing, "standard");
    let early = app.customer().await;
    early.hold(showing, seats[0]).await;
    let early_code = early.basket_code(showing).await.unwrap();

    let admin = app.admin().await;
    let (adult, version) = type_row(&app, "adult");
    let response = admin
        .post_form(
            &format!("/admin/ticket-types/{adult}"),
            &[
                ("name", "Adult"),
                ("price_percent", "90"),
                ("price", ""),
                ("sort_order", "1"),
                ("active", "on"),
                ("version", &version.to_string()),
            ],
        )
        .await;
    assert_redirects_to(&response, "/admin/ticket-types");
    let late = app.customer().await;
    late.hold(showing, seats[1]).await;
    let late_code = late.basket_code(showing).await.unwrap();
    assert_eq!(
        app.live_items(app.booking(&early_code).id),
        [(seats[0], base)]
    );
    assert_eq!(
        app.live_items(app.booking(&late_code).id),
        [(seats[1], (base * 90 + 50) / 100)]
    );

    // The same version again: someone saved in between.
    let response = admin
        .post_form(
            &format!("/admin/ticket-types/{adult}"),
            &[
                ("name", "Grown-up"),
                ("price_percent", "50"),
                ("sort_order", "1"),
                ("active", "on"),
                ("version", &version.to_string()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        text_at(&html, &format!("#name-{adult}-error"))
            .unwrap()
            .contains("Someone saved")
    );
    assert_eq!(
        attr_at(&html, &format!("#name-{adult}"), "value").as_deref(),
        Some("Grown-up")
    );
    let name: String = app.db(|c| {
        ticket_types::table
            .find(adult)
            .select(ticket_types::name)
            .first(c)
            .unwrap()
    });
    assert_eq!(name, "Adult");

    // The default type stays on sale.
    let (_, version) = type_row(&app, "adult");
    let response = admin
        .post_form(
            &format!("/admin/ticket-types/{adult}"),
            &[
                ("name", "Adult"),
                ("price_percent", "90"),
                ("sort_order", "1"),
                ("version", &version.to_string()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let audited: i64 = app.db(|c| {
        audit_log::table
            .filter(audit_log::entity.eq("ticket_type"))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn the_vip_surcharge_is_set_here_and_bad_forms_keep_their_input() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, page) = admin.get_html("/admin/ticket-types").await;
    let version = attr_at(
        &page,
        "form[action='/admin/ticket-types/surcharges'] input[name=version]",
        "value",
    )
    .unwrap();
    let response = admin
        .post_form(
            "/admin/ticket-types/surcharges",
            &[("vip_surcharge", "12.50"), ("version", &version)],
        )
        .await;
    assert_redirects_to(&response, "/admin/ticket-types");
    let showing = app.showing_in(3);
    let (base, _) = app.showing(showing);
    let vip = app.seats_of_kind(showing, "vip")[0];
    let customer = app.customer().await;
    customer.hold(showing, vip).await;
    let code = customer.basket_code(showing).await.unwrap();
    assert_eq!(app.live_items(app.booking(&code).id), [(vip, base + 1250)]);

    let response = admin
        .post_form(
            "/admin/ticket-types/surcharges",
            &[("vip_surcharge", "lots"), ("version", &version)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        attr_at(&html, "#vip_surcharge", "value").as_deref(),
        Some("lots")
    );

    for (code, percent, price) in [
        ("adult", "100", ""),
        ("x y", "100", ""),
        ("ok", "150", ""),
        ("ok", "100", "-3"),
    ] {
        let response = admin
            .post_form(
                "/admin/ticket-types",
                &[
                    ("code", code),
                    ("name", "Something"),
                    ("price_percent", percent),
                    ("price", price),
                ],
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{code} {percent} {price}"
        );
        let html = scraper::Html::parse_document(&response.text().await.unwrap());
        assert_eq!(
            attr_at(&html, "#name-new", "value").as_deref(),
            Some("Something")
        );
    }
    let types: i64 = app.db(|c| ticket_types::table.count().get_result(c).unwrap());
    assert_eq!(types, 4);
}
