//! The admin screens in Polish: pages, form errors and figures follow the staff member's language.

use crate::helpers::*;
use reqwest::StatusCode;

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

#[tokio::test]
async fn the_layout_preview_names_mistakes_and_counts_seats_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let response = admin
        .htmx_post(
            "/admin/halls/preview",
            &[("layout", "SSSS\nSSXS"), ("numbering", "ltr")],
        )
        .await;
    let html = scraper::Html::parse_fragment(&response.text().await.unwrap());
    assert_eq!(
        text_at(&html, "#layout-errors li").as_deref(),
        Some(
            "Wiersz 2, kolumna 3: „X” nie oznacza miejsca. Użyj S (zwykłe), V (VIP), W (dla wózka), C (dla opiekuna) albo . (przerwa)."
        )
    );
    let response = admin
        .htmx_post(
            "/admin/halls/preview",
            &[("layout", "WCSSS\nSSSSS"), ("numbering", "ltr")],
        )
        .await;
    let html = scraper::Html::parse_fragment(&response.text().await.unwrap());
    assert_eq!(
        text_at(&html, "#layout-summary").as_deref(),
        Some("10 miejsc w 2 rzędach: 8 zwykłych, 1 miejsce dla wózka, 1 miejsce dla opiekuna.")
    );
    assert_eq!(text_at(&html, ".screen").as_deref(), Some("Ekran"));
}

#[tokio::test]
async fn a_hall_is_added_with_a_polish_flash_and_its_name_refused_twice() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let hall = [
        ("name", "Sala Próbna"),
        ("layout", "SSSS\nSSSS"),
        ("numbering", "ltr"),
    ];
    let response = admin.post_form("/admin/halls", &hall).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, page) = admin.get_html(&location(&response)).await;
    assert_eq!(
        text_at(&page, "#flash").as_deref(),
        Some(
            "Dodano salę „Sala Próbna”. Seanse planowane w tej sali korzystają teraz z tego planu."
        )
    );
    assert_eq!(
        text_at(&page, "legend").as_deref(),
        Some("Numeracja miejsc")
    );

    let again = admin.post_form("/admin/halls", &hall).await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = page_of(again).await;
    assert_eq!(
        text_at(&html, "#name-error").as_deref(),
        Some("Inna sala nazywa się już „Sala Próbna”: nadaj tej sali własną nazwę.")
    );
    assert_eq!(
        text_at(&html, "#form-errors").as_deref(),
        Some("Sala nie została zapisana: popraw zaznaczone niżej pola.")
    );

    let id = location(&response)
        .trim_start_matches("/admin/halls/")
        .trim_end_matches("/edit")
        .to_owned();
    let refused = admin
        .post_form(
            &format!("/admin/halls/{id}/blocked"),
            &[
                ("seats", "F12-G14"),
                ("reason", "broken"),
                ("action", "block"),
            ],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = page_of(refused).await;
    assert_eq!(
        text_at(&html, "#seats-error").as_deref(),
        Some("„F12-G14” obejmuje dwa rzędy: podaj zakres w jednym rzędzie, na przykład F12-15.")
    );
    assert_eq!(
        text_at(&html, "#reason option[selected]").as_deref(),
        Some("zepsute miejsce")
    );
    let blocked = admin
        .post_form(
            &format!("/admin/halls/{id}/blocked"),
            &[
                ("seats", "A1 A2"),
                ("reason", "camera"),
                ("action", "block"),
            ],
        )
        .await;
    assert_eq!(blocked.status(), StatusCode::SEE_OTHER);
    let (_, page) = admin.get_html(&location(&blocked)).await;
    assert_eq!(
        text_at(&page, "#flash").as_deref(),
        Some("A1, A2: zablokowano na wszystkie seanse w tej sali od teraz.")
    );
    assert_eq!(
        text_at(&page, "#blocks tbody tr td:nth-child(3)").as_deref(),
        Some("stanowisko kamery")
    );
}

