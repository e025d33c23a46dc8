//! Bookings and their items: reading them, opening a basket, and ending a booking.

use crate::i18n::Msg;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::settings::Rules;
use super::showings::{self, ShowingDetail};
use super::{StoreError, StoreResult};
use crate::domain::kinds::{
    BookingStatus, Channel, PaymentKind, PaymentMethod, PaymentStatus, SeatKind, SeatState,
};
use crate::domain::{booking_code, hold};
use crate::schema::{booking_items, bookings, payments, seat_states, seats, ticket_types};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = bookings)]
pub struct Booking {
    pub id: i32,
    pub code: String,
    /// The customer's account: always for a web booking; at the counter only when one was named.
    pub user_id: Option<i32>,
    pub showing_id: i32,
    pub status: BookingStatus,
    pub total_cents: i64,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub paid_at: Option<NaiveDateTime>,
    pub cancelled_at: Option<NaiveDateTime>,
    pub version: i32,
    pub channel: Channel,
    pub cashier_id: Option<i32>,
    /// A walk-in's name or e-mail for the receipt (empty when none was given).
    pub customer_name: String,
    pub customer_email: String,
    pub collected_at: Option<NaiveDateTime>,
    pub collected_by: Option<i32>,
    pub admitted_at: Option<NaiveDateTime>,
    pub admitted_by: Option<i32>,
}

impl Booking {
    /// Pending and still inside its hold.
    pub fn is_open(&self, now: NaiveDateTime) -> bool {
        self.status == BookingStatus::Pending && hold::is_live(self.expires_at, now)
    }

    /// The status a person should see: a pending booking whose hold ran out is expired already.
    pub fn shown_status(&self, now: NaiveDateTime) -> BookingStatus {
        if self.status == BookingStatus::Pending && hold::has_run_out(self.expires_at, now) {
            BookingStatus::Expired
        } else {
            self.status
        }
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = bookings)]
struct NewBooking<'a> {
    code: &'a str,
    user_id: Option<i32>,
    channel: Channel,
    cashier_id: Option<i32>,
    showing_id: i32,
    status: BookingStatus,
    total_cents: i64,
    created_at: NaiveDateTime,
    expires_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable)]
pub struct Item {
    pub seat_id: i32,
    pub row_label: String,
    pub number: i32,
    pub kind: SeatKind,
    pub ticket_type_id: i32,
    pub ticket_type_name: String,
    pub price_cents: i64,
}

impl Item {
    pub fn label(&self) -> String {
        format!("{}{}", self.row_label, self.number)
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = payments)]
pub struct Payment {
    pub kind: PaymentKind,
    pub method: PaymentMethod,
    pub status: PaymentStatus,
    pub amount_cents: i64,
    pub reference: String,
    pub card_last4: Option<String>,
    pub created_at: NaiveDateTime,
}

pub fn find_by_code(conn: &mut super::Conn, code: &str) -> QueryResult<Option<Booking>> {
    bookings::table
        .filter(bookings::code.eq(code))
        .select(Booking::as_select())
        .first(conn)
        .optional()
}

pub fn pending_for(
    conn: &mut super::Conn,
    user_id: i32,
    showing_id: i32,
) -> QueryResult<Option<Booking>> {
    bookings::table
        .filter(bookings::user_id.eq(user_id))
        .filter(bookings::showing_id.eq(showing_id))
        .filter(bookings::status.eq(BookingStatus::Pending))
        .filter(bookings::channel.eq(Channel::Web))
        .select(Booking::as_select())
        .first(conn)
        .optional()
}

/// The user's web booking still being paid for the showing, and the codes of their paid ones
/// (online or at the counter, oldest first), in one query: what the seat map asks of a viewer.
pub fn viewers_bookings(
    conn: &mut super::Conn,
    user_id: i32,
    showing_id: i32,
) -> QueryResult<(Option<Booking>, Vec<String>)> {
    let found: Vec<Booking> = bookings::table
        .filter(bookings::user_id.eq(user_id))
        .filter(bookings::showing_id.eq(showing_id))
        .filter(
            bookings::status.eq(BookingStatus::Paid).or(bookings::status
                .eq(BookingStatus::Pending)
                .and(bookings::channel.eq(Channel::Web))),
        )
        .order(bookings::id)
        .select(Booking::as_select())
        .load(conn)?;
    let mut pending = None;
    let mut paid = Vec::new();
    for b in found {
        match b.status {
            BookingStatus::Pending => pending = pending.or(Some(b)),
            _ => paid.push(b.code),
        }
    }
    Ok((pending, paid))
}

