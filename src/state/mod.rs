//! What every worker shares: the pool, the clock and the in-memory caches. Below the routes and the
//! session, above the store, so any layer that needs it can reach it without running up a floor.
//! Holds no request state: identity is in the cookie, the rest in the database.

pub mod hold_limits;
pub mod seats_cache;

use std::sync::{Arc, RwLock};

use actix_web::HttpRequest;

use crate::clock::Clock;
use crate::db::{self, DbPool};

pub struct AppState {
    pub pool: DbPool,
    pub clock: Clock,
    pub hold_override: Option<i64>,
    /// The seat grid polls' version reads, answered together.
    pub grid_versions: db::grid_versions::GridVersions,
    /// Seat maps as drawn for viewers who hold no seat, by version.
    pub seats_cache: Arc<seats_cache::SeatsCache>,
    /// The compressed stretches of pages every viewer shares (see [`crate::gzip_parts`]).
    pub page_parts: Arc<crate::gzip_parts::PartCache>,
    /// The cinema's name for pages rendered without a database round trip (error pages).
    pub brand: RwLock<String>,
    /// Reverse proxies whose `X-Forwarded-For` is believed (see [`crate::client_addr`]).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// How many accounts one client address may register in an hour.
    pub registrations_per_hour: u32,
    /// How fast accounts and addresses may hold seats.
    pub hold_limits: Arc<hold_limits::HoldLimits>,
    /// Where card payments are authorised (see [`crate::payments`]).
    pub payments: Arc<dyn crate::payments::PaymentProvider>,
    /// Mail to customers (see [`crate::mail`]).
    pub mailer: Arc<crate::mail::Mailer>,
    /// The site's address as customers reach it, for links in mail.
    pub public_url: String,
    /// Cookies the application sets itself carry `Secure` (as the session's does).
    pub secure_cookie: bool,
}

impl AppState {
    /// The state registered with the application; `None` only in a misconfigured application.
    pub fn of(req: &HttpRequest) -> Option<&AppState> {
        req.app_data::<actix_web::web::Data<AppState>>()
            .map(|data| data.get_ref())
    }
}
