//! The back office's schedule: creating showings with the overlap rule (cleaning buffer included,
//! checked inside the write, so two admins cannot both take one slot), bulk scheduling all or
//! nothing, editing while unsold, and cancelling with every booking refunded exactly once.

use crate::helpers::*;
use chrono::{Duration, NaiveDateTime};
use cinema::schema::{audit_log, bookings, halls, movies, payments, seat_states, showings};
use diesel::prelude::*;
use reqwest::StatusCode;

/// A day far enough ahead that the demo schedules nothing on it, as the form writes it.
fn free_day(app: &TestApp) -> String {
    (app.clock.now_naive() + Duration::days(30))
        .format("%Y-%m-%d")
        .to_string()
}

fn ids(app: &TestApp) -> (i32, i32, i32) {
    app.db(|c| {
        let studio: i32 = halls::table
            .filter(halls::name.eq("Studio"))
            .select(halls::id)
            .first(c)
            .unwrap();
        let (movie, minutes): (i32, i32) = movies::table
            .filter(movies::title.eq("Paper Dragons"))
            .select((movies::id, movies::duration_minutes))
            .first(c)
            .unwrap();
        (studio, movie, minutes)
    })
}

fn showings_in(app: &TestApp, hall: i32, from: NaiveDateTime) -> Vec<(i32, NaiveDateTime)> {
    app.db(|c| {
        showings::table
            .filter(showings::hall_id.eq(hall))
            .filter(showings::starts_at.ge(from))
            .order(showings::starts_at)
            .select((showings::id, showings::starts_at))
            .load(c)
            .unwrap()
    })
}

async fn schedule(
    admin: &TestClient,
    movie: i32,
    hall: i32,
    starts_at: &str,
    price: &str,
) -> reqwest::Response {
    admin
        .post_form(
            "/admin/showings",
            &[
                ("movie_id", &movie.to_string()),
                ("hall_id", &hall.to_string()),
                ("starts_at", starts_at),
                ("price", price),
            ],
        )
        .await
}

#[tokio::test]
async fn a_showing_is_scheduled_and_nothing_may_overlap_it_with_the_cleaning_break() {
    let app = spawn_app().await;
    let (studio, movie, minutes) = ids(&app);
    assert_eq!(minutes, 89);
    let admin = app.admin().await;
    let day = free_day(&app);
    let response = schedule(&admin, movie, studio, &format!("{day}T18:00"), "26.50").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let start = app.clock.now_naive() + Duration::days(29);
    let made = showings_in(&app, studio, start);
    assert_eq!(made.len(), 1);
    let (id, starts_at) = made[0];
    assert_redirects_to(&response, &format!("/admin/showings/{id}/edit"));
    // 18:00 in Warsaw in winter is 17:00 UTC.
    assert_eq!(starts_at.format("%H:%M").to_string(), "17:00");
    let (price, states): (i64, i64) = app.db(|c| {
        let price = showings::table
            .find(id)
            .select(showings::price_cents)
            .first(c)
            .unwrap();
        let states = seat_states::table
            .filter(seat_states::showing_id.eq(id))
            .count()
            .get_result(c)
            .unwrap();
        (price, states)
    });
    assert_eq!((price, states), (2650, 102));

    // 18:00 + 89 minutes + 15 of cleaning = 19:44: 19:40 clashes, 19:45 does not.
    let response = schedule(&admin, movie, studio, &format!("{day}T19:40"), "26.50").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        text_at(&html, "#clashes")
            .unwrap()
            .contains("Paper Dragons")
    );
    assert!(text_at(&html, "#starts_at-error").is_some());
    assert_eq!(
        attr_at(&html, "#starts_at", "value").as_deref(),
        Some(&*format!("{day}T19:40"))
    );
    // And before it: 16:20 + 89 + 15 = 18:04.
    let response = schedule(&admin, movie, studio, &format!("{day}T16:20"), "26.50").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let response = schedule(&admin, movie, studio, &format!("{day}T19:45"), "26.50").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(showings_in(&app, studio, start).len(), 2);

    // A longer cleaning break applies at once.
    app.db(|c| {
        diesel::update(cinema::schema::settings::table)
            .set(cinema::schema::settings::cleaning_minutes.eq(60))
            .execute(c)
            .unwrap()
    });
    let response = schedule(&admin, movie, studio, &format!("{day}T22:00"), "26.50").await;
    assert_eq!(
        response.status(),
        StatusCode::CONFLICT,
        "19:45 + 89 + 60 = 22:14"
    );

    let audited: i64 = app.db(|c| {
        audit_log::table
            .filter(audit_log::entity.eq("showing"))
            .filter(audit_log::action.eq("create"))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(audited, 2);
}

#[tokio::test]
async fn a_start_in_the_past_or_a_bad_price_comes_back_with_the_input_kept() {
    let app = spawn_app().await;
    let (studio, movie, _) = ids(&app);
    let admin = app.admin().await;
    let yesterday = (app.clock.now_naive() - Duration::days(1))
        .format("%Y-%m-%dT18:00")
        .to_string();
    let response = schedule(&admin, movie, studio, &yesterday, "abc").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        text_at(&html, "#starts_at-error")
            .unwrap()
            .contains("gone by")
    );
    assert!(text_at(&html, "#price-error").is_some());
    assert_eq!(attr_at(&html, "#price", "value").as_deref(), Some("abc"));
    let response = schedule(
        &admin,
        99999,
        studio,
        &format!("{}T18:00", free_day(&app)),
        "20",
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

/// Two administrators click at the same moment for the same slot: exactly one showing is made.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_admins_scheduling_one_slot_at_once_make_one_showing() {
    let app = spawn_app().await;
    let (studio, movie, _) = ids(&app);
    let first = app.admin().await;
    let second = app.admin().await;
    let slot = format!("{}T20:00", free_day(&app));
    let (a, b) = tokio::join!(
        schedule(&first, movie, studio, &slot, "25"),
        schedule(&second, movie, studio, &slot, "25"),
    );
    let mut statuses = [a.status(), b.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::CONFLICT]);
    let start = app.clock.now_naive() + Duration::days(29);
    assert_eq!(showings_in(&app, studio, start).len(), 1);
}

