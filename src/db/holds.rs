//! Seat holds: the guarded updates that make sure no seat is ever sold twice.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::StoreError;
use super::bookings::{self, Booking, Ending};
use super::catalog::TicketType;
use super::expiry::{overdue_basket, run_out_hold};
use super::settings::Rules;
use super::showings;
use crate::domain::age_rating::AgeRating;
use crate::domain::kinds::{BookingStatus, SeatKind, SeatState};
use crate::domain::{hold, sales};
use crate::i18n::Msg;
use crate::schema::{
    booking_items, bookings as bookings_t, payments, seat_states, seats, showings as showings_t,
};

/// A seat of a showing as a hold reads it: its state row and its place in the layout.
#[derive(Debug, Clone, Queryable)]
pub(super) struct SeatRow {
    pub id: i32,
    pub seat_id: i32,
    pub version: i32,
    pub state: SeatState,
    pub held_until: Option<NaiveDateTime>,
    pub booking_id: Option<i32>,
    pub row_label: String,
    pub number: i32,
    pub kind: SeatKind,
}

impl SeatRow {
    pub fn label(&self) -> String {
        format!("{}{}", self.row_label, self.number)
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = booking_items)]
struct NewItem {
    booking_id: i32,
    showing_id: i32,
    seat_id: i32,
    ticket_type_id: i32,
    price_cents: i64,
}

fn seat_row(conn: &mut super::Conn, showing_id: i32, seat_id: i32) -> Result<SeatRow, StoreError> {
    seat_rows(conn, showing_id, &[seat_id])?
        .pop()
        .ok_or_else(|| StoreError::NotFound(Msg::new("seat-unknown").into()))
}

/// The seats of a showing named by id, as a hold reads them; ids the showing lacks are left out.
pub(super) fn seat_rows(
    conn: &mut super::Conn,
    showing_id: i32,
    seat_ids: &[i32],
) -> QueryResult<Vec<SeatRow>> {
    seat_states::table
        .inner_join(seats::table)
        .filter(seat_states::showing_id.eq(showing_id))
        .filter(seat_states::seat_id.eq_any(seat_ids))
        .select((
            seat_states::id,
            seat_states::seat_id,
            seat_states::version,
            seat_states::state,
            seat_states::held_until,
            seat_states::booking_id,
            seats::row_label,
            seats::number,
            seats::kind,
        ))
        .load(conn)
}

/// The user's open basket for a showing; a basket whose hold ran out is ended here first.
fn open_basket(
    conn: &mut super::Conn,
    user_id: i32,
    showing_id: i32,
    now: NaiveDateTime,
) -> Result<Option<Booking>, StoreError> {
    match bookings::pending_for(conn, user_id, showing_id)? {
        Some(b) if !b.is_open(now) => {
            // Ended here or by someone else at the same moment: either way there is no basket.
            bookings::end(conn, &b, Ending::Expire, now)?;
            Ok(None)
        }
        other => Ok(other),
    }
}