#[tokio::test]
async fn staff_accounts_are_created_and_refused_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let (_, form) = admin.get_html("/admin/users/new").await;
    assert_eq!(
        text_at(&form, "#role option[selected]").as_deref(),
        Some("kasjer")
    );
    let taken = admin
        .post_form(
            "/admin/users",
            &[
                ("name", "Ola Kasjer"),
                ("email", ADMIN_EMAIL),
                ("role", "cashier"),
            ],
        )
        .await;
    assert_eq!(taken.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        text_at(&page_of(taken).await, "#email-error").as_deref(),
        Some("Konto z tym adresem e-mail już istnieje.")
    );

    let created = admin
        .post_form(
            "/admin/users",
            &[
                ("name", "Ola Kasjer"),
                ("email", "ola@cinema.example"),
                ("role", "cashier"),
            ],
        )
        .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let (_, page) = admin.get_html(&location(&created)).await;
    let flash = text_at(&page, "#flash").unwrap();
    assert!(
        flash.starts_with("Konto zostało utworzone. Hasło jednorazowe do tego konta to "),
        "{flash}"
    );
    assert!(flash.contains("działa przez 72 godziny"), "{flash}");
    assert_eq!(text_at(&page, "#role").as_deref(), Some("kasjer"));
    assert_eq!(text_at(&page, "#status").as_deref(), Some("aktywne"));

    let me = app.user_id(ADMIN_EMAIL);
    let refused = admin
        .post_form(&format!("/admin/users/{me}/deactivate"), &[])
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let main = text_at(&page_of(refused).await, "main").unwrap();
    assert!(
        main.contains("Nie możesz dezaktywować własnego konta"),
        "{main}"
    );
}

#[tokio::test]
async fn settings_and_ticket_types_check_their_fields_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let (_, page) = admin.get_html("/admin/settings").await;
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Ustawienia"));
    let inputs = scraper::Selector::parse("form[action='/admin/settings'] input").unwrap();
    let mut fields: Vec<(String, String)> = page
        .select(&inputs)
        .filter_map(|i| {
            let name = i.value().attr("name")?.to_owned();
            Some((name, i.value().attr("value").unwrap_or_default().to_owned()))
        })
        .collect();
    for (name, value) in &mut fields {
        if name == "hold_minutes" {
            *value = "dziesięć".into();
        }
    }
    let posted: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let refused = admin.post_form("/admin/settings", &posted).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = page_of(refused).await;
    assert_eq!(
        text_at(&html, "#hold_minutes-error").as_deref(),
        Some("Wpisz liczbę całkowitą od 1 do 1440.")
    );
    assert!(
        text_at(&html, "label[for=hold_minutes]")
            .unwrap()
            .starts_with("Jak długo miejsce jest trzymane")
    );

    let refused = admin
        .post_form(
            "/admin/ticket-types",
            &[
                ("code", "Bilet rodzinny!"),
                ("name", "Rodzinny"),
                ("price_percent", "150"),
            ],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = page_of(refused).await;
    assert_eq!(
        text_at(&html, "#code-new-error").as_deref(),
        Some("Krótki kod z liter, cyfr i łączników, na przykład „family”.")
    );
    assert_eq!(
        text_at(&html, "#price_percent-new-error").as_deref(),
        Some("Podaj procent ceny bazowej, od 0 do 100, albo stałą cenę.")
    );
    let added = admin
        .post_form(
            "/admin/ticket-types",
            &[
                ("code", "family"),
                ("name", "Rodzinny"),
                ("price_percent", "80"),
                ("active", "on"),
            ],
        )
        .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let (_, page) = admin.get_html("/admin/ticket-types").await;
    assert_eq!(
        text_at(&page, "#flash").as_deref(),
        Some("Dodano bilety „Rodzinny”.")
    );
    assert_eq!(
        text_at(&page, "#surcharge-title").as_deref(),
        Some("Dopłaty za miejsca")
    );
}
