//! The schedule as the back office writes it: showings created one at a time or in bulk, edited
//! while nothing of them is sold, and cancelled with every booking refunded.
//!
//! Two showings of one hall never overlap, counting the film's running time and the cleaning
//! buffer after it. The check runs inside the write that creates the showing, after the hall's row
//! is locked by an update of it, so two administrators scheduling the same slot at once cannot
//! both pass it: on SQLite the writes take turns anyway, and on a database with row locks the
//! second waits for the first's commit and then sees its showing.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde_json::json;

use super::StoreError;
use super::audit::{self, Change};
use super::bookings::{Booking, Ending};
use crate::domain::kinds::{BookingStatus, SeatState, ShowFormat};
use crate::i18n::Msg;
use crate::schema::{booking_items, bookings, halls, movies, seat_states, showings};

/// A showing as the back office shows and edits it.
#[derive(Debug, Clone)]
pub struct ShowingRecord {
    pub id: i32,
    pub movie_id: i32,
    pub title: String,
    pub duration_minutes: i32,
    pub hall_id: i32,
    pub hall: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub price_cents: i64,
    pub version: i32,
    pub cancelled_at: Option<NaiveDateTime>,
    pub cancel_reason: String,
    pub format: ShowFormat,
    /// Seats sold, and seats held, now.
    pub sold: i64,
    pub held: i64,
    pub seats: i64,
}

impl ShowingRecord {
    fn json(&self) -> serde_json::Value {
        json!({
            "movie_id": self.movie_id,
            "movie": self.title,
            "hall_id": self.hall_id,
            "hall": self.hall,
            "starts_at": self.starts_at.to_string(),
            "ends_at": self.ends_at.to_string(),
            "price_cents": self.price_cents,
            "version": self.version,
            "cancelled": self.cancelled_at.is_some(),
            "cancel_reason": self.cancel_reason,
            "format": self.format.as_str(),
        })
    }
}

type RecordRow = (
    i32,
    i32,
    String,
    i32,
    i32,
    String,
    NaiveDateTime,
    NaiveDateTime,
    i64,
    i32,
    Option<NaiveDateTime>,
    String,
    i32,
    ShowFormat,
);

type RecordColumns = (
    showings::id,
    showings::movie_id,
    movies::title,
    movies::duration_minutes,
    showings::hall_id,
    halls::name,
    showings::starts_at,
    showings::ends_at,
    showings::price_cents,
    showings::version,
    showings::cancelled_at,
    showings::cancel_reason,
    showings::layout_id,
    showings::format,
);

fn record_select() -> RecordColumns {
    (
        showings::id,
        showings::movie_id,
        movies::title,
        movies::duration_minutes,
        showings::hall_id,
        halls::name,
        showings::starts_at,
        showings::ends_at,
        showings::price_cents,
        showings::version,
        showings::cancelled_at,
        showings::cancel_reason,
        showings::layout_id,
        showings::format,
    )
}

fn record(row: RecordRow, counts: (i64, i64, i64)) -> ShowingRecord {
    let (
        id,
        movie_id,
        title,
        duration_minutes,
        hall_id,
        hall,
        starts_at,
        ends_at,
        price_cents,
        version,
        cancelled_at,
        cancel_reason,
        _layout_id,
        format,
    ) = row;
    ShowingRecord {
        id,
        movie_id,
        title,
        duration_minutes,
        hall_id,
        hall,
        starts_at,
        ends_at,
        price_cents,
        version,
        cancelled_at,
        cancel_reason,
        format,
        sold: counts.0,
        held: counts.1,
        seats: counts.2,
    }
}

