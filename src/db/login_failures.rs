//! Failed logins, counted per account and client address, and per address, to slow down password
//! guessing without ever locking an account for everyone: a stranger's failures pause logins to
//! that account from the stranger's address only. Kept in the database rather than in memory so
//! that every app instance sees the same count.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::domain::throttle;
use crate::schema::login_failures;

/// How far back failures count.
pub const WINDOW_MINUTES: i64 = 15;
/// Failures for one account from one address within the window before that pair must wait.
pub const PER_ACCOUNT_AND_ADDRESS: i64 = 5;
/// Failures from one address within the window, whatever the accounts, before that address must
/// wait. Higher than the pair's limit: a cinema's counter machines or a family's phones share one.
pub const PER_ADDRESS: i64 = 20;

/// Which limit a login ran into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    /// Too many failures for this account from this address.
    AccountFromAddress,
    /// Too many failures from this address, across accounts.
    Address,
}

/// When this account may be tried from this address again, and why it must wait, if it must.
pub fn paused_until(
    conn: &mut super::Conn,
    email: &str,
    client: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<(NaiveDateTime, Pause)>> {
    let since = now - Duration::minutes(WINDOW_MINUTES);
    let pair: Vec<NaiveDateTime> = login_failures::table
        .filter(login_failures::email.eq(email))
        .filter(login_failures::client.eq(client))
        .filter(login_failures::failed_at.gt(since))
        .select(login_failures::failed_at)
        .order(login_failures::failed_at.desc())
        .limit(PER_ACCOUNT_AND_ADDRESS)
        .load(conn)?;
    let address: Vec<NaiveDateTime> = login_failures::table
        .filter(login_failures::client.eq(client))
        .filter(login_failures::failed_at.gt(since))
        .select(login_failures::failed_at)
        .order(login_failures::failed_at.desc())
        .limit(PER_ADDRESS)
        .load(conn)?;
    let window = Duration::minutes(WINDOW_MINUTES);
    let pair = throttle::free_at(&pair, PER_ACCOUNT_AND_ADDRESS as usize, window)
        .map(|t| (t, Pause::AccountFromAddress));
    let address =
        throttle::free_at(&address, PER_ADDRESS as usize, window).map(|t| (t, Pause::Address));
    Ok(pair.into_iter().chain(address).max_by_key(|(t, _)| *t))
}

/// Counts a failed attempt (or one not yet known to have succeeded); returns its id.
pub fn record(
    conn: &mut super::Conn,
    email: &str,
    client: &str,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    diesel::insert_into(login_failures::table)
        .values((
            login_failures::email.eq(email),
            login_failures::client.eq(client),
            login_failures::failed_at.eq(now),
        ))
        .returning(login_failures::id)
        .get_result(conn)
}

/// Takes back an attempt counted by [`record`] that turned out to be the owner's.
pub fn forget(conn: &mut super::Conn, id: i32) -> QueryResult<()> {
    diesel::delete(login_failures::table.find(id))
        .execute(conn)
        .map(|_| ())
}

/// A successful login forgets the account's failures from that address (the owner proved who they
/// are there; failures from elsewhere are someone else's and still count there).
pub fn clear(conn: &mut super::Conn, email: &str, client: &str) -> QueryResult<()> {
    diesel::delete(
        login_failures::table
            .filter(login_failures::email.eq(email))
            .filter(login_failures::client.eq(client)),
    )
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
