//! The signed-in person's own account: their details, their live sessions (ending any of them, or
//! all but this one), and changing their password.

pub mod page;
pub mod password;
pub mod sessions;