/// Holds one seat for the user. Holding a seat already held by this user changes nothing.
pub fn hold(
    conn: &mut super::Conn,
    user_id: i32,
    showing_id: i32,
    seat_id: i32,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let sale = on_sale(c, showing_id, now)?;
        let basket = open_basket(c, user_id, showing_id, now)?;
        let seat = seat_row(c, showing_id, seat_id)?;
        let held_by_other = seat.state == SeatState::Held
            && seat
                .held_until
                .is_some_and(|until| hold::is_live(until, now));
        if let Some(b) = &basket
            && held_by_other
            && seat.booking_id == Some(b.id)
        {
            return Ok(());
        }
        match seat.state {
            SeatState::Sold => {
                return Err(StoreError::Conflict(
                    Msg::new("seat-sold").arg("seat", seat.label()).into(),
                ));
            }
            SeatState::Blocked => {
                return Err(StoreError::Conflict(
                    Msg::new("seat-blocked").arg("seat", seat.label()).into(),
                ));
            }
            SeatState::Held if held_by_other => {
                return Err(StoreError::Conflict(
                    Msg::new("seat-taken").arg("seat", seat.label()).into(),
                ));
            }
            _ => {}
        }
        // A run-out hold of a seat blocked meanwhile goes back to the block, not to the next customer.
        if seat.state == SeatState::Held
            && super::blocks::covers(c, showing_id, &(seat.row_label.clone(), seat.number))?
        {
            return Err(StoreError::Conflict(
                Msg::new("seat-blocked").arg("seat", seat.label()).into(),
            ));
        }
        let ticket = sale.default_ticket(c)?;
        let price = ticket.price_for(sale.base_price, seat.kind, rules.vip_surcharge_cents);
        if let Some(b) = &basket {
            // Taken first (with the seat's price on its total), so the count below cannot change
            // before this hold commits.
            bookings::claim(c, b, now, price)?;
            let held: i64 = booking_items::table
                .filter(
                    booking_items::booking_id
                        .eq(b.id)
                        .and(booking_items::live.eq(true)),
                )
                .count()
                .get_result(c)?;
            if held >= rules.max_seats {
                return Err(StoreError::Conflict(
                    Msg::new("seats-at-most")
                        .arg("count", rules.max_seats)
                        .into(),
                ));
            }
        }
        let basket = match basket {
            Some(b) => b,
            None => {
                ensure_another_basket_allowed(c, user_id, showing_id, now, rules)?;
                bookings::create_pending(c, user_id, showing_id, price, now, rules)?
            }
        };
        take(c, &basket, &seat, (ticket.id, price), Blocked::Refuse, now)?;
        // The showing as read above, still on sale: the last guard, in the update's own WHERE, so
        // that a cancellation or a new time or price committed meanwhile refuses this hold.
        sale.still_on_sale(c)
    })
}

/// What a hold needs of its showing, read once it is known to be on sale: the hot path runs under
/// SQLite's single write lock, so only this.
pub(super) struct OnSale {
    pub showing_id: i32,
    pub starts_at: NaiveDateTime,
    pub base_price: i64,
    pub rating: AgeRating,
}

impl OnSale {
    pub fn default_ticket(&self, c: &mut super::Conn) -> Result<TicketType, StoreError> {
        super::catalog::default_ticket_type(c, self.rating)?
            .ok_or_else(|| StoreError::Conflict(Msg::new("no-tickets-on-sale").into()))
    }

    /// The showing as read, still on sale: the last guard of a hold, in the update's own WHERE, so
    /// that a cancellation or a new time or price committed meanwhile refuses it.
    pub fn still_on_sale(&self, c: &mut super::Conn) -> Result<(), StoreError> {
        if showings::touch_seats_while(c, self.showing_id, self.starts_at, self.base_price)? {
            Ok(())
        } else {
            Err(StoreError::Conflict(Msg::new("showing-changed").into()))
        }
    }
}

/// The showing, if its seats are for sale now: not cancelled, not started.
pub(super) fn on_sale(
    c: &mut super::Conn,
    showing_id: i32,
    now: NaiveDateTime,
) -> Result<OnSale, StoreError> {
    let (starts_at, base_price, rating, cancelled): (
        NaiveDateTime,
        i64,
        String,
        Option<NaiveDateTime>,
    ) = showings_t::table
        .find(showing_id)
        .inner_join(crate::schema::movies::table)
        .select((
            showings_t::starts_at,
            showings_t::price_cents,
            crate::schema::movies::age_rating,
            showings_t::cancelled_at,
        ))
        .first(c)
        .optional()?
        .ok_or_else(|| StoreError::not_found("showing"))?;
    if cancelled.is_some() {
        return Err(StoreError::Conflict(Msg::new("showing-cancelled").into()));
    }
    if sales::has_started(starts_at, now) {
        return Err(StoreError::Conflict(Msg::new("sales-closed").into()));
    }
    Ok(OnSale {
        showing_id,
        starts_at,
        base_price,
        rating: AgeRating::parse(&rating),
    })
}

