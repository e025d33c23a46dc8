//! What both test binaries (API and browser) share: starting the server, and the database look-ups
//! they check their results with.

use chrono::NaiveDateTime;
use cinema::db::Conn;
use cinema::db::bookings::Booking;
use cinema::domain::kinds::SeatKind;
use diesel::prelude::*;

/// The first showing in the Grand Hall (250 seats) starting after `after`, of a film every ticket
/// type may be sold for (a child ticket is not sold for a 16+ film). Which film plays when depends
/// on the hour the tests run at; this keeps the tests that sell child tickets from depending on it.
pub fn grand_hall_showing_after(c: &mut Conn, after: NaiveDateTime) -> i32 {
    use cinema::schema::{halls, movies, showings};
    showings::table
        .inner_join(halls::table)
        .inner_join(movies::table)
        .filter(showings::starts_at.gt(after))
        .filter(halls::name.eq("Grand Hall"))
        .filter(movies::age_rating.ne_all(["16+", "18+"]))
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

/// The showing's seats of one kind, in map order.
pub fn seats_of_kind(c: &mut Conn, showing_id: i32, kind: SeatKind) -> Vec<i32> {
    use cinema::schema::{seat_states, seats};
    seat_states::table
        .inner_join(seats::table)
        .filter(seat_states::showing_id.eq(showing_id))
        .filter(seats::kind.eq(kind))
        .order((seats::grid_row, seats::grid_col))
        .select(seats::id)
        .load(c)
        .expect("seat ids")
}

/// A seat's label as the map shows it, e.g. "F12".
pub fn seat_label(c: &mut Conn, seat_id: i32) -> String {
    use cinema::schema::seats;
    let (row, number): (String, i32) = seats::table
        .find(seat_id)
        .select((seats::row_label, seats::number))
        .first(c)
        .expect("a seat");
    format!("{row}{number}")
}

/// Starts the real server on a random loopback port; returns its address and its pool.
pub fn start_server(
    config: cinema::config::Config,
    clock: cinema::clock::Clock,
) -> (String, cinema::db::DbPool) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("binding a random port");
    let app = cinema::startup::Application::build_with_listener(config, clock, listener)
        .expect("building the application");
    let address = format!("http://127.0.0.1:{}", app.port());
    let pool = app.pool();
    lift_hold_rate_limits(&mut pool.get().expect("a database connection"));
    tokio::spawn(app.run_until_stopped());
    (address, pool)
}

/// Lifts the hold rate limits to where no test reaches them: tests hold many seats from one
/// address in a moment. The tests of the limits themselves put the settings back.
pub fn lift_hold_rate_limits(c: &mut Conn) {
    set_hold_rate_limits(c, 1_000_000, 1_000_000);
}

/// Sets the hold rate limits (per account, per address, a minute).
pub fn set_hold_rate_limits(c: &mut Conn, per_account: i32, per_address: i32) {
    use cinema::schema::settings;
    diesel::update(settings::table.find(1))
        .set((
            settings::holds_per_minute_per_account.eq(per_account),
            settings::holds_per_minute_per_address.eq(per_address),
        ))
        .execute(c)
        .expect("setting the hold rate limits");
}

/// Removes a test database and the files beside it.
pub fn remove_database(path: &std::path::Path) {
    for suffix in ["", "-wal", "-shm", ".session-key"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let _ = std::fs::remove_dir_all(format!("{}.outbox", path.display()));
}