/// The seats of a booking with their ticket types. Live items only, unless the booking has ended,
/// in which case the seats it had are shown for the record.
pub fn items(conn: &mut super::Conn, booking: &Booking) -> QueryResult<Vec<Item>> {
    let ended = matches!(
        booking.status,
        BookingStatus::Cancelled | BookingStatus::Expired
    );
    let mut query = booking_items::table
        .inner_join(seats::table)
        .inner_join(ticket_types::table)
        .filter(booking_items::booking_id.eq(booking.id))
        .select((
            seats::id,
            seats::row_label,
            seats::number,
            seats::kind,
            ticket_types::id,
            ticket_types::name,
            booking_items::price_cents,
        ))
        .order((seats::grid_row, seats::grid_col))
        .into_boxed();
    if !ended {
        query = query.filter(booking_items::live.eq(true));
    }
    query.load(conn)
}

pub fn payments(conn: &mut super::Conn, booking_id: i32) -> QueryResult<Vec<Payment>> {
    payments::table
        .filter(payments::booking_id.eq(booking_id))
        .order(payments::id)
        .select(Payment::as_select())
        .load(conn)
}

/// A user's bookings with their showings and seat labels (`F12`), newest first: two queries however
/// many bookings there are.
pub fn list_for_user(
    conn: &mut super::Conn,
    user_id: i32,
) -> QueryResult<Vec<(Booking, ShowingDetail, Vec<String>)>> {
    use super::catalog::{Hall, Movie};
    use super::showings::Showing;
    use crate::schema::{halls, movies, showings as showings_t};
    let rows: Vec<(Booking, Showing, Movie, Hall)> = bookings::table
        .inner_join(
            showings_t::table
                .inner_join(movies::table)
                .inner_join(halls::table),
        )
        .filter(bookings::user_id.eq(user_id))
        .order((bookings::created_at.desc(), bookings::id.desc()))
        .select((
            Booking::as_select(),
            Showing::as_select(),
            Movie::as_select(),
            Hall::as_select(),
        ))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|(b, ..)| b.id).collect();
    let items: Vec<(i32, String, i32, bool)> = booking_items::table
        .inner_join(seats::table)
        .filter(booking_items::booking_id.eq_any(&ids))
        .order((seats::row_label, seats::number))
        .select((
            booking_items::booking_id,
            seats::row_label,
            seats::number,
            booking_items::live,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(booking, showing, movie, hall)| {
            // As on the booking's page: its live seats, or those it had once it has ended.
            let ended = matches!(
                booking.status,
                BookingStatus::Cancelled | BookingStatus::Expired
            );
            let labels = items
                .iter()
                .filter(|(id, _, _, live)| *id == booking.id && (*live || ended))
                .map(|(_, row, number, _)| format!("{row}{number}"))
                .collect();
            (
                booking,
                ShowingDetail {
                    showing,
                    movie,
                    hall,
                },
                labels,
            )
        })
        .collect())
}

