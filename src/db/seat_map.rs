//! The seat map of one showing: its hall's layout and one query for the seats' states. The hot path
//! of the product.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::layouts::{HallLayout, LayoutSeat, Layouts};
use crate::domain::best_seats::Place;
use crate::domain::hold;
use crate::domain::kinds::SeatState;
use crate::schema::{bookings, seat_states, showings};

/// A seat of the hall as one showing has it: free, held (until when, by whom) or sold.
#[derive(Debug, Clone)]
pub struct SeatCell {
    pub seat: LayoutSeat,
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
    /// Sold to this viewer: shown as sold, and as theirs.
    Bought,
    Blocked,
}

impl Availability {
    pub fn as_str(self) -> &'static str {
        match self {
            Availability::Free => "free",
            Availability::Held => "held",
            Availability::Mine => "mine",
            Availability::Sold | Availability::Bought => "sold",
            Availability::Blocked => "blocked",
        }
    }
}

impl SeatCell {
    /// A seat of the hall's layout in the state one showing has it in.
    fn new(seat: &LayoutSeat, (state, held_until, owner_id): State) -> SeatCell {
        SeatCell {
            seat: seat.clone(),
            state,
            held_until,
            owner_id,
        }
    }

    pub fn label(&self) -> String {
        format!("{}{}", self.seat.row_label, self.seat.number)
    }

    /// An expired hold counts as free at once, before the sweeper gets to it.
    pub fn availability(&self, viewer: Option<i32>, now: NaiveDateTime) -> Availability {
        match self.state {
            SeatState::Free => Availability::Free,
            SeatState::Sold if viewer.is_some() && self.owner_id == viewer => Availability::Bought,
            SeatState::Sold => Availability::Sold,
            SeatState::Blocked => Availability::Blocked,
            SeatState::Held
                if self
                    .held_until
                    .is_none_or(|until| hold::has_run_out(until, now)) =>
            {
                Availability::Free
            }
            SeatState::Held if viewer.is_some() && self.owner_id == viewer => Availability::Mine,
            SeatState::Held => Availability::Held,
        }
    }
}

/// What the seat grid's validator is made of: the showing's layout and seat-state version, and the
/// moment the next live hold runs out (a run-out hold turns free on read, without a version bump).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridVersion {
    pub layout_id: i32,
    pub seats_version: i32,
    pub next_expiry: Option<NaiveDateTime>,
}

impl GridVersion {
    /// The version as the cells already read show it, for a page that has them anyway.
    pub fn of(
        layout_id: i32,
        seats_version: i32,
        cells: &[SeatCell],
        now: NaiveDateTime,
    ) -> GridVersion {
        let next_expiry = cells
            .iter()
            .filter(|c| c.state == SeatState::Held)
            .filter_map(|c| c.held_until)
            .filter(|&until| hold::is_live(until, now))
            .min();
        GridVersion {
            layout_id,
            seats_version,
            next_expiry,
        }
    }
}

/// One small query: the showing's layout, seat-state version and earliest live hold expiry.
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
        .filter(super::expiry::live_hold(now))
        .select(diesel::dsl::min(seat_states::held_until))
        .single_value();
    showings::table
        .find(showing_id)
        .select((showings::layout_id, showings::seats_version, next_expiry))
        .first::<(i32, i32, Option<NaiveDateTime>)>(conn)
        .optional()
        .map(|row| {
            row.map(|(layout_id, seats_version, next_expiry)| GridVersion {
                layout_id,
                seats_version,
                next_expiry,
            })
        })
}

/// Every seat of the showing with its state and holder, in map order: the showing's layout (from
/// [`Layouts`]) and one query for the states.
///
/// The hot path of the product, so the states are decoded without an allocation per seat: the state
/// word is parsed where SQLite keeps it. Empty when there is no such showing or its hall has no seats.
pub fn load(
    conn: &mut super::Conn,
    layouts: &Layouts,
    showing_id: i32,
) -> QueryResult<Vec<SeatCell>> {
    let Some(layout_id) = layout_of(conn, showing_id)? else {
        return Ok(Vec::new());
    };
    load_in_layout(conn, layouts, showing_id, layout_id)
}

/// The layout the showing uses; `None` when there is no such showing.
pub fn layout_of(conn: &mut super::Conn, showing_id: i32) -> QueryResult<Option<i32>> {
    showings::table
        .find(showing_id)
        .select(showings::layout_id)
        .first::<i32>(conn)
        .optional()
}

