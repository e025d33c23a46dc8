//! The schedule screens in Polish: pages, form errors and figures follow the staff member's language.

use crate::helpers::*;
use chrono::Duration;
use cinema::schema::{halls, movies, showings};
use diesel::prelude::*;
use reqwest::StatusCode;
use scraper::Html;

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

/// The first cell of each body row of the table `id`, with the row's other cells.
fn rows_of(html: &Html, id: &str) -> Vec<Vec<String>> {
    let row = scraper::Selector::parse(&format!("#{id} tbody tr")).unwrap();
    let cell = scraper::Selector::parse("th, td").unwrap();
    html.select(&row)
        .map(|r| {
            r.select(&cell)
                .map(|c| c.text().collect::<String>().trim().to_owned())
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn the_reports_tables_charts_and_tills_come_in_polish() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let seats = app.seat_ids(showing);
    let buyer = app.customer().await;
    buyer.hold(showing, seats[10]).await;
    let code = buyer.basket_code(showing).await.unwrap();
    assert_redirects_to(
        &buyer.pay(&code, "4242 4242 4242 4242").await,
        &format!("/bookings/{code}"),
    );
    // The range from today to the showing's day, which may be tomorrow late in the evening.
    let (today, day) = app.db(|c| {
        let rules = cinema::db::settings::load(c, None).unwrap();
        let starts: chrono::NaiveDateTime = showings::table
            .find(showing)
            .select(showings::starts_at)
            .first(c)
            .unwrap();
        (
            rules.today(app.clock.now()),
            rules.local(starts).date_naive(),
        )
    });
    let range = format!("from={today}&to={}", day.max(today));
    let admin = polish_admin(&app).await;
    let (status, page) = admin.get_html(&format!("/admin/reports?{range}")).await;
    assert_eq!(status, StatusCode::OK);
    let title = text_at(&page, "title").unwrap();
    assert!(title.starts_with("Raporty · Administracja"), "{title}");
    let period = text_at(&page, "#period").unwrap();
    assert!(period.starts_with("Dni operacyjne od"), "{period}");
    assert_eq!(
        text_at(&page, "#sales-title").as_deref(),
        Some("Sprzedaż dzienna")
    );
    assert_eq!(
        text_at(&page, "#cashiers-title").as_deref(),
        Some("Według kasjera")
    );
    assert_eq!(
        text_at(&page, "#daily thead th:nth-child(2)").as_deref(),
        Some("Bilety")
    );
    assert_eq!(text_at(&page, "#daily tfoot th").as_deref(), Some("Razem"));
    assert_eq!(
        text_at(&page, "#daily-chart-title").as_deref(),
        Some("Przychód netto dziennie")
    );
    let channels: Vec<String> = rows_of(&page, "channel-table")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(channels, ["Internet", "Kasa"]);
    let web = rows_of(&page, "cashier-table")
        .into_iter()
        .find(|r| r[0] == "Internet (klienci online)")
        .expect("the web's till, in Polish");
    assert!(web[5].ends_with("zł") && web[5].contains(','), "{web:?}");
    let fullest = rows_of(&page, "fullest");
    let ours = fullest.first().expect("the showing sold a seat");
    assert!(ours[4].ends_with(" %") && ours[4].contains(','), "{ours:?}");
    assert!(
        text_at(&page, "a[href^='/admin/reports/movies.csv']")
            .unwrap()
            .contains("1 film)"),
    );

    let csv = admin
        .get(&format!("/admin/reports/sales.csv?{range}"))
        .await;
    assert_eq!(csv.status(), StatusCode::OK);
    let body = csv.text().await.unwrap();
    let header = body.lines().next().unwrap();
    assert_eq!(
        header,
        "Data,Kanał,Rodzaj biletu,Bilety,Sprzedaż,Zwrócone bilety,Zwroty,Netto,Waluta"
    );
    assert_eq!(body.lines().count(), 2, "the header and one sale: {body}");
}

#[tokio::test]
async fn a_bad_report_range_is_refused_in_polish_on_the_page_and_for_a_csv_file() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let (status, page) = admin
        .get_html("/admin/reports?from=wczoraj&to=2026-02-30")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        text_at(&page, "#from-error").as_deref(),
        Some("Wpisz datę, np. 2026-11-30.")
    );
    let (status, page) = admin
        .get_html("/admin/reports?from=2026-02-01&to=2026-01-01")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        text_at(&page, "#to-error").as_deref(),
        Some("Ostatni dzień jest wcześniej niż pierwszy: zamień je miejscami.")
    );
    let (status, page) = admin
        .get_html("/admin/reports?from=2020-01-01&to=2026-01-01")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        text_at(&page, "#from-error").as_deref(),
        Some("Raport obejmuje najwyżej dwa lata: wybierz późniejszy pierwszy dzień.")
    );

    let response = admin.get("/admin/reports/refunds.csv?from=jutro").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("Zakres raportu jest błędny: Wpisz datę, np. 2026-11-30."),
        "{body}"
    );
    let response = admin.get("/admin/reports/everything.csv").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body = response.text().await.unwrap();
    assert!(body.contains("Nie ma raportu o tej nazwie."), "{body}");
}

