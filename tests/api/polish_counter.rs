//! The counter screens in Polish: pages, form errors and figures follow the staff member's language.

use crate::helpers::*;

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

#[tokio::test]
async fn the_showings_list_and_the_sale_screen_come_in_polish() {
    use crate::counter::{open_shift, start_sale};

    let app = spawn_app().await;
    let cashier = app.cashier().await;
    in_polish(&cashier).await;
    let (_, list) = cashier.get_html("/counter").await;
    assert_eq!(text_at(&list, "h1").as_deref(), Some("Kasa"));
    let no_shift = text_at(&list, "#no-shift").expect("no shift is open yet");
    assert!(
        no_shift.starts_with("Twoja zmiana nie jest otwarta:"),
        "{no_shift}"
    );
    assert_eq!(
        text_at(&list, "#showing-list caption").as_deref(),
        Some("Seanse od teraz, najbliższe najpierw")
    );
    assert_eq!(
        text_at(&list, "form.counter-search button").as_deref(),
        Some("Szukaj")
    );
    let (_, none) = cashier.get_html("/counter?q=zzzzzz").await;
    assert_eq!(
        text_at(&none, "#showing-list tbody td").as_deref(),
        Some("Żaden seans nie pasuje do „zzzzzz”.")
    );

    open_shift(&cashier, "200").await;
    let showing = app.showing_in(3);
    let code = start_sale(&cashier, showing, "F5 F6").await;
    let (_, sale) = cashier
        .get_html(&format!("/counter/showings/{showing}?sale={code}"))
        .await;
    assert_eq!(
        text_at(&sale, "#sale-title").as_deref(),
        Some(format!("Sprzedaż {code}").as_str())
    );
    assert_eq!(
        text_at(&sale, "#pay-form legend").as_deref(),
        Some("Płatność")
    );
    let pay = text_at(&sale, "#pay-button").unwrap();
    assert!(pay.ends_with("Przyjmij płatność"), "{pay}");
    assert_eq!(
        text_at(&sale, "#counter-map-title").as_deref(),
        Some("Plan sali")
    );
    assert_eq!(
        attr_at(&sale, "ul.legend", "aria-label").as_deref(),
        Some("Legenda")
    );
    assert_eq!(text_at(&sale, "#keys-title").as_deref(), Some("Klawisze"));
    let title = text_at(&sale, "title").unwrap();
    assert!(title.starts_with("Sprzedaż · "), "{title}");
}

/// Types `seats` into the sale screen of `showing`; returns the status and the refusal shown by the field.
async fn refuse_seats(
    cashier: &TestClient,
    showing: i32,
    seats: &str,
) -> (reqwest::StatusCode, String) {
    let response = cashier
        .post_form(
            &format!("/counter/showings/{showing}/seats"),
            &[("seats", seats)],
        )
        .await;
    let status = response.status();
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let error = text_at(&page, "#seats-error").expect("the seats' refusal");
    (status, error)
}

#[tokio::test]
async fn seats_typed_at_the_counter_are_refused_in_polish() {
    use crate::counter::{open_shift, pay_cash, start_sale};
    use reqwest::StatusCode;

    let app = spawn_app().await;
    let cashier = app.cashier().await;
    in_polish(&cashier).await;
    let showing = app.showing_in(3);
    let (status, error) = refuse_seats(&cashier, showing, "F12-G14").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        error,
        "„F12-G14” obejmuje dwa rzędy: podaj zakres w jednym rzędzie, na przykład F12-15."
    );
    let (_, error) = refuse_seats(&cashier, showing, "0").await;
    assert!(error.starts_with("Podaj liczbę miejsc"), "{error}");
    let (_, error) = refuse_seats(&cashier, showing, "61").await;
    assert_eq!(
        error,
        "Jedna sprzedaż obejmuje najwyżej 60 miejsc; 61 to więcej."
    );

    // A seat already sold is refused by the store, in Polish too.
    open_shift(&cashier, "200").await;
    let code = start_sale(&cashier, showing, "F5").await;
    let paid = pay_cash(&cashier, showing, &code, "").await;
    assert_redirects_to(&paid, &format!("/counter/sales/{code}/tickets"));
    let (status, error) = refuse_seats(&cashier, showing, "F5").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        error,
        "Niedostępne: miejsce F5 jest sprzedane. Nic nie zajęto."
    );
}

#[tokio::test]
async fn a_cash_sale_is_paid_flashed_and_printed_in_polish() {
    use crate::counter::{open_shift, pay_cash, start_sale};
    use reqwest::StatusCode;

    let app = spawn_app().await;
    let cashier = app.cashier().await;
    in_polish(&cashier).await;
    let showing = app.showing_in(3);
    let code = start_sale(&cashier, showing, "F5 F6").await;

    // No shift yet: the store's refusal is shown on the sale screen in Polish.
    let response = pay_cash(&cashier, showing, &code, "").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    let message = text_at(&page, "#sale-message").expect("the refusal");
    assert!(
        message.starts_with("Najpierw otwórz swoją zmianę"),
        "{message}"
    );

    open_shift(&cashier, "200").await;
    let response = pay_cash(&cashier, showing, &code, "100").await;
    assert_redirects_to(&response, &format!("/counter/sales/{code}/tickets"));
    let (status, tickets) = cashier.get_html(&location(&response)).await;
    assert_eq!(status, StatusCode::OK);
    let flash = text_at(&tickets, "#flash").expect("the payment's flash");
    assert!(
        flash.starts_with("Zapłacono gotówką: otrzymano 100,00"),
        "{flash}"
    );
    assert!(flash.contains("reszta do wydania"), "{flash}");
    assert_eq!(
        text_at(&tickets, "h1").as_deref(),
        Some(format!("Bilety {code}").as_str())
    );
    let seat = text_at(&tickets, "article.ticket .ticket-seat").unwrap();
    assert!(seat.starts_with("Miejsce F5"), "{seat}");
    let next = text_at(&tickets, "#next-customer").unwrap();
    assert!(next.ends_with("Następny klient"), "{next}");
    let label = attr_at(&tickets, "article.ticket", "aria-label").unwrap();
    assert_eq!(label, "Bilet na miejsce F5");
}

