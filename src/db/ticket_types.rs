//! Ticket types and the VIP surcharge as the back office edits them, every change audited. A
//! change of price applies to seats held from then on: a held or sold seat keeps the price its
//! booking item was given.

use chrono::NaiveDateTime;
use diesel::IntoSql;
use diesel::prelude::*;
use serde::Serialize;

use super::StoreError;
use super::audit::{self, Change};
use crate::i18n::Msg;
use crate::schema::{settings, ticket_types};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = ticket_types)]
pub struct TicketTypeRecord {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub price_percent: i32,
    pub price_cents: Option<i64>,
    pub is_default: bool,
    pub sort_order: i32,
    pub active: bool,
    pub max_age: Option<i32>,
    pub version: i32,
}

/// What an administrator sets, already checked.
#[derive(Debug, Clone, AsChangeset, Serialize)]
#[diesel(treat_none_as_null = true)]
#[diesel(table_name = ticket_types)]
pub struct TicketTypeFields {
    pub name: String,
    pub price_percent: i32,
    pub price_cents: Option<i64>,
    pub sort_order: i32,
    pub active: bool,
    pub max_age: Option<i32>,
}

/// Every type, the inactive ones too, in the order customers see them.
pub fn list(conn: &mut super::Conn) -> QueryResult<Vec<TicketTypeRecord>> {
    ticket_types::table
        .order((ticket_types::sort_order, ticket_types::id))
        .select(TicketTypeRecord::as_select())
        .load(conn)
}

pub fn find(conn: &mut super::Conn, id: i32) -> QueryResult<Option<TicketTypeRecord>> {
    ticket_types::table
        .find(id)
        .select(TicketTypeRecord::as_select())
        .first(conn)
        .optional()
}

/// Adds a type; `None` when another type has the code.
pub fn create(
    conn: &mut super::Conn,
    code: &str,
    fields: &TicketTypeFields,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Option<i32>, StoreError> {
    super::write(conn, |c| {
        let taken: bool = diesel::select(diesel::dsl::exists(
            ticket_types::table.filter(ticket_types::code.eq(code)),
        ))
        .get_result(c)?;
        if taken {
            return Ok(None);
        }
        let id: i32 = diesel::insert_into(ticket_types::table)
            .values((
                ticket_types::code.eq(code),
                ticket_types::name.eq(&fields.name),
                ticket_types::price_percent.eq(fields.price_percent),
                ticket_types::price_cents.eq(fields.price_cents),
                ticket_types::sort_order.eq(fields.sort_order),
                ticket_types::active.eq(fields.active),
                ticket_types::max_age.eq(fields.max_age),
                ticket_types::is_default.eq(false),
            ))
            .returning(ticket_types::id)
            .get_result(c)?;
        audited(c, now, actor_id, id, "create", None)?;
        Ok(Some(id))
    })
}

pub enum Saved {
    Done,
    Stale(TicketTypeRecord),
}

/// Saves `fields` over the type if it is still at `version`. The default type (the one a new hold
/// gets) stays active.
pub fn update(
    conn: &mut super::Conn,
    id: i32,
    version: i32,
    fields: &TicketTypeFields,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Saved, StoreError> {
    super::write(conn, |c| {
        let before = find(c, id)?.ok_or_else(|| StoreError::not_found("ticket-type"))?;
        let changed = diesel::update(
            ticket_types::table
                .find(id)
                .filter(ticket_types::version.eq(version))
                .filter(
                    ticket_types::is_default
                        .eq(false)
                        .or(fields.active.into_sql::<diesel::sql_types::Bool>()),
                ),
        )
        .set((fields, ticket_types::version.eq(ticket_types::version + 1)))
        .execute(c)?;
        if changed != 1 {
            if before.version != version {
                return Ok(Saved::Stale(before));
            }
            return Err(StoreError::Invalid(
                Msg::new("admin-type-default-on-sale")
                    .arg("name", &before.name)
                    .into(),
            ));
        }
        audited(c, now, actor_id, id, "update", Some(&before))?;
        Ok(Saved::Done)
    })
}

/// Sets the VIP surcharge if the settings are still at `version`; `false` when they are not.
pub fn set_vip_surcharge(
    conn: &mut super::Conn,
    cents: i64,
    version: i32,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<bool, StoreError> {
    super::write(conn, |c| {
        let before: i64 = settings::table
            .select(settings::vip_surcharge_cents)
            .first(c)?;
        let changed = diesel::update(settings::table.filter(settings::version.eq(version)))
            .set((
                settings::vip_surcharge_cents.eq(cents),
                settings::version.eq(settings::version + 1),
            ))
            .execute(c)?;
        if changed != 1 {
            return Ok(false);
        }
        audit::record(
            c,
            now,
            &Change {
                actor_id,
                entity: "settings",
                entity_id: 1,
                action: "surcharge",
                before: serde_json::json!({ "vip_surcharge_cents": before }),
                after: serde_json::json!({ "vip_surcharge_cents": cents }),
            },
        )?;
        Ok(true)
    })
}

fn audited(
    c: &mut super::Conn,
    now: NaiveDateTime,
    actor_id: i32,
    id: i32,
    action: &str,
    before: Option<&TicketTypeRecord>,
) -> Result<(), StoreError> {
    let after = find(c, id)?.ok_or_else(|| StoreError::not_found("ticket-type"))?;
    let json = |r: &TicketTypeRecord| serde_json::to_value(r).unwrap_or_default();
    audit::record(
        c,
        now,
        &Change {
            actor_id,
            entity: "ticket_type",
            entity_id: id,
            action,
            before: before.map_or(serde_json::Value::Null, json),
            after: json(&after),
        },
    )?;
    Ok(())
}
