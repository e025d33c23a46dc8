//! The box office: the cashier's keyboard-first screens (showings, the sale, payment, tickets,
//! reservations, the shift). Cashiers and administrators only; every change goes through
//! [`Ctx::write_as_staff`], which checks the role again inside the write.

pub mod bookings;
pub mod list;
pub mod pay;
pub mod print;
pub mod sale;
pub mod shift;

use crate::db::bookings::Booking;
use crate::domain::booking_code;
use crate::error::AppError;
use crate::session::Ctx;

/// A sale's code from the path, read from the database; a web booking or an unknown code is
/// "not found", so codes cannot be probed from here either.
async fn load_booking(ctx: &Ctx, raw: &str) -> Result<Booking, AppError> {
    ctx.require_staff()?;
    let code = booking_code::parse(raw).ok_or_else(|| AppError::not_found("booking"))?;
    ctx.read(move |c| {
        crate::db::bookings::find_by_code(c, &code)?.ok_or_else(|| AppError::not_found("booking"))
    })
    .await
}