/// Whether a seat blocked for the showing may be taken: only by a cashier who confirmed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Blocked {
    Refuse,
    Sell,
}

/// Puts one seat, as read in `seat`, into the open `basket` at `price`: the guard that no seat is
/// sold twice. Only a free seat, or one whose hold has run out (or a blocked one the cashier chose
/// to sell), still at the version read, is taken; the caller has moved the basket's total.
pub(super) fn take(
    c: &mut super::Conn,
    basket: &Booking,
    seat: &SeatRow,
    (ticket_type_id, price): (i32, i64),
    blocked: Blocked,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    let showing_id = basket.showing_id;
    let guard = seat_states::state.eq(SeatState::Free).or(seat_states::state
        .eq(SeatState::Held)
        .and(run_out_hold(now)));
    let target = seat_states::table
        .find(seat.id)
        .filter(seat_states::showing_id.eq(showing_id))
        .filter(seat_states::version.eq(seat.version));
    let values = (
        seat_states::state.eq(SeatState::Held),
        seat_states::booking_id.eq(Some(basket.id)),
        seat_states::held_until.eq(Some(basket.expires_at)),
        seat_states::version.eq(seat_states::version + 1),
    );
    let taken = match blocked {
        Blocked::Refuse => diesel::update(target.filter(guard))
            .set(values)
            .execute(c)?,
        Blocked::Sell => {
            diesel::update(target.filter(guard.or(seat_states::state.eq(SeatState::Blocked))))
                .set(values)
                .execute(c)?
        }
    };
    if taken != 1 {
        return Err(StoreError::Conflict(
            Msg::new("seat-taken").arg("seat", seat.label()).into(),
        ));
    }
    if let Some(previous) = seat.booking_id.filter(|&id| id != basket.id) {
        // The seat comes from someone's run-out hold the sweeper has not ended yet.
        bookings::give_up_item(c, previous, seat.seat_id)?;
    }
    diesel::insert_into(booking_items::table)
        .values(&NewItem {
            booking_id: basket.id,
            showing_id,
            seat_id: seat.seat_id,
            ticket_type_id,
            price_cents: price,
        })
        .execute(c)?;
    Ok(())
}

/// A customer holds seats in at most `max_open_baskets` showings at once. The user's row is taken
/// first, with an update that changes nothing: on a database with row locks a second new basket
/// of the same customer waits for this one's transaction and then counts it. The same update
/// refuses an account deactivated meanwhile.
fn ensure_another_basket_allowed(
    c: &mut super::Conn,
    user_id: i32,
    showing_id: i32,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<(), StoreError> {
    use crate::schema::{movies, users};
    let taken = diesel::update(users::table.find(user_id).filter(users::active.eq(true)))
        .set(users::id.eq(users::id))
        .execute(c)?;
    if taken != 1 {
        return Err(StoreError::Conflict(Msg::new("account-cannot-hold").into()));
    }
    let others: Vec<String> = bookings_t::table
        .inner_join(showings_t::table.inner_join(movies::table))
        .filter(bookings_t::user_id.eq(user_id))
        .filter(bookings_t::status.eq(BookingStatus::Pending))
        .filter(super::expiry::live_basket(now))
        .filter(bookings_t::showing_id.ne(showing_id))
        .select(movies::title)
        .load(c)?;
    if (others.len() as i64) < rules.max_open_baskets {
        return Ok(());
    }
    Err(StoreError::Conflict(
        Msg::new("baskets-at-most")
            .arg("count", others.len())
            .arg("titles", others.join(", "))
            .into(),
    ))
}

/// Releases a seat the user holds; releasing the last seat discards the basket.
pub fn release(
    conn: &mut super::Conn,
    user_id: i32,
    showing_id: i32,
    seat_id: i32,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let Some(basket) = open_basket(c, user_id, showing_id, now)? else {
            // Nothing held (or the hold ran out): the seat is not this user's either way.
            let seat = seat_row(c, showing_id, seat_id)?;
            return Err(StoreError::Conflict(
                Msg::new("seat-not-yours").arg("seat", seat.label()).into(),
            ));
        };
        release_from(c, &basket, seat_id, now)
    })
}

