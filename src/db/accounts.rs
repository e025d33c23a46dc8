//! Accounts as the back office manages them: search, roles, deactivation and staff accounts, with
//! the rule that the cinema always keeps an active administrator, and every change in the audit log.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::StoreError;
use super::audit::{self, Change};
use crate::domain::kinds::Role;
use crate::i18n::Msg;
use crate::schema::users;

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = users)]
pub struct Account {
    pub id: i32,
    pub name: String,
    pub email: String,
    #[serde(serialize_with = "as_text")]
    pub role: Role,
    pub active: bool,
    pub created_at: NaiveDateTime,
    pub version: i32,
}

fn as_text<S: serde::Serializer>(role: &Role, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(role.as_str())
}

/// The most accounts a search lists; a narrower search finds the rest.
pub const LISTED: i64 = 200;

/// Accounts whose name or e-mail contains `q` (any case), by name.
pub fn list(conn: &mut super::Conn, q: &str) -> QueryResult<Vec<Account>> {
    let mut query = users::table
        .order((users::name.asc(), users::id.asc()))
        .limit(LISTED)
        .select(Account::as_select())
        .into_boxed();
    let q = q.trim();
    if !q.is_empty() {
        let pattern = format!("%{}%", super::movies::escape_like(q));
        query = query.filter(
            users::name
                .like(pattern.clone())
                .escape('\\')
                .or(users::email.like(pattern).escape('\\')),
        );
    }
    query.load(conn)
}

pub fn find(conn: &mut super::Conn, id: i32) -> QueryResult<Option<Account>> {
    users::table
        .find(id)
        .select(Account::as_select())
        .first(conn)
        .optional()
}

/// Refuses a change that would leave no active administrator. It first takes every active
/// administrator's row, so that two such changes at once (on a database with concurrent writers)
/// run one after the other and the second sees the first.
fn keep_an_administrator(c: &mut super::Conn, leaving: i32) -> Result<(), StoreError> {
    let admins = diesel::update(
        users::table
            .filter(users::role.eq(Role::Admin))
            .filter(users::active.eq(true)),
    )
    .set(users::id.eq(users::id))
    .execute(c)?;
    let leaving_is_one: i64 = users::table
        .filter(users::id.eq(leaving))
        .filter(users::role.eq(Role::Admin))
        .filter(users::active.eq(true))
        .count()
        .get_result(c)?;
    if leaving_is_one == 1 && admins <= 1 {
        return Err(StoreError::Conflict(
            Msg::new("admin-user-last-admin").into(),
        ));
    }
    Ok(())
}

fn audited(
    c: &mut super::Conn,
    now: NaiveDateTime,
    actor_id: i32,
    action: &str,
    before: &Account,
) -> Result<(), StoreError> {
    let after = find(c, before.id)?.ok_or_else(|| StoreError::not_found("account"))?;
    audit::record(
        c,
        now,
        &Change {
            actor_id,
            entity: "user",
            entity_id: before.id,
            action,
            before: serde_json::to_value(before).unwrap_or_default(),
            after: serde_json::to_value(&after).unwrap_or_default(),
        },
    )?;
    Ok(())
}

/// Gives account `id` the role `role`. With `version`, only if the account is still at it.
pub fn set_role(
    conn: &mut super::Conn,
    id: i32,
    version: Option<i32>,
    role: Role,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let before = find(c, id)?.ok_or_else(|| StoreError::not_found("account"))?;
        if before.role == role {
            return Err(StoreError::Conflict(
                Msg::new("admin-user-role-already")
                    .arg("name", &before.name)
                    .arg("role", role.as_str())
                    .into(),
            ));
        }
        if id == actor_id {
            return Err(StoreError::Conflict(Msg::new("admin-user-own-role").into()));
        }
        if role != Role::Admin {
            keep_an_administrator(c, id)?;
        }
        let changed = diesel::update(
            users::table
                .find(id)
                .filter(users::version.eq(version.unwrap_or(before.version))),
        )
        .set((users::role.eq(role), users::version.eq(users::version + 1)))
        .execute(c)?;
        if changed != 1 {
            return Err(StoreError::Conflict(
                Msg::new("admin-user-changed-meanwhile")
                    .arg("name", &before.name)
                    .into(),
            ));
        }
        audited(c, now, actor_id, "role", &before)
    })
}

/// Deactivates (`active` false) or reactivates account `id`. Deactivation ends every session of
/// the account in the same write.
pub fn set_active(
    conn: &mut super::Conn,
    id: i32,
    active: bool,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let before = find(c, id)?.ok_or_else(|| StoreError::not_found("account"))?;
        if !active {
            if id == actor_id {
                return Err(StoreError::Conflict(
                    Msg::new("admin-user-own-deactivate").into(),
                ));
            }
            keep_an_administrator(c, id)?;
        }
        let changed = diesel::update(users::table.find(id).filter(users::active.eq(!active)))
            .set((
                users::active.eq(active),
                users::version.eq(users::version + 1),
            ))
            .execute(c)?;
        if changed != 1 {
            let refused = if active {
                Msg::new("admin-user-active-already")
            } else {
                Msg::new("admin-user-deactivated-already")
            };
            return Err(StoreError::Conflict(
                refused.arg("name", &before.name).into(),
            ));
        }
        if !active {
            super::sessions::end_all(c, id)?;
        }
        audited(
            c,
            now,
            actor_id,
            if active { "activate" } else { "deactivate" },
            &before,
        )
    })
}

/// A new staff (or customer) account with a one-time password hash; `Conflict` when the e-mail
/// is taken.
pub fn create(
    conn: &mut super::Conn,
    new: &super::users::NewUser<'_>,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<i32, StoreError> {
    super::write(conn, |c| {
        let Some(id) = super::users::insert(c, new)? else {
            return Err(StoreError::Conflict(
                Msg::new("admin-user-email-taken").into(),
            ));
        };
        diesel::update(users::table.find(id))
            .set((
                users::password_must_change.eq(true),
                users::password_issued_at.eq(now),
            ))
            .execute(c)?;
        let after = find(c, id)?.ok_or_else(|| StoreError::not_found("account"))?;
        audit::record(
            c,
            now,
            &Change {
                actor_id,
                entity: "user",
                entity_id: id,
                action: "create",
                before: serde_json::Value::Null,
                after: serde_json::to_value(&after).unwrap_or_default(),
            },
        )?;
        Ok(id)
    })
}

/// Replaces account `id`'s password with a new one-time password (its hash), ending every session
/// of the account.
pub fn reissue_password(
    conn: &mut super::Conn,
    id: i32,
    hash: &str,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let before = find(c, id)?.ok_or_else(|| StoreError::not_found("account"))?;
        if id == actor_id {
            return Err(StoreError::Conflict(
                Msg::new("admin-user-own-password").into(),
            ));
        }
        let changed = diesel::update(users::table.find(id))
            .set((
                users::password_hash.eq(hash),
                users::password_must_change.eq(true),
                users::password_issued_at.eq(now),
                users::version.eq(users::version + 1),
            ))
            .execute(c)?;
        if changed != 1 {
            return Err(StoreError::not_found("account"));
        }
        super::sessions::end_all(c, id)?;
        audited(c, now, actor_id, "one-time password", &before)
    })
}

/// Administrators and cashiers, by name: whose changes the audit log lists.
pub fn staff(conn: &mut super::Conn) -> QueryResult<Vec<(i32, String)>> {
    users::table
        .filter(users::role.eq_any([Role::Admin, Role::Cashier]))
        .order((users::name, users::id))
        .select((users::id, users::name))
        .load(conn)
}
