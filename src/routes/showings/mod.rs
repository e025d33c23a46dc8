//! A showing's seat map and the seat holds made on it.

pub mod best;
mod draw;
pub mod grid;
pub mod holds;
mod load;
pub mod page;
pub mod view;
