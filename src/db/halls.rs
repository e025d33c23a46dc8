//! Halls as the back office edits them. A hall's seats are a layout version (see `layouts`): an
//! edit that changes them writes the next version, and moves to it only the future showings that
//! have nothing held or sold, so no customer's seat is renumbered or re-kinded under them.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;

use super::StoreError;
use super::audit::{self, Change};
use super::layouts::{self, LayoutRecord};
use crate::domain::kinds::{Numbering, SeatState};
use crate::domain::layout::{self, Layout};
use crate::schema::{booking_items, halls, layouts as layouts_t, seat_states, seats, showings};

/// A line of the halls list.
#[derive(Debug, Clone)]
pub struct HallSummary {
    pub id: i32,
    pub name: String,
    pub layout_number: i32,
    pub seats: i64,
    pub upcoming: i64,
}

pub fn list(conn: &mut super::Conn, now: NaiveDateTime) -> QueryResult<Vec<HallSummary>> {
    let halls: Vec<(i32, String)> = halls::table
        .order((halls::name, halls::id))
        .select((halls::id, halls::name))
        .load(conn)?;
    let mut current: HashMap<i32, (i32, i32)> = HashMap::new();
    let versions: Vec<(i32, i32, i32)> = layouts_t::table
        .order(layouts_t::number)
        .select((layouts_t::hall_id, layouts_t::id, layouts_t::number))
        .load(conn)?;
    for (hall_id, id, number) in versions {
        current.insert(hall_id, (id, number));
    }
    let layout_ids: Vec<i32> = current.values().map(|(id, _)| *id).collect();
    let seat_counts: HashMap<i32, i64> = seats::table
        .filter(seats::layout_id.eq_any(&layout_ids))
        .group_by(seats::layout_id)
        .select((seats::layout_id, diesel::dsl::count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect();
    let upcoming: HashMap<i32, i64> = showings::table
        .filter(showings::starts_at.gt(now))
        .filter(showings::cancelled_at.is_null())
        .group_by(showings::hall_id)
        .select((showings::hall_id, diesel::dsl::count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(halls
        .into_iter()
        .map(|(id, name)| {
            let (layout_id, layout_number) = current.get(&id).copied().unwrap_or((0, 0));
            HallSummary {
                id,
                name,
                layout_number,
                seats: seat_counts.get(&layout_id).copied().unwrap_or(0),
                upcoming: upcoming.get(&id).copied().unwrap_or(0),
            }
        })
        .collect())
}

/// A hall with its current layout, as the edit form shows it.
#[derive(Debug, Clone)]
pub struct HallRecord {
    pub id: i32,
    pub name: String,
    pub version: i32,
    pub layout: LayoutRecord,
    /// The layout as the editor writes it (see `domain::layout`).
    pub text: String,
    pub seats: Vec<layout::LayoutSeat>,
}

impl HallRecord {
    fn json(&self) -> serde_json::Value {
        json!({
            "name": self.name,
            "version": self.version,
            "layout": self.layout.number,
            "numbering": self.layout.numbering.as_str(),
            "seats": self.seats.len(),
            "plan": self.text,
        })
    }
}

pub fn find(conn: &mut super::Conn, id: i32) -> QueryResult<Option<HallRecord>> {
    let Some((name, version)) = halls::table
        .find(id)
        .select((halls::name, halls::version))
        .first::<(String, i32)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let Some(layout) = layouts::current(conn, id)? else {
        return Ok(None);
    };
    let seats = layouts::seats_of(conn, layout.id)?;
    Ok(Some(HallRecord {
        id,
        name,
        version,
        text: layout::to_text(&seats, layout.grid_rows),
        layout,
        seats,
    }))
}

/// What an administrator sets, already checked.
#[derive(Debug, Clone)]
pub struct HallEdit {
    pub name: String,
    pub layout: Layout,
    pub numbering: Numbering,
    /// Whether future showings with nothing held or sold move to a changed layout.
    pub move_unsold: bool,
}

/// What an edit came to.
pub enum Saved {
    Done(Outcome),
    /// Someone saved the hall after the form was shown: nothing was changed.
    Stale(HallRecord),
    /// Another hall has this name; nothing was changed.
    NameTaken,
}

/// What a save did to the hall's showings.
#[derive(Debug, Clone, Copy, Default)]
pub struct Outcome {
    /// The new layout's number, when the seats changed.
    pub new_layout: Option<i32>,
    /// Future showings now on the new layout.
    pub moved: usize,
    /// Future showings that keep an earlier layout: something is held or sold, or the admin chose so.
    pub kept: usize,
}

fn name_taken(conn: &mut super::Conn, name: &str, except: Option<i32>) -> QueryResult<bool> {
    let mut query = halls::table.filter(halls::name.eq(name)).into_boxed();
    if let Some(id) = except {
        query = query.filter(halls::id.ne(id));
    }
    diesel::select(diesel::dsl::exists(query)).get_result(conn)
}

/// Creates a hall with its first layout. `None` when another hall has the name.
pub fn create(
    conn: &mut super::Conn,
    edit: &HallEdit,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Option<i32>, StoreError> {
    super::write(conn, |c| {
        if name_taken(c, &edit.name, None)? {
            return Ok(None);
        }
        let id: i32 = diesel::insert_into(halls::table)
            .values(halls::name.eq(&edit.name))
            .returning(halls::id)
            .get_result(c)?;
        layouts::insert(c, id, &edit.layout, edit.numbering, now)?;
        let after = find(c, id)?.ok_or_else(|| StoreError::not_found("hall"))?;
        audited(
            c,
            now,
            actor_id,
            id,
            "create",
            serde_json::Value::Null,
            after.json(),
        )?;
        Ok(Some(id))
    })
}

/// Saves the hall if it is still at `version`; a changed layout becomes the hall's next version.
pub fn update(
    conn: &mut super::Conn,
    id: i32,
    version: i32,
    edit: &HallEdit,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Saved, StoreError> {
    super::write(conn, |c| {
        let before = find(c, id)?.ok_or_else(|| StoreError::not_found("hall"))?;
        if name_taken(c, &edit.name, Some(id))? {
            return Ok(Saved::NameTaken);
        }
        let changed = diesel::update(halls::table.find(id).filter(halls::version.eq(version)))
            .set((
                halls::name.eq(&edit.name),
                halls::version.eq(halls::version + 1),
            ))
            .execute(c)?;
        if changed != 1 {
            return Ok(Saved::Stale(before));
        }
        // The drawing's size follows from the seats; gaps at the end of a row are not kept.
        let same_seats = before.seats == edit.layout.seats;
        let mut outcome = Outcome::default();
        if !same_seats {
            let layout_id = layouts::insert(c, id, &edit.layout, edit.numbering, now)?;
            outcome.new_layout = Some(before.layout.number + 1);
            // A cancelled showing keeps its plan: it sells nothing on any.
            let future: Vec<i32> = showings::table
                .filter(showings::hall_id.eq(id))
                .filter(showings::starts_at.gt(now))
                .filter(showings::cancelled_at.is_null())
                .filter(showings::layout_id.ne(layout_id))
                .select(showings::id)
                .load(c)?;
            for showing_id in future {
                if edit.move_unsold && move_if_unsold(c, showing_id, id, layout_id)? {
                    outcome.moved += 1;
                } else {
                    outcome.kept += 1;
                }
            }
            forget_unused_layouts(c, id, layout_id)?;
        }
        let after = find(c, id)?.ok_or_else(|| StoreError::not_found("hall"))?;
        let mut after_json = after.json();
        after_json["showings_moved"] = outcome.moved.into();
        after_json["showings_kept"] = outcome.kept.into();
        audited(c, now, actor_id, id, "update", before.json(), after_json)?;
        Ok(Saved::Done(outcome))
    })
}

/// Moves a showing to another layout of its hall when none of its seats is held or sold: its
/// free and blocked states go, and the new layout's seats get theirs. The guard is the delete's
/// own condition, so a hold that got in first (on any database) keeps the showing where it is.
fn move_if_unsold(
    c: &mut super::Conn,
    showing_id: i32,
    hall_id: i32,
    layout_id: i32,
) -> Result<bool, StoreError> {
    let moved = c.transaction::<bool, diesel::result::Error, _>(|c| {
        diesel::delete(
            seat_states::table
                .filter(seat_states::showing_id.eq(showing_id))
                .filter(seat_states::state.eq_any([SeatState::Free, SeatState::Blocked])),
        )
        .execute(c)?;
        let left: i64 = seat_states::table
            .filter(seat_states::showing_id.eq(showing_id))
            .count()
            .get_result(c)?;
        if left > 0 {
            return Err(diesel::result::Error::RollbackTransaction);
        }
        super::blocks::fill_states(c, showing_id, hall_id, layout_id)?;
        diesel::update(showings::table.find(showing_id))
            .set((
                showings::layout_id.eq(layout_id),
                showings::seats_version.eq(showings::seats_version + 1),
                showings::version.eq(showings::version + 1),
            ))
            .execute(c)?;
        Ok(true)
    });
    match moved {
        Ok(moved) => Ok(moved),
        Err(diesel::result::Error::RollbackTransaction) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Deletes the hall's earlier layouts that no showing uses and no booking, however old, names a
/// seat of: nothing could ever show them again.
fn forget_unused_layouts(c: &mut super::Conn, hall_id: i32, current: i32) -> QueryResult<usize> {
    let used_by_showing = showings::table.filter(showings::layout_id.eq(layouts_t::id));
    let named_by_booking = booking_items::table
        .inner_join(seats::table)
        .filter(seats::layout_id.eq(layouts_t::id));
    let unused: Vec<i32> = layouts_t::table
        .filter(layouts_t::hall_id.eq(hall_id))
        .filter(layouts_t::id.ne(current))
        .filter(diesel::dsl::not(diesel::dsl::exists(used_by_showing)))
        .filter(diesel::dsl::not(diesel::dsl::exists(named_by_booking)))
        .select(layouts_t::id)
        .load(c)?;
    diesel::delete(seats::table.filter(seats::layout_id.eq_any(&unused))).execute(c)?;
    diesel::delete(layouts_t::table.filter(layouts_t::id.eq_any(&unused))).execute(c)
}

fn audited(
    c: &mut super::Conn,
    now: NaiveDateTime,
    actor_id: i32,
    id: i32,
    action: &str,
    before: serde_json::Value,
    after: serde_json::Value,
) -> QueryResult<()> {
    audit::record(
        c,
        now,
        &Change {
            actor_id,
            entity: "hall",
            entity_id: id,
            action,
            before,
            after,
        },
    )
}

/// Every hall's id and name, by name: the choices of a form.
pub fn names(conn: &mut super::Conn) -> QueryResult<Vec<(i32, String)>> {
    halls::table
        .order((halls::name, halls::id))
        .select((halls::id, halls::name))
        .load(conn)
}

/// Takes the hall's row until the write ends, with an update that changes nothing: on a database
/// with row locks, writes that must see each other's showings and blocks of one hall (scheduling,
/// blocking seats) take turns. `false` for no such hall.
pub(super) fn lock(c: &mut super::Conn, hall_id: i32) -> QueryResult<bool> {
    Ok(diesel::update(halls::table.find(hall_id))
        .set(halls::id.eq(halls::id))
        .execute(c)?
        == 1)
}
