//! Taking a card payment, online or at the counter: the provider is asked first, outside the
//! database's write lock; the sale is then committed, and the authorisation voided if it is not.

use crate::i18n::Msg;
use std::future::Future;

use crate::db::ledger::Tender;
use crate::domain::kinds::PaymentMethod;
use crate::error::AppError;
use crate::payments::{CardSource, Outcome};
use crate::state::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardResult {
    Paid,
    Declined,
}

/// Authorises `total_cents` on `card` and, once approved, runs `commit` with the tender to record;
/// a declined card runs `decline` with the provider's reference and the card's last digits.
pub async fn by_card<C, CF, D, DF>(
    state: &AppState,
    total_cents: i64,
    card: CardSource,
    commit: C,
    decline: D,
) -> Result<CardResult, AppError>
where
    C: FnOnce(Tender) -> CF,
    CF: Future<Output = Result<(), AppError>>,
    D: FnOnce(String, Option<String>) -> DF,
    DF: Future<Output = Result<(), AppError>>,
{
    let outcome = state
        .payments
        .authorise(total_cents, card)
        .await
        .map_err(|e| {
            log::warn!("{e}");
            AppError::Unavailable(Msg::new("error-card-no-answer").into())
        })?;
    let authorisation = match outcome {
        Outcome::Declined { reference, last4 } => {
            decline(reference, last4).await?;
            return Ok(CardResult::Declined);
        }
        Outcome::Approved(authorisation) => authorisation,
    };
    let tender = Tender {
        method: PaymentMethod::Card,
        reference: authorisation.reference.clone(),
        card_last4: authorisation.last4.clone(),
        tendered_cents: None,
        change_cents: None,
    };
    match commit(tender).await {
        Ok(()) => Ok(CardResult::Paid),
        // The write may still commit: the authorisation stays, to be captured or to lapse.
        Err(e @ AppError::Unconfirmed) => {
            log::warn!(
                "kept card authorisation {}: its sale's write was not confirmed in time",
                authorisation.reference
            );
            Err(e)
        }
        Err(e) => {
            // Whatever kept the sale from committing (run out, changed, a failed write): the
            // customer must not be left with money reserved for nothing.
            if let Err(void) = state.payments.void(authorisation).await {
                log::error!("voiding a card authorisation failed: {void}");
            }
            Err(e)
        }
    }
}
