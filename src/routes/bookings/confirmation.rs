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
                i.kind.label(r.lang),
                i.ticket_type_name
            )
        })
        .collect();
    let place = r.place();
    let mail = Mail {
        to_name: user.name.clone(),
        to_email: user.email.clone(),
        subject: r.lang.t2(
            "mail-tickets-subject",
            "title",
            d.movie.title.as_str(),
            "time",
            r.show_time(d.showing.starts_at),
        ),
        body: crate::mail::lines(&r.lang.t_with(
            "mail-tickets-body",
            &[
                ("name", user.name.as_str().into()),
                ("code", b.code.as_str().into()),
                ("title", d.movie.title.as_str().into()),
                ("time", r.show_time(d.showing.starts_at).into()),
                ("hall", d.hall.name.as_str().into()),
                ("place", place.into()),
                ("seats", seats.join("\n").into()),
                ("total", r.money(b.total_cents).into()),
                (
                    "link",
                    format!("{}/bookings/{}", ctx.state.public_url, b.code).into(),
                ),
            ],
        )),
    };
    let mailer = ctx.state.mailer.clone();
    actix_web::rt::spawn(async move { mailer.send(mail).await });
}