/// Takes a seat out of an open basket (a customer's or a counter sale); taking out the last seat
/// discards the basket. Call it inside a write.
pub(super) fn release_from(
    c: &mut super::Conn,
    basket: &Booking,
    seat_id: i32,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    let showing_id = basket.showing_id;
    {
        let seat = seat_row(c, showing_id, seat_id)?;
        if seat.booking_id != Some(basket.id) || seat.state != SeatState::Held {
            return Err(StoreError::Conflict(
                Msg::new("seat-not-yours").arg("seat", seat.label()).into(),
            ));
        }
        let price: i64 = booking_items::table
            .filter(booking_items::booking_id.eq(basket.id))
            .filter(booking_items::seat_id.eq(seat_id))
            .filter(booking_items::live.eq(true))
            .select(booking_items::price_cents)
            .first(c)?;
        bookings::claim(c, basket, now, -price)?;
        let freed = diesel::update(
            seat_states::table
                .find(seat.id)
                .filter(seat_states::version.eq(seat.version))
                .filter(seat_states::state.eq(SeatState::Held))
                .filter(seat_states::booking_id.eq(basket.id)),
        )
        .set((
            seat_states::state.eq(SeatState::Free),
            seat_states::booking_id.eq(None::<i32>),
            seat_states::held_until.eq(None::<NaiveDateTime>),
            seat_states::version.eq(seat_states::version + 1),
        ))
        .execute(c)?;
        if freed != 1 {
            return Err(changed_meanwhile());
        }
        super::blocks::restore(c, showing_id)?;
        diesel::delete(
            booking_items::table
                .filter(booking_items::booking_id.eq(basket.id))
                .filter(booking_items::seat_id.eq(seat_id))
                .filter(booking_items::live.eq(true)),
        )
        .execute(c)?;
        let remaining: i64 = booking_items::table
            .filter(
                booking_items::booking_id
                    .eq(basket.id)
                    .and(booking_items::live.eq(true)),
            )
            .count()
            .get_result(c)?;
        let attempts: i64 = payments::table
            .filter(payments::booking_id.eq(basket.id))
            .count()
            .get_result(c)?;
        if remaining == 0 && attempts > 0 {
            // A declined payment stays on record, so the emptied basket is ended, not deleted.
            if !bookings::end(c, basket, Ending::Cancel, now)? {
                return Err(changed_meanwhile());
            }
        } else if remaining == 0 {
            diesel::delete(booking_items::table.filter(booking_items::booking_id.eq(basket.id)))
                .execute(c)?;
            let deleted = diesel::delete(
                bookings_t::table
                    .find(basket.id)
                    .filter(bookings_t::status.eq(BookingStatus::Pending)),
            )
            .execute(c)?;
            if deleted != 1 {
                return Err(changed_meanwhile());
            }
        }
        showings::touch_seats(c, showing_id)?;
        Ok(())
    }
}

/// Ends every pending booking whose hold has run out; returns how many. Run by the background sweeper.
pub fn expire_overdue(conn: &mut super::Conn, now: NaiveDateTime) -> Result<usize, StoreError> {
    super::write(conn, |c| {
        let overdue: Vec<Booking> = bookings_t::table
            .filter(
                bookings_t::status
                    .eq(BookingStatus::Pending)
                    .and(overdue_basket(now)),
            )
            .select(Booking::as_select())
            .limit(1000)
            .load(c)?;
        let mut expired = 0;
        for booking in &overdue {
            // Not expired when it was paid or cancelled since the list was read.
            if bookings::end(c, booking, Ending::Expire, now)? {
                expired += 1;
            }
        }
        Ok(expired)
    })
}

fn changed_meanwhile() -> StoreError {
    StoreError::Conflict(Msg::new("seat-changed").into())
}
