//! Hall layouts (which seat sits where, with its label and kind), kept in memory by layout id.
//!
//! A seat map needs every seat's label, kind and place, but these never change: an edit of a hall
//! writes a new layout, and a showing names the layout it uses. Reading the layout with the states
//! on every request was half of the seat map's database time. So a layout is read once and shared;
//! since a layout's id is never given to another (see its migration), the id alone says whether
//! the one kept is the one asked for, on every app instance without telling the others.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use diesel::prelude::*;

use crate::domain::kinds::{Numbering, SeatKind};
use crate::domain::layout as text_layout;
use crate::schema::{layouts, seats};

/// Layouts of more than this many versions kept at once are not worth it; the cache starts over.
const MOST_LAYOUTS: usize = 256;

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
    pub id: i32,
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

    fn read(conn: &mut super::Conn, layout_id: i32) -> QueryResult<Option<HallLayout>> {
        let rows: Vec<(i32, String, i32, SeatKind, i32, i32)> = seats::table
            .filter(seats::layout_id.eq(layout_id))
            .order((seats::grid_row, seats::grid_col))
            .select((
                seats::id,
                seats::row_label,
                seats::number,
                seats::kind,
                seats::grid_row,
                seats::grid_col,
            ))
            .load(conn)?;
        if rows.is_empty() {
            return Ok(None);
        }
        let mut label: Arc<str> = Arc::from("");
        let mut seats = Vec::with_capacity(rows.len());
        for (seat_id, row_label, number, kind, grid_row, grid_col) in rows {
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
            id: layout_id,
            seats,
            index,
        }))
    }
}

/// The layouts read so far, by id.
#[derive(Debug, Default)]
pub struct Layouts {
    kept: RwLock<HashMap<i32, Arc<HallLayout>>>,
}

impl Layouts {
    /// The layout with this id; `None` for a layout without seats (or none at all).
    pub fn get(
        &self,
        conn: &mut super::Conn,
        layout_id: i32,
    ) -> QueryResult<Option<Arc<HallLayout>>> {
        let known = self
            .kept
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&layout_id)
            .cloned();
        if known.is_some() {
            return Ok(known);
        }
        let Some(layout) = HallLayout::read(conn, layout_id)?.map(Arc::new) else {
            return Ok(None);
        };
        let mut kept = self.kept.write().unwrap_or_else(PoisonError::into_inner);
        if kept.len() >= MOST_LAYOUTS {
            kept.clear();
        }
        kept.insert(layout_id, layout.clone());
        Ok(Some(layout))
    }
}

/// The hall's current layout: the one a showing scheduled now gets. `None` for an unknown hall.
pub fn current(conn: &mut super::Conn, hall_id: i32) -> QueryResult<Option<LayoutRecord>> {
    layouts::table
        .filter(layouts::hall_id.eq(hall_id))
        .order(layouts::number.desc())
        .select(LayoutRecord::as_select())
        .first(conn)
        .optional()
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = layouts)]
pub struct LayoutRecord {
    pub id: i32,
    pub hall_id: i32,
    pub number: i32,
    pub numbering: Numbering,
    pub grid_rows: i32,
    pub grid_cols: i32,
    pub created_at: chrono::NaiveDateTime,
}

/// The layout's seats as the domain's layout, in map order.
pub fn seats_of(
    conn: &mut super::Conn,
    layout_id: i32,
) -> QueryResult<Vec<text_layout::LayoutSeat>> {
    let rows: Vec<(String, i32, SeatKind, i32, i32)> = seats::table
        .filter(seats::layout_id.eq(layout_id))
        .order((seats::grid_row, seats::grid_col))
        .select((
            seats::row_label,
            seats::number,
            seats::kind,
            seats::grid_row,
            seats::grid_col,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(row_label, number, kind, grid_row, grid_col)| text_layout::LayoutSeat {
                row_label,
                number,
                kind,
                grid_row,
                grid_col,
            },
        )
        .collect())
}

/// Writes `layout` as the hall's next version, in the caller's transaction; returns its id.
pub fn insert(
    conn: &mut super::Conn,
    hall_id: i32,
    layout: &text_layout::Layout,
    numbering: Numbering,
    now: chrono::NaiveDateTime,
) -> QueryResult<i32> {
    let number: Option<i32> = layouts::table
        .filter(layouts::hall_id.eq(hall_id))
        .select(diesel::dsl::max(layouts::number))
        .first(conn)?;
    let id: i32 = diesel::insert_into(layouts::table)
        .values((
            layouts::hall_id.eq(hall_id),
            layouts::number.eq(number.unwrap_or(0) + 1),
            layouts::numbering.eq(numbering),
            layouts::grid_rows.eq(layout.grid_rows),
            layouts::grid_cols.eq(layout.grid_cols),
            layouts::created_at.eq(now),
        ))
        .returning(layouts::id)
        .get_result(conn)?;
    let rows: Vec<_> = layout
        .seats
        .iter()
        .map(|s| {
            (
                seats::layout_id.eq(id),
                seats::row_label.eq(&s.row_label),
                seats::number.eq(s.number),
                seats::kind.eq(s.kind),
                seats::grid_row.eq(s.grid_row),
                seats::grid_col.eq(s.grid_col),
            )
        })
        .collect();
    // SQLite takes at most 32766 bound values in one statement: 250 seats are 1500.
    for chunk in rows.chunks(1000) {
        diesel::insert_into(seats::table)
            .values(chunk)
            .execute(conn)?;
    }
    Ok(id)
}
