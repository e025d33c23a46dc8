//! One booking: checkout while pending, the ticket with its QR code once paid, a record otherwise.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db::{self, bookings::Booking, catalog::TicketType, showings::ShowingDetail};
use crate::domain::age_rating::AgeRating;
use crate::domain::kinds::{BookingStatus, Channel, PaymentKind, PaymentStatus};
use crate::domain::{booking_code, cancellation};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

/// Everything a booking page shows, read in one blocking call.
pub struct Loaded {
    pub booking: Booking,
    pub detail: ShowingDetail,
    pub items: Vec<db::bookings::Item>,
    pub types: Vec<TicketType>,
    pub payments: Vec<db::bookings::Payment>,
}

pub struct ItemView {
    pub seat_id: i32,
    pub label: String,
    pub kind: String,
    pub ticket_type_id: i32,
    pub ticket_name: String,
    pub price: String,
    /// Every ticket type this seat may have, each with its price on this seat.
    pub options: Vec<TypeOption>,
}

pub struct TypeOption {
    pub id: i32,
    pub name: String,
}

pub struct PaymentView {
    pub what: String,
    pub amount: String,
    pub reference: String,
    pub when: String,
}

/// What the payment form had, shown again when it is refused (never the card number or CVC).
#[derive(Default)]
pub struct PayInput {
    pub card_name: String,
    pub card_expiry: String,
    pub errors: FieldErrors,
}

pub struct Tickets {
    pub code: String,
    pub csrf: String,
    pub open: bool,
    pub items: Vec<ItemView>,
    pub total: String,
    pub version: i32,
    pub message: Option<String>,
    pub lang: Lang,
}

#[derive(Template)]
#[template(path = "bookings/show.html")]
pub struct BookingPage {
    ctx: PageCtx,
    code: String,
    status: &'static str,
    title: String,
    movie_id: i32,
    showing_id: i32,
    hall: String,
    format: &'static str,
    when: String,
    /// The cinema's address (empty until the settings give it).
    address: String,
    expires_iso: String,
    expires_clock: String,
    expires_in: String,
    pub tickets: Tickets,
    pay: PayInput,
    message: Option<String>,
    qr_svg: String,
    /// The viewer made this booking; staff looking at someone else's see it without its forms.
    owner: bool,
    can_cancel: bool,
    cancel_note: String,
    /// Why the cinema cancelled the showing, when it did.
    showing_cancelled: Option<String>,
    payments: Vec<PaymentView>,
}

#[derive(Template)]
#[template(path = "bookings/tickets.html")]
pub struct TicketsFragment {
    pub tickets: Tickets,
}

pub async fn booking(ctx: Ctx, code: web::Path<String>) -> Result<HttpResponse, AppError> {
    let loaded = load(&ctx, &code, Access::View).await?;
    render(&ctx, loaded, StatusCode::OK, None, PayInput::default())
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The owner and staff may look.
    View,
    /// Only the owner may change it.
    Change,
}

/// Finds a booking the user may see; anyone else gets "not found", so codes cannot be probed.
pub async fn load(ctx: &Ctx, raw_code: &str, access: Access) -> Result<Loaded, AppError> {
    let code = booking_code::parse(raw_code).ok_or_else(|| AppError::not_found("booking"))?;
    let user = ctx.require_user_then(&format!("/bookings/{code}"))?.clone();
    let loaded = ctx
        .read(move |c| {
            let booking = db::bookings::find_by_code(c, &code)?
                .ok_or_else(|| AppError::not_found("booking"))?;
            let owner = booking.user_id == Some(user.id);
            if !owner && !user.role.is_staff() {
                return Err(AppError::not_found("booking"));
            }
            if !owner && access == Access::Change {
                return Err(AppError::Forbidden(Msg::new("booking-not-yours").into()));
            }
            if booking.channel == Channel::Counter && access == Access::Change {
                return Err(AppError::Forbidden(Msg::new("booking-at-counter").into()));
            }
            let detail = db::showings::find(c, booking.showing_id)?
                .ok_or_else(|| AppError::not_found("showing"))?;
            let items = db::bookings::items(c, &booking)?;
            let rating = AgeRating::parse(&detail.movie.age_rating);
            let types = db::catalog::ticket_types_for(c, rating)?;
            let payments = db::bookings::payments(c, booking.id)?;
            Ok(Loaded {
                booking,
                detail,
                items,
                types,
                payments,
            })
        })
        .await?;
    Ok(loaded)
}

