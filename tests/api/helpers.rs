//! The test harness: `spawn_app()` starts the application on 127.0.0.1:0 against a fresh temporary
//! SQLite file; `TestClient` is a cookie-keeping HTTP client with one method per user action.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use cinema::clock::Clock;
use cinema::config::Config;
use cinema::db::{Conn, DbPool};
use cinema::startup::Application;
use diesel::prelude::*;
use reqwest::StatusCode;
use scraper::{Html, Selector};

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
        for suffix in ["", "-wal", "-shm", ".session-key"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.db_path.display()));
        }
    }
}

pub struct Options {
    pub demo: bool,
    pub hold_seconds: Option<i64>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            demo: true,
            hold_seconds: None,
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
    let config = Config {
        bind: "127.0.0.1:0".into(),
        database_url: db_path.display().to_string(),
        session_key: cinema::random::bytes::<64>().to_vec(),
        secure_cookie: false,
        admin_email: ADMIN_EMAIL.into(),
        admin_password: Some(ADMIN_PASSWORD.into()),
        demo: options.demo,
        hold_seconds: options.hold_seconds,
        // Tests run the sweep themselves, at the moments they choose.
        sweep_interval: std::time::Duration::from_secs(3600),
        workers: Some(2),
        pool_size: 8,
    };
    let clock = Clock::default();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("binding a random port");
    let app = Application::build_with_listener(config, clock.clone(), listener)
        .expect("building the application");
    let address = format!("http://127.0.0.1:{}", app.port());
    let pool = app.pool();
    tokio::spawn(app.run_until_stopped());
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
        let client = self.client();
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let response = client
            .register(
                &format!("Customer {n}"),
                &format!("customer{n}@test.example"),
                PASSWORD,
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "registration failed"
        );
        client
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
    pub fn db<T>(&self, f: impl FnOnce(&mut Conn) -> T) -> T {
        let mut conn = self.pool.get().expect("a database connection");
        f(&mut conn)
    }

    /// A showing starting at least `hours` from now in the Grand Hall (250 seats).
    pub fn showing_in(&self, hours: i64) -> i32 {
        use cinema::schema::{halls, showings};
        let after = self.clock.now_naive() + chrono::Duration::hours(hours);
        self.db(|c| {
            showings::table
                .inner_join(halls::table)
                .filter(showings::starts_at.gt(after))
                .filter(halls::name.eq("Grand Hall"))
                .order(showings::starts_at)
                .select(showings::id)
                .first(c)
                .expect("a demo showing far enough ahead")
        })
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

    /// Runs the background sweeper's work once, now.
    pub fn sweep(&self) -> usize {
        let now = self.clock.now_naive();
        self.db(|c| cinema::db::holds::expire_overdue(c, now))
            .expect("sweeping")
    }
}

pub struct TestClient {
    pub http: reqwest::Client,
    pub base: String,
}

impl TestClient {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(self.url(path))
            .send()
            .await
            .expect("GET failed")
    }

    pub async fn get_html(&self, path: &str) -> (StatusCode, Html) {
        let response = self.get(path).await;
        let status = response.status();
        (
            status,
            Html::parse_document(&response.text().await.expect("a body")),
        )
    }

    /// The CSRF token of this client's session, read from a page's meta tag.
    pub async fn csrf(&self) -> String {
        let (_, html) = self.get_html("/login").await;
        meta_csrf(&html)
    }

    /// A plain form post with this session's CSRF token added.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf_token", &token));
        self.http
            .post(self.url(path))
            .form(&form)
            .send()
            .await
            .expect("POST failed")
    }

    /// A post as HTMX sends it: `HX-Request` and the token in `X-CSRF-Token`.
    pub async fn htmx_post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        self.http
            .post(self.url(path))
            .header("HX-Request", "true")
            .header("X-CSRF-Token", token)
            .form(fields)
            .send()
            .await
            .expect("POST failed")
    }

    pub async fn register(&self, name: &str, email: &str, password: &str) -> reqwest::Response {
        self.post_form(
            "/register",
            &[
                ("name", name),
                ("email", email),
                ("password", password),
                ("password_confirm", password),
            ],
        )
        .await
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_form("/login", &[("email", email), ("password", password)])
            .await
    }

    pub async fn hold(&self, showing_id: i32, seat_id: i32) -> reqwest::Response {
        self.post_form(&format!("/showings/{showing_id}/seats/{seat_id}/hold"), &[])
            .await
    }

    pub async fn release(&self, showing_id: i32, seat_id: i32) -> reqwest::Response {
        self.post_form(
            &format!("/showings/{showing_id}/seats/{seat_id}/release"),
            &[],
        )
        .await
    }

    /// The code of this user's open basket for a showing, read from the seat map page.
    pub async fn basket_code(&self, showing_id: i32) -> Option<String> {
        let (_, html) = self.get_html(&format!("/showings/{showing_id}")).await;
        let link = Selector::parse("#basket-content a.button").unwrap();
        html.select(&link)
            .next()
            .and_then(|a| a.value().attr("href"))
            .and_then(|h| h.strip_prefix("/bookings/"))
            .map(str::to_owned)
    }

    /// The `version` the checkout page's payment form would send.
    pub async fn checkout_version(&self, code: &str) -> String {
        let (_, html) = self.get_html(&format!("/bookings/{code}")).await;
        let input = Selector::parse(r#"input[name="version"]"#).unwrap();
        html.select(&input)
            .next()
            .and_then(|i| i.value().attr("value"))
            .expect("a version field")
            .to_owned()
    }

    pub async fn pay(&self, code: &str, card_number: &str) -> reqwest::Response {
        let version = self.checkout_version(code).await;
        self.post_form(
            &format!("/bookings/{code}/pay"),
            &[
                ("card_name", "Test Person"),
                ("card_number", card_number),
                ("card_expiry", "12/39"),
                ("card_cvc", "123"),
                ("version", &version),
            ],
        )
        .await
    }
}

pub fn meta_csrf(html: &Html) -> String {
    let meta = Selector::parse(r#"meta[name="csrf-token"]"#).unwrap();
    html.select(&meta)
        .next()
        .and_then(|m| m.value().attr("content"))
        .expect("a csrf meta tag")
        .to_owned()
}

/// (data-seat-id, data-seat, data-state) of every seat button in a page or fragment.
pub fn seats_in(html: &Html) -> Vec<(i32, String, String)> {
    let button = Selector::parse("button.seat").unwrap();
    html.select(&button)
        .map(|b| {
            let v = b.value();
            (
                v.attr("data-seat-id").unwrap().parse().unwrap(),
                v.attr("data-seat").unwrap().to_owned(),
                v.attr("data-state").unwrap().to_owned(),
            )
        })
        .collect()
}

pub fn state_of(html: &Html, seat_id: i32) -> String {
    seats_in(html)
        .into_iter()
        .find(|(id, _, _)| *id == seat_id)
        .map(|(_, _, s)| s)
        .expect("the seat is on the map")
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

pub fn assert_redirects_to(response: &reqwest::Response, path: &str) {
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "expected a redirect to {path}"
    );
    assert_eq!(location(response), path);
}
