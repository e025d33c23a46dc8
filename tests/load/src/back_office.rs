//! Scenario 7's data: the back office of a large cinema, written straight into the server's
//! database: 100 movies, 20 halls, 20,000 showings (each with its seats' states) and 1,000,000
//! audit entries, then an administrator signed in through the real form.

use std::sync::Arc;

use anyhow::{Context, bail};
use cinema::domain::kinds::Numbering;
use cinema::schema::{audit_log, halls, movies, showings};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use reqwest::StatusCode;
use reqwest::cookie::{CookieStore, Jar};

use crate::customers::{client, meta_csrf};

pub const MOVIES: i64 = 100;
pub const HALLS: i64 = 20;
pub const SHOWINGS: i64 = 20_000;
pub const AUDIT_ROWS: i64 = 1_000_000;

/// What was written, for the report.
pub struct Size {
    pub movies: i64,
    pub halls: i64,
    pub showings: i64,
    pub seat_states: i64,
    pub audit: i64,
    pub seconds: f64,
    /// A hall with many showings, and an audit entry half way down the log (a deep page).
    pub busy_hall: i32,
    pub middle_entry: i32,
}

pub fn populate(db: &mut SqliteConnection) -> anyhow::Result<Size> {
    let started = std::time::Instant::now();
    let now = chrono::Utc::now().naive_utc();
    db.batch_execute("BEGIN IMMEDIATE")?;
    let have: i64 = movies::table.count().get_result(db)?;
    for n in have..MOVIES {
        diesel::insert_into(movies::table)
            .values((
                movies::title.eq(format!("Film number {n:03}")),
                movies::description.eq("A film of the load benchmark."),
                movies::genre.eq("Drama"),
                movies::duration_minutes.eq(80 + (n % 8) as i32 * 10),
                movies::age_rating.eq("12+"),
                movies::release_year.eq(2026),
            ))
            .execute(db)?;
    }
    let movie_ids: Vec<(i32, i32)> = movies::table
        .select((movies::id, movies::duration_minutes))
        .load(db)?;
    let plan = cinema::domain::layout::parse(&"SSSSS.SSSSS\n".repeat(6), Numbering::LeftToRight)
        .map_err(|e| anyhow::anyhow!("the benchmark's plan: {}", e[0]))?;
    let have: i64 = halls::table.count().get_result(db)?;
    let mut new_halls = Vec::new();
    for n in have..HALLS {
        let id: i32 = diesel::insert_into(halls::table)
            .values(halls::name.eq(format!("Hall {n:02}")))
            .returning(halls::id)
            .get_result(db)?;
        let layout = cinema::db::layouts::insert(db, id, &plan, Numbering::LeftToRight, now)?;
        new_halls.push((id, layout));
    }
    let have: i64 = showings::table.count().get_result(db)?;
    let per_hall = (SHOWINGS - have) / new_halls.len().max(1) as i64;
    let days = per_hall / 5 + 1;
    let first_day = now.date() - chrono::Duration::days(days / 2);
    let mut made = have;
    for &(hall, layout) in &new_halls {
        let mut rows = Vec::new();
        'days: for d in 0..days {
            for (slot, hour) in [10, 13, 16, 19, 22].into_iter().enumerate() {
                if rows.len() as i64 >= per_hall {
                    break 'days;
                }
                let (movie, minutes) =
                    movie_ids[(d as usize * 5 + slot + hall as usize) % movie_ids.len()];
                let starts = (first_day + chrono::Duration::days(d))
                    .and_hms_opt(hour, 0, 0)
                    .expect("a time of day");
                rows.push((
                    showings::movie_id.eq(movie),
                    showings::hall_id.eq(hall),
                    showings::layout_id.eq(layout),
                    showings::starts_at.eq(starts),
                    showings::ends_at.eq(starts + chrono::Duration::minutes(i64::from(minutes))),
                    showings::price_cents.eq(2400),
                ));
            }
        }
        for chunk in rows.chunks(2000) {
            made += diesel::insert_into(showings::table)
                .values(chunk)
                .execute(db)? as i64;
        }
    }
    // Every seat of each new showing gets its state, in one statement.
    db.batch_execute(
        "INSERT INTO seat_states (showing_id, seat_id, state)
         SELECT showings.id, seats.id, 'free' FROM showings
         JOIN seats ON seats.layout_id = showings.layout_id
         WHERE NOT EXISTS (SELECT 1 FROM seat_states s WHERE s.showing_id = showings.id)",
    )?;
    let admin: i32 = cinema::schema::users::table
        .filter(cinema::schema::users::role.eq("admin"))
        .select(cinema::schema::users::id)
        .first(db)?;
    let have: i64 = audit_log::table.count().get_result(db)?;
    let missing = (AUDIT_ROWS - have).max(0);
    db.batch_execute(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {missing})
         INSERT INTO audit_log (at, actor_id, entity, entity_id, action, before, after)
         SELECT datetime('now', '-' || (({missing} - i) * 20) || ' seconds'), {admin},
                CASE i % 4 WHEN 0 THEN 'movie' WHEN 1 THEN 'showing' WHEN 2 THEN 'hall' ELSE 'ticket_type' END,
                i % 100 + 1, 'update',
                '{{\"title\":\"Before ' || i || '\",\"price_cents\":2400}}',
                '{{\"title\":\"After ' || i || '\",\"price_cents\":2600}}'
         FROM n"
    ))?;
    db.batch_execute("COMMIT; ANALYZE;")?;
    let seat_states: i64 = cinema::schema::seat_states::table.count().get_result(db)?;
    let audit: i64 = audit_log::table.count().get_result(db)?;
    let middle_entry: i32 = audit_log::table
        .filter(audit_log::entity.eq("movie"))
        .order(audit_log::id)
        .offset(audit / 8)
        .select(audit_log::id)
        .first(db)?;
    Ok(Size {
        movies: movies::table.count().get_result(db)?,
        halls: halls::table.count().get_result(db)?,
        showings: made,
        seat_states,
        audit,
        seconds: started.elapsed().as_secs_f64(),
        busy_hall: new_halls.first().map_or(1, |h| h.0),
        middle_entry,
    })
}

/// Signs the administrator in through the login form; returns the session cookie's value.
/// Logs `who` in through the login form with `http`'s cookie jar.
pub async fn sign_in(
    http: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
    who: &str,
) -> anyhow::Result<()> {
    let page = http
        .get(format!("{base}/login"))
        .send()
        .await?
        .text()
        .await?;
    let token = meta_csrf(&page).context("no CSRF token on the login page")?;
    let response = http
        .post(format!("{base}/login"))
        .form(&[
            ("email", email),
            ("password", password),
            ("csrf_token", &token),
        ])
        .send()
        .await?;
    if response.status() != StatusCode::SEE_OTHER {
        bail!("the {who}'s login answered {}", response.status());
    }
    Ok(())
}

pub async fn admin_cookie(base: &str, email: &str, password: &str) -> anyhow::Result<String> {
    let jar = Arc::new(Jar::default());
    let http = client(jar.clone());
    sign_in(&http, base, email, password, "administrator").await?;
    let cookies = jar
        .cookies(&base.parse()?)
        .context("no session cookie after logging in")?;
    Ok(cookies
        .to_str()?
        .split("; ")
        .find_map(|c| c.strip_prefix("cinema_session="))
        .context("no cinema_session cookie")?
        .to_owned())
}
