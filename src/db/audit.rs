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
