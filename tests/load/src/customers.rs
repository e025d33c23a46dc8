//! Customers with sessions of their own: registered through the real form (which signs them in), so
//! each has a session cookie and a CSRF token to hand to wrk or to use for the race.

use std::sync::Arc;

use anyhow::{Context, bail};
use reqwest::cookie::{CookieStore, Jar};
use reqwest::{StatusCode, Url};

pub const PASSWORD: &str = "quiet lantern harbour";

#[derive(Clone)]
pub struct Customer {
    pub email: String,
    /// The value of the `cinema_session` cookie.
    pub cookie: String,
    pub csrf: String,
    pub http: reqwest::Client,
}

pub fn client(jar: Arc<Jar>) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_provider(jar)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(1)
        .build()
        .expect("building an HTTP client")
}

/// The CSRF token a page carries in its `<meta name="csrf-token">`.
pub fn meta_csrf(html: &str) -> Option<String> {
    let start =
        html.find(r#"name="csrf-token" content=""#)? + r#"name="csrf-token" content=""#.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_owned())
}

async fn register(base: &str, email: String) -> anyhow::Result<Customer> {
    let jar = Arc::new(Jar::default());
    let http = client(jar.clone());
    let page = http
        .get(format!("{base}/register"))
        .send()
        .await?
        .text()
        .await?;
    let token = meta_csrf(&page).context("no CSRF token on the register page")?;
    let response = http
        .post(format!("{base}/register"))
        .form(&[
            ("name", "Load Customer"),
            ("email", email.as_str()),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await?;
    if response.status() != StatusCode::SEE_OTHER {
        bail!("registering {email} answered {}", response.status());
    }
    // Signing in renews the session and its token: read the new one.
    let page = http.get(format!("{base}/")).send().await?.text().await?;
    let csrf = meta_csrf(&page).context("no CSRF token after registering")?;
    let url: Url = base.parse()?;
    let cookies = jar
        .cookies(&url)
        .context("no session cookie after registering")?;
    let cookie = cookies
        .to_str()?
        .split("; ")
        .find_map(|c| c.strip_prefix("cinema_session="))
        .context("no cinema_session cookie")?
        .to_owned();
    Ok(Customer {
        email,
        cookie,
        csrf,
        http,
    })
}

/// Registers `n` customers, two at a time: each registration hashes a password, on purpose slowly and
/// with 7 MiB of memory, so more at once would only queue on the server's two cores.
pub async fn register_many(base: &str, prefix: &str, n: usize) -> anyhow::Result<Vec<Customer>> {
    let semaphore = Arc::new(tokio::sync::Semaphore::new(2));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..n {
        let base = base.to_owned();
        let email = format!("{prefix}{i}@load.example");
        let semaphore = semaphore.clone();
        tasks.spawn(async move {
            let _permit = semaphore.acquire_owned().await?;
            register(&base, email).await.map(|c| (i, c))
        });
    }
    let mut customers = Vec::with_capacity(n);
    while let Some(joined) = tasks.join_next().await {
        customers.push(joined??);
    }
    customers.sort_by_key(|(i, _)| *i);
    Ok(customers.into_iter().map(|(_, c)| c).collect())
}
