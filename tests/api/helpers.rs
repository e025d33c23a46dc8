//! The test harness: `spawn_app()` starts the application on 127.0.0.1:0 against a fresh temporary
//! SQLite file and returns a `TestApp`. The client, the database checks and the page readers live
//! in `client.rs`, `inspect.rs` and `pages.rs`; everything is re-exported here.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use cinema::clock::Clock;
use cinema::config::Config;
use cinema::db::{Conn, DbPool};
use diesel::prelude::*;
use reqwest::StatusCode;

pub use crate::client::*;
pub use crate::pages::*;

pub const ADMIN_EMAIL: &str = "admin@example.com";
pub const ADMIN_PASSWORD: &str = "admin-test-password";
pub const PASSWORD: &str = "correct horse battery";

static COUNTER: AtomicUsize = AtomicUsize::new(0);

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

pub struct Options {
    pub demo: bool,
    pub hold_seconds: Option<i64>,
    /// How many writes may wait for the database writer.
    pub writer_queue: usize,
    /// Any other change to the instance's configuration.
    pub configure: fn(&mut Config),
}

impl Default for Options {
    fn default() -> Self {
        Options {
            demo: true,
            hold_seconds: None,
            writer_queue: cinema::db::writer::Limits::default().queue,
            configure: |_| {},
        }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

pub async fn spawn_app_with(options: Options) -> TestApp {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("test-dbs");
    std::fs::create_dir_all(&dir).expect("creating the test database folder");
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let db_path = dir.join(format!(
        "t{}-{n}-{}.db",
        std::process::id(),
        cinema::random::token()[..8].to_owned()
    ));
    let mut config = Config {
        demo: options.demo,
        hold_seconds: options.hold_seconds,
        writer: cinema::db::writer::Limits {
            queue: options.writer_queue,
            ..Default::default()
        },
        ..Config::throwaway(db_path.display().to_string(), ADMIN_PASSWORD)
    };
    (options.configure)(&mut config);
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
    /// A new visitor with an empty cookie jar.
    pub fn client(&self) -> TestClient {
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("building the HTTP client");
        TestClient {
            http,
            base: self.address.clone(),
        }
    }

    /// A freshly registered, logged-in customer.
    pub async fn customer(&self) -> TestClient {
        self.customer_with_email().await.0
    }

    /// A freshly registered, logged-in customer and the e-mail address they registered with.
    pub async fn customer_with_email(&self) -> (TestClient, String) {
        let client = self.client();
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let email = format!("customer{n}@test.example");
        let response = client
            .register(&format!("Customer {n}"), &email, PASSWORD)
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "registration failed"
        );
        (client, email)
    }

    /// `n` customers registered at the same time (registration hashes a password, which is slow).
    pub async fn customers(&self, n: usize) -> Vec<TestClient> {
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..n {
            let client = self.client();
            tasks.spawn(async move {
                let n = COUNTER.fetch_add(1, Ordering::Relaxed);
                let response = client
                    .register(
                        &format!("Racer {n}"),
                        &format!("racer{n}@test.example"),
                        PASSWORD,
                    )
                    .await;
                assert_eq!(
                    response.status(),
                    StatusCode::SEE_OTHER,
                    "registration failed"
                );
                (i, client)
            });
        }
        let mut clients: Vec<(usize, TestClient)> = tasks.join_all().await;
        clients.sort_by_key(|(i, _)| *i);
        clients.into_iter().map(|(_, c)| c).collect()
    }

    pub async fn logged_in(&self, email: &str, password: &str) -> TestClient {
        let client = self.client();
        let response = client.login(email, password).await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "login as {email} failed"
        );
        client
    }

    pub async fn admin(&self) -> TestClient {
        self.logged_in(ADMIN_EMAIL, ADMIN_PASSWORD).await
    }

    pub async fn cashier(&self) -> TestClient {
        self.logged_in(cinema::seed::DEMO_CASHIER.0, cinema::seed::DEMO_CASHIER.1)
            .await
    }

