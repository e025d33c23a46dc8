//! The administrator's back office under `/admin`. Every handler checks the role on the request,
//! and every change checks it again inside its write (`Ctx::write_as_admin`).

pub mod audit;
pub mod fields;
pub mod halls;
pub mod movies;
pub mod reports;
pub mod settings;
pub mod showings;
pub mod ticket_types;
pub mod users;
