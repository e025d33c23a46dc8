//! The route table: every address the application answers, in one place.

mod account;
mod admin;
pub mod assets;
pub mod auth;
mod bookings;
mod checkin;
mod counter;
mod health;
mod language;
mod movies;
mod payment;
mod posters;
mod repertoire;
pub mod showings;
mod staff;

use actix_web::{FromRequest, Handler, HttpResponse, Resource, Responder, guard, web};

use crate::error::AppError;

/// Every address is a resource, so a known address asked with the wrong method answers 405 (with
/// the methods it does answer in `Allow`), not 404; every address that answers GET answers HEAD.
pub fn configure(cfg: &mut web::ServiceConfig) {
    // actix tries the resources in this order: the ones asked most come first. (No two patterns
    // match the same path, so the order changes nothing else.) Every open seat map polls its grid.
    cfg.service(at("/health").get(health::health).done())
        .service(
            at("/showings/{id}/seats")
                .get(showings::grid::seat_grid)
                .done(),
        )
        .service(at("/assets/{file}").get(assets::asset).done())
        .service(at("/posters/{movie}/{file}").get(posters::poster).done())
        .service(at("/").get(repertoire::repertoire).done())
        .service(at("/movies/{id}").get(movies::movie).done())
        .service(
            at("/register")
                .get(auth::register::register_form)
                .post(auth::register::register)
                .done(),
        )
        .service(
            at("/login")
                .get(auth::login::login_form)
                .post(auth::login::login)
                .done(),
        )
        .service(at("/logout").post(auth::logout::logout).done())
        .service(at("/language").post(language::choose).done())
        .service(
            at("/password/forgot")
                .get(auth::password_reset::forgot_form)
                .post(auth::password_reset::forgot)
                .done(),
        )
        .service(
            at("/password/reset/{token}")
                .get(auth::password_reset::reset_form)
                .post(auth::password_reset::reset)
                .done(),
        )
        .service(at("/account").get(account::page::account).done())
        .service(
            at("/account/password")
                .post(account::password::change_password)
                .done(),
        )
        .service(
            at("/account/sessions/logout-others")
                .post(account::sessions::log_out_others)
                .done(),
        )
        .service(
            at("/account/sessions/{id}/end")
                .post(account::sessions::end_session)
                .done(),
        )
        .service(at("/showings/{id}").get(showings::page::seat_map).done())
        .service(
            at("/showings/{id}/best")
                .post(showings::best::best_seats)
                .done(),
        )
        .service(
            at("/showings/{id}/seats/{seat_id}/hold")
                .post(showings::holds::hold_seat)
                .done(),
        )
        .service(
            at("/showings/{id}/seats/{seat_id}/release")
                .post(showings::holds::release_seat)
                .done(),
        )
        .service(at("/bookings").get(bookings::list::my_bookings).done())
        .service(at("/bookings/{code}").get(bookings::show::booking).done())
        .service(
            at("/bookings/{code}/calendar.ics")
                .get(bookings::calendar::calendar)
                .done(),
        )
        .service(
            at("/bookings/{code}/tickets")
                .post(bookings::tickets::set_tickets)
                .done(),
        )
        .service(
            at("/bookings/{code}/pay")
                .post(bookings::pay::pay_booking)
                .done(),
        )
        .service(
            at("/bookings/{code}/cancel")
                .post(bookings::cancel::cancel_booking)
                .done(),
        )
        .service(at("/admin").get(staff::admin_home).done())
        .service(
            at("/admin/movies")
                .get(admin::movies::list)
                .post(admin::movies::create)
                .done(),
        )
        .service(at("/admin/movies/new").get(admin::movies::new_form).done())
        .service(at("/admin/movies/{id}").post(admin::movies::update).done())
        .service(
            at("/admin/movies/{id}/edit")
                .get(admin::movies::edit_form)
                .done(),
        )
        .service(
            at("/admin/movies/{id}/archive")
                .post(admin::movies::archive)
                .done(),
        )
        .service(
            at("/admin/movies/{id}/restore")
                .post(admin::movies::restore)
                .done(),
        )
        .service(
            at("/admin/movies/{id}/poster")
                .post(admin::movies::poster::upload)
                .done(),
        )
        .service(
            at("/admin/movies/{id}/poster/delete")
                .post(admin::movies::poster::remove)
                .done(),
        )
        .service(
            at("/admin/movies/{id}/delete")
                .post(admin::movies::delete)
                .done(),
        )
        .service(
            at("/admin/halls")
                .get(admin::halls::list)
                .post(admin::halls::create)
                .done(),
        )
        .service(at("/admin/halls/new").get(admin::halls::new_form).done())
        // Before `/admin/halls/{id}`, which would take "preview" for an id.
        .service(
            at("/admin/halls/preview")
                .post(admin::halls::preview::preview)
                .done(),
        )
        .service(at("/admin/halls/{id}").post(admin::halls::update).done())
        .service(
            at("/admin/halls/{id}/edit")
                .get(admin::halls::edit_form)
                .done(),
        )
        .service(
            at("/admin/halls/{id}/blocked")
                .get(admin::halls::blocked::show)
                .post(admin::halls::blocked::change)
                .done(),
        )
        .service(
            at("/admin/showings")
                .get(admin::showings::week)
                .post(admin::showings::create)
                .done(),
        )
        .service(
            at("/admin/showings/new")
                .get(admin::showings::new_form)
                .done(),
        )
        // Before `/admin/showings/{id}`, which would take "bulk" for an id.
        .service(
            at("/admin/showings/bulk")
                .get(admin::showings::bulk::show)
                .post(admin::showings::bulk::create)
                .done(),
        )
        .service(
            at("/admin/showings/{id}")
                .post(admin::showings::edit::update)
                .done(),
        )
        .service(
            at("/admin/showings/{id}/edit")
                .get(admin::showings::edit::edit_form)
                .done(),
        )
        .service(
            at("/admin/showings/{id}/cancel")
                .post(admin::showings::edit::cancel)
                .done(),
        )
        .service(
            at("/admin/ticket-types")
                .get(admin::ticket_types::list)
                .post(admin::ticket_types::create)
                .done(),
        )
        // Before `/admin/ticket-types/{id}`, which would take "surcharges" for an id.
        .service(
            at("/admin/ticket-types/surcharges")
                .post(admin::ticket_types::surcharges)
                .done(),
        )
        .service(
            at("/admin/ticket-types/{id}")
                .post(admin::ticket_types::update)
                .done(),
        )
        .service(
            at("/admin/users")
                .get(admin::users::list)
                .post(admin::users::create)
                .done(),
        )
        .service(at("/admin/users/new").get(admin::users::new_form).done())
        .service(at("/admin/users/{id}").get(admin::users::show).done())
        .service(
            at("/admin/users/{id}/role")
                .post(admin::users::set_role)
                .done(),
        )
        .service(
            at("/admin/users/{id}/password")
                .post(admin::users::reissue_password)
                .done(),
        )
        .service(
            at("/admin/users/{id}/deactivate")
                .post(admin::users::deactivate)
                .done(),
        )
        .service(
            at("/admin/users/{id}/activate")
                .post(admin::users::activate)
                .done(),
        )
        .service(at("/admin/audit").get(admin::audit::list).done())
        .service(
            at("/admin/reports")
                .get(admin::reports::page::reports)
                .done(),
        )
        .service(
            at("/admin/reports/{name}.csv")
                .get(admin::reports::export::export)
                .done(),
        )
        .service(
            at("/admin/settings")
                .get(admin::settings::show)
                .post(admin::settings::save)
                .done(),
        )
        .service(at("/counter").get(counter::list::home).done())
        .service(at("/counter/showings/{id}").get(counter::sale::show).done())
        .service(
            at("/counter/showings/{id}/seats")
                .post(counter::sale::take)
                .done(),
        )
        .service(
            at("/counter/showings/{id}/seats/{seat_id}/{action}")
                .post(counter::sale::click)
                .done(),
        )
        .service(
            at("/counter/sales/{code}/tickets")
                .get(counter::print::tickets)
                .post(counter::sale::tickets)
                .done(),
        )
        .service(
            at("/counter/sales/{code}/pay")
                .post(counter::pay::pay)
                .done(),
        )
        .service(
            at("/counter/bookings")
                .get(counter::bookings::lookup)
                .done(),
        )
        .service(
            at("/counter/bookings/{code}/collect")
                .post(counter::bookings::collect)
                .done(),
        )
        .service(
            at("/counter/bookings/{code}/cancel")
                .post(counter::bookings::cancel)
                .done(),
        )
        .service(
            at("/counter/bookings/{code}/move")
                .post(counter::bookings::move_seats)
                .done(),
        )
        .service(at("/counter/shift").get(counter::shift::show).done())
        .service(at("/counter/shift/open").post(counter::shift::open).done())
        .service(
            at("/counter/shift/close")
                .post(counter::shift::close)
                .done(),
        )
        .service(
            at("/checkin")
                .get(checkin::show)
                .post(checkin::check)
                .done(),
        )
        .default_service(web::to(not_found));
}

