//! "Best seats for N" on the seat map: the seats chosen are held as clicks would hold them, side by
//! side in one row, all or none; bad counts and strangers are refused.

use crate::helpers::*;
use cinema::schema::{seat_states, seats};
use diesel::prelude::*;
use reqwest::StatusCode;

#[tokio::test]
async fn the_best_seats_are_held_side_by_side_in_one_row() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let customer = app.customer().await;
    let path = format!("/showings/{showing}/best");
    let response = customer.post_form(&path, &[("count", "3")]).await;
    assert_redirects_to(&response, &format!("/showings/{showing}"));
    let (_, page) = customer.get_html(&format!("/showings/{showing}")).await;
    assert!(
        page.html().contains("are held for you"),
        "the page says what was chosen"
    );
    let code = customer.basket_code(showing).await.expect("a basket");
    let booking = app.booking(&code);
    let held: Vec<(String, i32, i32)> = app.db(|c| {
        seat_states::table
            .inner_join(seats::table)
            .filter(seat_states::booking_id.eq(booking.id))
            .order(seats::grid_col)
            .select((seats::row_label, seats::grid_row, seats::grid_col))
            .load(c)
            .unwrap()
    });
    assert_eq!(held.len(), 3);
    assert!(held.iter().all(|s| s.0 == held[0].0), "one row: {held:?}");
    assert!(
        held.windows(2).all(|w| w[0].2 + 1 == w[1].2),
        "side by side: {held:?}"
    );
    // Two thirds back in the Grand Hall (rows A–L): row H or thereabouts, not the front.
    assert!(held[0].1 >= 6, "{held:?}");

    for bad in ["0", "-1", "abc", "", "101"] {
        let response = customer.post_form(&path, &[("count", bad)]).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let response = customer.post_form(&path, &[("count", "11")]).await;
    assert_eq!(
        response.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "over the booking limit"
    );
    let stranger = app.client();
    let response = stranger.post_form(&path, &[("count", "2")]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/login"));
}
