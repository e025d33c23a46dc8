//! Integration tests: each starts the real server on a random loopback port with a fresh database.

mod admin_movies;
mod admin_settings;
mod admin_users;
mod bookings;
mod cancel;
mod client;
mod crash;
mod errors;
mod etag;
mod expiry;
mod guards;
mod helpers;
mod hoarding;
mod holds;
mod http;
mod inspect;
mod login;
mod logs;
#[path = "../common/lookups.rs"]
mod lookups;
mod pages;
mod payment;
mod race;
mod race_checkout;
mod register;
mod release;
mod repertoire;
mod roles;
mod seat_map;
mod security;
mod sessions;
mod smoke;
mod throttle;
mod tickets;
mod walk;
mod writer;
