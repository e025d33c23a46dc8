//! Blocked seats: kept from sale for every showing of a hall from now on, or for one showing, with a
//! reason. A block names its seat by label, so a block of the hall outlives a new layout version;
//! its effect is the seat's state `blocked` in each showing it covers, which the seat map reads
//! like any other state and a hold's guard (`state = 'free'`) refuses. A held or sold seat is left
//! to its customer: the block covers it in the showings where it is free.

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;

use super::StoreError;
use super::audit::{self, Change};
use crate::domain::kinds::{BlockReason, SeatState};
use crate::schema::{seat_blocks, seat_states, seats, showings, users};

/// A seat's label split as the layout stores it: row `F`, number 12.
pub type Label = (String, i32);

pub fn label_text((row, number): &Label) -> String {
    format!("{row}{number}")
}

/// Gives every seat of `layout_id` its state in a new (or newly moved) showing: blocked where the
/// hall's blocks or the showing's own say so, free elsewhere.
pub fn fill_states(
    conn: &mut super::Conn,
    showing_id: i32,
    hall_id: i32,
    layout_id: i32,
) -> QueryResult<usize> {
    let blocked: HashSet<Label> = seat_blocks::table
        .filter(seat_blocks::hall_id.eq(hall_id))
        .filter(
            seat_blocks::showing_id
                .is_null()
                .or(seat_blocks::showing_id.eq(showing_id)),
        )
        .select((seat_blocks::row_label, seat_blocks::number))
        .load::<Label>(conn)?
        .into_iter()
        .collect();
    let seats: Vec<(i32, String, i32)> = seats::table
        .filter(seats::layout_id.eq(layout_id))
        .select((seats::id, seats::row_label, seats::number))
        .load(conn)?;
    let states: Vec<_> = seats
        .into_iter()
        .map(|(seat_id, row, number)| {
            let state = if blocked.contains(&(row, number)) {
                SeatState::Blocked
            } else {
                SeatState::Free
            };
            (
                seat_states::showing_id.eq(showing_id),
                seat_states::seat_id.eq(seat_id),
                seat_states::state.eq(state),
            )
        })
        .collect();
    let mut written = 0;
    for chunk in states.chunks(2000) {
        written += diesel::insert_into(seat_states::table)
            .values(chunk)
            .execute(conn)?;
    }
    Ok(written)
}

/// The labels the blocks of a showing's hall (every showing, or this one) keep from sale.
fn blocked_labels(conn: &mut super::Conn, showing_id: i32) -> QueryResult<HashSet<Label>> {
    Ok(seat_blocks::table
        .inner_join(showings::table.on(showings::hall_id.eq(seat_blocks::hall_id)))
        .filter(showings::id.eq(showing_id))
        .filter(
            seat_blocks::showing_id
                .is_null()
                .or(seat_blocks::showing_id.eq(showing_id)),
        )
        .select((seat_blocks::row_label, seat_blocks::number))
        .load::<Label>(conn)?
        .into_iter()
        .collect())
}

/// Puts back off sale the seats of a showing that a block covers and that have just been freed
/// (a hold released or run out, a booking cancelled): a block made while its seat was taken
/// takes effect when the customer lets the seat go. One query when the hall has no blocks.
pub fn restore(conn: &mut super::Conn, showing_id: i32) -> QueryResult<usize> {
    let labels = blocked_labels(conn, showing_id)?;
    if labels.is_empty() {
        return Ok(0);
    }
    let Some(layout_id) = super::seat_map::layout_of(conn, showing_id)? else {
        return Ok(0);
    };
    let labels: Vec<Label> = labels.into_iter().collect();
    let ids: Vec<i32> = seat_ids(conn, layout_id, &labels)?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    diesel::update(
        seat_states::table
            .filter(seat_states::showing_id.eq(showing_id))
            .filter(seat_states::seat_id.eq_any(&ids))
            .filter(seat_states::state.eq(SeatState::Free)),
    )
    .set((
        seat_states::state.eq(SeatState::Blocked),
        seat_states::version.eq(seat_states::version + 1),
    ))
    .execute(conn)
}

/// True when a block covers this seat of the showing.
pub fn covers(conn: &mut super::Conn, showing_id: i32, label: &Label) -> QueryResult<bool> {
    Ok(blocked_labels(conn, showing_id)?.contains(label))
}

