//! The booking confirmation sent by mail once a web booking is paid: film, time, hall, address,
//! seats, total and the code to show at the door, with a link to the ticket.

use super::show::Loaded;
use crate::mail::Mail;
use crate::session::Ctx;

/// The confirmation of `loaded`, just paid, for the signed-in customer; sent after the answer.
pub fn send(ctx: &Ctx, loaded: &Loaded) {
    let Some(user) = ctx.user.as_ref() else {
        return;
    };
    let r = &ctx.rules;
    let b = &loaded.booking;
    let d = &loaded.detail;
    let seats: Vec<String> = loaded
        .items
        .iter()
        .map(|i| {
            format!(
                "  {} ({}), {}",
                i.label(),
                i.kind.label(),
                i.ticket_type_name
            )
        })
        .collect();
    let place = r.place();
    let mail = Mail {
        to_name: user.name.clone(),
        to_email: user.email.clone(),
        subject: format!(
            "Your tickets: {} ({})",
            d.movie.title,
            r.show_time(d.showing.starts_at)
        ),
        body: format!(
            "Hello {},\r\n\r\nthank you for your booking {code}.\r\n\r\n{}\r\n{} in {}\r\n{place}\r\n\r\n\
             Seats:\r\n{}\r\nTotal paid: {}\r\n\r\nShow the code {code} (or the QR code on your ticket) at \
             the entrance; it admits from an hour before the start. Your ticket:\r\n{}/bookings/{code}\r\n",
            user.name,
            d.movie.title,
            r.show_time(d.showing.starts_at),
            d.hall.name,
            seats.join("\r\n"),
            r.money(b.total_cents),
            ctx.state.public_url,
            code = b.code,
        ),
    };
    let mailer = ctx.state.mailer.clone();
    actix_web::rt::spawn(async move { mailer.send(mail).await });
}
