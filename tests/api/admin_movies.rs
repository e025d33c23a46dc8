//! The back office's movies: the list, adding, editing with versions (a stale save gets the conflict
//! page, never overwrites), archiving out of the repertoire and back, and the audit log of each.

use crate::helpers::*;
use cinema::schema::{audit_log, movies};
use diesel::prelude::*;
use reqwest::StatusCode;

const NEW_MOVIE: [(&str, &str); 8] = [
    ("title", "The Quiet Lantern"),
    ("original_title", "Cicha latarnia"),
    ("description", "A lighthouse keeper's last winter."),
    ("duration_min", "118"),
    ("age_rating", "12+"),
    ("genres", "Drama, drama, Mystery"),
    ("release_date", "2026-03-14"),
    ("language", "Polish, English subtitles"),
];

fn with(
    fields: &[(&'static str, &'static str)],
    changes: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    fields
        .iter()
        .map(|&(k, v)| {
            (
                k,
                changes.iter().find(|(c, _)| *c == k).map_or(v, |(_, n)| *n),
            )
        })
        .collect()
}

fn movie_id(app: &TestApp, title: &str) -> i32 {
    app.db(|c| {
        movies::table
            .filter(movies::title.eq(title))
            .select(movies::id)
            .first(c)
            .expect("the movie")
    })
}

fn audit_of(app: &TestApp, id: i32) -> Vec<(String, String, String, i32)> {
    app.db(|c| {
        audit_log::table
            .filter(audit_log::entity.eq("movie"))
            .filter(audit_log::entity_id.eq(id))
            .order(audit_log::id.asc())
            .select((
                audit_log::action,
                audit_log::before,
                audit_log::after,
                audit_log::actor_id,
            ))
            .load(c)
            .expect("the audit log")
    })
}

#[tokio::test]
async fn an_admin_adds_a_movie_and_the_audit_log_says_who() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let response = admin.post_form("/admin/movies", &NEW_MOVIE).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let id = movie_id(&app, "The Quiet Lantern");
    assert_redirects_to(&response, &format!("/admin/movies/{id}/edit"));
    let (status, html) = admin.get_html(&format!("/admin/movies/{id}/edit")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        attr_at(&html, "#genres", "value").as_deref(),
        Some("Drama, Mystery")
    );
    assert_eq!(
        attr_at(&html, "#release_date", "value").as_deref(),
        Some("2026-03-14")
    );
    assert_eq!(
        attr_at(&html, "input[name=version]", "value").as_deref(),
        Some("0")
    );
    let (year, active): (i32, bool) = app.db(|c| {
        movies::table
            .find(id)
            .select((movies::release_year, movies::active))
            .first(c)
            .unwrap()
    });
    assert_eq!((year, active), (2026, true));
    let audit = audit_of(&app, id);
    assert_eq!(audit.len(), 1);
    let (action, before, after, actor) = &audit[0];
    assert_eq!(action, "create");
    assert_eq!(before, "{}");
    assert!(after.contains("\"title\":\"The Quiet Lantern\""), "{after}");
    assert_eq!(*actor, app.user_id(ADMIN_EMAIL));
    // Listed, found by either title, and linked to its edit page.
    for q in ["quiet", "LATARNIA"] {
        let (_, html) = admin.get_html(&format!("/admin/movies?q={q}")).await;
        assert_eq!(
            count_of(
                &html,
                &format!(r#"#movies a[href="/admin/movies/{id}/edit"]"#)
            ),
            1,
            "{q}"
        );
    }
    let (_, html) = admin.get_html("/admin/movies?q=no+such+film").await;
    assert_eq!(count_of(&html, "#movies tr[data-movie]"), 0);
    // Wildcards are searched for as text.
    let (_, html) = admin.get_html("/admin/movies?q=%25").await;
    assert_eq!(count_of(&html, "#movies tr[data-movie]"), 0);
}

#[tokio::test]
async fn a_bad_movie_form_comes_back_with_messages_and_the_input_kept() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let before: i64 = app.db(|c| movies::table.count().get_result(c).unwrap());
    let bad = with(
        &NEW_MOVIE,
        &[
            ("title", "  "),
            ("duration_min", "two hours"),
            ("release_date", "14/03/2026"),
            ("age_rating", "PG-13"),
        ],
    );
    let response = admin.post_form("/admin/movies", &bad).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    for field in ["title", "duration_min", "release_date", "age_rating"] {
        assert!(
            text_at(&html, &format!("#{field}-error")).is_some(),
            "{field}"
        );
        assert_eq!(
            attr_at(&html, &format!("#{field}"), "aria-invalid").as_deref(),
            Some("true"),
            "{field}"
        );
    }
    assert_eq!(
        attr_at(&html, "#duration_min", "value").as_deref(),
        Some("two hours")
    );
    assert_eq!(
        attr_at(&html, "#language", "value").as_deref(),
        Some("Polish, English subtitles")
    );
    let after: i64 = app.db(|c| movies::table.count().get_result(c).unwrap());
    assert_eq!(before, after);
    let audit: i64 = app.db(|c| audit_log::table.count().get_result(c).unwrap());
    assert_eq!(audit, 0);
}

