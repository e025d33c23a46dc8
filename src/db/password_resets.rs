//! Password reset links: asked for by e-mail address, kept as the token's SHA-256, valid once and
//! for an hour. Using one sets the new password and ends every session of the account, in one
//! transaction whose guard (not used, not expired) is in the UPDATE's WHERE.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::StoreError;
use crate::schema::{password_resets, users};

/// How long a link works.
pub const VALID_FOR: Duration = Duration::hours(1);
/// How many links one account may be sent in an hour (a stranger cannot flood its mailbox).
pub const PER_ACCOUNT_PER_HOUR: i64 = 3;
/// How many links one address may ask for in an hour, whatever the accounts.
pub const PER_ADDRESS_PER_HOUR: i64 = 10;

/// The form in which a token is kept and looked up.
pub fn digest(token: &str) -> String {
    crate::random::hex(&Sha256::digest(token.as_bytes()))
}

/// Why no link was made.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// The account has had its share of links this hour.
    Account,
    /// This address has asked for its share of links this hour.
    Address,
}

/// Keeps a new link for `user_id` (the token's digest) unless a limit says no.
pub fn create(
    conn: &mut super::Conn,
    user_id: i32,
    token_hash: &str,
    client: &str,
    now: NaiveDateTime,
) -> Result<Result<(), Refused>, StoreError> {
    super::write(conn, |c| {
        let since = now - Duration::hours(1);
        let for_account: i64 = password_resets::table
            .filter(password_resets::user_id.eq(user_id))
            .filter(password_resets::created_at.gt(since))
            .count()
            .get_result(c)?;
        if for_account >= PER_ACCOUNT_PER_HOUR {
            return Ok(Err(Refused::Account));
        }
        let from_address: i64 = password_resets::table
            .filter(password_resets::client.eq(client))
            .filter(password_resets::created_at.gt(since))
            .count()
            .get_result(c)?;
        if from_address >= PER_ADDRESS_PER_HOUR {
            return Ok(Err(Refused::Address));
        }
        diesel::insert_into(password_resets::table)
            .values((
                password_resets::user_id.eq(user_id),
                password_resets::token_hash.eq(token_hash),
                password_resets::client.eq(client),
                password_resets::created_at.eq(now),
                password_resets::expires_at.eq(now + VALID_FOR),
            ))
            .execute(c)?;
        Ok(Ok(()))
    })
}

/// The account a link still works for, with its name and e-mail (for the password rules).
pub fn live(
    conn: &mut super::Conn,
    token_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<(i32, String, String)>> {
    password_resets::table
        .inner_join(users::table)
        .filter(password_resets::token_hash.eq(token_hash))
        .filter(password_resets::used_at.is_null())
        .filter(password_resets::expires_at.gt(now))
        .filter(users::active.eq(true))
        .select((users::id, users::name, users::email))
        .first(conn)
        .optional()
}

/// Uses the link: the account gets `new_hash` as its password and loses every session. `None`
/// when the link was used, ran out or never existed (also when two tabs use it at once: one wins).
pub fn redeem(
    conn: &mut super::Conn,
    token_hash: &str,
    new_hash: &str,
    now: NaiveDateTime,
) -> Result<Option<i32>, StoreError> {
    super::write(conn, |c| {
        let Some(user_id) = password_resets::table
            .filter(password_resets::token_hash.eq(token_hash))
            .select(password_resets::user_id)
            .first::<i32>(c)
            .optional()?
        else {
            return Ok(None);
        };
        let used = diesel::update(
            password_resets::table
                .filter(password_resets::token_hash.eq(token_hash))
                .filter(password_resets::used_at.is_null())
                .filter(password_resets::expires_at.gt(now)),
        )
        .set(password_resets::used_at.eq(now))
        .execute(c)?;
        if used != 1 {
            return Ok(None);
        }
        let changed = diesel::update(users::table.find(user_id).filter(users::active.eq(true)))
            .set((
                users::password_hash.eq(new_hash),
                users::password_must_change.eq(false),
                users::version.eq(users::version + 1),
            ))
            .execute(c)?;
        if changed != 1 {
            // A deactivated account: the link is spent, nothing else changes.
            return Ok(None);
        }
        // Every other unused link of the account stops working too.
        diesel::update(
            password_resets::table
                .filter(password_resets::user_id.eq(user_id))
                .filter(password_resets::used_at.is_null()),
        )
        .set(password_resets::used_at.eq(now))
        .execute(c)?;
        super::sessions::end_all(c, user_id)?;
        Ok(Some(user_id))
    })
}
