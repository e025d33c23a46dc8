//! The race: many customers, each with a session of their own, ask for one of a few seats at the same
//! moment (every request waits at a barrier until all are ready); the winners pay.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use reqwest::StatusCode;
use tokio::sync::Barrier;

use crate::checks;
use crate::customers::Customer;

#[derive(Debug, Default)]
pub struct RaceOutcome {
    /// Status of each hold request, counted.
    pub holds: BTreeMap<u16, usize>,
    /// Status of each payment by a winner, counted.
    pub payments: BTreeMap<u16, usize>,
    pub transport_errors: usize,
    /// 409 answers whose page or fragment said nothing about the seat being taken.
    pub unclear_conflicts: usize,
    pub seconds: f64,
}

enum Answer {
    Won(u16, Option<u16>),
    Lost(u16, bool),
    Failed,
}

pub async fn run(base: &str, customers: Vec<Customer>, showing: i32, seats: &[i32]) -> RaceOutcome {
    let barrier = Arc::new(Barrier::new(customers.len()));
    let mut tasks = tokio::task::JoinSet::new();
    let started = Instant::now();
    for (i, customer) in customers.into_iter().enumerate() {
        let seat = seats[i % seats.len()];
        let base = base.to_owned();
        let barrier = barrier.clone();
        tasks.spawn(async move { attempt(&base, &customer, showing, seat, &barrier).await });
    }
    let mut out = RaceOutcome::default();
    while let Some(joined) = tasks.join_next().await {
        match joined.unwrap_or(Answer::Failed) {
            Answer::Won(hold, pay) => {
                *out.holds.entry(hold).or_default() += 1;
                match pay {
                    Some(status) => *out.payments.entry(status).or_default() += 1,
                    None => out.transport_errors += 1,
                }
            }
            Answer::Lost(status, clear) => {
                *out.holds.entry(status).or_default() += 1;
                if status == 409 && !clear {
                    out.unclear_conflicts += 1;
                }
            }
            Answer::Failed => out.transport_errors += 1,
        }
    }
    out.seconds = started.elapsed().as_secs_f64();
    out
}

async fn attempt(
    base: &str,
    customer: &Customer,
    showing: i32,
    seat: i32,
    barrier: &Barrier,
) -> Answer {
    let request = customer
        .http
        .post(format!("{base}/showings/{showing}/seats/{seat}/hold"))
        .header("HX-Request", "true")
        .header("X-CSRF-Token", &customer.csrf);
    barrier.wait().await;
    let Ok(response) = request.send().await else {
        return Answer::Failed;
    };
    let status = response.status();
    let body = response.text().await.unwrap_or_default();
    if status != StatusCode::OK {
        let clear = body.contains("was just taken") || body.contains("is already sold");
        return Answer::Lost(status.as_u16(), clear);
    }
    Answer::Won(200, pay(base, customer, &body).await)
}

/// Pays for the basket the hold's answer links to; the status of the payment.
async fn pay(base: &str, customer: &Customer, hold_answer: &str) -> Option<u16> {
    let code = between(hold_answer, "href=\"/bookings/", "\"")?;
    let page = customer
        .http
        .get(format!("{base}/bookings/{code}"))
        .send()
        .await
        .ok()?
        .text()
        .await
        .ok()?;
    let version = between(&page, "name=\"version\" value=\"", "\"")?;
    let response = customer
        .http
        .post(format!("{base}/bookings/{code}/pay"))
        .form(&[
            ("card_name", "Race Winner"),
            ("card_number", "4242424242424242"),
            ("card_expiry", "12/39"),
            ("card_cvc", "123"),
            ("version", version.as_str()),
            ("csrf_token", customer.csrf.as_str()),
        ])
        .send()
        .await
        .ok()?;
    Some(response.status().as_u16())
}

fn between(text: &str, start: &str, end: &str) -> Option<String> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)?;
    Some(text[from..from + to].to_owned())
}

/// The race as a scenario of the benchmark: runs it, checks the database, and returns the report's
/// note and the server's peak memory (KiB) meanwhile.
pub fn scenario(
    rt: &tokio::runtime::Runtime,
    server: &crate::server::Server,
    db: &mut diesel::SqliteConnection,
    racers: Vec<Customer>,
    race_showing: i32,
    options: &crate::Options,
) -> anyhow::Result<(String, u64)> {
    use std::fmt::Write;
    let mut note = String::new();
    println!(
        "Race: {} customers, {} seats…",
        racers.len(),
        options.race_seats
    );
    let race_seats: Vec<i32> = checks::seat_ids(db, race_showing)?[..options.race_seats].to_vec();
    server.reset_peak();
    let outcome = rt.block_on(run(&server.base, racers, race_showing, &race_seats));
    let race_peak = server.memory().0;
    let inv = checks::invariants(db, &[race_showing])?;
    let winners = outcome.holds.get(&200).copied().unwrap_or(0);
    let losers = outcome.holds.get(&409).copied().unwrap_or(0);
    let other: usize = outcome
        .holds
        .iter()
        .filter(|(s, _)| !matches!(**s, 200 | 409))
        .map(|(_, n)| n)
        .sum();
    let paid = outcome.payments.get(&303).copied().unwrap_or(0);
    let race_ok = winners == race_seats.len()
        && inv.sold == race_seats.len()
        && other == 0
        && outcome.transport_errors == 0
        && outcome.unclear_conflicts == 0
        && paid == winners
        && inv.violations.is_empty();
    let _ = writeln!(
        note,
        "- Race: {} customers at once for {} seats, in {:.1} s: {winners} holds won and {paid} paid, {losers} refused with 409 \
         ({} without a clear message), {other} other answers, {} transport errors; {} seats sold, each once{}. {}",
        options.race_customers,
        race_seats.len(),
        outcome.seconds,
        outcome.unclear_conflicts,
        outcome.transport_errors,
        inv.sold,
        if race_ok { "" } else { " — FAILED" },
        checks::describe(&inv, "sold"),
    );

    Ok((note, race_peak))
}
