//! Failed logins, counted per account and per client address to slow down password guessing.
//! Kept in the database rather than in memory so that several app instances share one count.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::login_failures;

/// How far back failures count.
pub const WINDOW_MINUTES: i64 = 15;
/// Failures for one account within the window before that account must wait.
pub const PER_ACCOUNT: i64 = 5;
/// Failures from one address within the window before that address must wait. Higher than the
/// per-account limit: a cinema's counter machines or a family's phones share one address.
pub const PER_CLIENT: i64 = 20;

/// When the account or address may try again, if it must wait now.
pub fn locked_until(
    conn: &mut super::Conn,
    email: &str,
    client: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<NaiveDateTime>> {
    let since = now - Duration::minutes(WINDOW_MINUTES);
    let mut until = None;
    for (column_is_email, key, limit) in [(true, email, PER_ACCOUNT), (false, client, PER_CLIENT)] {
        let query = login_failures::table
            .filter(login_failures::failed_at.gt(since))
            .into_boxed();
        let query = if column_is_email {
            query.filter(login_failures::email.eq(key))
        } else {
            query.filter(login_failures::client.eq(key))
        };
        let times: Vec<NaiveDateTime> = query
            .select(login_failures::failed_at)
            .order(login_failures::failed_at.desc())
            .limit(limit)
            .load(conn)?;
        if times.len() as i64 >= limit {
            // The wait ends when the oldest of the last `limit` failures leaves the window.
            let free_at = times[times.len() - 1] + Duration::minutes(WINDOW_MINUTES);
            until = until.max(Some(free_at));
        }
    }
    Ok(until)
}

pub fn record(
    conn: &mut super::Conn,
    email: &str,
    client: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(login_failures::table)
        .values((
            login_failures::email.eq(email),
            login_failures::client.eq(client),
            login_failures::failed_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// A successful login forgets the account's failures.
pub fn clear(conn: &mut super::Conn, email: &str) -> QueryResult<()> {
    diesel::delete(login_failures::table.filter(login_failures::email.eq(email)))
        .execute(conn)
        .map(|_| ())
}

/// Drops failures that no longer count; run by the sweeper.
pub fn prune(conn: &mut super::Conn, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(
        login_failures::table
            .filter(login_failures::failed_at.le(now - Duration::minutes(WINDOW_MINUTES))),
    )
    .execute(conn)
}
