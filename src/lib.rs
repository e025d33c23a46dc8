//! Cinema booking and seat management: everything behind the `cinema` binary, as a library so the
//! tests start the same application.

pub mod body_deadline;
pub mod client_addr;
pub mod clock;
pub mod config;
pub mod cookie;
pub mod csrf;
pub mod db;
pub mod domain;
pub mod error;
pub mod gzip_parts;
pub mod htmx;
pub mod i18n;
pub mod logging;
pub mod mail;
pub mod middleware;
pub mod password;
pub mod payments;
pub mod qr;
pub mod random;
pub mod routes;
pub mod schema;
pub mod seed;
pub mod session;
pub mod startup;
pub mod state;
pub mod sweeper;
pub mod views;
