//! Showings: the repertoire of a day, a movie's upcoming showings, and one showing's details.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::catalog::{Hall, Movie};
use crate::domain::kinds::ShowFormat;
use crate::schema::{halls, movies, showings};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = showings)]
pub struct Showing {
    pub id: i32,
    pub movie_id: i32,
    pub hall_id: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub price_cents: i64,
    pub seats_version: i32,
    /// The hall's layout this showing sells: the one it was scheduled with, or a later one it was
    /// moved to while nothing of it was sold.
    pub layout_id: i32,
    pub cancelled_at: Option<NaiveDateTime>,
    /// Why it was cancelled, for its customers; empty while it is not.
    pub cancel_reason: String,
    pub format: ShowFormat,
}

#[derive(Debug)]
pub struct NewShowing {
    pub movie_id: i32,
    pub hall_id: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub price_cents: i64,
    pub format: ShowFormat,
}

/// A showing with what a listing shows next to it.
#[derive(Debug, Clone)]
pub struct ShowingDetail {
    pub showing: Showing,
    pub movie: Movie,
    pub hall: Hall,
}

type DetailRow = (Showing, Movie, Hall);

fn detail((showing, movie, hall): DetailRow) -> ShowingDetail {
    ShowingDetail {
        showing,
        movie,
        hall,
    }
}

pub fn find(conn: &mut super::Conn, id: i32) -> QueryResult<Option<ShowingDetail>> {
    showings::table
        .find(id)
        .inner_join(movies::table)
        .inner_join(halls::table)
        .select((Showing::as_select(), Movie::as_select(), Hall::as_select()))
        .first::<DetailRow>(conn)
        .optional()
        .map(|row| row.map(detail))
}

/// Showings starting in [from, to), ordered by movie title then time.
pub fn between(
    conn: &mut super::Conn,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> QueryResult<Vec<ShowingDetail>> {
    showings::table
        .inner_join(movies::table)
        .inner_join(halls::table)
        .filter(showings::starts_at.ge(from).and(showings::starts_at.lt(to)))
        .filter(movies::active.eq(true))
        .filter(showings::cancelled_at.is_null())
        .order((movies::title, movies::id, showings::starts_at))
        .select((Showing::as_select(), Movie::as_select(), Hall::as_select()))
        .load::<DetailRow>(conn)
        .map(|rows| rows.into_iter().map(detail).collect())
}

pub fn upcoming_for_movie(
    conn: &mut super::Conn,
    movie_id: i32,
    from: NaiveDateTime,
) -> QueryResult<Vec<ShowingDetail>> {
    showings::table
        .inner_join(movies::table)
        .inner_join(halls::table)
        .filter(
            showings::movie_id
                .eq(movie_id)
                .and(showings::starts_at.ge(from)),
        )
        .filter(showings::cancelled_at.is_null())
        .order(showings::starts_at)
        .select((Showing::as_select(), Movie::as_select(), Hall::as_select()))
        .load::<DetailRow>(conn)
        .map(|rows| rows.into_iter().map(detail).collect())
}

/// [`between`], each showing with how many of its seats are sold and how many it has: two queries
/// however many showings there are.
pub fn between_with_occupancy(
    conn: &mut super::Conn,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> QueryResult<Vec<(ShowingDetail, i64, i64)>> {
    use crate::domain::kinds::SeatState;
    use crate::schema::seat_states;
    let showings = between(conn, from, to)?;
    let ids: Vec<i32> = showings.iter().map(|d| d.showing.id).collect();
    let counts: Vec<(i32, SeatState, i64)> = seat_states::table
        .filter(seat_states::showing_id.eq_any(&ids))
        .group_by((seat_states::showing_id, seat_states::state))
        .select((
            seat_states::showing_id,
            seat_states::state,
            diesel::dsl::count_star(),
        ))
        .load(conn)?;
    Ok(showings
        .into_iter()
        .map(|d| {
            let of_showing = counts.iter().filter(|(id, ..)| *id == d.showing.id);
            let sold = of_showing
                .clone()
                .filter(|(_, s, _)| *s == SeatState::Sold)
                .map(|(.., n)| n)
                .sum();
            let seats = of_showing.map(|(.., n)| n).sum();
            (d, sold, seats)
        })
        .collect())
}

/// Marks that a showing's seat map changed; pollers compare this number.
pub fn touch_seats(conn: &mut super::Conn, showing_id: i32) -> QueryResult<usize> {
    diesel::update(showings::table.find(showing_id))
        .set(showings::seats_version.eq(showings::seats_version + 1))
        .execute(conn)
}

/// Schedules a showing on its hall's current layout, in the caller's transaction: every seat gets
/// a state, free or blocked as the hall's blocks say.
pub fn create(conn: &mut super::Conn, new: &NewShowing) -> QueryResult<i32> {
    let layout =
        super::layouts::current(conn, new.hall_id)?.ok_or(diesel::result::Error::NotFound)?;
    let id = diesel::insert_into(showings::table)
        .values((
            showings::movie_id.eq(new.movie_id),
            showings::hall_id.eq(new.hall_id),
            showings::layout_id.eq(layout.id),
            showings::starts_at.eq(new.starts_at),
            showings::ends_at.eq(new.ends_at),
            showings::price_cents.eq(new.price_cents),
            showings::format.eq(new.format),
        ))
        .returning(showings::id)
        .get_result(conn)?;
    super::blocks::fill_states(conn, id, new.hall_id, layout.id)?;
    Ok(id)
}

/// A showing of one hall as the back office lists it beside a form.
#[derive(Debug, Clone)]
pub struct HallShowing {
    pub id: i32,
    pub starts_at: NaiveDateTime,
    pub title: String,
    pub layout_id: i32,
}

/// The hall's showings that have not started, soonest first, at most `most`.
pub fn upcoming_in_hall(
    conn: &mut super::Conn,
    hall_id: i32,
    now: NaiveDateTime,
    most: i64,
) -> QueryResult<Vec<HallShowing>> {
    let rows: Vec<(i32, NaiveDateTime, String, i32)> = showings::table
        .inner_join(movies::table)
        .filter(showings::hall_id.eq(hall_id))
        .filter(showings::starts_at.gt(now))
        .filter(showings::cancelled_at.is_null())
        .order(showings::starts_at)
        .limit(most)
        .select((
            showings::id,
            showings::starts_at,
            movies::title,
            showings::layout_id,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, starts_at, title, layout_id)| HallShowing {
            id,
            starts_at,
            title,
            layout_id,
        })
        .collect())
}

/// [`touch_seats`] for a hold: only while the showing is on sale at the time and base price the
/// hold was priced with. `false` (and nothing changed) when it was cancelled or changed meanwhile.
pub fn touch_seats_while(
    conn: &mut super::Conn,
    showing_id: i32,
    starts_at: NaiveDateTime,
    price_cents: i64,
) -> QueryResult<bool> {
    Ok(diesel::update(
        showings::table
            .find(showing_id)
            .filter(showings::cancelled_at.is_null())
            .filter(showings::starts_at.eq(starts_at))
            .filter(showings::price_cents.eq(price_cents)),
    )
    .set(showings::seats_version.eq(showings::seats_version + 1))
    .execute(conn)?
        == 1)
}