#[tokio::test]
async fn reservations_are_collected_and_refused_in_polish() {
    use crate::counter::{open_shift, pay_cash, start_sale};
    use reqwest::StatusCode;

    let app = spawn_app().await;
    let cashier = app.cashier().await;
    in_polish(&cashier).await;
    open_shift(&cashier, "200").await;
    let showing = app.showing_in(3);
    let code = start_sale(&cashier, showing, "F7").await;
    // Started but not paid: collecting it is refused, in Polish.
    let collect = format!("/counter/bookings/{code}/collect");
    let response = cashier.post_form(&collect, &[]).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        text_at(&page, "#booking-message").as_deref(),
        Some("Ta rezerwacja nie jest jeszcze opłacona: najpierw przyjmij płatność.")
    );
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Rezerwacje"));
    let about = text_at(&page, &format!("#booking-{code} p:nth-of-type(2)")).unwrap();
    assert!(about.contains("Bez danych klienta"), "{about}");
    assert!(about.contains("sprzedana w kasie"), "{about}");

    let paid = pay_cash(&cashier, showing, &code, "").await;
    assert_redirects_to(&paid, &format!("/counter/sales/{code}/tickets"));
    let (_, page) = cashier
        .get_html(&format!("/counter/bookings?q={code}"))
        .await;
    let about = text_at(&page, &format!("#booking-{code} p:nth-of-type(2)")).unwrap();
    assert!(about.contains("opłacona"), "{about}");
    assert!(about.contains("odebrano"), "sold over the counter: {about}");
    let moved = cashier
        .post_form(
            &format!("/counter/bookings/{code}/move"),
            &[("seats", "F8")],
        )
        .await;
    assert_redirects_to(&moved, &format!("/counter/bookings?q={code}"));
    let (_, page) = cashier.get_html(&location(&moved)).await;
    assert_eq!(
        text_at(&page, "#flash").as_deref(),
        Some(format!("Rezerwację {code} przeniesiono z F7 na F8.").as_str())
    );
    let (_, none) = cashier.get_html("/counter/bookings?q=nikt").await;
    assert_eq!(
        text_at(&none, "#nothing-found").as_deref(),
        Some("Żadna rezerwacja nie pasuje do „nikt”.")
    );
}

#[tokio::test]
async fn a_closed_shift_says_its_difference_in_polish() {
    use crate::counter::open_shift;

    let app = spawn_app().await;
    let cashier = app.cashier().await;
    in_polish(&cashier).await;
    open_shift(&cashier, "200").await;
    let response = cashier
        .post_form("/counter/shift/close", &[("counted", "190")])
        .await;
    assert_redirects_to(&response, "/counter/shift");
    let (_, page) = cashier.get_html("/counter/shift").await;
    let difference = text_at(&page, "#cash-difference").unwrap();
    assert!(difference.starts_with("niedobór 10,00"), "{difference}");
    let again = cashier
        .post_form("/counter/shift/close", &[("counted", "190")])
        .await;
    assert_eq!(again.status(), reqwest::StatusCode::CONFLICT);
    let page = scraper::Html::parse_document(&again.text().await.unwrap());
    assert_eq!(
        text_at(&page, "#float-error").as_deref(),
        Some("Nie masz otwartej zmiany do zamknięcia.")
    );
}

#[tokio::test]
async fn the_staff_home_names_its_sections_in_polish() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    in_polish(&admin).await;
    let (_, page) = admin.get_html("/admin").await;
    assert_eq!(text_at(&page, "h1").as_deref(), Some("Administracja"));
    assert_eq!(
        text_at(&page, "#sections a[href='/admin/movies']").as_deref(),
        Some("Filmy")
    );
    assert_eq!(
        text_at(&page, "#sections a[href='/admin/audit']").as_deref(),
        Some("Dziennik zmian")
    );
}

#[tokio::test]
async fn a_customer_who_chose_polish_is_turned_away_from_the_counter_in_polish() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    in_polish(&customer).await;
    let (status, page) = customer.get_html("/counter").await;
    assert_eq!(status, reqwest::StatusCode::FORBIDDEN);
    assert!(
        page.html().contains("Ta strona jest dla pracowników kina."),
        "{}",
        page.html()
    );
}

#[tokio::test]
async fn ratings_and_genres_are_said_in_polish_on_the_repertoire_and_a_film_page() {
    let app = spawn_app().await;
    let visitor = app.client();
    in_polish(&visitor).await;
    let (_, page) = visitor.get_html("/").await;
    let html = page.html();
    assert!(
        html.contains("Bez ograniczeń"),
        "the All ages rating in words"
    );
    assert!(html.contains("Animacja"), "Animation in Polish");
    assert!(!html.contains(">All ages<"));
    let (_, english) = app.client().get_html("/").await;
    assert!(english.html().contains("All ages"));
    assert!(english.html().contains("Animation"));
}
