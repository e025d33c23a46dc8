//! The seat map of one showing, read in one query: the hot path of the product.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::kinds::{SeatKind, SeatState};
use crate::schema::{bookings, seat_states, seats};

#[derive(Debug, Clone, Queryable)]
pub struct SeatCell {
    pub seat_id: i32,
    pub row_label: String,
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

pub fn load(conn: &mut super::Conn, showing_id: i32) -> QueryResult<Vec<SeatCell>> {
    seat_states::table
        .inner_join(seats::table)
        .left_join(bookings::table)
        .filter(seat_states::showing_id.eq(showing_id))
        .order((seats::grid_row, seats::grid_col))
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
        .load(conn)
}
