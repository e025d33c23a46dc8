//! A customer's bookings: the list, checkout, ticket types, payment and cancellation.

pub mod calendar;
pub mod cancel;
pub mod confirmation;
pub mod list;
pub mod pay;
pub mod show;
pub mod tickets;