#[tokio::test]
async fn audit_entries_their_filter_and_its_refusals_come_in_polish() {
    let app = spawn_app().await;
    let admin = polish_admin(&app).await;
    let response = admin
        .post_form(
            "/admin/movies",
            &[
                ("title", "Audyt"),
                ("duration_min", "95"),
                ("age_rating", "12+"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (status, page) = admin.get_html("/admin/audit").await;
    assert_eq!(status, StatusCode::OK);
    let title = text_at(&page, "title").unwrap();
    assert!(
        title.starts_with("Dziennik zmian · Administracja"),
        "{title}"
    );
    let entry = text_at(&page, "#audit tbody tr td:nth-child(3)").unwrap();
    assert!(entry.starts_with("film "), "{entry}");
    assert_eq!(
        text_at(&page, "#audit tbody tr .badge").as_deref(),
        Some("utworzenie")
    );
    let summary = text_at(&page, "#audit tbody tr td.summary").unwrap();
    assert!(summary.starts_with("tytuł: Audyt"), "{summary}");
    assert_eq!(
        text_at(&page, "select#entity option[value=hall]").as_deref(),
        Some("Sale i zablokowane miejsca")
    );
    let (status, page) = admin.get_html("/admin/audit?entity=ticket_type").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        text_at(&page, "#audit tbody td").as_deref(),
        Some("Żadna zmiana nie pasuje.")
    );

    let response = admin.get("/admin/audit?from=wczoraj").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("W filtrze dziennika zmian jest błędna data (wpisz ją np. tak: 2026-12-24)."),
        "{body}"
    );
    let response = admin.get("/admin/audit?page=999999").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("Taka strona dziennika zmian nie istnieje."),
        "{body}"
    );
}

#[tokio::test]
async fn cancelling_a_showing_twice_is_refused_in_polish_after_a_polish_flash() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let admin = polish_admin(&app).await;
    let path = format!("/admin/showings/{showing}/cancel");
    let response = admin
        .post_form(&path, &[("reason", "Awaria projektora")])
        .await;
    assert_redirects_to(&response, &format!("/admin/showings/{showing}/edit"));
    let (_, page) = admin
        .get_html(&format!("/admin/showings/{showing}/edit"))
        .await;
    let flash = text_at(&page, ".flash").unwrap_or_default();
    assert!(
        flash.starts_with("Seans „") && flash.contains("został odwołany"),
        "{flash:?}"
    );
    let again = admin.post_form(&path, &[("reason", "Drugi raz")]).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let body = again.text().await.unwrap();
    assert!(body.contains("Ten seans jest już odwołany."), "{body}");
    let response = admin
        .post_form(
            &format!("/admin/showings/{showing}"),
            &[
                ("starts_at", "2030-01-01T18:00"),
                ("price", "24.50"),
                ("format", "2D"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("Ten seans jest odwołany; nie można go już zmienić."),
        "{body}"
    );
}
