//! A showing's seat map and the seat holds made on it.

pub mod holds;
pub mod seat_map;
pub mod view;
