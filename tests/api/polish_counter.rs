//! The counter screens in Polish: pages, form errors and figures follow the staff member's language.

use crate::helpers::*;

async fn in_polish(client: &TestClient) {
    let response = client
        .post_form("/language", &[("lang", "pl"), ("next", "/checkin")])
        .await;
    assert_redirects_to(&response, "/checkin");
}

#[tokio::test]
async fn the_door_comes_in_polish_for_a_cashier_who_chose_polish() {
    let app = spawn_app().await;
    let cashier = app.cashier().await;
    let (_, english) = cashier.get_html("/checkin").await;
    assert_eq!(attr_at(&english, "html", "lang").as_deref(), Some("en"));
    assert_eq!(text_at(&english, "h1").as_deref(), Some("Door"));

    in_polish(&cashier).await;
    let (_, page) = cashier.get_html("/checkin").await;
    assert_eq!(attr_at(&page, "html", "lang").as_deref(), Some("pl"));
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Wejście"));
    assert_eq!(
        text_at(&page, "form.door-form button[type=submit]").as_deref(),
        Some("Sprawdź")
    );
    assert_eq!(
        text_at(&page, "#door-counts thead th").as_deref(),
        Some("Godzina")
    );
    assert_eq!(
        text_at(&page, "label[for=code]").as_deref(),
        Some("Zeskanuj lub wpisz kod biletu")
    );
    // The keyboard legend of the counter keeps its keys and speaks Polish.
    assert_eq!(
        attr_at(&page, ".counter-nav a[href='/counter/shift']", "data-key").as_deref(),
        Some("h")
    );
    let shift = text_at(&page, ".counter-nav a[href='/counter/shift']").unwrap();
    assert!(shift.ends_with("Zmiana"), "{shift}");
}

#[tokio::test]
async fn amounts_typed_at_the_counter_are_refused_in_polish() {
    use crate::counter::{open_shift, pay_cash, start_sale};
    use reqwest::StatusCode;

    let app = spawn_app().await;
    let cashier = app.cashier().await;
    in_polish(&cashier).await;
    let response = cashier
        .post_form("/counter/shift/open", &[("float", "dwieście")])
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        text_at(&page, "#float-error").as_deref(),
        Some("„dwieście” nie jest kwotą; wpisz ją na przykład jako 200 albo 150,50.")
    );
    assert_eq!(
        attr_at(&page, "#float", "value").as_deref(),
        Some("dwieście")
    );

    open_shift(&cashier, "200").await;
    let showing = app.showing_in(3);
    let code = start_sale(&cashier, showing, "F5").await;
    let response = pay_cash(&cashier, showing, &code, "1").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let error = text_at(&page, "#tendered-error").unwrap();
    assert!(error.starts_with("Za mało gotówki: 1,00"), "{error}");
    assert!(
        error.contains("Do zapłaty:") && error.ends_with("zł."),
        "{error}"
    );
}

#[tokio::test]
async fn the_shift_screen_and_its_summary_come_in_polish() {
    let app = spawn_app().await;
    let cashier = app.cashier().await;
    in_polish(&cashier).await;
    let (_, page) = cashier.get_html("/counter/shift").await;
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Twoja zmiana"));
    assert_eq!(
        text_at(&page, "label[for=float]").as_deref(),
        Some("Pogotowie kasowe w szufladzie")
    );
    let response = cashier
        .post_form("/counter/shift/open", &[("float", "200")])
        .await;
    assert_redirects_to(&response, "/counter");
    let (_, page) = cashier.get_html("/counter/shift").await;
    let flash = text_at(&page, "#flash").expect("the shift's flash");
    assert!(flash.starts_with("Zmiana otwarta"), "{flash}");
    assert!(flash.contains("200,00"), "{flash}");
    assert_eq!(
        text_at(&page, ".shift-summary th").as_deref(),
        Some("Otwarta")
    );
    assert_eq!(
        text_at(&page, "form[action='/counter/shift/close'] button").as_deref(),
        Some("Zamknij zmianę")
    );
}