/// [`load`] for a caller that has just read the showing's layout.
pub fn load_in_layout(
    conn: &mut super::Conn,
    layouts: &Layouts,
    showing_id: i32,
    layout_id: i32,
) -> QueryResult<Vec<SeatCell>> {
    let Some(layout) = layouts.get(conn, layout_id)? else {
        return Ok(Vec::new());
    };
    let rows = seat_states::table
        .left_join(bookings::table)
        .filter(seat_states::showing_id.eq(showing_id))
        .select((
            seat_states::seat_id,
            seat_states::state,
            seat_states::held_until,
            bookings::user_id.nullable(),
        ))
        .load_iter::<RawState, diesel::connection::DefaultLoadingMode>(conn)?;
    let mut states = Vec::with_capacity(layout.seats.len());
    for row in rows {
        let (seat_id, state, held_until, owner_id) = row?;
        // SAFETY: Diesel's `*const str` points into the current row, which lives until the iterator
        // steps to the next one; the text is parsed before that.
        let state = parse(unsafe { &*state })?;
        states.push((seat_id, (state, held_until, owner_id)));
    }
    Ok(cells(&layout, states))
}

/// Every seat of the showing as the counter sees it: the holder is the booking (a sale), not an
/// account, so a cashier's seats show as theirs sale by sale.
pub fn load_by_booking(
    conn: &mut super::Conn,
    layouts: &Layouts,
    showing_id: i32,
) -> QueryResult<Vec<SeatCell>> {
    let Some(layout_id) = layout_of(conn, showing_id)? else {
        return Ok(Vec::new());
    };
    let Some(layout) = layouts.get(conn, layout_id)? else {
        return Ok(Vec::new());
    };
    let rows: Vec<(i32, SeatState, Option<NaiveDateTime>, Option<i32>)> = seat_states::table
        .filter(seat_states::showing_id.eq(showing_id))
        .select((
            seat_states::seat_id,
            seat_states::state,
            seat_states::held_until,
            seat_states::booking_id,
        ))
        .load(conn)?;
    Ok(cells(
        &layout,
        rows.into_iter()
            .map(|(seat_id, state, held_until, booking_id)| {
                (seat_id, (state, held_until, booking_id))
            }),
    ))
}

/// The seats as [`best_seats`](crate::domain::best_seats) weighs them: free means free for
/// `viewer` (an account on the web, a sale at the counter) at `now`.
pub fn places(cells: &[SeatCell], viewer: Option<i32>, now: NaiveDateTime) -> Vec<Place> {
    cells
        .iter()
        .map(|cell| Place {
            id: cell.seat.seat_id,
            row: cell.seat.grid_row,
            col: cell.seat.grid_col,
            kind: cell.seat.kind,
            free: cell.availability(viewer, now) == Availability::Free,
        })
        .collect()
}

/// The layout's seats in map order, each with its state given by seat id. A state of a seat of
/// another layout (the showing moved to a new one as this was read) is left out, as is a seat
/// without a state.
fn cells(layout: &HallLayout, states: impl IntoIterator<Item = (i32, State)>) -> Vec<SeatCell> {
    let mut placed: Vec<Option<State>> = vec![None; layout.seats.len()];
    for (seat_id, state) in states {
        if let Some(place) = layout.position(seat_id) {
            placed[place] = Some(state);
        }
    }
    layout
        .seats
        .iter()
        .zip(placed)
        .filter_map(|(seat, state)| Some(SeatCell::new(seat, state?)))
        .collect()
}

/// One seat of the showing with its state and holder; `None` when the showing has no such seat.
pub fn load_seat(
    conn: &mut super::Conn,
    layouts: &Layouts,
    showing_id: i32,
    seat_id: i32,
) -> QueryResult<Option<SeatCell>> {
    let Some(layout_id) = layout_of(conn, showing_id)? else {
        return Ok(None);
    };
    let Some(layout) = layouts.get(conn, layout_id)? else {
        return Ok(None);
    };
    let Some(seat) = layout.position(seat_id).map(|i| &layout.seats[i]) else {
        return Ok(None);
    };
    let state = seat_states::table
        .left_join(bookings::table)
        .filter(seat_states::showing_id.eq(showing_id))
        .filter(seat_states::seat_id.eq(seat_id))
        .select((
            seat_states::state,
            seat_states::held_until,
            bookings::user_id.nullable(),
        ))
        .first::<State>(conn)
        .optional()?;
    Ok(state.map(|state| SeatCell::new(seat, state)))
}

/// A state row as SQLite returns it: the state word is read in place, valid until the next row.
type RawState = (i32, *const str, Option<NaiveDateTime>, Option<i32>);
type State = (SeatState, Option<NaiveDateTime>, Option<i32>);

fn parse<T>(word: &str) -> QueryResult<T>
where
    T: std::str::FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    word.parse()
        .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))
}