/// Opens a pending booking (the basket) for a user's first hold on a showing, with the total of
/// that first seat. `Conflict` when the user opened one for this showing at the same moment
/// elsewhere.
pub fn create_pending(
    conn: &mut super::Conn,
    user_id: i32,
    showing_id: i32,
    total_cents: i64,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<Booking, StoreError> {
    for _ in 0..5 {
        let code = booking_code::generate();
        let new = NewBooking {
            code: &code,
            user_id: Some(user_id),
            channel: Channel::Web,
            cashier_id: None,
            showing_id,
            status: BookingStatus::Pending,
            total_cents,
            created_at: now,
            expires_at: now + rules.hold,
        };
        // Nothing is inserted when the code is taken or the user already has a basket here; the
        // transaction goes on either way (a failed statement would end it on PostgreSQL).
        let inserted = diesel::insert_into(bookings::table)
            .values(&new)
            .on_conflict_do_nothing()
            .returning(Booking::as_returning())
            .get_result(conn)
            .optional()?;
        if let Some(booking) = inserted {
            return Ok(booking);
        }
        if pending_for(conn, user_id, showing_id)?.is_some() {
            return Err(StoreError::Conflict(
                Msg::new("error-basket-other-window").into(),
            ));
        }
        // The code was taken: draw another.
    }
    Err(StoreError::failed(anyhow::anyhow!(
        "could not draw an unused booking code"
    )))
}

/// Opens a counter sale: a pending booking of no account, sold by `cashier_id`, with the total
/// of its first seats. A cashier may have several open at once (two queues, two showings).
pub fn create_counter(
    conn: &mut super::Conn,
    cashier_id: i32,
    showing_id: i32,
    total_cents: i64,
    now: NaiveDateTime,
    rules: &Rules,
) -> Result<Booking, StoreError> {
    for _ in 0..5 {
        let code = booking_code::generate();
        let inserted = diesel::insert_into(bookings::table)
            .values(&NewBooking {
                code: &code,
                user_id: None,
                channel: Channel::Counter,
                cashier_id: Some(cashier_id),
                showing_id,
                status: BookingStatus::Pending,
                total_cents,
                created_at: now,
                expires_at: now + rules.hold,
            })
            .on_conflict_do_nothing()
            .returning(Booking::as_returning())
            .get_result(conn)
            .optional()?;
        if let Some(booking) = inserted {
            return Ok(booking);
        }
    }
    Err(StoreError::failed(anyhow::anyhow!(
        "could not draw an unused booking code"
    )))
}

/// Takes a pending, unexpired booking for a change of its items and moves its total by what the
/// change adds (negative: takes off), in one guarded update that also moves its version on. On a
/// database with row locks the update also keeps every other change to the booking waiting until
/// this transaction ends, so whatever the caller reads of the booking's items afterwards is
/// current. `Conflict` when the booking is no longer open: paid, ended or run out meanwhile.
///
/// The one way a total changes: every change to a booking's items moves it by the change's amount
/// here, in the transaction of the change, so a total is always the sum of its live items.
pub fn claim(
    conn: &mut super::Conn,
    booking: &Booking,
    now: NaiveDateTime,
    delta_cents: i64,
) -> StoreResult<()> {
    let claimed = diesel::update(
        bookings::table
            .find(booking.id)
            .filter(bookings::status.eq(BookingStatus::Pending))
            .filter(super::expiry::live_basket(now)),
    )
    .set((
        bookings::total_cents.eq(bookings::total_cents + delta_cents),
        bookings::version.eq(bookings::version + 1),
    ))
    .execute(conn)?;
    if claimed == 1 {
        Ok(())
    } else {
        Err(StoreError::Conflict(
            Msg::new("error-booking-changed").into(),
        ))
    }
}

/// Takes a seat's item away from a pending booking whose hold has run out (another hold took the
/// seat over before the sweeper ended it): its total drops by the item's price and its version
/// moves on, so its old checkout form cannot pay the old total. `false` when the booking is no
/// longer pending (it was ended meanwhile, and owns nothing).
pub fn give_up_item(conn: &mut super::Conn, booking_id: i32, seat_id: i32) -> QueryResult<bool> {
    let price: Option<i64> = booking_items::table
        .filter(booking_items::booking_id.eq(booking_id))
        .filter(booking_items::seat_id.eq(seat_id))
        .filter(booking_items::live.eq(true))
        .select(booking_items::price_cents)
        .first(conn)
        .optional()?;
    let Some(price) = price else {
        return Ok(false);
    };
    let taken = diesel::update(
        bookings::table
            .find(booking_id)
            .filter(bookings::status.eq(BookingStatus::Pending)),
    )
    .set((
        bookings::total_cents.eq(bookings::total_cents - price),
        bookings::version.eq(bookings::version + 1),
    ))
    .execute(conn)?;
    if taken != 1 {
        return Ok(false);
    }
    diesel::update(
        booking_items::table
            .filter(booking_items::booking_id.eq(booking_id))
            .filter(booking_items::seat_id.eq(seat_id))
            .filter(booking_items::live.eq(true)),
    )
    .set(booking_items::live.eq(false))
    .execute(conn)?;
    Ok(true)
}

/// How a booking ends, and what it must still be for that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// A pending booking whose hold has run out becomes expired.
    Expire,
    /// A pending or paid booking, still as it was read, becomes cancelled.
    Cancel,
}

/// Ends a booking: its seats become free and its items stop counting as owners. The booking's
/// state is checked by the update that ends it; `false` (and nothing changed) when the booking is
/// no longer in the state the ending needs, because another change came first.
pub fn end(
    conn: &mut super::Conn,
    booking: &Booking,
    ending: Ending,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let ended = match ending {
        Ending::Expire => diesel::update(
            bookings::table
                .find(booking.id)
                .filter(bookings::status.eq(BookingStatus::Pending))
                .filter(super::expiry::overdue_basket(now)),
        )
        .set((
            bookings::status.eq(BookingStatus::Expired),
            bookings::version.eq(bookings::version + 1),
        ))
        .execute(conn)?,
        Ending::Cancel => diesel::update(
            bookings::table
                .find(booking.id)
                .filter(bookings::status.eq(booking.status)),
        )
        .set((
            bookings::status.eq(BookingStatus::Cancelled),
            bookings::cancelled_at.eq(Some(now)),
            bookings::version.eq(bookings::version + 1),
        ))
        .execute(conn)?,
    };
    if ended != 1 {
        return Ok(false);
    }
    diesel::update(seat_states::table.filter(seat_states::booking_id.eq(booking.id)))
        .set((
            seat_states::state.eq(SeatState::Free),
            seat_states::booking_id.eq(None::<i32>),
            seat_states::held_until.eq(None::<NaiveDateTime>),
            seat_states::version.eq(seat_states::version + 1),
        ))
        .execute(conn)?;
    diesel::update(booking_items::table.filter(booking_items::booking_id.eq(booking.id)))
        .set(booking_items::live.eq(false))
        .execute(conn)?;
    super::blocks::restore(conn, booking.showing_id)?;
    showings::touch_seats(conn, booking.showing_id)?;
    Ok(true)
}