/// One block as the blocked-seats page lists it.
#[derive(Debug, Clone)]
pub struct BlockRow {
    pub label: Label,
    pub showing_id: Option<i32>,
    pub reason: BlockReason,
    pub by: String,
    pub at: NaiveDateTime,
}

/// The hall's blocks of every showing, and those of its showings that have not ended.
pub fn of_hall(
    conn: &mut super::Conn,
    hall_id: i32,
    now: NaiveDateTime,
) -> QueryResult<Vec<BlockRow>> {
    let current_showings = showings::table
        .filter(showings::hall_id.eq(hall_id))
        .filter(showings::ends_at.gt(now))
        .select(showings::id.nullable());
    let rows: Vec<(String, i32, Option<i32>, String, String, NaiveDateTime)> = seat_blocks::table
        .inner_join(users::table)
        .filter(seat_blocks::hall_id.eq(hall_id))
        .filter(
            seat_blocks::showing_id
                .is_null()
                .or(seat_blocks::showing_id.eq_any(current_showings)),
        )
        .order((
            seat_blocks::showing_id.asc(),
            seat_blocks::row_label,
            seat_blocks::number,
        ))
        .select((
            seat_blocks::row_label,
            seat_blocks::number,
            seat_blocks::showing_id,
            seat_blocks::reason,
            users::name,
            seat_blocks::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(row, number, showing_id, reason, by, at)| BlockRow {
            label: (row, number),
            showing_id,
            reason: reason.parse().unwrap_or(BlockReason::Other),
            by,
            at,
        })
        .collect())
}

/// What a block or an unblock asks for, checked against the hall's layout by the caller.
#[derive(Debug, Clone)]
pub struct Request {
    pub hall_id: i32,
    /// `None`: every showing of the hall from now on.
    pub showing_id: Option<i32>,
    pub labels: Vec<Label>,
    pub reason: BlockReason,
}

/// What a block or unblock did.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Seat states changed, over every showing covered.
    pub changed: usize,
    pub showings: usize,
    /// Seats left as they were in some showing, with how many: held or sold (a block), or still
    /// blocked by the other kind of block (an unblock).
    pub left: BTreeMap<String, usize>,
}

/// The showings a request covers: the one named, or every one of the hall not yet started.
fn covered(
    c: &mut super::Conn,
    request: &Request,
    now: NaiveDateTime,
) -> QueryResult<Vec<(i32, i32)>> {
    // A cancelled showing sells nothing: its seats stay off sale whatever is unblocked.
    let mut query = showings::table
        .filter(showings::hall_id.eq(request.hall_id))
        .filter(showings::starts_at.gt(now))
        .filter(showings::cancelled_at.is_null())
        .select((showings::id, showings::layout_id))
        .into_boxed();
    if let Some(id) = request.showing_id {
        query = query.filter(showings::id.eq(id));
    }
    query.load(c)
}

/// The ids of the seats of `layout_id` with these labels.
fn seat_ids(
    c: &mut super::Conn,
    layout_id: i32,
    labels: &[Label],
) -> QueryResult<Vec<(i32, Label)>> {
    let wanted: HashSet<&Label> = labels.iter().collect();
    let rows: Vec<(i32, String, i32)> = seats::table
        .filter(seats::layout_id.eq(layout_id))
        .select((seats::id, seats::row_label, seats::number))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|(id, row, number)| (id, (row, number)))
        .filter(|(_, label)| wanted.contains(label))
        .collect())
}

