//! End-to-end tests in a real Chromium driven through chromedriver, against the application on a
//! random loopback port with a fresh database: booking, a second customer, keyboard only, no
//! JavaScript, screenshots, and an axe-core accessibility audit. See README.md.

mod accessibility;
mod anonymous;
mod app;
mod axe;
mod back_office;
mod booking;
mod box_office;
mod browser;
mod driver;
mod expiry;
mod keyboard;
mod language;
#[path = "../common/lookups.rs"]
mod lookups;
mod phone;
mod prerequisites;
mod reports;
mod screenshots;
mod second_customer;
mod without_javascript;