    /// Runs `f` on a database connection of the application's own pool.
    /// The messages in the server's mail outbox, oldest first, as text (quoted-printable decoded).
    pub fn outbox(&self) -> Vec<String> {
        let dir = PathBuf::from(format!("{}.outbox", self.db_path.display()));
        let mut files: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                    .filter_map(|e| {
                        let modified = e.metadata().ok()?.modified().ok()?;
                        let bytes = std::fs::read(e.path()).ok()?;
                        Some((modified, quoted_printable(&bytes)))
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files.into_iter().map(|(_, text)| text).collect()
    }

    /// Waits (a little) until the outbox holds `n` messages: mail is sent after the answer.
    pub async fn outbox_of(&self, n: usize) -> Vec<String> {
        for _ in 0..100 {
            let mail = self.outbox();
            if mail.len() >= n {
                return mail;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        self.outbox()
    }

    pub fn db<T>(&self, f: impl FnOnce(&mut Conn) -> T) -> T {
        let mut conn = self.pool.get().expect("a database connection");
        f(&mut conn)
    }

    /// A showing starting at least `hours` from now in the Grand Hall (250 seats).
    pub fn showing_in(&self, hours: i64) -> i32 {
        let after = self.clock.now_naive() + chrono::Duration::hours(hours);
        self.db(|c| crate::lookups::grand_hall_showing_after(c, after))
    }

    /// The showing's seat ids in map order.
    pub fn seat_ids(&self, showing_id: i32) -> Vec<i32> {
        use cinema::schema::{seat_states, seats};
        self.db(|c| {
            seat_states::table
                .inner_join(seats::table)
                .filter(seat_states::showing_id.eq(showing_id))
                .order((seats::grid_row, seats::grid_col))
                .select(seats::id)
                .load(c)
                .expect("seat ids")
        })
    }

    /// Takes the database's write lock on a connection of its own, as another process would, and
    /// keeps it until the returned guard is dropped: the application's writes wait meanwhile.
    pub fn lock_writes(&self) -> WriteLock {
        use diesel::connection::SimpleConnection;
        let mut conn = self.pool.get().expect("a database connection");
        conn.batch_execute("BEGIN IMMEDIATE")
            .expect("taking the write lock");
        WriteLock(conn)
    }

    /// Runs the background sweeper's work once, now.
    pub fn sweep(&self) -> usize {
        let now = self.clock.now_naive();
        self.db(|c| cinema::db::holds::expire_overdue(c, now))
            .expect("sweeping")
    }
}

/// The database's write lock, held by a test (see [`TestApp::lock_writes`]).
pub struct WriteLock(cinema::db::PooledConn);

impl WriteLock {
    /// Runs `f` in the lock's transaction: its changes land before any write that waits for the
    /// lock.
    pub fn run<T>(&mut self, f: impl FnOnce(&mut cinema::db::Conn) -> T) -> T {
        f(&mut self.0)
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        use diesel::connection::SimpleConnection;
        self.0
            .batch_execute("COMMIT")
            .expect("releasing the write lock");
    }
}

/// Quoted-printable decoded (soft line breaks joined, `=C5=82` as the bytes it stands for).
fn quoted_printable(bytes: &[u8]) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'=' if bytes[i + 1..].starts_with(b"\r\n") => i += 3,
            b'=' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 3;
                }
                _ => {
                    out.push(b'=');
                    i += 1;
                }
            },
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Switches `client` to Polish, as the language switcher does.
pub async fn in_polish(client: &TestClient) {
    let response = client
        .post_form("/language", &[("lang", "pl"), ("next", "/")])
        .await;
    assert_redirects_to(&response, "/");
}

/// An administrator who chose Polish.
pub async fn polish_admin(app: &TestApp) -> TestClient {
    let admin = app.admin().await;
    in_polish(&admin).await;
    admin
}
