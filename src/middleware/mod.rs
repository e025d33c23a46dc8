//! Cross-cutting answers, composed in `startup`.

pub mod default_headers;
