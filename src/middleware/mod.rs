//! Cross-cutting answers, composed in `startup`.

pub mod default_headers;
pub mod error_pages;
