//! Kills the real server process with SIGKILL while customers are paying, restarts it on the same
//! database file and checks that nothing answered as paid was lost and no seat is half-sold.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use cinema::db::bookings::Booking;
use cinema::domain::kinds::{BookingStatus, SeatState};
use diesel::prelude::*;
use reqwest::StatusCode;
use tokio::sync::Mutex;

use crate::helpers::*;

struct Server {
    child: Child,
}

impl Server {
    fn start(db: &Path, port: u16) -> Server {
        let child = Command::new(env!("CARGO_BIN_EXE_cinema"))
            .env("CINEMA_BIND", format!("127.0.0.1:{port}"))
            .env("CINEMA_DATABASE_URL", db)
            .env("CINEMA_ADMIN_PASSWORD", ADMIN_PASSWORD)
            .env("CINEMA_DEMO", "1")
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting the cinema binary");
        Server { child }
    }

    fn kill(&mut self) {
        // SIGKILL on Unix: no chance to flush or roll anything back.
        self.child.kill().expect("killing the server");
        self.child.wait().expect("reaping the server");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn client(base: &str) -> TestClient {
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    TestClient {
        http,
        base: base.to_owned(),
    }
}

async fn wait_until_healthy(base: &str) {
    let started = Instant::now();
    let http = reqwest::Client::new();
    while started.elapsed() < Duration::from_secs(30) {
        if let Ok(r) = http.get(format!("{base}/health")).send().await
            && r.status() == StatusCode::OK
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not come up at {base}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_server_killed_mid_payment_keeps_every_paid_booking_after_a_restart() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("test-dbs");
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join(format!(
        "crash-{}-{}.db",
        std::process::id(),
        &cinema::random::token()[..8]
    ));
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = Server::start(&db, port);
    wait_until_healthy(&base).await;

    let pool = cinema::db::connect(&db.display().to_string(), 2, Default::default())
        .expect("opening the database");
    let now = chrono::Utc::now().naive_utc();
    let (showing, seats): (i32, Vec<i32>) = {
        use cinema::schema::{halls, seat_states, showings};
        let mut c = pool.get().unwrap();
        let showing = showings::table
            .inner_join(halls::table)
            .filter(halls::name.eq("Grand Hall"))
            .filter(showings::starts_at.gt(now + chrono::Duration::hours(3)))
            .order(showings::starts_at)
            .select(showings::id)
            .first(&mut c)
            .unwrap();
        let seats = seat_states::table
            .filter(seat_states::showing_id.eq(showing))
            .select(seat_states::seat_id)
            .order(seat_states::seat_id)
            .load(&mut c)
            .unwrap();
        (showing, seats)
    };

    const CUSTOMERS: usize = 8;
    let mut customers = Vec::new();
    for n in 0..CUSTOMERS {
        let c = client(&base);
        let r = c
            .register(
                &format!("Crash {n}"),
                &format!("crash{n}@test.example"),
                PASSWORD,
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        customers.push(c);
    }

    // Each customer books its own seats, one at a time, until the server dies.
    let paid: Arc<Mutex<Vec<String>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for (n, customer) in customers.into_iter().enumerate() {
        let my_seats: Vec<i32> = seats.iter().skip(n * 25).take(25).copied().collect();
        let (paid, stop) = (paid.clone(), stop.clone());
        tasks.push(tokio::spawn(async move {
            for seat in my_seats {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(hold) = customer
                    .http
                    .post(customer.url(&format!("/showings/{showing}/seats/{seat}/hold")))
                    .form(&[("csrf_token", customer.csrf_or_empty().await)])
                    .send()
                    .await
                else {
                    break;
                };
                if hold.status() != StatusCode::SEE_OTHER {
                    break;
                }
                let Some(code) = customer.basket_code_or_none(showing).await else {
                    break;
                };
                let Some(version) = customer.checkout_version_or_none(&code).await else {
                    break;
                };
                let token = customer.csrf_or_empty().await;
                let form = [
                    ("card_name", "Crash Test"),
                    ("card_number", "4242424242424242"),
                    ("card_expiry", "12/39"),
                    ("card_cvc", "123"),
                    ("version", &version),
                    ("csrf_token", &token),
                ];
                match customer
                    .http
                    .post(customer.url(&format!("/bookings/{code}/pay")))
                    .form(&form)
                    .send()
                    .await
                {
                    Ok(r) if r.status() == StatusCode::SEE_OTHER => paid.lock().await.push(code),
                    _ => break,
                }
            }
        }));
    }
    let started = Instant::now();
    while paid.lock().await.len() < 12 && started.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.kill();
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        task.await.unwrap();
    }
    let paid = paid.lock().await.clone();
    assert!(
        paid.len() >= 12,
        "only {} bookings were paid before the kill",
        paid.len()
    );

    let _server = Server::start(&db, port);
    wait_until_healthy(&base).await;
    let mut c = pool.get().unwrap();
    {
        use cinema::schema::{booking_items, bookings, seat_states};
        for code in &paid {
            let booking: Booking = bookings::table
                .filter(bookings::code.eq(code))
                .select(Booking::as_select())
                .first(&mut c)
                .unwrap();
            assert_eq!(
                booking.status,
                BookingStatus::Paid,
                "booking {code} was answered as paid"
            );
            let states: Vec<SeatState> = seat_states::table
                .filter(seat_states::booking_id.eq(booking.id))
                .select(seat_states::state)
                .load(&mut c)
                .unwrap();
            assert!(
                !states.is_empty() && states.iter().all(|s| *s == SeatState::Sold),
                "the seats of {code} are sold"
            );
        }
        // No seat is both free and owned by a live item, and every sold seat belongs to a paid booking.
        let live_on_free: i64 = booking_items::table
            .inner_join(
                seat_states::table.on(seat_states::showing_id
                    .eq(booking_items::showing_id)
                    .and(seat_states::seat_id.eq(booking_items::seat_id))),
            )
            .filter(booking_items::live.eq(true))
            .filter(seat_states::state.eq(SeatState::Free))
            .count()
            .get_result(&mut c)
            .unwrap();
        assert_eq!(
            live_on_free, 0,
            "a seat is free yet owned by a live booking item"
        );
        let sold_unpaid: i64 = seat_states::table
            .inner_join(bookings::table)
            .filter(seat_states::state.eq(SeatState::Sold))
            .filter(bookings::status.ne(BookingStatus::Paid))
            .count()
            .get_result(&mut c)
            .unwrap();
        assert_eq!(
            sold_unpaid, 0,
            "a seat is sold to a booking that is not paid"
        );

        // Holds the dead process left behind run out as usual.
        let later = chrono::Utc::now().naive_utc() + chrono::Duration::hours(1);
        cinema::db::holds::expire_overdue(&mut c, later).unwrap();
        let pending: i64 = bookings::table
            .filter(bookings::status.eq(BookingStatus::Pending))
            .count()
            .get_result(&mut c)
            .unwrap();
        let held: i64 = seat_states::table
            .filter(seat_states::state.eq(SeatState::Held))
            .count()
            .get_result(&mut c)
            .unwrap();
        assert_eq!(
            (pending, held),
            (0, 0),
            "holds of the killed process did not expire"
        );
    }

    // The restarted server takes bookings again.
    let customer = client(&base);
    assert_eq!(
        customer
            .login("crash0@test.example", PASSWORD)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let seat = seats[seats.len() - 1];
    assert_eq!(
        customer.hold(showing, seat).await.status(),
        StatusCode::SEE_OTHER
    );

    drop(c);
    drop(pool);
    for suffix in ["", "-wal", "-shm", ".session-key"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
}
