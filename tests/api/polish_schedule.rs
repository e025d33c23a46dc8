//! The schedule screens in Polish: pages, form errors and figures follow the staff member's language.

#[allow(unused_imports)]
use crate::helpers::*;
