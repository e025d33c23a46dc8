//! The booking path end to end, as one customer walks it.

use crate::helpers::*;
use reqwest::StatusCode;

#[tokio::test]
async fn customer_books_and_pays_for_two_seats() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let seats = app.seat_ids(showing);
    let (status, html) = customer.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seats_in(&html).len(), 250);

    assert_redirects_to(
        &customer.hold(showing, seats[30]).await,
        &format!("/showings/{showing}"),
    );
    assert_redirects_to(
        &customer.hold(showing, seats[31]).await,
        &format!("/showings/{showing}"),
    );
    let (_, html) = customer.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&html, seats[30]), "mine");

    let code = customer.basket_code(showing).await.expect("a basket");
    let response = customer.pay(&code, "4242 4242 4242 4242").await;
    assert_redirects_to(&response, &format!("/bookings/{code}"));
    let (status, html) = customer.get_html(&format!("/bookings/{code}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.html().contains("<svg"), "the ticket has a QR code");

    let other = app.customer().await;
    let (_, html) = other.get_html(&format!("/showings/{showing}")).await;
    assert_eq!(state_of(&html, seats[30]), "sold");
}