/// Sold, held and all seats of each showing: the sold and held ones from their states (an index
/// holds them by state, so free seats are not read), all of them from the showings' layouts.
pub fn counts(
    c: &mut super::Conn,
    showings_and_layouts: &[(i32, i32)],
) -> QueryResult<std::collections::HashMap<i32, (i64, i64, i64)>> {
    use crate::schema::seats;
    let ids: Vec<i32> = showings_and_layouts.iter().map(|(s, _)| *s).collect();
    let mut layout_ids: Vec<i32> = showings_and_layouts.iter().map(|(_, l)| *l).collect();
    layout_ids.sort_unstable();
    layout_ids.dedup();
    let taken: Vec<(i32, SeatState, i64)> = seat_states::table
        .filter(seat_states::showing_id.eq_any(&ids))
        .filter(seat_states::state.eq_any([SeatState::Sold, SeatState::Held]))
        .group_by((seat_states::showing_id, seat_states::state))
        .select((
            seat_states::showing_id,
            seat_states::state,
            diesel::dsl::count_star(),
        ))
        .load(c)?;
    let sizes: std::collections::HashMap<i32, i64> = seats::table
        .filter(seats::layout_id.eq_any(&layout_ids))
        .group_by(seats::layout_id)
        .select((seats::layout_id, diesel::dsl::count_star()))
        .load::<(i32, i64)>(c)?
        .into_iter()
        .collect();
    let mut out: std::collections::HashMap<i32, (i64, i64, i64)> = showings_and_layouts
        .iter()
        .map(|(s, l)| (*s, (0, 0, sizes.get(l).copied().unwrap_or(0))))
        .collect();
    for (id, state, n) in taken {
        if let Some(entry) = out.get_mut(&id) {
            match state {
                SeatState::Sold => entry.0 += n,
                SeatState::Held => entry.1 += n,
                SeatState::Free | SeatState::Blocked => {}
            }
        }
    }
    Ok(out)
}

/// How many seats of each showing are not for sale (blocked), from the by-state index.
pub fn blocked_counts(c: &mut super::Conn, ids: &[i32]) -> QueryResult<Vec<(i32, i64)>> {
    seat_states::table
        .filter(seat_states::showing_id.eq_any(ids))
        .filter(seat_states::state.eq(SeatState::Blocked))
        .group_by(seat_states::showing_id)
        .select((seat_states::showing_id, diesel::dsl::count_star()))
        .load(c)
}

pub fn find(c: &mut super::Conn, id: i32) -> QueryResult<Option<ShowingRecord>> {
    let Some(row) = showings::table
        .find(id)
        .inner_join(movies::table)
        .inner_join(halls::table)
        .select(record_select())
        .first::<RecordRow>(c)
        .optional()?
    else {
        return Ok(None);
    };
    let n = counts(c, &[(id, row.12)])?
        .get(&id)
        .copied()
        .unwrap_or_default();
    Ok(Some(record(row, n)))
}

/// The showings starting in [from, to), of one hall or all, by start: the week view and the list.
pub fn between(
    c: &mut super::Conn,
    hall_id: Option<i32>,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> QueryResult<Vec<ShowingRecord>> {
    let mut query = showings::table
        .inner_join(movies::table)
        .inner_join(halls::table)
        .filter(showings::starts_at.ge(from))
        .filter(showings::starts_at.lt(to))
        .order((showings::starts_at, showings::hall_id))
        .select(record_select())
        .into_boxed();
    if let Some(hall_id) = hall_id {
        query = query.filter(showings::hall_id.eq(hall_id));
    }
    let rows: Vec<RecordRow> = query.load(c)?;
    let ids: Vec<(i32, i32)> = rows.iter().map(|r| (r.0, r.12)).collect();
    let n = counts(c, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let counts = n.get(&row.0).copied().unwrap_or_default();
            record(row, counts)
        })
        .collect())
}

/// A showing the new one would overlap, counting the cleaning buffer on both sides.
#[derive(Debug, Clone)]
pub struct Clash {
    /// The start asked for.
    pub wanted: NaiveDateTime,
    /// What is in the way: an existing showing, or another start of the same request.
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
}

/// The hall's showings, not cancelled, that [starts_at, ends_at) plus the buffer would overlap.
fn in_the_way(
    c: &mut super::Conn,
    hall_id: i32,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    buffer: Duration,
    except: Option<i32>,
) -> QueryResult<Vec<Clash>> {
    let mut query = showings::table
        .inner_join(movies::table)
        .filter(showings::hall_id.eq(hall_id))
        .filter(showings::cancelled_at.is_null())
        .filter(showings::starts_at.lt(ends_at + buffer))
        .filter(showings::ends_at.gt(starts_at - buffer))
        .select((movies::title, showings::starts_at, showings::ends_at))
        .into_boxed();
    if let Some(id) = except {
        query = query.filter(showings::id.ne(id));
    }
    let rows: Vec<(String, NaiveDateTime, NaiveDateTime)> = query.load(c)?;
    Ok(rows
        .into_iter()
        .map(|(title, s, e)| Clash {
            wanted: starts_at,
            title,
            starts_at: s,
            ends_at: e,
        })
        .collect())
}

/// What scheduling asked for.
#[derive(Debug, Clone)]
pub struct Plan {
    pub movie_id: i32,
    pub hall_id: i32,
    /// In UTC, each one a showing.
    pub starts: Vec<NaiveDateTime>,
    pub price_cents: i64,
    pub format: ShowFormat,
}

