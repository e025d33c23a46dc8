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

#[tokio::test]
async fn the_shared_field_checks_answer_in_polish_next_to_the_field() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let long_title = "A".repeat(201);
    let response = admin
        .post_form(
            "/admin/movies",
            &[
                ("title", long_title.as_str()),
                ("original_title", ""),
                ("description", ""),
                ("duration_min", "118"),
                ("age_rating", "12+"),
                ("genres", "Drama"),
                ("release_date", "2026-03-14"),
                ("language", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        text_at(&html, "#title-error").as_deref(),
        Some("Najwyżej 200 znaków.")
    );
    assert_eq!(
        attr_at(&html, "#title", "value").as_deref(),
        Some(long_title.as_str())
    );

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
            &[("vip_surcharge", "dużo"), ("version", &version)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        text_at(&html, "#vip_surcharge-error").as_deref(),
        Some("„dużo” nie jest ceną: wpisz ją na przykład jako 24,50.")
    );
    assert_eq!(
        attr_at(&html, "#vip_surcharge", "value").as_deref(),
        Some("dużo")
    );
}

/// The page a refused form or a refusal comes back as, parsed.
async fn page_of(response: reqwest::Response) -> scraper::Html {
    scraper::Html::parse_document(&response.text().await.unwrap())
}

#[tokio::test]
async fn a_movie_added_in_polish_is_greeted_and_its_rating_and_genres_said_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let response = admin
        .post_form(
            "/admin/movies",
            &[
                ("title", "Cicha latarnia"),
                ("duration_min", "118"),
                ("age_rating", "All ages"),
                ("genres", "Drama, science fiction, Kino drogi"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let edit = location(&response);
    let (_, page) = admin.get_html(&edit).await;
    assert_eq!(
        text_at(&page, "#flash").as_deref(),
        Some("Dodano film „Cicha latarnia”.")
    );
    assert_eq!(
        text_at(&page, "h1").as_deref(),
        Some("Edycja filmu „Cicha latarnia”")
    );
    assert_eq!(text_at(&page, "label[for=title]").as_deref(), Some("Tytuł"));
    assert_eq!(
        text_at(&page, "#age_rating option[selected]").as_deref(),
        Some("Bez ograniczeń")
    );
    assert_eq!(
        attr_at(&page, "#age_rating option[selected]", "value").as_deref(),
        Some("All ages"),
        "the value posted stays the stored word"
    );

    let (_, list) = admin.get_html("/admin/movies?q=latarnia").await;
    let row = text_at(&list, "#movies tbody tr").unwrap();
    assert!(row.contains("Bez ograniczeń"), "{row}");
    assert!(row.contains("Dramat, Sci-Fi, Kino drogi"), "{row}");
}

#[tokio::test]
async fn a_movie_with_showings_to_come_is_refused_archiving_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let showing = app.showing_in(24);
    let id: i32 = app.db(|c| {
        use cinema::schema::showings;
        use diesel::prelude::*;
        showings::table
            .find(showing)
            .select(showings::movie_id)
            .first(c)
            .unwrap()
    });
    let refused = admin
        .post_form(&format!("/admin/movies/{id}/archive"), &[])
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let main = text_at(&page_of(refused).await, "main").unwrap();
    assert!(main.contains("zostaje w repertuarze"), "{main}");
    assert!(main.contains("odwołaj"), "{main}");
}
