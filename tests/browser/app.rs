//! The application under test: started in-process on 127.0.0.1:0 against a fresh temporary SQLite
//! file with the demo data, plus the few database look-ups the scenarios check their results with.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use cinema::clock::Clock;
use cinema::config::Config;
use cinema::db::bookings::Booking;
use cinema::db::{Conn, DbPool};
use cinema::domain::kinds::{SeatKind, SeatState};
use diesel::prelude::*;

pub const ADMIN_EMAIL: &str = "admin@example.com";
pub const ADMIN_PASSWORD: &str = "admin-test-password";
pub const PASSWORD: &str = "correct horse battery";

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A number unique within this test run, for file names and e-mail addresses.
pub fn unique() -> usize {
    COUNTER.fetch_add(1, Ordering::Relaxed)
}

pub struct TestApp {
    pub address: String,
    pub pool: DbPool,
    pub clock: Clock,
    db_path: PathBuf,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        crate::lookups::remove_database(&self.db_path);
    }
}

/// Starts the application with the demo repertoire; must run inside a Tokio runtime.
pub fn spawn_app() -> TestApp {
    spawn_app_with(|_| {})
}

/// [`spawn_app`] with some settings changed first, such as a short hold.
pub fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser-dbs");
    std::fs::create_dir_all(&dir).expect("creating the test database folder");
    let db_path = dir.join(format!(
        "b{}-{}-{}.db",
        std::process::id(),
        unique(),
        &cinema::random::token()[..8]
    ));
    let mut config = Config::throwaway(db_path.display().to_string(), ADMIN_PASSWORD);
    configure(&mut config);
    let clock = Clock::default();
    let (address, pool) = crate::lookups::start_server(config, clock.clone());
    TestApp {
        address,
        pool,
        clock,
        db_path,
    }
}

impl TestApp {
    /// Runs `f` on a connection of the application's own pool.
    pub fn db<T>(&self, f: impl FnOnce(&mut Conn) -> T) -> T {
        let mut conn = self.pool.get().expect("a database connection");
        f(&mut conn)
    }

    /// A showing in the Grand Hall (250 seats) starting at least `hours` from now.
    pub fn showing_in(&self, hours: i64) -> i32 {
        let after = self.clock.now_naive() + chrono::Duration::hours(hours);
        self.db(|c| crate::lookups::grand_hall_showing_after(c, after))
    }

    /// The showing's seats of one kind, in map order.
    pub fn seats_of_kind(&self, showing_id: i32, kind: SeatKind) -> Vec<i32> {
        self.db(|c| crate::lookups::seats_of_kind(c, showing_id, kind))
    }

    /// How many seats the showing has.
    pub fn seat_count(&self, showing_id: i32) -> i64 {
        use cinema::schema::seat_states;
        self.db(|c| {
            seat_states::table
                .filter(seat_states::showing_id.eq(showing_id))
                .count()
                .get_result(c)
                .expect("counting seats")
        })
    }

    /// A seat's label as the map shows it, e.g. "F12".
    pub fn seat_label(&self, seat_id: i32) -> String {
        self.db(|c| crate::lookups::seat_label(c, seat_id))
    }

    /// The stored state of a seat in a showing.
    pub fn seat_state(&self, showing_id: i32, seat_id: i32) -> SeatState {
        use cinema::schema::seat_states;
        self.db(|c| {
            seat_states::table
                .filter(seat_states::showing_id.eq(showing_id))
                .filter(seat_states::seat_id.eq(seat_id))
                .select(seat_states::state)
                .first(c)
                .expect("a seat state")
        })
    }

    /// The showing's base price in cents.
    pub fn price_cents(&self, showing_id: i32) -> i64 {
        use cinema::schema::showings;
        self.db(|c| {
            showings::table
                .find(showing_id)
                .select(showings::price_cents)
                .first(c)
                .expect("a showing")
        })
    }

    /// The booking with this code, as stored.
    pub fn booking(&self, code: &str) -> Booking {
        self.db(|c| crate::lookups::booking(c, code))
    }

    pub fn user_id(&self, email: &str) -> i32 {
        self.db(|c| crate::lookups::user_id(c, email))
    }

    /// Holds seats for a user straight through the application's queries, as another customer
    /// would, without a second browser.
    pub fn hold_for(&self, user_id: i32, showing_id: i32, seat_ids: &[i32]) {
        let now = self.clock.now_naive();
        self.db(|c| {
            let rules = cinema::db::settings::load(c, None).expect("the settings");
            for &seat in seat_ids {
                cinema::db::holds::hold(c, user_id, showing_id, seat, now, &rules)
                    .expect("holding a seat");
            }
        });
    }

    /// Pays the user's pending booking for the showing with a card that is accepted.
    pub fn pay_for(&self, user_id: i32, showing_id: i32) {
        let now = self.clock.now_naive();
        self.db(|c| {
            let rules = cinema::db::settings::load(c, None).expect("the settings");
            let booking = cinema::db::bookings::pending_for(c, user_id, showing_id)
                .expect("reading the booking")
                .expect("a pending booking");
            let tender = cinema::db::ledger::Tender {
                method: cinema::domain::kinds::PaymentMethod::Card,
                reference: cinema::payments::reference("T"),
                card_last4: Some("4242".into()),
                tendered_cents: None,
                change_cents: None,
            };
            cinema::db::checkout::pay(
                c,
                cinema::db::checkout::Seen {
                    booking_id: booking.id,
                    version: booking.version,
                    total_cents: booking.total_cents,
                },
                &tender,
                cinema::db::ledger::Till::WEB,
                now,
                &rules,
            )
            .expect("paying");
        });
    }

    /// The price as the pages show it, e.g. "32.00 PLN".
    pub fn money(&self, cents: i64) -> String {
        cinema::domain::money::format(cents, "PLN")
    }
}
