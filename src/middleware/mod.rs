//! Cross-cutting answers, one small middleware per concern, composed in `startup`.

pub mod body_deadline;
pub mod caching;
pub mod security_headers;
