//! What a seat map answer needs from the database, read inside the session context's round trip:
//! the showing, the viewer's open basket and the seats' states, or the seats as already drawn.

use crate::i18n::Msg;
use std::sync::Arc;

use chrono::NaiveDateTime;

use crate::db::bookings::{self, Booking, Item};
use crate::db::catalog::TicketType;
use crate::db::seat_map::{self as cells_db, GridVersion, SeatCell};
use crate::db::{self, showings::ShowingDetail};
use crate::error::AppError;
use crate::session::Viewer;
use crate::state::seats_cache::SeatsKey;

/// What a seat map needs from the database, read in the context's round trip.
pub struct PageData {
    pub(super) detail: ShowingDetail,
    pub(super) seats: Seats,
    pub(super) basket: Option<(Booking, Vec<Item>)>,
    pub(super) now: NaiveDateTime,
    /// The tickets on sale for this film, for the prices shown before a seat is taken.
    pub(super) types: Vec<TicketType>,
    /// The codes of the viewer's paid bookings for this showing.
    pub(super) tickets: Vec<String>,
}

/// The page's seats: read, or already drawn for a viewer who holds none of them.
pub(super) enum Seats {
    Read(Vec<SeatCell>),
    Drawn(Arc<str>, GridVersion),
}

/// An open basket with its seats.
type Basket = (Booking, Vec<Item>);

/// One seat and the viewer's basket, for the answer to an HTMX hold or release.
pub struct SeatData {
    pub(super) cell: SeatCell,
    pub(super) basket: Option<(Booking, Vec<Item>)>,
    pub(super) now: NaiveDateTime,
}

/// The seat (a 404 when the showing has no such seat) and the viewer's open basket.
pub fn load_seat(
    c: &mut db::Conn,
    showing_id: i32,
    seat_id: i32,
    v: &Viewer<'_>,
) -> Result<SeatData, AppError> {
    let cell = cells_db::load_seat(c, v.layouts, showing_id, seat_id)?
        .ok_or_else(|| AppError::NotFound(Msg::new("error-no-such-seat-here").into()))?;
    Ok(SeatData {
        cell,
        basket: open_basket(c, showing_id, v)?,
        now: v.now,
    })
}

/// The viewer's open basket for the showing and the codes of their paid bookings of it, in one
/// query. A viewer with either sees seats as theirs, so never gets (or leaves behind) the drawing
/// every other viewer shares.
pub(super) fn viewers(
    c: &mut db::Conn,
    showing_id: i32,
    v: &Viewer<'_>,
) -> Result<(Option<Basket>, Vec<String>), AppError> {
    let Some(user_id) = v.user_id else {
        return Ok((None, Vec::new()));
    };
    let (pending, paid) = bookings::viewers_bookings(c, user_id, showing_id)?;
    Ok((with_items(c, pending, v.now)?, paid))
}

pub(super) fn open_basket(
    c: &mut db::Conn,
    showing_id: i32,
    v: &Viewer<'_>,
) -> Result<Option<(Booking, Vec<Item>)>, AppError> {
    let Some(user_id) = v.user_id else {
        return Ok(None);
    };
    let pending = bookings::pending_for(c, user_id, showing_id)?;
    with_items(c, pending, v.now)
}

/// A pending booking still open at `now`, with its seats; `None` for one whose hold ran out.
fn with_items(
    c: &mut db::Conn,
    pending: Option<Booking>,
    now: NaiveDateTime,
) -> Result<Option<(Booking, Vec<Item>)>, AppError> {
    match pending {
        Some(b) if b.is_open(now) => {
            let items = bookings::items(c, &b)?;
            Ok(Some((b, items)))
        }
        _ => Ok(None),
    }
}

/// The page's queries: the showing, the viewer's open basket and paid bookings, and the seats'
/// states (one query), unless the seats are already drawn as they are now for a viewer with
/// neither.
pub fn load_page(c: &mut db::Conn, showing_id: i32, v: &Viewer<'_>) -> Result<PageData, AppError> {
    let detail =
        db::showings::find(c, showing_id)?.ok_or_else(|| AppError::not_found("showing"))?;
    let (basket, tickets) = viewers(c, showing_id, v)?;
    let types = crate::db::catalog::ticket_types_for(
        c,
        crate::domain::age_rating::AgeRating::parse(&detail.movie.age_rating),
    )?;
    let layout_id = detail.showing.layout_id;
    if basket.is_none()
        && tickets.is_empty()
        && let Some(grid) = cells_db::version(c, showing_id, v.now)?
        && grid.layout_id == layout_id
        && let Some(html) = v.seats_cache.get(
            showing_id,
            SeatsKey {
                grid,
                lang: v.rules.lang,
            },
        )
    {
        return Ok(PageData {
            detail,
            seats: Seats::Drawn(html, grid),
            basket,
            now: v.now,
            types,
            tickets,
        });
    }
    let cells = cells_db::load_in_layout(c, v.layouts, showing_id, layout_id)?;
    if cells.is_empty() {
        return Err(AppError::not_found("showing"));
    }
    Ok(PageData {
        detail,
        seats: Seats::Read(cells),
        basket,
        now: v.now,
        types,
        tickets,
    })
}
