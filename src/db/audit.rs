//! The audit log: every change staff make, written in the transaction of the change itself, with
//! who made it, when, and the record's fields before and after.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::audit_log;

/// One change, as the code that makes it describes it.
pub struct Change<'a> {
    pub actor_id: i32,
    /// What kind of record changed ("movie", "hall", …).
    pub entity: &'a str,
    pub entity_id: i32,
    /// What was done ("create", "update", "archive", …).
    pub action: &'a str,
    /// The record's fields before the change; `Null` for a new record.
    pub before: serde_json::Value,
    /// The record's fields after it; `Null` for a removed one.
    pub after: serde_json::Value,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct Entry {
    pub id: i32,
    pub at: NaiveDateTime,
    pub actor_id: i32,
    pub entity: String,
    pub entity_id: i32,
    pub action: String,
    pub before: String,
    pub after: String,
}

/// Writes `change` at `at`. Call it inside the write that makes the change.
pub fn record(conn: &mut super::Conn, at: NaiveDateTime, change: &Change<'_>) -> QueryResult<()> {
    let json = |v: &serde_json::Value| match v {
        serde_json::Value::Null => "{}".to_owned(),
        v => v.to_string(),
    };
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(at),
            audit_log::actor_id.eq(change.actor_id),
            audit_log::entity.eq(change.entity),
            audit_log::entity_id.eq(change.entity_id),
            audit_log::action.eq(change.action),
            audit_log::before.eq(json(&change.before)),
            audit_log::after.eq(json(&change.after)),
        ))
        .execute(conn)?;
    Ok(())
}

/// The changes to one record, newest first.
pub fn of_record(
    conn: &mut super::Conn,
    entity: &str,
    entity_id: i32,
    limit: i64,
) -> QueryResult<Vec<Entry>> {
    audit_log::table
        .filter(audit_log::entity.eq(entity))
        .filter(audit_log::entity_id.eq(entity_id))
        .order(audit_log::id.desc())
        .limit(limit)
        .select(Entry::as_select())
        .load(conn)
}

/// What the audit browser asks for.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub actor_id: Option<i32>,
    pub entity: Option<String>,
    /// In UTC: entries at or after `from` and before `to`.
    pub from: Option<NaiveDateTime>,
    pub to: Option<NaiveDateTime>,
    /// The last entry of the page before: the page starts after it.
    pub after: Option<i32>,
}

/// One page of entries, newest first, with each actor's name; one more than `limit` is read, so
/// the caller knows whether there is a next page. `None` when the page would start after an entry
/// that does not exist.
pub fn page(
    conn: &mut super::Conn,
    filter: &Filter,
    limit: i64,
) -> QueryResult<Option<Vec<(Entry, String)>>> {
    use crate::schema::users;
    let mut query = audit_log::table
        .inner_join(users::table)
        .order((audit_log::at.desc(), audit_log::id.desc()))
        .limit(limit + 1)
        .select((Entry::as_select(), users::name))
        .into_boxed();
    if let Some(actor) = filter.actor_id {
        query = query.filter(audit_log::actor_id.eq(actor));
    }
    if let Some(entity) = &filter.entity {
        query = query.filter(audit_log::entity.eq(entity.clone()));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_log::at.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(audit_log::at.lt(to));
    }
    if let Some(after) = filter.after {
        let Some(at) = audit_log::table
            .find(after)
            .select(audit_log::at)
            .first::<NaiveDateTime>(conn)
            .optional()?
        else {
            return Ok(None);
        };
        // `at <= ?` bounds the index range; the rest skips the entries of that moment already shown.
        query = query.filter(
            audit_log::at
                .le(at)
                .and(audit_log::at.lt(at).or(audit_log::id.lt(after))),
        );
    }
    query.load(conn).map(Some)
}
