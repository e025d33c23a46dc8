//! The back office's users: staff accounts with a one-time password, roles, deactivation that ends
//! every session, the rule that an active administrator always remains, and the audit log.

use crate::helpers::*;
use cinema::domain::kinds::Role;
use cinema::schema::{audit_log, sessions, users};
use diesel::prelude::*;
use reqwest::StatusCode;

fn actions_on(app: &TestApp, id: i32) -> Vec<String> {
    app.db(|c| {
        audit_log::table
            .filter(audit_log::entity.eq("user"))
            .filter(audit_log::entity_id.eq(id))
            .order(audit_log::id.asc())
            .select(audit_log::action)
            .load(c)
            .unwrap()
    })
}

fn role_of(app: &TestApp, id: i32) -> (Role, bool) {
    app.db(|c| {
        users::table
            .find(id)
            .select((users::role, users::active))
            .first(c)
            .unwrap()
    })
}

/// Creates an account through the form; its id and the one-time password the next page shows.
async fn create_account(
    admin: &TestClient,
    app: &TestApp,
    email: &str,
    role: &str,
) -> (i32, String) {
    let response = admin
        .post_form(
            "/admin/users",
            &[("name", "Ola Kasjer"), ("email", email), ("role", role)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let id = app.user_id(email);
    assert_redirects_to(&response, &format!("/admin/users/{id}"));
    let (_, html) = admin.get_html(&format!("/admin/users/{id}")).await;
    let flash = text_at(&html, "#flash").unwrap_or_default();
    let password = flash
        .split_whitespace()
        .find(|w| w.len() == 19 && w.matches('-').count() == 3)
        .unwrap_or_else(|| panic!("a one-time password in {flash:?}"))
        .to_owned();
    let (_, again) = admin.get_html(&format!("/admin/users/{id}")).await;
    assert!(!again.html().contains(&password), "shown once");
    (id, password)
}

#[tokio::test]
async fn a_staff_account_starts_with_a_one_time_password_that_only_sets_its_own() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (id, password) = create_account(&admin, &app, "ola@cinema.example", "cashier").await;
    assert_eq!(role_of(&app, id), (Role::Cashier, true));
    assert_eq!(actions_on(&app, id), ["create"]);

    let cashier = app.client();
    let response = cashier.login("ola@cinema.example", &password).await;
    assert_redirects_to(&response, "/account#password-title");
    assert_eq!(
        cashier.get("/counter").await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(cashier.get("/account").await.status(), StatusCode::OK);
    let own = "velvet orchard lantern 9";
    let response = cashier
        .post_form(
            "/account/password",
            &[
                ("current_password", &password),
                ("new_password", own),
                ("new_password_confirm", own),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(cashier.get("/counter").await.status(), StatusCode::OK);
    // The one-time password is gone with the change.
    let again = app.client();
    assert_eq!(
        again.login("ola@cinema.example", &password).await.status(),
        StatusCode::UNAUTHORIZED
    );

    // A taken e-mail or bad fields come back beside the fields, with the input kept.
    let response = admin
        .post_form(
            "/admin/users",
            &[
                ("name", "Ola Again"),
                ("email", "OLA@cinema.example"),
                ("role", "cashier"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(text_at(&html, "#email-error").is_some());
    assert_eq!(
        attr_at(&html, "#name", "value").as_deref(),
        Some("Ola Again")
    );
    let response = admin
        .post_form(
            "/admin/users",
            &[("name", ""), ("email", "nope"), ("role", "owner")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    for field in ["name", "email", "role"] {
        assert!(
            text_at(&html, &format!("#{field}-error")).is_some(),
            "{field}"
        );
    }
}

#[tokio::test]
async fn a_role_change_applies_at_the_next_request_and_a_stale_form_is_refused() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (customer, email) = app.customer_with_email().await;
    let id = app.user_id(&email);
    assert_eq!(
        customer.get("/counter").await.status(),
        StatusCode::FORBIDDEN
    );
    let (_, html) = admin.get_html(&format!("/admin/users/{id}")).await;
    let version = attr_at(&html, "form[action$='/role'] input[name=version]", "value").unwrap();
    let path = format!("/admin/users/{id}/role");
    let response = admin
        .post_form(&path, &[("role", "cashier"), ("version", &version)])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(customer.get("/counter").await.status(), StatusCode::OK);
    // The same form again: the account moved on since.
    let response = admin
        .post_form(&path, &[("role", "admin"), ("version", &version)])
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(role_of(&app, id).0, Role::Cashier);
    let response = admin.post_form(&path, &[("role", "owner")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(actions_on(&app, id), ["role"]);
    let (before, after): (String, String) = app.db(|c| {
        audit_log::table
            .filter(audit_log::entity_id.eq(id))
            .select((audit_log::before, audit_log::after))
            .first(c)
            .unwrap()
    });
    assert!(
        before.contains("\"role\":\"customer\"") && after.contains("\"role\":\"cashier\""),
        "{before} {after}"
    );
}

#[tokio::test]
async fn deactivation_ends_every_session_and_stops_logins_until_reactivated() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (customer, email) = app.customer_with_email().await;
    let id = app.user_id(&email);
    assert_eq!(customer.get("/bookings").await.status(), StatusCode::OK);
    let response = admin
        .post_form(&format!("/admin/users/{id}/deactivate"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(role_of(&app, id), (Role::Customer, false));
    let live: i64 = app.db(|c| {
        sessions::table
            .filter(sessions::user_id.eq(id))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(live, 0);
    let response = customer.get("/bookings").await;
    assert!(
        location(&response).starts_with("/login"),
        "the session has ended"
    );
    assert_eq!(
        app.client().login(&email, PASSWORD).await.status(),
        StatusCode::FORBIDDEN
    );
    let again = admin
        .post_form(&format!("/admin/users/{id}/deactivate"), &[])
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let response = admin
        .post_form(&format!("/admin/users/{id}/activate"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.client().login(&email, PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(actions_on(&app, id), ["deactivate", "activate"]);
}

#[tokio::test]
async fn an_administrator_always_remains() {
    let app = spawn_app().await;
    let first = app.admin().await;
    let first_id = app.user_id(ADMIN_EMAIL);
    // Alone, the administrator can neither step down nor switch themselves off.
    for (path, fields) in [
        (
            format!("/admin/users/{first_id}/role"),
            vec![("role", "cashier")],
        ),
        (format!("/admin/users/{first_id}/deactivate"), vec![]),
    ] {
        let response = first.post_form(&path, &fields).await;
        assert_eq!(response.status(), StatusCode::CONFLICT, "{path}");
    }
    assert_eq!(role_of(&app, first_id), (Role::Admin, true));
    // Two administrators demoting each other at the same moment: one wins, one administrator remains.
    let (second_id, password) =
        create_account(&first, &app, "second@cinema.example", "admin").await;
    let second = app.client();
    second.login("second@cinema.example", &password).await;
    let own = "velvet orchard lantern 9";
    second
        .post_form(
            "/account/password",
            &[
                ("current_password", &password),
                ("new_password", own),
                ("new_password_confirm", own),
            ],
        )
        .await;
    let demote_second = format!("/admin/users/{second_id}/role");
    let demote_first = format!("/admin/users/{first_id}/role");
    let (a, b) = tokio::join!(
        first.post_form(&demote_second, &[("role", "customer")]),
        second.post_form(&demote_first, &[("role", "customer")]),
    );
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses[0], 303, "{statuses:?}");
    assert!(statuses[1] == 403 || statuses[1] == 409, "{statuses:?}");
    let admins: i64 = app.db(|c| {
        users::table
            .filter(users::role.eq(Role::Admin))
            .filter(users::active.eq(true))
            .count()
            .get_result(c)
            .unwrap()
    });
    assert_eq!(admins, 1);
}

#[tokio::test]
async fn only_administrators_reach_the_user_pages() {
    let app = spawn_app().await;
    let id = app.user_id(ADMIN_EMAIL);
    let gets = [
        "/admin/users".to_owned(),
        "/admin/users/new".into(),
        format!("/admin/users/{id}"),
    ];
    let posts = [
        "/admin/users".to_owned(),
        format!("/admin/users/{id}/role"),
        format!("/admin/users/{id}/deactivate"),
        format!("/admin/users/{id}/activate"),
    ];
    for path in &gets {
        assert!(
            location(&app.client().get(path).await).starts_with("/login?next="),
            "{path}"
        );
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
            let response = client
                .post_form(
                    path,
                    &[
                        ("role", "customer"),
                        ("name", "X Y"),
                        ("email", "x@y.example"),
                    ],
                )
                .await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
        }
    }
    assert_eq!(role_of(&app, id), (Role::Admin, true));
    let admin = app.admin().await;
    for bad in ["abc", "0", "99999"] {
        assert_eq!(
            admin.get(&format!("/admin/users/{bad}")).await.status(),
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
    let (_, html) = admin.get_html("/admin/users?q=admin%40example").await;
    assert_eq!(
        count_of(&html, &format!(r#"#users a[href="/admin/users/{id}"]"#)),
        1
    );
}

/// The store's own rule, below the pages' "not yourself": whoever asks, the last active
/// administrator is neither demoted nor deactivated.
#[tokio::test]
async fn the_store_never_removes_the_last_active_administrator() {
    let app = spawn_app().await;
    let admin = app.user_id(ADMIN_EMAIL);
    let other = app.user_id(cinema::seed::DEMO_CASHIER.0);
    let now = chrono::Utc::now().naive_utc();
    let demoted =
        app.db(|c| cinema::db::accounts::set_role(c, admin, None, Role::Cashier, other, now));
    assert!(
        matches!(demoted, Err(cinema::db::StoreError::Conflict(_))),
        "{demoted:?}"
    );
    let deactivated = app.db(|c| cinema::db::accounts::set_active(c, admin, false, other, now));
    assert!(
        matches!(deactivated, Err(cinema::db::StoreError::Conflict(_))),
        "{deactivated:?}"
    );
    assert_eq!(role_of(&app, admin), (Role::Admin, true));
    let audit: i64 = app.db(|c| audit_log::table.count().get_result(c).unwrap());
    assert_eq!(audit, 0);
}

#[tokio::test]
async fn a_one_time_password_runs_out_and_an_administrator_can_issue_a_new_one() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (id, first) = create_account(&admin, &app, "late@cinema.example", "cashier").await;
    app.clock.advance(chrono::Duration::hours(72));
    let late = app.client();
    let response = late.login("late@cinema.example", &first).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(text_at(&html, "main").unwrap().contains("run out"));
    // A new one replaces it, and works (the administrator logs in again: 72 hours without a
    // request ended their own session).
    let admin = app.admin().await;
    let response = admin
        .post_form(&format!("/admin/users/{id}/password"), &[])
        .await;
    assert_redirects_to(&response, &format!("/admin/users/{id}"));
    let (_, html) = admin.get_html(&format!("/admin/users/{id}")).await;
    let flash = text_at(&html, "#flash").unwrap_or_default();
    let second = flash
        .split_whitespace()
        .find(|w| w.len() == 19 && w.matches('-').count() == 3)
        .unwrap_or_else(|| panic!("a new one-time password in {flash:?}"))
        .to_owned();
    assert_ne!(first, second);
    assert_eq!(
        late.login("late@cinema.example", &first).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_redirects_to(
        &late.login("late@cinema.example", &second).await,
        "/account#password-title",
    );
    assert_eq!(actions_on(&app, id), ["create", "one-time password"]);
    // Not for one's own account.
    let own = app.user_id(ADMIN_EMAIL);
    let response = admin
        .post_form(&format!("/admin/users/{own}/password"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
}
