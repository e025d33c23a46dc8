//! The route table: every address the application answers, in one place.

mod assets;
mod auth;
mod bookings;
mod health;
mod movies;
mod repertoire;
pub mod showings;
mod staff;

use actix_web::web;

use crate::error::AppError;

/// Every address is a resource, so a known address asked with the wrong method answers 405, not 404.
pub fn configure(cfg: &mut web::ServiceConfig) {
    // actix tries the resources in this order: the ones asked most come first. (No two patterns
    // match the same path, so the order changes nothing else.) Every open seat map polls its grid.
    cfg.service(web::resource("/health").get(health::health))
        .service(web::resource("/showings/{id}/seats").get(showings::grid::seat_grid))
        .service(web::resource("/assets/{file}").get(assets::asset))
        .service(web::resource("/").get(repertoire::repertoire))
        .service(web::resource("/movies/{id}").get(movies::movie))
        .service(
            web::resource("/register")
                .get(auth::register::register_form)
                .post(auth::register::register),
        )
        .service(
            web::resource("/login")
                .get(auth::login::login_form)
                .post(auth::login::login),
        )
        .service(web::resource("/logout").post(auth::logout::logout))
        .service(web::resource("/showings/{id}").get(showings::page::seat_map))
        .service(
            web::resource("/showings/{id}/seats/{seat_id}/hold").post(showings::holds::hold_seat),
        )
        .service(
            web::resource("/showings/{id}/seats/{seat_id}/release")
                .post(showings::holds::release_seat),
        )
        .service(web::resource("/bookings").get(bookings::list::my_bookings))
        .service(web::resource("/bookings/{code}").get(bookings::show::booking))
        .service(web::resource("/bookings/{code}/tickets").post(bookings::tickets::set_tickets))
        .service(web::resource("/bookings/{code}/pay").post(bookings::pay::pay_booking))
        .service(web::resource("/bookings/{code}/cancel").post(bookings::cancel::cancel_booking))
        .service(web::resource("/admin").get(staff::admin_home))
        .service(web::resource("/counter").get(staff::counter_home))
        .default_service(web::to(not_found));
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound(
        "There is no page at this address.".into(),
    ))
}

/// Parses a numeric id from the path; anything else is "not found", never a server error.
pub fn parse_id(raw: &str) -> Result<i32, AppError> {
    raw.parse::<i32>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| AppError::NotFound("There is no page at this address.".into()))
}
