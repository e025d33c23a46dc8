//! Database look-ups both test binaries (API and browser) check their results with.

use chrono::NaiveDateTime;
use cinema::db::Conn;
use cinema::db::bookings::Booking;
use diesel::prelude::*;

/// The first showing in the Grand Hall (250 seats) starting after `after`.
pub fn grand_hall_showing_after(c: &mut Conn, after: NaiveDateTime) -> i32 {
    use cinema::schema::{halls, showings};
    showings::table
        .inner_join(halls::table)
        .filter(showings::starts_at.gt(after))
        .filter(halls::name.eq("Grand Hall"))
        .order(showings::starts_at)
        .select(showings::id)
        .first(c)
        .expect("a demo showing far enough ahead")
}

/// The booking with this code, as stored.
pub fn booking(c: &mut Conn, code: &str) -> Booking {
    use cinema::schema::bookings;
    bookings::table
        .filter(bookings::code.eq(code))
        .select(Booking::as_select())
        .first(c)
        .expect("a booking with this code")
}

pub fn user_id(c: &mut Conn, email: &str) -> i32 {
    use cinema::schema::users;
    users::table
        .filter(users::email.eq(email.to_lowercase()))
        .select(users::id)
        .first(c)
        .expect("a user with this e-mail")
}
