//! The back office's audit log: every staff change listed newest first with who, when, what and a
//! short before/after, filtered by actor, kind of record and days, paged without repeats or gaps.

use crate::helpers::*;
use chrono::Duration;
use cinema::schema::audit_log;
use diesel::prelude::*;
use reqwest::StatusCode;

fn ids_on(html: &scraper::Html) -> Vec<i32> {
    let row = scraper::Selector::parse("#audit tr[data-audit]").unwrap();
    html.select(&row)
        .map(|r| r.value().attr("data-audit").unwrap().parse().unwrap())
        .collect()
}

#[tokio::test]
async fn changes_are_listed_with_who_what_and_a_summary_and_filtered() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    admin
        .post_form(
            "/admin/movies",
            &[
                ("title", "Audit Me"),
                ("duration_min", "95"),
                ("age_rating", "12+"),
            ],
        )
        .await;
    admin
        .post_form(
            "/admin/halls",
            &[
                ("name", "Audit Hall"),
                ("layout", "SSSS"),
                ("numbering", "ltr"),
            ],
        )
        .await;
    let (status, html) = admin.get_html("/admin/audit").await;
    assert_eq!(status, StatusCode::OK);
    let rows = html.html();
    assert!(rows.contains("Audit Hall") && rows.contains("Audit Me"));
    assert_eq!(ids_on(&html).len(), 2);
    let first = text_at(&html, "#audit tbody tr").unwrap();
    assert!(
        first.contains("hall") && first.contains("create"),
        "{first}"
    );

    let (_, movies) = admin.get_html("/admin/audit?entity=movie").await;
    assert_eq!(ids_on(&movies).len(), 1);
    let admin_id = app.user_id(ADMIN_EMAIL);
    let (_, mine) = admin
        .get_html(&format!("/admin/audit?actor={admin_id}"))
        .await;
    assert_eq!(ids_on(&mine).len(), 2);
    let cashier_id = app.user_id(cinema::seed::DEMO_CASHIER.0);
    let (_, theirs) = admin
        .get_html(&format!("/admin/audit?actor={cashier_id}"))
        .await;
    assert_eq!(ids_on(&theirs).len(), 0);
    let tomorrow = (app.clock.now_naive() + Duration::days(2)).format("%Y-%m-%d");
    let (_, later) = admin
        .get_html(&format!("/admin/audit?from={tomorrow}"))
        .await;
    assert_eq!(ids_on(&later).len(), 0);
    let today = app.clock.now_naive().format("%Y-%m-%d");
    let (_, now) = admin
        .get_html(&format!("/admin/audit?from={today}&to={today}"))
        .await;
    assert_eq!(ids_on(&now).len(), 2);

    for bad in ["actor=abc", "entity=spaceship", "from=yesterday", "page=x"] {
        let (status, _) = admin.get_html(&format!("/admin/audit?{bad}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let (status, _) = app.cashier().await.get_html("/admin/audit").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn pages_follow_each_other_without_repeats_or_gaps() {
    let app = spawn_app().await;
    let admin_id = app.user_id(ADMIN_EMAIL);
    let start = app.clock.now_naive() - Duration::hours(5);
    app.db(|c| {
        let rows: Vec<_> = (0..120)
            .map(|i| {
                (
                    // Pairs of entries share a moment, so the page boundary falls inside one.
                    audit_log::at.eq(start + Duration::seconds(i / 2)),
                    audit_log::actor_id.eq(admin_id),
                    audit_log::entity.eq("movie"),
                    audit_log::entity_id.eq(1),
                    audit_log::action.eq("update"),
                    audit_log::before.eq(format!(r#"{{"title":"T{i}"}}"#)),
                    audit_log::after.eq(format!(r#"{{"title":"T{}"}}"#, i + 1)),
                )
            })
            .collect();
        diesel::insert_into(audit_log::table)
            .values(&rows)
            .execute(c)
            .unwrap()
    });
    let admin = app.admin().await;
    let mut seen = Vec::new();
    let mut path = "/admin/audit?entity=movie".to_owned();
    loop {
        let (status, html) = admin.get_html(&path).await;
        assert_eq!(status, StatusCode::OK);
        let ids = ids_on(&html);
        assert!(ids.len() <= 50);
        seen.extend(ids);
        match attr_at(&html, "#older", "href") {
            Some(next) => path = next,
            None => break,
        }
    }
    let mut expected: Vec<i32> = app.db(|c| {
        audit_log::table
            .filter(audit_log::entity.eq("movie"))
            .select(audit_log::id)
            .load(c)
            .unwrap()
    });
    expected.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(seen, expected, "every entry once, newest first");
}
