//! A ticket's "add to calendar": the showing as an iCalendar event, for the booking's owner and
//! staff only.

use crate::helpers::*;
use reqwest::StatusCode;

#[tokio::test]
async fn a_paid_booking_is_a_calendar_event_with_the_place_the_time_and_the_seats() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let vip = app.seats_of_kind(showing, "vip")[0];
    let standard = app.seats_of_kind(showing, "standard")[0];
    customer.hold(showing, vip).await;
    customer.hold(showing, standard).await;
    let code = customer.basket_code(showing).await.unwrap();
    let path = format!("/bookings/{code}/calendar.ics");

    let pending = customer.get(&path).await.text().await.unwrap();
    assert!(pending.contains("\r\nSTATUS:TENTATIVE\r\n"), "{pending}");
    customer.pay(&code, Card::ACCEPTED).await;

    let response = customer.get(&path).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "content-type"),
        Some("text/calendar; charset=utf-8")
    );
    let disposition = header(&response, "content-disposition").unwrap().to_owned();
    assert!(
        disposition.starts_with("attachment")
            && disposition.contains(&format!("booking-{code}.ics")),
        "{disposition}"
    );
    let ics = response.text().await.unwrap();
    let (starts, ends, title): (chrono::NaiveDateTime, chrono::NaiveDateTime, String) =
        app.db(|c| {
            use cinema::schema::{movies, showings};
            use diesel::prelude::*;
            showings::table
                .inner_join(movies::table)
                .filter(showings::id.eq(showing))
                .select((showings::starts_at, showings::ends_at, movies::title))
                .first(c)
                .unwrap()
        });
    let unfolded = ics.replace("\r\n ", "");
    for line in [
        "BEGIN:VCALENDAR".to_owned(),
        format!("DTSTART:{}", starts.format("%Y%m%dT%H%M%SZ")),
        format!("DTEND:{}", ends.format("%Y%m%dT%H%M%SZ")),
        "STATUS:CONFIRMED".to_owned(),
        format!("UID:booking-{code}@cinema-tickets.invalid"),
    ] {
        assert!(unfolded.contains(&format!("{line}\r\n")), "{line} in {ics}");
    }
    assert!(unfolded.contains(&format!("SUMMARY:{}", title.replace(',', "\\,"))));
    let address = cinema::seed::DEMO_ADDRESS.replace(',', "\\,");
    assert!(unfolded.contains(&address), "{ics}");
    assert!(
        unfolded.contains(&format!("{} (VIP seat)", app.seat_label(vip))),
        "{ics}"
    );
    assert!(unfolded.contains(&app.seat_label(standard)));
    assert!(ics.lines().all(|l| l.len() <= 76), "{ics}");

    // Only its owner and staff may have it.
    let other = app.customer().await;
    assert_eq!(other.get(&path).await.status(), StatusCode::NOT_FOUND);
    assert!(app.client().get(&path).await.status().is_redirection());
    assert_eq!(
        app.cashier().await.get(&path).await.status(),
        StatusCode::OK
    );
}
