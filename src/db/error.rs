//! What the store answers when it does not do what was asked, in its own words: a rule that refused
//! (with the reason, for the person who asked), something that is not there, a queue that is full, or
//! a failure. The web layer turns these into statuses in one place (`crate::error`).

use crate::i18n::{Msg, Text};

/// Why a store call did not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A rule refused the change because of the state things are in (a seat already taken, a hold
    /// that ran out, a limit reached). Asking again later may work.
    #[error("{0}")]
    Conflict(Text),
    /// A rule refused what was asked itself (a ticket type the film does not allow, a seat that is
    /// not part of the booking). Asking again the same way never works.
    #[error("{0}")]
    Invalid(Text),
    #[error("{0}")]
    NotFound(Text),
    /// Too many writes are waiting already; nothing was done.
    #[error("the database is busy")]
    Busy,
    /// The write waited too long for its turn to be answered; it may still be made, or not.
    #[error("the write was not confirmed in time")]
    Unconfirmed,
    #[error("a database operation failed")]
    Failed(#[source] anyhow::Error),
}

pub type StoreResult<T> = Result<T, StoreError>;

impl StoreError {
    /// See [`crate::error::AppError::not_found`].
    pub fn not_found(what: &'static str) -> StoreError {
        StoreError::NotFound(Msg::new("error-not-found").arg("what", what).into())
    }

    pub fn failed(error: impl Into<anyhow::Error>) -> StoreError {
        StoreError::Failed(error.into())
    }
}

impl From<diesel::result::Error> for StoreError {
    fn from(error: diesel::result::Error) -> StoreError {
        use diesel::result::{DatabaseErrorKind, Error};
        match error {
            Error::NotFound => {
                StoreError::NotFound(Msg::new("error-not-found").arg("what", "other").into())
            }
            // Only ever the database's own last line of defence (two changes raced past every
            // guard): the change is refused as a whole and may be tried again.
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                StoreError::Conflict(Msg::new("error-changed-meanwhile").into())
            }
            other => StoreError::Failed(other.into()),
        }
    }
}

impl From<diesel::r2d2::PoolError> for StoreError {
    fn from(error: diesel::r2d2::PoolError) -> StoreError {
        StoreError::Failed(error.into())
    }
}