#[tokio::test]
async fn a_save_over_someone_elses_gets_the_conflict_page_and_can_be_reapplied() {
    let app = spawn_app().await;
    let first = app.admin().await;
    let second = app.admin().await;
    first.post_form("/admin/movies", &NEW_MOVIE).await;
    let id = movie_id(&app, "The Quiet Lantern");
    let path = format!("/admin/movies/{id}");
    // Both open the form at version 0; the first saves.
    let saved = first
        .post_form(
            &path,
            &with(&NEW_MOVIE, &[("duration_min", "121")])
                .into_iter()
                .chain([("version", "0")])
                .collect::<Vec<_>>(),
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let stale = second
        .post_form(
            &path,
            &with(&NEW_MOVIE, &[("title", "The Quiet Lamp")])
                .into_iter()
                .chain([("version", "0")])
                .collect::<Vec<_>>(),
        )
        .await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let html = scraper::Html::parse_document(&stale.text().await.unwrap());
    let rows: Vec<String> = html
        .select(&scraper::Selector::parse("#differences tbody tr").unwrap())
        .map(|r| r.text().collect::<Vec<_>>().join("|"))
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows[0].contains("The Quiet Lamp") && rows[0].contains("The Quiet Lantern"),
        "{rows:?}"
    );
    assert!(
        rows[1].contains("118") && rows[1].contains("121"),
        "{rows:?}"
    );
    let (title, minutes, version): (String, i32, i32) = app.db(|c| {
        movies::table
            .find(id)
            .select((movies::title, movies::duration_minutes, movies::version))
            .first(c)
            .unwrap()
    });
    assert_eq!(
        (title.as_str(), minutes, version),
        ("The Quiet Lantern", 121, 1),
        "nothing overwritten"
    );
    // Reapplying posts the saved version with the second admin's values.
    assert_eq!(
        attr_at(&html, "form input[name=version]", "value").as_deref(),
        Some("1")
    );
    let fields: Vec<(String, String)> = html
        .select(&scraper::Selector::parse(r#"form input[type=hidden]"#).unwrap())
        .filter_map(|i| {
            Some((
                i.value().attr("name")?.to_owned(),
                i.value().attr("value")?.to_owned(),
            ))
        })
        .filter(|(name, _)| name != "csrf_token")
        .collect();
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let reapplied = second.post_form(&path, &fields).await;
    assert_eq!(reapplied.status(), StatusCode::SEE_OTHER);
    let (title, minutes): (String, i32) = app.db(|c| {
        movies::table
            .find(id)
            .select((movies::title, movies::duration_minutes))
            .first(c)
            .unwrap()
    });
    assert_eq!((title.as_str(), minutes), ("The Quiet Lamp", 118));
    let actions: Vec<String> = audit_of(&app, id).into_iter().map(|(a, ..)| a).collect();
    assert_eq!(actions, ["create", "update", "update"]);
    let (_, before, after, _) = &audit_of(&app, id)[2];
    assert!(
        before.contains("\"title\":\"The Quiet Lantern\"")
            && after.contains("\"title\":\"The Quiet Lamp\"")
    );
}

#[tokio::test]
async fn a_movie_is_archived_once_its_showings_are_over_and_restored_back() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let showing = app.showing_in(24);
    let (id, title): (i32, String) = app.db(|c| {
        use cinema::schema::showings;
        showings::table
            .inner_join(movies::table)
            .filter(showings::id.eq(showing))
            .select((movies::id, movies::title))
            .first(c)
            .unwrap()
    });
    // While it has showings to come, it stays.
    let refused = admin
        .post_form(&format!("/admin/movies/{id}/archive"), &[])
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let html = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert!(text_at(&html, "main").unwrap().contains("to come"));
    assert!(audit_of(&app, id).is_empty());
    // Once they are all over, it can go.
    let last_end: chrono::NaiveDateTime = app.db(|c| {
        use cinema::schema::showings;
        showings::table
            .filter(showings::movie_id.eq(id))
            .select(diesel::dsl::max(showings::ends_at))
            .first::<Option<chrono::NaiveDateTime>>(c)
            .unwrap()
            .unwrap()
    });
    let wait = last_end - app.clock.now_naive() + chrono::Duration::minutes(1);
    app.clock.advance(wait);
    let admin = app.admin().await;
    let customer = app.customer().await;
    assert_eq!(
        customer.get(&format!("/movies/{id}")).await.status(),
        StatusCode::OK
    );
    let response = admin
        .post_form(&format!("/admin/movies/{id}/archive"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        customer.get(&format!("/movies/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let (_, html) = admin.get_html("/admin/movies?status=archived").await;
    assert!(text_at(&html, "#movies").unwrap().contains(&title));
    let (_, html) = admin.get_html("/admin/movies").await;
    assert!(!text_at(&html, "#movies").unwrap().contains(&title));
    // Archiving twice says so.
    let again = admin
        .post_form(&format!("/admin/movies/{id}/archive"), &[])
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let response = admin
        .post_form(&format!("/admin/movies/{id}/restore"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        customer.get(&format!("/movies/{id}")).await.status(),
        StatusCode::OK
    );
    let actions: Vec<String> = audit_of(&app, id).into_iter().map(|(a, ..)| a).collect();
    assert_eq!(actions, ["archive", "restore"]);
}

#[tokio::test]
async fn only_administrators_reach_the_movie_pages() {
    let app = spawn_app().await;
    let id = app.db(|c| movies::table.select(movies::id).first::<i32>(c).unwrap());
    let gets = [
        "/admin/movies".to_owned(),
        "/admin/movies/new".into(),
        format!("/admin/movies/{id}/edit"),
    ];
    let posts = [
        "/admin/movies".to_owned(),
        format!("/admin/movies/{id}"),
        format!("/admin/movies/{id}/archive"),
        format!("/admin/movies/{id}/restore"),
    ];
    let anonymous = app.client();
    for path in &gets {
        let response = anonymous.get(path).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&response).starts_with("/login?next="), "{path}");
    }
    for client in [app.customer().await, app.cashier().await] {
        for path in &gets {
            assert_eq!(
                client.get(path).await.status(),
                StatusCode::FORBIDDEN,
                "{path}"
            );
        }
        for path in &posts {
            let response = client.post_form(path, &NEW_MOVIE).await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
        }
    }
    let audit: i64 = app.db(|c| audit_log::table.count().get_result(c).unwrap());
    assert_eq!(audit, 0);
    let admin = app.admin().await;
    for bad in ["abc", "0", "99999"] {
        assert_eq!(
            admin
                .get(&format!("/admin/movies/{bad}/edit"))
                .await
                .status(),
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
    assert_eq!(
        admin.get("/admin/movies?status=deleted").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn a_role_taken_away_while_the_save_waits_for_the_database_stops_it() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let token = admin.csrf().await;
    let mut form: Vec<(String, String)> = NEW_MOVIE
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    form.push(("csrf_token".into(), token));
    let request = admin.http.post(admin.url("/admin/movies")).form(&form);
    // The request passes the role check at its start, then waits for the writer, which is held.
    let mut lock = app.lock_writes();
    let save = tokio::spawn(async move { request.send().await.unwrap() });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    lock.run(|c| {
        use cinema::schema::users;
        diesel::update(users::table.filter(users::email.eq(ADMIN_EMAIL)))
            .set(users::role.eq(cinema::domain::kinds::Role::Cashier))
            .execute(c)
            .unwrap()
    });
    drop(lock);
    let response = save.await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let count: i64 = app.db(|c| {
        movies::table
            .filter(movies::title.eq("The Quiet Lantern"))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(count, 0);
}

#[tokio::test]
async fn clearing_the_release_date_clears_it() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    admin.post_form("/admin/movies", &NEW_MOVIE).await;
    let id = movie_id(&app, "The Quiet Lantern");
    let mut form = with(&NEW_MOVIE, &[("release_date", "")]);
    form.push(("version", "0"));
    let response = admin.post_form(&format!("/admin/movies/{id}"), &form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (date, year): (Option<chrono::NaiveDate>, i32) = app.db(|c| {
        movies::table
            .find(id)
            .select((movies::release_date, movies::release_year))
            .first(c)
            .unwrap()
    });
    assert_eq!(
        (date, year),
        (None, 2026),
        "the year the repertoire prints is kept"
    );
}

#[tokio::test]
async fn a_movie_with_showings_is_not_deleted_and_one_never_scheduled_is() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let scheduled = app.db(|c| {
        movies::table
            .filter(movies::title.eq("Paper Dragons"))
            .select(movies::id)
            .first::<i32>(c)
            .unwrap()
    });
    let response = admin
        .post_form(&format!("/admin/movies/{scheduled}/delete"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let body = response.text().await.unwrap();
    assert!(body.contains("cannot be deleted") && body.contains("Archive it instead"));
    assert_eq!(movie_id(&app, "Paper Dragons"), scheduled);

    admin.post_form("/admin/movies", &NEW_MOVIE).await;
    let id = movie_id(&app, "The Quiet Lantern");
    let response = admin
        .post_form(&format!("/admin/movies/{id}/delete"), &[])
        .await;
    assert_redirects_to(&response, "/admin/movies");
    let left: i64 = app.db(|c| {
        movies::table
            .filter(movies::id.eq(id))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(left, 0);
    let actions: Vec<String> = audit_of(&app, id).into_iter().map(|a| a.0).collect();
    assert_eq!(actions, ["create", "delete"]);
}
