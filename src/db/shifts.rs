//! A cashier's shift: opened with the cash float, closed with the cash counted. Every counter
//! payment belongs to the open shift of the cashier who took it.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::StoreError;
use crate::domain::kinds::{PaymentKind, PaymentMethod, PaymentStatus};
use crate::i18n::Msg;
use crate::schema::{payments, shifts};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = shifts)]
pub struct Shift {
    pub id: i32,
    pub cashier_id: i32,
    pub opened_at: NaiveDateTime,
    pub float_cents: i64,
    pub closed_at: Option<NaiveDateTime>,
    pub counted_cents: Option<i64>,
    pub expected_cents: Option<i64>,
    pub version: i32,
}

/// What a shift took in and paid out, from its payments.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub cash_sales_cents: i64,
    pub card_sales_cents: i64,
    pub cash_refunds_cents: i64,
    pub card_refunds_cents: i64,
    pub sales: i64,
    pub refunds: i64,
    pub declined: i64,
}

impl Totals {
    /// The cash that should be in the drawer: the float, plus cash taken, less cash paid back.
    pub fn expected_cash(&self, float_cents: i64) -> i64 {
        float_cents + self.cash_sales_cents - self.cash_refunds_cents
    }
}

pub fn open_of(conn: &mut super::Conn, cashier_id: i32) -> QueryResult<Option<Shift>> {
    shifts::table
        .filter(shifts::cashier_id.eq(cashier_id))
        .filter(shifts::closed_at.is_null())
        .select(Shift::as_select())
        .first(conn)
        .optional()
}

pub fn find(conn: &mut super::Conn, id: i32) -> QueryResult<Option<Shift>> {
    shifts::table
        .find(id)
        .select(Shift::as_select())
        .first(conn)
        .optional()
}

/// The cashier's last shifts, newest first.
pub fn recent(conn: &mut super::Conn, cashier_id: i32, limit: i64) -> QueryResult<Vec<Shift>> {
    shifts::table
        .filter(shifts::cashier_id.eq(cashier_id))
        .order((shifts::opened_at.desc(), shifts::id.desc()))
        .limit(limit)
        .select(Shift::as_select())
        .load(conn)
}

/// Opens a shift; `Conflict` when the cashier has one open (the unique index decides, so two
/// tabs opening at once open one).
pub fn open(
    conn: &mut super::Conn,
    cashier_id: i32,
    float_cents: i64,
    now: NaiveDateTime,
) -> Result<Shift, StoreError> {
    super::write(conn, |c| {
        let opened = diesel::insert_into(shifts::table)
            .values((
                shifts::cashier_id.eq(cashier_id),
                shifts::opened_at.eq(now),
                shifts::float_cents.eq(float_cents),
            ))
            .on_conflict_do_nothing()
            .returning(Shift::as_returning())
            .get_result(c)
            .optional()?;
        opened.ok_or_else(|| StoreError::Conflict(Msg::new("counter-shift-already-open").into()))
    })
}

/// Takes the cashier's open shift for a payment in the caller's write: an update that moves its
/// version, so a close committed meanwhile refuses the payment (and, on a database with row locks,
/// a close waits for it). `Conflict` when no shift is open.
pub fn claim_open(conn: &mut super::Conn, cashier_id: i32) -> Result<i32, StoreError> {
    diesel::update(
        shifts::table
            .filter(shifts::cashier_id.eq(cashier_id))
            .filter(shifts::closed_at.is_null()),
    )
    .set(shifts::version.eq(shifts::version + 1))
    .returning(shifts::id)
    .get_result(conn)
    .optional()?
    .ok_or_else(no_open_shift)
}

pub fn no_open_shift() -> StoreError {
    StoreError::Conflict(Msg::new("counter-shift-none-open").into())
}

/// A shift's payments, summed; a shift has at most a few thousand.
pub fn totals(conn: &mut super::Conn, shift_id: i32) -> QueryResult<Totals> {
    let rows: Vec<(PaymentKind, PaymentMethod, PaymentStatus, i64)> = payments::table
        .filter(payments::shift_id.eq(shift_id))
        .select((
            payments::kind,
            payments::method,
            payments::status,
            payments::amount_cents,
        ))
        .load(conn)?;
    let mut t = Totals::default();
    for (kind, method, status, cents) in rows {
        match (kind, status, method) {
            (_, PaymentStatus::Declined, _) => t.declined += 1,
            (PaymentKind::Charge, _, PaymentMethod::Cash) => {
                t.sales += 1;
                t.cash_sales_cents += cents;
            }
            (PaymentKind::Charge, _, PaymentMethod::Card) => {
                t.sales += 1;
                t.card_sales_cents += cents;
            }
            (PaymentKind::Refund, _, PaymentMethod::Cash) => {
                t.refunds += 1;
                t.cash_refunds_cents += cents;
            }
            (PaymentKind::Refund, _, PaymentMethod::Card) => {
                t.refunds += 1;
                t.card_refunds_cents += cents;
            }
        }
    }
    Ok(t)
}

/// Closes the cashier's open shift with the cash counted; the expected cash is worked out in the
/// same transaction, from the payments the close sees.
pub fn close(
    conn: &mut super::Conn,
    cashier_id: i32,
    counted_cents: i64,
    now: NaiveDateTime,
) -> Result<(Shift, Totals), StoreError> {
    super::write(conn, |c| {
        let shift = open_of(c, cashier_id)?
            .ok_or_else(|| StoreError::Conflict(Msg::new("counter-shift-none-to-close").into()))?;
        let totals = totals(c, shift.id)?;
        let expected = totals.expected_cash(shift.float_cents);
        let closed = diesel::update(
            shifts::table
                .find(shift.id)
                .filter(shifts::closed_at.is_null())
                .filter(shifts::version.eq(shift.version)),
        )
        .set((
            shifts::closed_at.eq(Some(now)),
            shifts::counted_cents.eq(Some(counted_cents)),
            shifts::expected_cents.eq(Some(expected)),
            shifts::version.eq(shifts::version + 1),
        ))
        .returning(Shift::as_returning())
        .get_result(c)
        .optional()?
        .ok_or_else(|| StoreError::Conflict(Msg::new("counter-shift-close-raced").into()))?;
        Ok((closed, totals))
    })
}
