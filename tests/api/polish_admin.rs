//! The admin screens in Polish: pages, form errors and figures follow the staff member's language.

use crate::helpers::*;
use reqwest::StatusCode;

async fn polish_admin(app: &TestApp) -> TestClient {
    let admin = app.admin().await;
    let response = admin
        .post_form("/language", &[("lang", "pl"), ("next", "/admin/movies")])
        .await;
    assert_redirects_to(&response, "/admin/movies");
    admin
}

#[tokio::test]
async fn the_movie_list_comes_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let (status, page) = admin.get_html("/admin/movies").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(attr_at(&page, "html", "lang").as_deref(), Some("pl"));
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Filmy"));
    assert_eq!(text_at(&page, "#movies thead th").as_deref(), Some("Tytuł"));
    assert_eq!(
        text_at(&page, "form[role=search] button").as_deref(),
        Some("Szukaj")
    );
    assert_eq!(
        text_at(&page, "a[href='/admin/movies/new']").as_deref(),
        Some("Dodaj film")
    );
}

#[tokio::test]
async fn the_hall_and_user_lists_come_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let (_, halls) = admin.get_html("/admin/halls").await;
    assert_eq!(text_at(&halls, "h1").as_deref(), Some("Sale"));
    assert_eq!(text_at(&halls, "#halls thead th").as_deref(), Some("Sala"));
    let (_, users) = admin.get_html("/admin/users").await;
    assert_eq!(text_at(&users, "h1").as_deref(), Some("Użytkownicy"));
    assert_eq!(
        text_at(&users, "#users thead th").as_deref(),
        Some("Imię i nazwisko")
    );
    assert!(
        users.html().contains("administrator"),
        "the admin's role is named in Polish"
    );
}

#[tokio::test]
async fn english_stays_the_default() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, page) = admin.get_html("/admin/halls").await;
    assert_eq!(attr_at(&page, "html", "lang").as_deref(), Some("en"));
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Halls"));
}
