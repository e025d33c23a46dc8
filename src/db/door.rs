//! The door: a ticket's code checked and admitted once, in one guarded update, so two doors
//! scanning one ticket at the same moment admit it once.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::StoreError;
use super::bookings::{self, Booking};
use super::showings::ShowingDetail;
use crate::domain::kinds::BookingStatus;
use crate::schema::{bookings as bookings_t, users};

/// How long before its showing starts a ticket admits.
pub const OPENS_BEFORE_MINUTES: i64 = 60;

/// The door's answer, as `data-result` names it.
#[derive(Debug, Clone)]
pub enum Verdict {
    Valid(Ticket),
    Admitted {
        ticket: Ticket,
        at: NaiveDateTime,
        by: String,
    },
    /// For another showing than the door's, or outside its admission window.
    WrongShowing {
        ticket: Ticket,
        why: crate::i18n::Text,
    },
    Cancelled(Ticket),
    Unpaid(Ticket),
    Unknown,
}

impl Verdict {
    pub fn result(&self) -> &'static str {
        match self {
            Verdict::Valid(_) => "valid",
            Verdict::Admitted { .. } => "admitted",
            Verdict::WrongShowing { .. } => "wrong-showing",
            Verdict::Cancelled(_) => "cancelled",
            Verdict::Unpaid(_) => "unpaid",
            Verdict::Unknown => "unknown",
        }
    }
}

/// What the door shows of a ticket.
#[derive(Debug, Clone)]
pub struct Ticket {
    pub code: String,
    pub detail: ShowingDetail,
    pub seats: Vec<String>,
}

/// Checks the ticket with `code` and, when it may enter now (at the door set to `door_showing`,
/// if any), admits it.
pub fn admit(
    conn: &mut super::Conn,
    code: &str,
    door_showing: Option<i32>,
    staff_id: i32,
    now: NaiveDateTime,
) -> Result<Verdict, StoreError> {
    super::write(conn, |c| {
        let Some(booking) = bookings::find_by_code(c, code)? else {
            return Ok(Verdict::Unknown);
        };
        let ticket = ticket(c, &booking)?;
        match booking.shown_status(now) {
            BookingStatus::Cancelled => return Ok(Verdict::Cancelled(ticket)),
            BookingStatus::Pending | BookingStatus::Expired => return Ok(Verdict::Unpaid(ticket)),
            BookingStatus::Paid => {}
        }
        if let Some(at) = booking.admitted_at {
            return admitted(c, ticket, at, booking.admitted_by);
        }
        let showing = &ticket.detail.showing;
        if door_showing.is_some_and(|id| id != showing.id) {
            return Ok(Verdict::WrongShowing {
                why: crate::i18n::Msg::new("door-why-other-showing").into(),
                ticket,
            });
        }
        let opens = showing.starts_at - Duration::minutes(OPENS_BEFORE_MINUTES);
        if now < opens || now >= showing.ends_at {
            let why = if now < opens {
                "door-why-too-early"
            } else {
                "door-why-ended"
            };
            return Ok(Verdict::WrongShowing {
                why: crate::i18n::Msg::new(why).into(),
                ticket,
            });
        }
        let done = diesel::update(
            bookings_t::table
                .find(booking.id)
                .filter(bookings_t::status.eq(BookingStatus::Paid))
                .filter(bookings_t::admitted_at.is_null()),
        )
        .set((
            bookings_t::admitted_at.eq(Some(now)),
            bookings_t::admitted_by.eq(Some(staff_id)),
        ))
        .execute(c)?;
        if done == 1 {
            return Ok(Verdict::Valid(ticket));
        }
        // Another door admitted it (or it was cancelled) at the same moment.
        let now_is: Booking = bookings_t::table
            .find(booking.id)
            .select(Booking::as_select())
            .first(c)?;
        match now_is.admitted_at {
            Some(at) => admitted(c, ticket, at, now_is.admitted_by),
            None => Ok(Verdict::Cancelled(ticket)),
        }
    })
}

fn admitted(
    c: &mut super::Conn,
    ticket: Ticket,
    at: NaiveDateTime,
    by: Option<i32>,
) -> Result<Verdict, StoreError> {
    let by = match by {
        Some(id) => users::table
            .find(id)
            .select(users::name)
            .first(c)
            .optional()?
            .unwrap_or_default(),
        None => String::new(),
    };
    Ok(Verdict::Admitted { ticket, at, by })
}

fn ticket(c: &mut super::Conn, booking: &Booking) -> Result<Ticket, StoreError> {
    let detail = super::showings::find(c, booking.showing_id)?
        .ok_or_else(|| StoreError::not_found("showing"))?;
    let seats = bookings::items(c, booking)?
        .iter()
        .map(|i| i.label())
        .collect();
    Ok(Ticket {
        code: booking.code.clone(),
        detail,
        seats,
    })
}

/// Per showing: (showing id, seats admitted, seats sold) for the given showings.
pub fn counts(conn: &mut super::Conn, showing_ids: &[i32]) -> QueryResult<Vec<(i32, i64, i64)>> {
    use crate::schema::booking_items;
    let rows: Vec<(i32, Option<NaiveDateTime>)> = booking_items::table
        .inner_join(bookings_t::table)
        .filter(booking_items::showing_id.eq_any(showing_ids))
        .filter(booking_items::live.eq(true))
        .filter(bookings_t::status.eq(BookingStatus::Paid))
        .select((booking_items::showing_id, bookings_t::admitted_at))
        .load(conn)?;
    let mut out: Vec<(i32, i64, i64)> = showing_ids.iter().map(|&id| (id, 0, 0)).collect();
    for (showing_id, admitted) in rows {
        if let Some(entry) = out.iter_mut().find(|(id, ..)| *id == showing_id) {
            entry.2 += 1;
            if admitted.is_some() {
                entry.1 += 1;
            }
        }
    }
    Ok(out)
}