/// Sets `to` on the named seats of every covered showing whose state is `from` (and, for an
/// unblock, not blocked by the other kind of block), and counts the seats left as they were.
fn apply(
    c: &mut super::Conn,
    request: &Request,
    from: SeatState,
    to: SeatState,
    keep: &HashSet<(Option<i32>, Label)>,
    now: NaiveDateTime,
) -> QueryResult<Outcome> {
    let mut outcome = Outcome::default();
    for (showing_id, layout_id) in covered(c, request, now)? {
        let mut changed_here = 0;
        for (seat_id, label) in seat_ids(c, layout_id, &request.labels)? {
            if keep.contains(&(None, label.clone()))
                || keep.contains(&(Some(showing_id), label.clone()))
            {
                *outcome.left.entry(label_text(&label)).or_default() += 1;
                continue;
            }
            let changed = diesel::update(
                seat_states::table
                    .filter(seat_states::showing_id.eq(showing_id))
                    .filter(seat_states::seat_id.eq(seat_id))
                    .filter(seat_states::state.eq(from)),
            )
            .set((
                seat_states::state.eq(to),
                seat_states::version.eq(seat_states::version + 1),
            ))
            .execute(c)?;
            if changed == 1 {
                changed_here += 1;
            } else if from == SeatState::Free {
                *outcome.left.entry(label_text(&label)).or_default() += 1;
            }
        }
        if changed_here > 0 {
            super::showings::touch_seats(c, showing_id)?;
            outcome.showings += 1;
            outcome.changed += changed_here;
        }
    }
    Ok(outcome)
}

pub fn block(
    conn: &mut super::Conn,
    request: &Request,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Outcome, StoreError> {
    super::write(conn, |c| {
        // Ordered with the hall's scheduling, so a showing created meanwhile gets the block too.
        if !super::halls::lock(c, request.hall_id)? {
            return Err(StoreError::not_found("hall"));
        }
        let rows: Vec<_> = request
            .labels
            .iter()
            .map(|(row, number)| {
                (
                    seat_blocks::hall_id.eq(request.hall_id),
                    seat_blocks::showing_id.eq(request.showing_id),
                    seat_blocks::row_label.eq(row),
                    seat_blocks::number.eq(number),
                    seat_blocks::reason.eq(request.reason.as_str()),
                    seat_blocks::created_by.eq(actor_id),
                    seat_blocks::created_at.eq(now),
                )
            })
            .collect();
        for row in rows {
            diesel::insert_into(seat_blocks::table)
                .values(row)
                .on_conflict_do_nothing()
                .execute(c)?;
        }
        let outcome = apply(
            c,
            request,
            SeatState::Free,
            SeatState::Blocked,
            &HashSet::new(),
            now,
        )?;
        audited(c, request, "block", &outcome, actor_id, now)?;
        Ok(outcome)
    })
}

pub fn unblock(
    conn: &mut super::Conn,
    request: &Request,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Outcome, StoreError> {
    super::write(conn, |c| {
        if !super::halls::lock(c, request.hall_id)? {
            return Err(StoreError::not_found("hall"));
        }
        for (row, number) in &request.labels {
            let mine = seat_blocks::table
                .filter(seat_blocks::hall_id.eq(request.hall_id))
                .filter(seat_blocks::row_label.eq(row))
                .filter(seat_blocks::number.eq(number));
            match request.showing_id {
                Some(id) => {
                    diesel::delete(mine.filter(seat_blocks::showing_id.eq(id))).execute(c)?
                }
                None => {
                    diesel::delete(mine.filter(seat_blocks::showing_id.is_null())).execute(c)?
                }
            };
        }
        // The blocks that stay keep their seats blocked.
        let keep: HashSet<(Option<i32>, Label)> = seat_blocks::table
            .filter(seat_blocks::hall_id.eq(request.hall_id))
            .select((
                seat_blocks::showing_id,
                seat_blocks::row_label,
                seat_blocks::number,
            ))
            .load::<(Option<i32>, String, i32)>(c)?
            .into_iter()
            .map(|(showing, row, number)| (showing, (row, number)))
            .collect();
        let outcome = apply(c, request, SeatState::Blocked, SeatState::Free, &keep, now)?;
        audited(c, request, "unblock", &outcome, actor_id, now)?;
        Ok(outcome)
    })
}

fn audited(
    c: &mut super::Conn,
    request: &Request,
    action: &str,
    outcome: &Outcome,
    actor_id: i32,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let seats: Vec<String> = request.labels.iter().map(label_text).collect();
    audit::record(
        c,
        now,
        &Change {
            actor_id,
            entity: "hall",
            entity_id: request.hall_id,
            action,
            before: serde_json::Value::Null,
            after: json!({
                "seats": seats,
                "showing_id": request.showing_id,
                "reason": request.reason.as_str(),
                "seat_states_changed": outcome.changed,
                "showings": outcome.showings,
            }),
        },
    )
}
