//! Types that carry the product's rules, parsed once at the edge and unit-tested where they live.

pub mod age_rating;
pub mod best_seats;
pub mod booking_code;
pub mod calendar;
pub mod cancellation;
pub mod card;
pub mod email;
pub mod genres;
pub mod hold;
pub mod kinds;
pub mod layout;
pub mod money;
pub mod password_policy;
pub mod person_name;
pub mod poster;
pub mod sales;
pub mod seat_labels;
pub mod throttle;
