//! Registrations per client address in the last hour, for the registration limit. In the database,
//! so every app instance counts the same registrations.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::registrations;

/// How far back registrations count.
pub fn window() -> Duration {
    Duration::hours(1)
}

/// When the address may register again, if it has used up `per_hour` within the last hour.
pub fn paused_until(
    conn: &mut super::Conn,
    client: &str,
    per_hour: u32,
    now: NaiveDateTime,
) -> QueryResult<Option<NaiveDateTime>> {
    let recent: Vec<NaiveDateTime> = registrations::table
        .filter(registrations::client.eq(client))
        .filter(registrations::registered_at.gt(now - window()))
        .select(registrations::registered_at)
        .order(registrations::registered_at.desc())
        .limit(i64::from(per_hour))
        .load(conn)?;
    Ok(crate::domain::throttle::free_at(
        &recent,
        per_hour as usize,
        window(),
    ))
}

pub fn record(conn: &mut super::Conn, client: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(registrations::table)
        .values((
            registrations::client.eq(client),
            registrations::registered_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Drops registrations that no longer count; run by the sweeper.
pub fn prune(conn: &mut super::Conn, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(registrations::table.filter(registrations::registered_at.le(now - window())))
        .execute(conn)
}
