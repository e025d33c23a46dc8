//! The schedule screens in Polish: pages, form errors and figures follow the staff member's language.

use crate::helpers::*;
use chrono::Duration;
use cinema::schema::{halls, movies, showings};
use diesel::prelude::*;
use reqwest::StatusCode;
use scraper::Html;

async fn polish_admin(app: &TestApp) -> TestClient {
    let admin = app.admin().await;
    let response = admin
        .post_form("/language", &[("lang", "pl"), ("next", "/admin/showings")])
        .await;
    assert_redirects_to(&response, "/admin/showings");
    admin
}

fn lang_of(html: &Html) -> String {
    attr_at(html, "html", "lang").expect("<html lang>")
}

fn studio_and_film(app: &TestApp) -> (i32, i32) {
    app.db(|c| {
        let studio: i32 = halls::table
            .filter(halls::name.eq("Studio"))
            .select(halls::id)
            .first(c)
            .unwrap();
        let movie: i32 = movies::table
            .filter(movies::title.eq("Paper Dragons"))
            .select(movies::id)
            .first(c)
            .unwrap();
        (studio, movie)
    })
}

#[tokio::test]
async fn the_schedule_week_and_list_come_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let (status, page) = admin.get_html("/admin/showings").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(lang_of(&page), "pl");
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Repertuar"));
    assert_eq!(
        text_at(&page, "a.button.primary").as_deref(),
        Some("Zaplanuj seans")
    );
    assert_eq!(
        text_at(&page, "form.toolbar button").as_deref(),
        Some("Pokaż")
    );

    let (_, list) = admin.get_html("/admin/showings?view=list").await;
    assert_eq!(
        text_at(&list, "#schedule-list thead th:first-child").as_deref(),
        Some("Kiedy")
    );
    let caption = text_at(&list, "#schedule-list caption").unwrap();
    assert!(caption.starts_with("Seanse w tym tygodniu:"), "{caption}");
    let price = text_at(&list, "#schedule-list tbody td.wide").expect("a showing this week");
    assert!(price.ends_with("zł") && price.contains(','), "{price}");
}

#[tokio::test]
async fn a_bad_schedule_input_comes_back_with_a_polish_error_and_the_input_kept() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let (studio, movie) = studio_and_film(&app);
    let (_, form) = admin.get_html("/admin/showings/new").await;
    assert_eq!(text_at(&form, "h1").as_deref(), Some("Zaplanuj seans"));
    assert_eq!(
        text_at(&form, "label[for=format]").as_deref(),
        Some("Format")
    );
    let past = (app.clock.now_naive() - Duration::days(2))
        .format("%Y-%m-%dT18:00")
        .to_string();
    let response = admin
        .post_form(
            "/admin/showings",
            &[
                ("movie_id", movie.to_string().as_str()),
                ("hall_id", studio.to_string().as_str()),
                ("starts_at", past.as_str()),
                ("price", "28.50"),
                ("format", "4K"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = Html::parse_document(&response.text().await.unwrap());
    assert_eq!(lang_of(&html), "pl");
    assert_eq!(
        text_at(&html, "#starts_at-error").as_deref(),
        Some("Ta godzina już minęła: seanse planuje się z wyprzedzeniem.")
    );
    assert_eq!(
        text_at(&html, "#format-error").as_deref(),
        Some("„4K” nie jest formatem: wybierz 2D, 3D lub IMAX.")
    );
    assert_eq!(
        attr_at(&html, "#starts_at", "value").as_deref(),
        Some(past.as_str())
    );
    assert_eq!(attr_at(&html, "#price", "value").as_deref(), Some("28.50"));
}

#[tokio::test]
async fn the_edit_form_shows_the_format_in_polish_and_saves_a_new_one() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let (studio, movie) = studio_and_film(&app);
    let day = (app.clock.now_naive() + Duration::days(30))
        .format("%Y-%m-%d")
        .to_string();
    let response = admin
        .post_form(
            "/admin/showings",
            &[
                ("movie_id", movie.to_string().as_str()),
                ("hall_id", studio.to_string().as_str()),
                ("starts_at", format!("{day}T18:00").as_str()),
                ("price", "28.50"),
                ("format", "3D"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let (_, page) = admin.get_html(&location).await;
    assert_eq!(lang_of(&page), "pl");
    assert_eq!(
        text_at(&page, "label[for=price]").as_deref(),
        Some("Cena podstawowa")
    );
    assert_eq!(
        text_at(&page, "select#format option[selected]").as_deref(),
        Some("3D")
    );
    assert_eq!(
        text_at(&page, "form.stacked button.primary").as_deref(),
        Some("Zapisz seans")
    );
    assert_eq!(
        text_at(&page, "#cancel-title").as_deref(),
        Some("Odwołaj ten seans")
    );
    let flash = text_at(&page, ".flash").unwrap_or_default();
    assert!(flash.starts_with("Seans zaplanowano na"), "{flash:?}");

    let version = attr_at(&page, "input[name=version]", "value").unwrap();
    let response = admin
        .post_form(
            location.trim_end_matches("/edit"),
            &[
                ("starts_at", format!("{day}T18:00").as_str()),
                ("price", "28.50"),
                ("format", "8D"),
                ("version", version.as_str()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        text_at(&html, "#format-error").as_deref(),
        Some("„8D” nie jest formatem: wybierz 2D, 3D lub IMAX.")
    );
    assert_eq!(
        text_at(&html, "#form-errors").as_deref(),
        Some("Seans nie został zapisany: popraw zaznaczone niżej pola.")
    );
    let response = admin
        .post_form(
            location.trim_end_matches("/edit"),
            &[
                ("starts_at", format!("{day}T18:00").as_str()),
                ("price", "28.50"),
                ("format", "IMAX"),
                ("version", version.as_str()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let format: String = app.db(|c| {
        showings::table
            .filter(showings::format.eq("IMAX"))
            .filter(showings::price_cents.eq(2850))
            .select(showings::format)
            .first(c)
            .unwrap()
    });
    assert_eq!(format, "IMAX");
    let (_, page) = admin.get_html(&location).await;
    assert_eq!(
        text_at(&page, ".flash").as_deref(),
        Some("Seans został zapisany.")
    );
}

#[tokio::test]
async fn the_audit_log_comes_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let (status, page) = admin.get_html("/admin/audit").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(lang_of(&page), "pl");
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Dziennik zmian"));
    assert_eq!(
        text_at(&page, "#audit thead th:nth-child(2)").as_deref(),
        Some("Kto")
    );
    assert_eq!(
        text_at(&page, "form.toolbar button").as_deref(),
        Some("Filtruj")
    );
}

#[tokio::test]
async fn the_reports_page_heading_and_range_form_come_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let (status, page) = admin.get_html("/admin/reports").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(lang_of(&page), "pl");
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Raporty"));
    assert_eq!(
        text_at(&page, "label[for=from]").as_deref(),
        Some("Pierwszy dzień")
    );
    assert_eq!(
        text_at(&page, "form.report-range button").as_deref(),
        Some("Pokaż raporty")
    );
}
