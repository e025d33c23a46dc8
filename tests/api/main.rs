//! Integration tests: each starts the real server on a random loopback port with a fresh database.

mod helpers;
mod roles;
mod smoke;
