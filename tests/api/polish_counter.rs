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
