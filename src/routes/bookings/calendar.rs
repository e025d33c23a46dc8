//! A booking's showing as an iCalendar file, for the ticket's "add to calendar": where (the
//! cinema's name and address), when (UTC, which calendars show in their own zone) and which seats.

use actix_web::http::header::{
    CONTENT_DISPOSITION, ContentDisposition, DispositionParam, DispositionType,
};
use actix_web::{HttpResponse, web};

use super::show::{Access, load};
use crate::domain::calendar::{Event, ics};
use crate::domain::kinds::{BookingStatus, SeatKind};
use crate::error::AppError;
use crate::session::Ctx;

pub async fn calendar(ctx: Ctx, code: web::Path<String>) -> Result<HttpResponse, AppError> {
    let loaded = load(&ctx, &code, Access::View).await?;
    let r = &ctx.rules;
    let b = &loaded.booking;
    let d = &loaded.detail;
    let seats: Vec<String> = loaded
        .items
        .iter()
        .map(|i| match i.kind {
            SeatKind::Standard => i.label(),
            kind => format!("{} ({})", i.label(), kind.label(r.lang)),
        })
        .collect();
    let cancelled = d.showing.cancelled_at.is_some();
    let status = match b.shown_status(ctx.now()) {
        _ if cancelled => "CANCELLED",
        BookingStatus::Paid => "CONFIRMED",
        BookingStatus::Pending => "TENTATIVE",
        BookingStatus::Cancelled | BookingStatus::Expired => "CANCELLED",
    };
    let location = format!("{}, {}", d.hall.name, r.place());
    let description = r.lang.t2(
        "calendar-description",
        "code",
        b.code.as_str(),
        "seats",
        seats.join(", "),
    );
    // The code is unique in this cinema; the reserved .invalid name says this is no real host.
    let uid = format!("booking-{}@cinema-tickets.invalid", b.code);
    let summary = format!("{} ({})", d.movie.title, r.cinema_name);
    let body = ics(&Event {
        uid: &uid,
        stamp: ctx.now(),
        starts: d.showing.starts_at,
        ends: d.showing.ends_at,
        summary: &summary,
        location: &location,
        description: &description,
        status,
    });
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            CONTENT_DISPOSITION,
            ContentDisposition {
                disposition: DispositionType::Attachment,
                parameters: vec![DispositionParam::Filename(format!(
                    "booking-{}.ics",
                    b.code
                ))],
            },
        ))
        .body(body))
}
