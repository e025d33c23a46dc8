//! Hall layouts (which seat sits where, with its label and kind), kept in memory by hall version.
//!
//! A seat map needs every seat's label, kind and place, but these change only when an administrator
//! redraws a hall, while the seats' states change all the time. Reading the layout with the states on
//! every request was half of the seat map's database time. So a layout is read once per hall version
//! and shared; each request still reads the hall's current version, and a layout whose version differs
//! is read again. Any change to a hall's seats moves its version on (database triggers, so no code
//! path can forget), which keeps every app instance correct without telling the others.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use diesel::prelude::*;

use crate::domain::kinds::SeatKind;
use crate::schema::{halls, seats};

#[derive(Debug, Clone)]
pub struct LayoutSeat {
    pub seat_id: i32,
    /// Shared by the seats of a row.
    pub row_label: Arc<str>,
    pub number: i32,
    pub kind: SeatKind,
    pub grid_row: i32,
    pub grid_col: i32,
}

#[derive(Debug)]
pub struct HallLayout {
    pub version: i32,
    /// In map order: row by row, left to right.
    pub seats: Vec<LayoutSeat>,
    /// Seat id to its place in `seats`.
    index: HashMap<i32, usize>,
}

impl HallLayout {
    /// The place of a seat in [`HallLayout::seats`].
    pub fn position(&self, seat_id: i32) -> Option<usize> {
        self.index.get(&seat_id).copied()
    }

    /// The hall's seats and its version in one statement, so the two agree.
    fn read(conn: &mut super::Conn, hall_id: i32) -> QueryResult<Option<HallLayout>> {
        let rows: Vec<(i32, i32, String, i32, SeatKind, i32, i32)> = seats::table
            .inner_join(halls::table)
            .filter(seats::hall_id.eq(hall_id))
            .order((seats::grid_row, seats::grid_col))
            .select((
                halls::version,
                seats::id,
                seats::row_label,
                seats::number,
                seats::kind,
                seats::grid_row,
                seats::grid_col,
            ))
            .load(conn)?;
        let Some(version) = rows.first().map(|r| r.0) else {
            return Ok(None);
        };
        let mut label: Arc<str> = Arc::from("");
        let mut seats = Vec::with_capacity(rows.len());
        for (_, seat_id, row_label, number, kind, grid_row, grid_col) in rows {
            if *label != *row_label {
                label = Arc::from(row_label);
            }
            seats.push(LayoutSeat {
                seat_id,
                row_label: label.clone(),
                number,
                kind,
                grid_row,
                grid_col,
            });
        }
        let index = seats
            .iter()
            .enumerate()
            .map(|(i, s)| (s.seat_id, i))
            .collect();
        Ok(Some(HallLayout {
            version,
            seats,
            index,
        }))
    }
}

/// The layouts read so far, one per hall: at most as many as the cinema has halls.
#[derive(Debug, Default)]
pub struct Layouts {
    halls: RwLock<HashMap<i32, Arc<HallLayout>>>,
}

impl Layouts {
    /// The hall's layout at `version` (the version the caller just read); `None` for a hall
    /// without seats.
    pub fn get(
        &self,
        conn: &mut super::Conn,
        hall_id: i32,
        version: i32,
    ) -> QueryResult<Option<Arc<HallLayout>>> {
        let known = self
            .halls
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&hall_id)
            .filter(|layout| layout.version == version)
            .cloned();
        if known.is_some() {
            return Ok(known);
        }
        let Some(layout) = HallLayout::read(conn, hall_id)?.map(Arc::new) else {
            return Ok(None);
        };
        self.halls
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(hall_id, layout.clone());
        Ok(Some(layout))
    }
}
