//! Staff pages behind the role guard.

use crate::helpers::*;
use reqwest::StatusCode;

#[tokio::test]
async fn staff_pages_admit_only_the_right_roles() {
    let app = spawn_app().await;
    let anonymous = app.client();
    assert_redirects_to(&anonymous.get("/admin").await, "/login?next=%2Fadmin");
    let customer = app.customer().await;
    assert_eq!(customer.get("/admin").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(customer.get("/counter").await.status(), StatusCode::FORBIDDEN);
    let cashier = app.cashier().await;
    assert_eq!(cashier.get("/counter").await.status(), StatusCode::OK);
    assert_eq!(cashier.get("/admin").await.status(), StatusCode::FORBIDDEN);
    let admin = app.admin().await;
    assert_eq!(admin.get("/admin").await.status(), StatusCode::OK);
    assert_eq!(admin.get("/counter").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn logging_in_and_out() {
    let app = spawn_app().await;
    let client = app.client();
    assert_eq!(client.login(ADMIN_EMAIL, "wrong password").await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(client.login(ADMIN_EMAIL, ADMIN_PASSWORD).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(client.get("/admin").await.status(), StatusCode::OK);
    assert_redirects_to(&client.post_form("/logout", &[]).await, "/");
    assert_eq!(client.get("/admin").await.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn htmx_release_and_sweep() {
    let app = spawn_app_with(Options { hold_seconds: Some(60), ..Options::default() }).await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seat_ids(showing);
    let response = customer.htmx_post(&format!("/showings/{showing}/seats/{}/hold", seats[0]), &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = customer.release(showing, seats[0]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    customer.hold(showing, seats[1]).await;
    app.clock.advance(chrono::Duration::seconds(61));
    assert_eq!(app.sweep(), 1);
}
