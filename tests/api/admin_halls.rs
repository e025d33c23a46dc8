//! The back office's halls: the layout editor and its preview, layout versions (an edit never
//! changes a seat sold or held, and unsold showings follow the new plan at their next poll),
//! conflicts, and blocked seats refused online.

use crate::helpers::*;
use cinema::schema::{audit_log, booking_items, halls, seat_states, seats, showings};
use diesel::prelude::*;
use reqwest::StatusCode;

fn hall_id(app: &TestApp, name: &str) -> i32 {
    app.db(|c| {
        halls::table
            .filter(halls::name.eq(name))
            .select(halls::id)
            .first(c)
            .expect("the hall")
    })
}

fn layout_of(app: &TestApp, showing: i32) -> i32 {
    app.db(|c| {
        showings::table
            .find(showing)
            .select(showings::layout_id)
            .first(c)
            .unwrap()
    })
}

/// The edit form's version and plan, as an administrator sees them.
async fn edit_form(admin: &TestClient, hall: i32) -> (String, String) {
    let (status, html) = admin.get_html(&format!("/admin/halls/{hall}/edit")).await;
    assert_eq!(status, StatusCode::OK);
    let version = attr_at(&html, "input[name=version]", "value").expect("a version");
    let plan = text_at(&html, "#layout").expect("the plan");
    (version, plan)
}