/// What scheduling came to: every showing created, or none and the reasons.
#[derive(Debug, Clone)]
pub enum Scheduled {
    Done(Vec<i32>),
    Clashes(Vec<Clash>),
}

/// Creates every showing of `plan`, or none: a start in the past or archived film is refused, and
/// starts that clash (with the hall's showings or with each other) are all listed.
pub fn create(
    conn: &mut super::Conn,
    plan: &Plan,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Scheduled, StoreError> {
    super::write(conn, |c| {
        let (title, minutes, active): (String, i32, bool) = movies::table
            .find(plan.movie_id)
            .select((movies::title, movies::duration_minutes, movies::active))
            .first(c)
            .optional()?
            .ok_or_else(|| StoreError::Invalid(Msg::new("schedule-no-such-movie").into()))?;
        if !active {
            return Err(StoreError::Invalid(
                Msg::new("schedule-film-archived")
                    .arg("title", title)
                    .into(),
            ));
        }
        if !super::halls::lock(c, plan.hall_id)? {
            return Err(StoreError::Invalid(
                Msg::new("schedule-no-such-hall").into(),
            ));
        }
        if let Some(past) = plan.starts.iter().find(|s| **s <= now) {
            return Err(StoreError::Invalid(
                Msg::new("schedule-start-past-utc")
                    .arg("time", past.to_string())
                    .into(),
            ));
        }
        let buffer = Duration::minutes(super::settings::load(c, None)?.cleaning.num_minutes());
        let length = Duration::minutes(i64::from(minutes));
        let mut clashes = Vec::new();
        let mut created = Vec::new();
        // In a savepoint, so that a request with any clash leaves nothing behind; each start is
        // checked against the showings created before it in the same request too.
        let result = c.transaction::<(), diesel::result::Error, _>(|c| {
            for &starts_at in &plan.starts {
                let ends_at = starts_at + length;
                let found = in_the_way(c, plan.hall_id, starts_at, ends_at, buffer, None)?;
                if !found.is_empty() {
                    clashes.extend(found);
                    continue;
                }
                let id = super::showings::create(
                    c,
                    &super::showings::NewShowing {
                        movie_id: plan.movie_id,
                        hall_id: plan.hall_id,
                        starts_at,
                        ends_at,
                        price_cents: plan.price_cents,
                        format: plan.format,
                    },
                )?;
                created.push(id);
            }
            if !clashes.is_empty() {
                return Err(diesel::result::Error::RollbackTransaction);
            }
            for &id in &created {
                let after = find(c, id)?.ok_or(diesel::result::Error::NotFound)?;
                audited(
                    c,
                    now,
                    actor_id,
                    id,
                    "create",
                    serde_json::Value::Null,
                    after.json(),
                )?;
            }
            Ok(())
        });
        match result {
            Ok(()) => Ok(Scheduled::Done(created)),
            Err(diesel::result::Error::RollbackTransaction) => Ok(Scheduled::Clashes(clashes)),
            Err(e) => Err(e.into()),
        }
    })
}

/// What an edit came to.
pub enum Edited {
    Done,
    /// Someone changed the showing after the form was shown: nothing was changed.
    Stale(ShowingRecord),
    Clashes(Vec<Clash>),
}

/// What the edit form may change of a showing.
#[derive(Debug, Clone, Copy)]
pub struct Edit {
    pub starts_at: NaiveDateTime,
    pub price_cents: i64,
    pub format: ShowFormat,
}

/// Moves a showing or changes its base price or format, if it is still at `version` and nothing
/// of it is held or sold (its customers chose it for that time, format and price).
pub fn update(
    conn: &mut super::Conn,
    id: i32,
    version: i32,
    edit: Edit,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Edited, StoreError> {
    let Edit {
        starts_at,
        price_cents,
        format,
    } = edit;
    super::write(conn, |c| {
        let before = find(c, id)?.ok_or_else(|| StoreError::not_found("showing"))?;
        if before.cancelled_at.is_some() {
            return Err(StoreError::Conflict(
                Msg::new("schedule-cancelled-unchangeable").into(),
            ));
        }
        if before.starts_at <= now || starts_at <= now {
            return Err(StoreError::Conflict(
                Msg::new("schedule-started-unchangeable").into(),
            ));
        }
        if !super::halls::lock(c, before.hall_id)? {
            return Err(StoreError::not_found("hall"));
        }
        let ends_at = starts_at + Duration::minutes(i64::from(before.duration_minutes));
        let buffer = Duration::minutes(super::settings::load(c, None)?.cleaning.num_minutes());
        let clashes = in_the_way(c, before.hall_id, starts_at, ends_at, buffer, Some(id))?;
        if !clashes.is_empty() {
            return Ok(Edited::Clashes(clashes));
        }
        let live_items = booking_items::table
            .filter(booking_items::showing_id.eq(id))
            .filter(booking_items::live.eq(true));
        let changed = diesel::update(
            showings::table
                .find(id)
                .filter(showings::version.eq(version))
                .filter(showings::cancelled_at.is_null())
                .filter(diesel::dsl::not(diesel::dsl::exists(live_items))),
        )
        .set((
            showings::starts_at.eq(starts_at),
            showings::ends_at.eq(ends_at),
            showings::price_cents.eq(price_cents),
            showings::format.eq(format),
            showings::version.eq(showings::version + 1),
        ))
        .execute(c)?;
        if changed != 1 {
            if before.version != version {
                return Ok(Edited::Stale(before));
            }
            return Err(StoreError::Conflict(
                Msg::new("schedule-sold-unchangeable").into(),
            ));
        }
        let after = find(c, id)?.ok_or_else(|| StoreError::not_found("showing"))?;
        audited(c, now, actor_id, id, "update", before.json(), after.json())?;
        Ok(Edited::Done)
    })
}

/// What a cancellation did.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cancelled {
    pub bookings: usize,
    pub refunds: usize,
    pub refunded_cents: i64,
}

/// Cancels a showing that has not ended: every open or paid booking is cancelled (a paid one
/// refunded, once: each booking's own guarded update decides), every seat is taken off sale, and
/// the reason is kept for the customers' pages. All in one write.
pub fn cancel(
    conn: &mut super::Conn,
    id: i32,
    reason: &str,
    actor_id: i32,
    now: NaiveDateTime,
    rules: &super::settings::Rules,
) -> Result<Cancelled, StoreError> {
    super::write(conn, |c| {
        let before = find(c, id)?.ok_or_else(|| StoreError::not_found("showing"))?;
        let changed = diesel::update(
            showings::table
                .find(id)
                .filter(showings::cancelled_at.is_null())
                .filter(showings::ends_at.gt(now)),
        )
        .set((
            showings::cancelled_at.eq(Some(now)),
            showings::cancel_reason.eq(reason),
            showings::version.eq(showings::version + 1),
        ))
        .execute(c)?;
        if changed != 1 {
            return Err(StoreError::Conflict(
                if before.cancelled_at.is_some() {
                    Msg::new("schedule-cancelled-already")
                } else {
                    Msg::new("schedule-ended")
                }
                .into(),
            ));
        }
        let open: Vec<Booking> = bookings::table
            .filter(bookings::showing_id.eq(id))
            .filter(bookings::status.eq_any([BookingStatus::Pending, BookingStatus::Paid]))
            .select(Booking::as_select())
            .load(c)?;
        let mut done = Cancelled::default();
        for booking in &open {
            if !super::bookings::end(c, booking, Ending::Cancel, now)? {
                continue;
            }
            done.bookings += 1;
            if booking.status == BookingStatus::Paid {
                // Paid back the way it was paid; cash waits for the customer at the counter.
                let till = super::ledger::Till {
                    channel: booking.channel,
                    cashier_id: Some(actor_id),
                    shift_id: None,
                };
                let refund = super::ledger::refund(c, booking, till, now, rules)?;
                done.refunds += 1;
                done.refunded_cents += refund.amount_cents;
            }
        }
        // Nothing of a cancelled showing is for sale: a hold that comes after finds no free seat.
        diesel::update(
            seat_states::table
                .filter(seat_states::showing_id.eq(id))
                .filter(seat_states::state.eq(SeatState::Free)),
        )
        .set((
            seat_states::state.eq(SeatState::Blocked),
            seat_states::version.eq(seat_states::version + 1),
        ))
        .execute(c)?;
        super::showings::touch_seats(c, id)?;
        let after = find(c, id)?.ok_or_else(|| StoreError::not_found("showing"))?;
        let mut after_json = after.json();
        after_json["bookings_cancelled"] = done.bookings.into();
        after_json["refunded_cents"] = done.refunded_cents.into();
        audited(c, now, actor_id, id, "cancel", before.json(), after_json)?;
        Ok(done)
    })
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
            entity: "showing",
            entity_id: id,
            action,
            before,
            after,
        },
    )
}