pub fn tickets(ctx: &Ctx, loaded: &Loaded, message: Option<String>) -> Tickets {
    let r = &ctx.rules;
    Tickets {
        code: loaded.booking.code.clone(),
        csrf: ctx.csrf_masked.clone(),
        open: loaded.booking.is_open(ctx.now()),
        items: loaded
            .items
            .iter()
            .map(|i| ItemView {
                seat_id: i.seat_id,
                label: i.label(),
                kind: i.kind.label(r.lang),
                ticket_type_id: i.ticket_type_id,
                ticket_name: i.ticket_type_name.clone(),
                price: r.money(i.price_cents),
                options: loaded
                    .types
                    .iter()
                    .map(|t| TypeOption {
                        id: t.id,
                        name: format!(
                            "{} · {}",
                            t.name,
                            r.money(t.price_for(
                                loaded.detail.showing.price_cents,
                                i.kind,
                                r.vip_surcharge_cents
                            ))
                        ),
                    })
                    .collect(),
            })
            .collect(),
        total: r.money(loaded.booking.total_cents),
        version: loaded.booking.version,
        message,
        lang: ctx.lang,
    }
}

pub fn render(
    ctx: &Ctx,
    loaded: Loaded,
    status: StatusCode,
    message: Option<String>,
    pay: PayInput,
) -> Result<HttpResponse, AppError> {
    let r = &ctx.rules;
    let now = ctx.now();
    let b = &loaded.booking;
    let shown = b.shown_status(now);
    let starts = loaded.detail.showing.starts_at;
    let owner = ctx
        .user
        .as_ref()
        .is_some_and(|u| Some(u.id) == b.user_id && b.channel == Channel::Web);
    let (can_cancel, cancel_note) = match shown {
        BookingStatus::Paid
            if cancellation::paid_booking_may_be_cancelled(now, starts, r.cancel_cutoff) =>
        {
            (
                true,
                r.lang.t1(
                    "cancel-until",
                    "time",
                    r.show_time(cancellation::deadline(starts, r.cancel_cutoff)),
                ),
            )
        }
        BookingStatus::Paid => (
            false,
            r.lang.t1(
                "cancel-closed",
                "cutoff",
                cancellation::describe(r.cancel_cutoff, r.lang),
            ),
        ),
        BookingStatus::Pending => (true, r.lang.t("cancel-pending")),
        _ => (false, String::new()),
    };
    let qr_svg = if shown == BookingStatus::Paid {
        crate::qr::svg(&b.code).unwrap_or_default()
    } else {
        String::new()
    };
    let payments = loaded
        .payments
        .iter()
        .map(|p| PaymentView {
            what: {
                let id = match (p.kind, p.status) {
                    (PaymentKind::Charge, PaymentStatus::Approved) => "payment-paid",
                    (PaymentKind::Charge, PaymentStatus::Declined) => "payment-declined",
                    (PaymentKind::Refund, _) => "payment-refunded",
                };
                let what = r.lang.t1(id, "method", p.method.to_string());
                match &p.card_last4 {
                    Some(last4) => format!("{what} {}", r.lang.t1("ending-in", "last4", last4)),
                    None => what,
                }
            },
            amount: r.money(p.amount_cents),
            reference: p.reference.clone(),
            when: r.show_time(p.created_at),
        })
        .collect();
    let page = BookingPage {
        ctx: ctx.page(),
        code: b.code.clone(),
        status: shown.as_str(),
        title: loaded.detail.movie.title.clone(),
        movie_id: loaded.detail.movie.id,
        showing_id: loaded.detail.showing.id,
        hall: loaded.detail.hall.name.clone(),
        format: loaded.detail.showing.format.as_str(),
        when: r.show_time(starts),
        address: r.cinema_address.clone(),
        expires_iso: b
            .expires_at
            .and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        expires_clock: r.show_clock(b.expires_at),
        expires_in: views::countdown(b.expires_at, now),
        tickets: tickets(ctx, &loaded, None),
        pay,
        message,
        qr_svg,
        owner,
        can_cancel: can_cancel && owner,
        cancel_note,
        payments,
        showing_cancelled: loaded
            .detail
            .showing
            .cancelled_at
            .map(|_| loaded.detail.showing.cancel_reason.clone()),
    };
    views::html_status(status, &page)
}