async fn preview(admin: &TestClient, layout: &str, numbering: &str) -> scraper::Html {
    let response = admin
        .htmx_post(
            "/admin/halls/preview",
            &[("layout", layout), ("numbering", numbering)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    scraper::Html::parse_fragment(&response.text().await.unwrap())
}

#[tokio::test]
async fn the_preview_draws_the_plan_as_typed_or_names_each_mistake() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let html = preview(&admin, "WC.SS\nSSSSS\n\nVVVV", "ltr").await;
    assert_eq!(count_of(&html, "button.seat[data-seat]"), 13);
    assert_eq!(count_of(&html, "[data-seat=B4]"), 1);
    assert_eq!(
        attr_at(&html, "[data-seat=A1]", "data-kind").as_deref(),
        Some("wheelchair")
    );
    assert_eq!(
        attr_at(&html, "[data-seat=C4]", "data-kind").as_deref(),
        Some("vip"),
        "a cross aisle takes no label"
    );
    // Right to left: seat 1 is at the right end, gaps skipped.
    let html = preview(&admin, "SS.S", "rtl").await;
    let labels: Vec<String> = seats_in(&html).into_iter().map(|(_, l, _)| l).collect();
    assert_eq!(labels, ["A3", "A2", "A1"]);

    let html = preview(&admin, "SSSS\nSSXS\nSS?S", "ltr").await;
    assert_eq!(count_of(&html, "button.seat"), 0);
    let errors = text_at(&html, "#layout-errors").unwrap();
    assert!(errors.contains("Line 2, column 3"), "{errors}");
    assert!(errors.contains("Line 3, column 3"), "{errors}");

    for client in [app.customer().await, app.cashier().await] {
        let response = client
            .htmx_post(
                "/admin/halls/preview",
                &[("layout", "SS"), ("numbering", "ltr")],
            )
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn an_admin_adds_a_hall_and_its_plan_reads_back_as_typed() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let response = admin
        .post_form(
            "/admin/halls",
            &[
                ("name", "Kameralna"),
                ("layout", "..SSSS..\nSSSSSSSS\nWC.SS.CW\n\nJ: VVVV"),
                ("numbering", "rtl"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let id = hall_id(&app, "Kameralna");
    assert_redirects_to(&response, &format!("/admin/halls/{id}/edit"));
    let (version, plan) = edit_form(&admin, id).await;
    // As typed, but for the gaps at the end of a row, which change nothing, and the cross aisle
    // written as a gap.
    assert_eq!(plan, "..SSSS\nSSSSSSSS\nWC.SS.CW\n.\nJ: VVVV");
    let response = admin
        .post_form(
            &format!("/admin/halls/{id}"),
            &[
                ("name", "Sala Kameralna"),
                ("layout", &plan),
                ("numbering", "rtl"),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let layouts: i64 = app.db(|c| {
        cinema::schema::layouts::table
            .filter(cinema::schema::layouts::hall_id.eq(id))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(layouts, 1, "a rename writes no new plan");
    let (_, html) = admin.get_html(&format!("/admin/halls/{id}/edit")).await;
    assert_eq!(
        attr_at(&html, "input[name=numbering][value=rtl]", "checked").as_deref(),
        Some("")
    );
    let (_, list) = admin.get_html("/admin/halls").await;
    assert!(list.html().contains("Sala Kameralna"));
    assert!(
        attr_at(&list, &format!("tr[data-hall='{id}'] a"), "href")
            .is_some_and(|h| h == format!("/admin/halls/{id}/edit"))
    );
    let audited: i64 = app.db(|c| {
        audit_log::table
            .filter(audit_log::entity.eq("hall"))
            .filter(audit_log::entity_id.eq(id))
            .filter(audit_log::action.eq("create"))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_bad_plan_or_a_taken_name_comes_back_with_the_input_kept() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let response = admin
        .post_form(
            "/admin/halls",
            &[
                ("name", "Nowa"),
                ("layout", "SSSS\nSSQS"),
                ("numbering", "ltr"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        text_at(&html, "#layout-error")
            .unwrap()
            .contains("Line 2, column 3")
    );
    assert_eq!(text_at(&html, "#layout").as_deref(), Some("SSSS\nSSQS"));
    assert_eq!(attr_at(&html, "#name", "value").as_deref(), Some("Nowa"));

    let response = admin
        .post_form(
            "/admin/halls",
            &[("name", "Studio"), ("layout", "SSSS"), ("numbering", "ltr")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        text_at(&html, "#name-error")
            .unwrap()
            .contains("Another hall")
    );
    let halls: i64 = app.db(|c| halls::table.count().get_result(c).unwrap());
    assert_eq!(halls, 2);
}

/// The whole point of layout versions: a sold seat and a held seat keep their label and kind,
/// their showings keep the old plan, and an unsold showing shows the new plan at its next poll.
#[tokio::test]
async fn editing_a_plan_under_sold_seats_keeps_the_sold_tickets() {
    let app = spawn_app().await;
    let grand = hall_id(&app, "Grand Hall");
    let sold_showing = app.showing_in(3);
    let unsold_showing = app.showing_in(30);
    assert_ne!(sold_showing, unsold_showing);
    let first_seat = app.seat_ids(sold_showing)[0];
    assert_eq!(app.seat_label(first_seat), "A1");

    let buyer = app.customer().await;
    buyer.hold(sold_showing, first_seat).await;
    let code = buyer.basket_code(sold_showing).await.unwrap();
    assert_redirects_to(
        &buyer.pay(&code, "4242 4242 4242 4242").await,
        &format!("/bookings/{code}"),
    );
    let old_layout = layout_of(&app, sold_showing);

    let viewer = app.client();
    let poll = |etag: Option<String>| {
        let mut request = viewer
            .http
            .get(viewer.url(&format!("/showings/{unsold_showing}/seats")))
            .header("HX-Request", "true");
        if let Some(tag) = etag {
            request = request.header("If-None-Match", tag);
        }
        request.send()
    };
    let first = poll(None).await.unwrap();
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(
        poll(Some(etag.clone())).await.unwrap().status(),
        StatusCode::NOT_MODIFIED
    );

    let admin = app.admin().await;
    let (version, plan) = edit_form(&admin, grand).await;
    let mut lines: Vec<&str> = plan.lines().collect();
    assert_eq!(lines[0], "WC..SSSSSSSSSSSSSS....CW");
    lines[0] = "SSSSSSSSSSSSSSSSSSSSSSSS";
    let new_plan = lines.join("\n");
    let response = admin
        .post_form(
            &format!("/admin/halls/{grand}"),
            &[
                ("name", "Grand Hall"),
                ("layout", &new_plan),
                ("numbering", "ltr"),
                ("version", &version),
                ("move_unsold", "on"),
            ],
        )
        .await;
    assert_redirects_to(&response, &format!("/admin/halls/{grand}/edit"));

    // The sold showing and its ticket are as they were.
    assert_eq!(layout_of(&app, sold_showing), old_layout);
    let (row, number, kind): (String, i32, String) = app.db(|c| {
        booking_items::table
            .inner_join(seats::table)
            .filter(booking_items::seat_id.eq(first_seat))
            .select((seats::row_label, seats::number, seats::kind))
            .first(c)
            .unwrap()
    });
    assert_eq!(
        (row.as_str(), number, kind.as_str()),
        ("A", 1, "wheelchair")
    );
    let (_, ticket) = buyer.get_html(&format!("/bookings/{code}")).await;
    assert!(ticket.html().contains("A1"));
    let (_, sold_map) = app
        .client()
        .get_html(&format!("/showings/{sold_showing}"))
        .await;
    assert_eq!(
        attr_at(&sold_map, "[data-seat=A1]", "data-kind").as_deref(),
        Some("wheelchair")
    );
    assert_eq!(seats_in(&sold_map).len(), 250);

    // The unsold showing moved to the new plan, and its open map sees it at the next poll.
    let new_layout = layout_of(&app, unsold_showing);
    assert_ne!(new_layout, old_layout);
    let changed = poll(Some(etag)).await.unwrap();
    assert_eq!(changed.status(), StatusCode::OK);
    let grid = scraper::Html::parse_fragment(&changed.text().await.unwrap());
    assert_eq!(seats_in(&grid).len(), 256);
    assert_eq!(
        attr_at(&grid, "[data-seat=A24]", "data-kind").as_deref(),
        Some("standard")
    );
    let states: i64 = app.db(|c| {
        seat_states::table
            .filter(seat_states::showing_id.eq(unsold_showing))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(states, 256);

    // A showing scheduled now gets the new plan.
    let later = app.db(|c| {
        let starts_at = app.clock.now_naive() + chrono::Duration::days(20);
        cinema::db::showings::create(
            c,
            &cinema::db::showings::NewShowing {
                movie_id: 1,
                hall_id: grand,
                starts_at,
                ends_at: starts_at + chrono::Duration::hours(2),
                price_cents: 2500,
                format: cinema::domain::kinds::ShowFormat::TwoD,
            },
        )
        .unwrap()
    });
    assert_eq!(layout_of(&app, later), new_layout);
}

#[tokio::test]
async fn without_the_choice_unsold_showings_keep_their_plan_and_a_stale_save_is_refused() {
    let app = spawn_app().await;
    let studio = hall_id(&app, "Studio");
    let admin = app.admin().await;
    let (version, plan) = edit_form(&admin, studio).await;
    let studio_showing: i32 = app.db(|c| {
        showings::table
            .filter(showings::hall_id.eq(studio))
            .filter(showings::starts_at.gt(app.clock.now_naive()))
            .select(showings::id)
            .first(c)
            .unwrap()
    });
    let before = layout_of(&app, studio_showing);
    let new_plan = format!("{plan}\nSSSSSSSSSSSSSS");
    let response = admin
        .post_form(
            &format!("/admin/halls/{studio}"),
            &[
                ("name", "Studio"),
                ("layout", &new_plan),
                ("numbering", "ltr"),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(layout_of(&app, studio_showing), before, "kept as chosen");

    // The same version again: someone saved in between.
    let response = admin
        .post_form(
            &format!("/admin/halls/{studio}"),
            &[
                ("name", "Studio Two"),
                ("layout", &plan),
                ("numbering", "ltr"),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(html.html().contains("Someone else saved"));
    let name: String = app.db(|c| {
        halls::table
            .find(studio)
            .select(halls::name)
            .first(c)
            .unwrap()
    });
    assert_eq!(name, "Studio");
}

#[tokio::test]
async fn blocked_seats_are_refused_online_and_unblocked_seats_sell_again() {
    let app = spawn_app().await;
    let grand = hall_id(&app, "Grand Hall");
    let showing = app.showing_in(3);
    let seats = app.seat_ids(showing);
    // B1 is sold before the block: it stays its customer's.
    let b1 = seats
        .iter()
        .copied()
        .find(|&s| app.seat_label(s) == "B1")
        .unwrap();
    let b2 = seats
        .iter()
        .copied()
        .find(|&s| app.seat_label(s) == "B2")
        .unwrap();
    let buyer = app.customer().await;
    buyer.hold(showing, b1).await;
    let code = buyer.basket_code(showing).await.unwrap();
    buyer.pay(&code, "4242 4242 4242 4242").await;

    let admin = app.admin().await;
    let response = admin
        .post_form(
            &format!("/admin/halls/{grand}/blocked"),
            &[
                ("seats", "b1-3"),
                ("reason", "broken"),
                ("showing_id", ""),
                ("action", "block"),
            ],
        )
        .await;
    assert_redirects_to(&response, &format!("/admin/halls/{grand}/blocked"));
    let state = |seat: i32| -> String {
        app.db(|c| {
            seat_states::table
                .filter(seat_states::showing_id.eq(showing))
                .filter(seat_states::seat_id.eq(seat))
                .select(seat_states::state)
                .first(c)
                .unwrap()
        })
    };
    assert_eq!(state(b1), "sold");
    assert_eq!(state(b2), "blocked");

    let customer = app.customer().await;
    let (_, map) = customer.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&map, b2), "blocked");
    let response = customer.hold(showing, b2).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(state(b2), "blocked");
    let (_, page) = admin
        .get_html(&format!("/admin/halls/{grand}/blocked"))
        .await;
    assert_eq!(count_of(&page, "#blocks tr[data-seat]"), 3);

    // Every other future showing of the hall has them blocked too.
    let blocked_elsewhere: i64 = app.db(|c| {
        seat_states::table
            .inner_join(showings::table)
            .filter(showings::hall_id.eq(grand))
            .filter(showings::id.ne(showing))
            .filter(seat_states::state.eq("blocked"))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert!(blocked_elsewhere >= 3, "{blocked_elsewhere}");

    let response = admin
        .post_form(
            &format!("/admin/halls/{grand}/blocked"),
            &[("seats", "B2"), ("reason", "broken"), ("action", "unblock")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(state(b2), "free");
    assert_redirects_to(
        &customer.hold(showing, b2).await,
        &format!("/showings/{showing}"),
    );
    let audited: Vec<String> = app.db(|c| {
        audit_log::table
            .filter(audit_log::entity.eq("hall"))
            .filter(audit_log::entity_id.eq(grand))
            .order(audit_log::id)
            .select(audit_log::action)
            .load(c)
            .unwrap()
    });
    assert_eq!(audited, ["block", "unblock"]);

    // B1 was sold when it was blocked: once its customer cancels, the block takes it.
    assert_redirects_to(&buyer.cancel(&code).await, &format!("/bookings/{code}"));
    assert_eq!(state(b1), "blocked");
    assert_eq!(
        customer.hold(showing, b1).await.status(),
        StatusCode::CONFLICT
    );
}

#[tokio::test]
async fn a_block_names_real_seats_of_the_hall_and_can_cover_one_showing() {
    let app = spawn_app().await;
    let grand = hall_id(&app, "Grand Hall");
    let showing = app.showing_in(3);
    let other = app.showing_in(30);
    let admin = app.admin().await;
    let path = format!("/admin/halls/{grand}/blocked");
    let response = admin
        .post_form(
            &path,
            &[
                ("seats", "Z99 F12"),
                ("reason", "camera"),
                ("action", "block"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(text_at(&html, "#seats-error").unwrap().contains("Z99"));
    assert_eq!(
        attr_at(&html, "#seats", "value").as_deref(),
        Some("Z99 F12")
    );

    let showing_text = showing.to_string();
    let response = admin
        .post_form(
            &path,
            &[
                ("seats", "F12"),
                ("reason", "camera"),
                ("showing_id", &showing_text),
                ("action", "block"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let blocked_in = |id: i32| -> i64 {
        app.db(|c| {
            seat_states::table
                .filter(seat_states::showing_id.eq(id))
                .filter(seat_states::state.eq("blocked"))
                .count()
                .get_result(c)
                .unwrap()
        })
    };
    assert_eq!(blocked_in(showing), 1);
    assert_eq!(blocked_in(other), 0);
}