#[tokio::test]
async fn bulk_scheduling_is_all_or_nothing_and_lists_every_clash() {
    let app = spawn_app().await;
    let (studio, movie, _) = ids(&app);
    let admin = app.admin().await;
    let from = app.clock.now_naive() + Duration::days(30);
    let to = from + Duration::days(2);
    let day = |d: NaiveDateTime| d.format("%Y-%m-%d").to_string();
    // One showing already on the second day at 18:00.
    let response = schedule(
        &admin,
        movie,
        studio,
        &format!("{}T18:00", day(from + Duration::days(1))),
        "25",
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let start = from - Duration::days(1);
    let bulk = |times: &'static str| {
        let admin = &admin;
        let (f, t) = (day(from), day(to));
        async move {
            admin
                .post_form(
                    "/admin/showings/bulk",
                    &[
                        ("movie_id", &movie.to_string()),
                        ("hall_id", &studio.to_string()),
                        ("from", &f),
                        ("to", &t),
                        ("times", times),
                        ("price", "24.00"),
                    ],
                )
                .await
        }
    };
    let response = bulk("14:00, 18:30").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(count_of(&html, "#clashes li"), 1, "18:30 on the second day");
    assert_eq!(
        showings_in(&app, studio, start).len(),
        1,
        "nothing was created"
    );

    // Two times of one request that overlap each other clash too.
    let response = bulk("14:00, 15:00").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(count_of(&html, "#clashes li"), 3);

    let response = bulk("11:00, 14:00").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(showings_in(&app, studio, start).len(), 7);
    assert!(location(&response).starts_with(&format!("/admin/showings?hall={studio}&week=")));
}

#[tokio::test]
async fn a_showing_is_edited_while_unsold_and_a_stale_edit_gets_the_conflict_page() {
    let app = spawn_app().await;
    let (studio, movie, _) = ids(&app);
    let admin = app.admin().await;
    let day = free_day(&app);
    schedule(&admin, movie, studio, &format!("{day}T12:00"), "20").await;
    let start = app.clock.now_naive() + Duration::days(29);
    let (id, _) = showings_in(&app, studio, start)[0];
    let path = format!("/admin/showings/{id}");
    let (_, html) = admin.get_html(&format!("{path}/edit")).await;
    let version = attr_at(&html, "input[name=version]", "value").unwrap();
    assert_eq!(attr_at(&html, "#price", "value").as_deref(), Some("20.00"));
    let edit = |starts: String, price: &'static str, version: String| {
        let admin = &admin;
        let path = path.clone();
        async move {
            admin
                .post_form(
                    &path,
                    &[
                        ("starts_at", &starts),
                        ("price", price),
                        ("version", &version),
                    ],
                )
                .await
        }
    };
    let response = edit(format!("{day}T13:15"), "21.50", version.clone()).await;
    assert_redirects_to(&response, &format!("{path}/edit"));
    let (price, starts_at): (i64, NaiveDateTime) = app.db(|c| {
        showings::table
            .find(id)
            .select((showings::price_cents, showings::starts_at))
            .first(c)
            .unwrap()
    });
    assert_eq!(price, 2150);
    assert_eq!(starts_at.format("%H:%M").to_string(), "12:15");

    let response = edit(format!("{day}T14:00"), "22", version).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Someone else saved")
    );

    // Once a seat is held, the time and price stay.
    let seat = app.seat_ids(id)[10];
    let customer = app.customer().await;
    assert_eq!(
        customer.hold(id, seat).await.status(),
        StatusCode::SEE_OTHER
    );
    let (_, html) = admin.get_html(&format!("{path}/edit")).await;
    assert!(text_at(&html, "#sold-note").is_some());
    let version = app.db(|c| {
        showings::table
            .find(id)
            .select(showings::version)
            .first::<i32>(c)
            .unwrap()
    });
    let response = edit(format!("{day}T15:00"), "30", version.to_string()).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let price: i64 = app.db(|c| {
        showings::table
            .find(id)
            .select(showings::price_cents)
            .first(c)
            .unwrap()
    });
    assert_eq!(price, 2150);
}

