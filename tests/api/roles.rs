//! Staff pages behind the role guard; roles and account status are read from the database on every
//! request, so a change applies at once.

use crate::helpers::*;
use cinema::domain::kinds::Role;
use cinema::schema::users;
use diesel::prelude::*;
use reqwest::StatusCode;

#[tokio::test]
async fn staff_pages_admit_only_the_right_roles() {
    let app = spawn_app().await;
    let anonymous = app.client();
    assert_redirects_to(&anonymous.get("/admin").await, "/login?next=%2Fadmin");
    assert_redirects_to(&anonymous.get("/counter").await, "/login?next=%2Fcounter");
    let customer = app.customer().await;
    let (status, html) = customer.get_html("/admin").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(text_at(&html, ".status-code").as_deref(), Some("403"));
    assert_eq!(
        customer.get("/counter").await.status(),
        StatusCode::FORBIDDEN
    );
    let cashier = app.cashier().await;
    assert_eq!(cashier.get("/counter").await.status(), StatusCode::OK);
    assert_eq!(cashier.get("/admin").await.status(), StatusCode::FORBIDDEN);
    let admin = app.admin().await;
    assert_eq!(admin.get("/admin").await.status(), StatusCode::OK);
    assert_eq!(admin.get("/counter").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_navigation_links_staff_pages_only_for_staff() {
    let app = spawn_app().await;
    let links = |html: &scraper::Html| {
        (
            count_of(html, r#"nav a[href="/counter"]"#),
            count_of(html, r#"nav a[href="/admin"]"#),
        )
    };
    let (_, html) = app.customer().await.get_html("/").await;
    assert_eq!(links(&html), (0, 0));
    let (_, html) = app.cashier().await.get_html("/").await;
    assert_eq!(links(&html), (1, 0));
    let (_, html) = app.admin().await.get_html("/").await;
    assert_eq!(links(&html), (1, 1));
}

#[tokio::test]
async fn an_admin_logs_in_and_out() {
    let app = spawn_app().await;
    let client = app.client();
    assert_eq!(
        client.login(ADMIN_EMAIL, "wrong password").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(client.get("/admin").await.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        client.login(ADMIN_EMAIL, ADMIN_PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(client.get("/admin").await.status(), StatusCode::OK);
    assert_redirects_to(&client.post_form("/logout", &[]).await, "/");
    assert_redirects_to(&client.get("/admin").await, "/login?next=%2Fadmin");
}

#[tokio::test]
async fn a_role_change_applies_at_the_next_request() {
    let app = spawn_app().await;
    let cashier = app.cashier().await;
    assert_eq!(cashier.get("/counter").await.status(), StatusCode::OK);
    app.db(|c| {
        diesel::update(users::table.filter(users::email.eq(cinema::seed::DEMO_CASHIER.0)))
            .set(users::role.eq(Role::Customer))
            .execute(c)
            .unwrap()
    });
    assert_eq!(
        cashier.get("/counter").await.status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_deactivated_cashier_loses_the_counter_at_the_next_request() {
    let app = spawn_app().await;
    let cashier = app.cashier().await;
    assert_eq!(cashier.get("/counter").await.status(), StatusCode::OK);
    app.db(|c| {
        diesel::update(users::table.filter(users::email.eq(cinema::seed::DEMO_CASHIER.0)))
            .set(users::active.eq(false))
            .execute(c)
            .unwrap()
    });
    assert_redirects_to(&cashier.get("/counter").await, "/login?next=%2Fcounter");
}