/// One address of the route table, with the methods it answers so far.
struct At {
    resource: Resource,
    allow: Vec<&'static str>,
}

fn at(path: &str) -> At {
    At {
        resource: web::resource(path),
        allow: Vec::new(),
    }
}

impl At {
    /// Answers GET, and HEAD the same way (actix sends a HEAD answer's headers without its body).
    fn get<F, Args>(mut self, handler: F) -> At
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.resource = self.resource.route(
            web::route()
                .guard(guard::Any(guard::Get()).or(guard::Head()))
                .to(handler),
        );
        self.allow.extend(["GET", "HEAD"]);
        self
    }

    fn post<F, Args>(mut self, handler: F) -> At
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.resource = self.resource.route(web::post().to(handler));
        self.allow.push("POST");
        self
    }

    /// The resource, answering any other method with 405 and the `Allow` header.
    fn done(self) -> Resource {
        let allow = self.allow.join(", ");
        self.resource.default_service(web::to(move || {
            let allow = allow.clone();
            async move { Err::<HttpResponse, _>(AppError::MethodNotAllowed { allow }) }
        }))
    }
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound(
        crate::i18n::Msg::new("error-no-page").into(),
    ))
}

/// Parses a numeric id from the path; anything else is "not found", never a server error.
pub fn parse_id(raw: &str) -> Result<i32, AppError> {
    raw.parse::<i32>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| AppError::NotFound(crate::i18n::Msg::new("error-no-page").into()))
}