#[tokio::test]
async fn cancelling_a_showing_refunds_every_booking_exactly_once_and_says_why() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let seats = app.seat_ids(showing);
    let mut codes = Vec::new();
    for (i, seat) in [seats[40], seats[41]].into_iter().enumerate() {
        let buyer = app.customer().await;
        buyer.hold(showing, seat).await;
        let code = buyer.basket_code(showing).await.unwrap();
        assert_redirects_to(
            &buyer.pay(&code, "4242 4242 4242 4242").await,
            &format!("/bookings/{code}"),
        );
        codes.push((buyer, code, i));
    }
    let holder = app.customer().await;
    holder.hold(showing, seats[50]).await;
    let pending = holder.basket_code(showing).await.unwrap();

    let admin = app.admin().await;
    let path = format!("/admin/showings/{showing}/cancel");
    let response = admin.post_form(&path, &[("reason", "")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = admin
        .post_form(&path, &[("reason", "The projector is broken")])
        .await;
    assert_redirects_to(&response, &format!("/admin/showings/{showing}/edit"));
    let again = admin.post_form(&path, &[("reason", "Twice")]).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);

    let statuses: Vec<String> = app.db(|c| {
        bookings::table
            .filter(bookings::showing_id.eq(showing))
            .select(bookings::status)
            .load(c)
            .unwrap()
    });
    assert_eq!(statuses, ["cancelled", "cancelled", "cancelled"]);
    let refunds: Vec<(String, i64)> = app.db(|c| {
        payments::table
            .inner_join(bookings::table)
            .filter(bookings::showing_id.eq(showing))
            .filter(payments::kind.eq("refund"))
            .select((bookings::code, payments::amount_cents))
            .load(c)
            .unwrap()
    });
    assert_eq!(refunds.len(), 2, "one refund per paid booking: {refunds:?}");
    let free_or_taken: i64 = app.db(|c| {
        seat_states::table
            .filter(seat_states::showing_id.eq(showing))
            .filter(seat_states::state.ne("blocked"))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(free_or_taken, 0, "nothing of it is for sale");

    for (buyer, code, _) in &codes {
        let (_, html) = buyer.get_html(&format!("/bookings/{code}")).await;
        assert!(
            text_at(&html, "#showing-cancelled")
                .unwrap()
                .contains("The projector is broken")
        );
        let (_, list) = buyer.get_html("/bookings").await;
        assert!(list.html().contains("The projector is broken"));
    }
    let (_, html) = holder.get_html(&format!("/bookings/{pending}")).await;
    assert!(text_at(&html, "#showing-cancelled").is_some());
    let late = app.customer().await;
    assert_eq!(
        late.hold(showing, seats[60]).await.status(),
        StatusCode::CONFLICT
    );
    let (_, repertoire) = late.get_html("/").await;
    assert!(
        !repertoire
            .html()
            .contains(&format!("/showings/{showing}\""))
    );
    app.assert_seats_consistent();
}

#[tokio::test]
async fn the_week_view_shows_a_halls_showings_by_day_and_the_list_shows_them_all() {
    let app = spawn_app().await;
    let (studio, _, _) = ids(&app);
    let admin = app.admin().await;
    let (status, html) = admin
        .get_html(&format!("/admin/showings?hall={studio}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(count_of(&html, ".week-day"), 7);
    assert!(count_of(&html, ".week-block[data-showing]") > 0);
    let (status, list) = admin.get_html("/admin/showings?view=list").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        count_of(&list, "#schedule-list tr[data-showing]")
            > count_of(&html, ".week-block[data-showing]")
    );
    let (status, _) = admin.get_html("/admin/showings?week=2026-W77").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = admin.get_html("/admin/showings?hall=99999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.customer().await.get_html("/admin/showings").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_showing_is_scheduled_in_3d_and_says_so_on_its_pages() {
    let app = spawn_app().await;
    let (studio, movie, _) = ids(&app);
    let admin = app.admin().await;
    let day = free_day(&app);
    let (_, form) = admin.get_html("/admin/showings/new").await;
    assert_eq!(
        count_of(&form, "select#format option"),
        3,
        "2D, 3D and IMAX"
    );

    // An unknown format comes back beside its field, with the rest kept.
    let fields = |format: &'static str| {
        [
            ("movie_id", movie.to_string()),
            ("hall_id", studio.to_string()),
            ("starts_at", format!("{day}T18:00")),
            ("price", "31.00".to_owned()),
            ("format", format.to_owned()),
        ]
    };
    let refused = fields("4K");
    let refused: Vec<(&str, &str)> = refused.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = admin.post_form("/admin/showings", &refused).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        text_at(&html, "#format-error")
            .unwrap()
            .contains("not a format")
    );
    assert_eq!(attr_at(&html, "#price", "value").as_deref(), Some("31.00"));

    let made = fields("3D");
    let made: Vec<(&str, &str)> = made.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = admin.post_form("/admin/showings", &made).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let start = app.clock.now_naive() + Duration::days(29);
    let (id, _) = showings_in(&app, studio, start)[0];
    let format: String = app.db(|c| {
        showings::table
            .find(id)
            .select(showings::format)
            .first(c)
            .unwrap()
    });
    assert_eq!(format, "3D");

    let visitor = app.client();
    let (_, page) = visitor.get_html(&format!("/?date={day}")).await;
    assert_eq!(
        attr_at(
            &page,
            &format!("a[href='/showings/{id}'] .format"),
            "data-format"
        )
        .as_deref(),
        Some("3D")
    );
    let (_, page) = visitor.get_html(&format!("/showings/{id}")).await;
    assert_eq!(
        text_at(&page, ".showing-head .format").as_deref(),
        Some("3D")
    );
    // Without a choice a showing is 2D, as every showing scheduled before formats existed.
    let (_, page) = visitor.get_html("/").await;
    assert!(count_of(&page, ".showtime .format[data-format='2D']") > 0);
}

#[tokio::test]
async fn the_edit_form_changes_a_showings_format_under_the_version_guard() {
    let app = spawn_app().await;
    let (studio, movie, _) = ids(&app);
    let admin = app.admin().await;
    let day = free_day(&app);
    schedule(&admin, movie, studio, &format!("{day}T12:00"), "20").await;
    let start = app.clock.now_naive() + Duration::days(29);
    let (id, _) = showings_in(&app, studio, start)[0];
    let path = format!("/admin/showings/{id}");
    let (_, html) = admin.get_html(&format!("{path}/edit")).await;
    assert_eq!(count_of(&html, "select#format option"), 3);
    assert_eq!(
        text_at(&html, "select#format option[selected]").as_deref(),
        Some("2D")
    );
    let version = attr_at(&html, "input[name=version]", "value").unwrap();
    let starts = format!("{day}T12:00");
    let post = |format: &'static str, version: String| {
        let admin = &admin;
        let path = path.clone();
        let starts = starts.clone();
        async move {
            admin
                .post_form(
                    &path,
                    &[
                        ("starts_at", starts.as_str()),
                        ("price", "20.00"),
                        ("format", format),
                        ("version", &version),
                    ],
                )
                .await
        }
    };
    let format_of = || -> String {
        app.db(|c| {
            showings::table
                .find(id)
                .select(showings::format)
                .first(c)
                .unwrap()
        })
    };

    // An unknown format is refused beside its field, the input kept, nothing saved.
    let response = post("4K", version.clone()).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        text_at(&html, "#format-error").as_deref(),
        Some("“4K” is not a format: choose 2D, 3D or IMAX.")
    );
    assert_eq!(attr_at(&html, "#price", "value").as_deref(), Some("20.00"));
    assert_eq!(format_of(), "2D");

    let response = post("IMAX", version.clone()).await;
    assert_redirects_to(&response, &format!("{path}/edit"));
    assert_eq!(format_of(), "IMAX");
    let (_, html) = admin.get_html(&format!("{path}/edit")).await;
    assert_eq!(
        text_at(&html, "select#format option[selected]").as_deref(),
        Some("IMAX")
    );
    let after: String = app.db(|c| {
        audit_log::table
            .filter(audit_log::entity.eq("showing"))
            .filter(audit_log::entity_id.eq(id))
            .filter(audit_log::action.eq("update"))
            .select(audit_log::after)
            .first(c)
            .unwrap()
    });
    assert!(after.contains("\"format\":\"IMAX\""), "{after}");

    // The old version no longer saves: the conflict page, and the format stays.
    let response = post("3D", version).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Someone else saved")
    );
    assert_eq!(format_of(), "IMAX");
}
