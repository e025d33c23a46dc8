//! The seat map of one showing, read in one query: the hot path of the product.

use std::sync::Arc;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::kinds::{SeatKind, SeatState};
use crate::schema::{bookings, seat_states, seats, showings};

#[derive(Debug, Clone)]
pub struct SeatCell {
    pub seat_id: i32,
    /// Shared by the seats of a row.
    pub row_label: Arc<str>,
    pub number: i32,
    pub kind: SeatKind,
    pub grid_row: i32,
    pub grid_col: i32,
    pub state: SeatState,
    pub held_until: Option<NaiveDateTime>,
    pub owner_id: Option<i32>,
}

/// What a seat looks like to one viewer at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    Free,
    Held,
    Mine,
    Sold,
}

impl Availability {
    pub fn as_str(self) -> &'static str {
        match self {
            Availability::Free => "free",
            Availability::Held => "held",
            Availability::Mine => "mine",
            Availability::Sold => "sold",
        }
    }
}

impl SeatCell {
    pub fn label(&self) -> String {
        format!("{}{}", self.row_label, self.number)
    }

    /// An expired hold counts as free at once, before the sweeper gets to it.
    pub fn availability(&self, viewer: Option<i32>, now: NaiveDateTime) -> Availability {
        match self.state {
            SeatState::Free => Availability::Free,
            SeatState::Sold => Availability::Sold,
            SeatState::Held if self.held_until.is_none_or(|until| until <= now) => {
                Availability::Free
            }
            SeatState::Held if viewer.is_some() && self.owner_id == viewer => Availability::Mine,
            SeatState::Held => Availability::Held,
        }
    }
}

/// What the seat grid's validator is made of: the showing's seat-state version, and the moment the
/// next live hold runs out (a run-out hold turns free on read, without a version bump).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridVersion {
    pub seats_version: i32,
    pub next_expiry: Option<NaiveDateTime>,
}

impl GridVersion {
    /// The version as the cells already read show it, for a page that has them anyway.
    pub fn of(seats_version: i32, cells: &[SeatCell], now: NaiveDateTime) -> GridVersion {
        let next_expiry = cells
            .iter()
            .filter(|c| c.state == SeatState::Held)
            .filter_map(|c| c.held_until)
            .filter(|&until| until > now)
            .min();
        GridVersion {
            seats_version,
            next_expiry,
        }
    }
}

/// One small query: the showing's seat-state version and its earliest live hold expiry.
/// `None` when there is no such showing.
pub fn version(
    conn: &mut super::Conn,
    showing_id: i32,
    now: NaiveDateTime,
) -> QueryResult<Option<GridVersion>> {
    // Only a held seat has `held_until` (a CHECK says so). Filtering on the state as well would be
    // redundant and costly: SQLite re-prepares a statement whose bound value might match a partial
    // index's condition (`WHERE state = 'held'`) every time the value is bound.
    let next_expiry = seat_states::table
        .filter(seat_states::showing_id.eq(showing_id))
        .filter(seat_states::held_until.gt(now))
        .select(diesel::dsl::min(seat_states::held_until))
        .single_value();
    showings::table
        .find(showing_id)
        .select((showings::seats_version, next_expiry))
        .first::<(i32, Option<NaiveDateTime>)>(conn)
        .optional()
        .map(|row| {
            row.map(|(seats_version, next_expiry)| GridVersion {
                seats_version,
                next_expiry,
            })
        })
}

/// A row as SQLite returns it: the text columns are read in place, valid until the next row.
type RawCell = (
    i32,
    *const str,
    i32,
    *const str,
    i32,
    i32,
    *const str,
    Option<NaiveDateTime>,
    Option<i32>,
);

/// Every seat of the showing with its state and holder, in map order.
///
/// The hot path of the product, so the rows are decoded without an allocation per seat: the words
/// (kind, state) are parsed where SQLite keeps them, and a row's label is shared by its seats.
pub fn load(conn: &mut super::Conn, showing_id: i32) -> QueryResult<Vec<SeatCell>> {
    let rows = seat_states::table
        .inner_join(seats::table)
        .left_join(bookings::table)
        .filter(seat_states::showing_id.eq(showing_id))
        .select((
            seats::id,
            seats::row_label,
            seats::number,
            seats::kind,
            seats::grid_row,
            seats::grid_col,
            seat_states::state,
            seat_states::held_until,
            bookings::user_id.nullable(),
        ))
        .load_iter::<RawCell, diesel::connection::DefaultLoadingMode>(conn)?;
    let mut cells: Vec<SeatCell> = Vec::with_capacity(256);
    let mut label: Arc<str> = Arc::from("");
    for row in rows {
        let (seat_id, row_label, number, kind, grid_row, grid_col, state, held_until, owner_id) =
            row?;
        // SAFETY: Diesel's `*const str` points into the current row, which lives until the iterator
        // steps to the next one; the text is copied or parsed before that.
        let (row_label, kind, state) = unsafe { (&*row_label, &*kind, &*state) };
        if *label != *row_label {
            label = Arc::from(row_label);
        }
        cells.push(SeatCell {
            seat_id,
            row_label: label.clone(),
            number,
            kind: parse(kind)?,
            grid_row,
            grid_col,
            state: parse(state)?,
            held_until,
            owner_id,
        });
    }
    // Sorted here rather than by an ORDER BY: SQLite's sorter would encode and decode every row once
    // more, while the rows arrive nearly in map order already (seats are numbered row by row).
    cells.sort_by_key(|c| (c.grid_row, c.grid_col));
    Ok(cells)
}

fn parse<T>(word: &str) -> QueryResult<T>
where
    T: std::str::FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    word.parse()
        .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))
}
