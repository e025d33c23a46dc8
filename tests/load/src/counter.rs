//! Scenario 5c's box office: cashiers selling walk-ins the best seats of the showing that web
//! customers are booking at the same time, through the counter's own forms (take N seats, pay cash),
//! until the showing is sold out.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, bail};
use reqwest::StatusCode;
use reqwest::cookie::Jar;

use crate::customers::{client, meta_csrf};

/// A signed-in cashier with an open shift.
#[derive(Clone)]
pub struct Till {
    http: reqwest::Client,
    csrf: String,
    base: String,
}

/// What the cashiers did.
#[derive(Debug, Default)]
pub struct Tally {
    pub sales: u64,
    pub seats: u64,
    /// Requests for seats answered "not so many free together" (the web had them).
    pub refused: u64,
    /// Anything else that went wrong, described.
    pub errors: Vec<String>,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.sales += other.sales;
        self.seats += other.seats;
        self.refused += other.refused;
        self.errors.extend(other.errors);
    }
}

/// Signs the cashier in through the login form and opens a shift with a float.
pub async fn open(base: &str, email: &str, password: &str) -> anyhow::Result<Till> {
    let http = client(Arc::new(Jar::default()));
    crate::back_office::sign_in(&http, base, email, password, "cashier").await?;
    let page = http
        .get(format!("{base}/counter/shift"))
        .send()
        .await?
        .text()
        .await?;
    let csrf = meta_csrf(&page).context("no CSRF token on the shift page")?;
    let till = Till {
        http,
        csrf,
        base: base.to_owned(),
    };
    let response = till
        .post("/counter/shift/open", &[("float", "200.00")])
        .await?;
    if response.status() != StatusCode::SEE_OTHER {
        bail!("opening the shift answered {}", response.status());
    }
    Ok(till)
}

impl Till {
    async fn post(
        &self,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Result<reqwest::Response> {
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf_token", &self.csrf));
        self.http
            .post(format!("{}{path}", self.base))
            .form(&form)
            .send()
            .await
    }

    /// One walk-in: the best `count` seats, paid in cash. True when sold; false when refused.
    async fn sell(&self, showing: i32, count: usize) -> anyhow::Result<bool> {
        let count = count.to_string();
        let response = self
            .post(
                &format!("/counter/showings/{showing}/seats"),
                &[("seats", &count)],
            )
            .await?;
        match response.status() {
            StatusCode::SEE_OTHER => {}
            StatusCode::CONFLICT | StatusCode::UNPROCESSABLE_ENTITY => return Ok(false),
            other => bail!("taking {count} seats answered {other}"),
        }
        let to = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .context("a sale without its screen")?
            .to_owned();
        let code = to
            .split("sale=")
            .nth(1)
            .context("the sale's code in its address")?
            .to_owned();
        let page = self
            .http
            .get(format!("{}{to}", self.base))
            .send()
            .await?
            .text()
            .await?;
        let version = form_version(&page).context("no payment form on the sale screen")?;
        let response = self
            .post(
                &format!("/counter/sales/{code}/pay"),
                &[
                    ("method", "cash"),
                    ("tendered", "500"),
                    ("version", &version),
                ],
            )
            .await?;
        if response.status() != StatusCode::SEE_OTHER {
            bail!("paying sale {code} in cash answered {}", response.status());
        }
        Ok(true)
    }
}

/// The `version` the sale screen's payment form sends.
fn form_version(page: &str) -> Option<String> {
    let form = &page[page.find(r#"id="pay-form""#)?..];
    let at = form.find(r#"name="version""#)?;
    let value = &form[at..];
    let start = value.find(r#"value=""#)? + r#"value=""#.len();
    let end = value[start..].find('"')?;
    Some(value[start..start + end].to_owned())
}

/// Each till sells walk-ins of 1 to 4 (the best seats) until `done`; a refusal waits a moment,
/// since web holds come and go.
pub async fn sell_until(tills: Vec<Till>, showing: i32, done: Arc<AtomicBool>) -> Tally {
    let tasks = tills.into_iter().enumerate().map(|(n, till)| {
        let done = done.clone();
        tokio::spawn(async move {
            let mut tally = Tally::default();
            let mut round = n;
            while !done.load(Ordering::Relaxed) {
                let count = 1 + round % 4;
                round += 1;
                match till.sell(showing, count).await {
                    Ok(true) => {
                        tally.sales += 1;
                        tally.seats += count as u64;
                    }
                    Ok(false) => {
                        tally.refused += 1;
                        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                    }
                    Err(e) => {
                        tally.errors.push(format!("{e:#}"));
                        if tally.errors.len() > 20 {
                            break;
                        }
                    }
                }
            }
            tally
        })
    });
    let mut total = Tally::default();
    for task in futures_join(tasks.collect()).await {
        match task {
            Ok(t) => total.add(t),
            Err(e) => total.errors.push(format!("a till's task failed: {e}")),
        }
    }
    total
}

async fn futures_join<T>(
    handles: Vec<tokio::task::JoinHandle<T>>,
) -> Vec<Result<T, tokio::task::JoinError>> {
    let mut out = Vec::with_capacity(handles.len());
    for h in handles {
        out.push(h.await);
    }
    out
}
