//! The route table: every address the application answers, in one place.

mod assets;
mod auth;
mod bookings;
mod health;
mod movies;
mod repertoire;
mod showings;
mod staff;

use actix_web::web;

use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/health", web::get().to(health::health))
        .route("/assets/{file}", web::get().to(assets::asset))
        .route("/", web::get().to(repertoire::repertoire))
        .route("/movies/{id}", web::get().to(movies::movie))
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
        .route("/logout", web::post().to(auth::logout::logout))
        .route(
            "/showings/{id}",
            web::get().to(showings::seat_map::seat_map),
        )
        .route(
            "/showings/{id}/seats",
            web::get().to(showings::seat_map::seat_grid),
        )
        .route(
            "/showings/{id}/seats/{seat_id}/hold",
            web::post().to(showings::holds::hold_seat),
        )
        .route(
            "/showings/{id}/seats/{seat_id}/release",
            web::post().to(showings::holds::release_seat),
        )
        .route("/bookings", web::get().to(bookings::list::my_bookings))
        .route("/bookings/{code}", web::get().to(bookings::show::booking))
        .route(
            "/bookings/{code}/tickets",
            web::post().to(bookings::tickets::set_tickets),
        )
        .route(
            "/bookings/{code}/pay",
            web::post().to(bookings::pay::pay_booking),
        )
        .route(
            "/bookings/{code}/cancel",
            web::post().to(bookings::cancel::cancel_booking),
        )
        .route("/admin", web::get().to(staff::admin_home))
        .route("/counter", web::get().to(staff::counter_home))
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
