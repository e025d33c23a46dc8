//! Card payments behind one interface, as a real processor would be integrated: the sale asks the
//! provider to authorise the amount before it writes anything, outside the database's write lock
//! (a slow provider then stalls nobody else's holds), commits the sale, and voids the
//! authorisation when the commit fails, so no customer is charged for a sale that did not happen.
//!
//! The simulator is the one provider today: it approves every card but the test number
//! [`crate::domain::card::DECLINED_NUMBER`], and can be made slow (`CINEMA_PAYMENT_DELAY_MS`).

use std::sync::Mutex;
use std::time::Duration;

use futures_util::future::BoxFuture;

use crate::domain::card::Card;

/// What is to be paid with.
#[derive(Debug, Clone)]
pub enum CardSource {
    /// Typed into a payment form (online, or by a cashier).
    Entered(Card),
    /// Presented to the counter's card terminal: the terminal reads it, the form has nothing.
    Terminal,
}

/// An amount the provider has promised to pay: captured by committing the sale, or voided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorisation {
    pub reference: String,
    pub amount_cents: i64,
    pub last4: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Approved(Authorisation),
    /// Nothing was reserved; the reference is kept with the declined attempt.
    Declined {
        reference: String,
        last4: Option<String>,
    },
}

/// The provider could not be asked (network, outage): nothing was charged.
#[derive(Debug, thiserror::Error)]
#[error("the card payment service did not answer: {0}")]
pub struct Unavailable(pub String);

pub trait PaymentProvider: Send + Sync {
    fn authorise(
        &self,
        amount_cents: i64,
        card: CardSource,
    ) -> BoxFuture<'_, Result<Outcome, Unavailable>>;

    /// Releases an authorisation whose sale was not committed.
    fn void(&self, authorisation: Authorisation) -> BoxFuture<'_, Result<(), Unavailable>>;
}

/// The simulated processor.
#[derive(Debug, Default)]
pub struct Simulator {
    delay: Duration,
    /// Authorisations voided so far, for tests and the log.
    voided: Mutex<Vec<String>>,
}

impl Simulator {
    pub fn new(delay: Duration) -> Simulator {
        Simulator {
            delay,
            voided: Mutex::default(),
        }
    }

    pub fn voided(&self) -> Vec<String> {
        self.voided.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

/// A reference as the simulator's processor would give it: unique, and marked as simulated.
pub fn reference(prefix: &str) -> String {
    format!(
        "SIM-{prefix}{}",
        crate::random::hex(&crate::random::bytes::<6>()).to_uppercase()
    )
}

impl PaymentProvider for Simulator {
    fn authorise(
        &self,
        amount_cents: i64,
        card: CardSource,
    ) -> BoxFuture<'_, Result<Outcome, Unavailable>> {
        Box::pin(async move {
            if !self.delay.is_zero() {
                tokio::time::sleep(self.delay).await;
            }
            let reference = reference("");
            let (declined, last4) = match &card {
                CardSource::Entered(card) => (card.is_declined(), Some(card.last4.clone())),
                CardSource::Terminal => (false, None),
            };
            Ok(if declined {
                Outcome::Declined { reference, last4 }
            } else {
                Outcome::Approved(Authorisation {
                    reference,
                    amount_cents,
                    last4,
                })
            })
        })
    }

    fn void(&self, authorisation: Authorisation) -> BoxFuture<'_, Result<(), Unavailable>> {
        Box::pin(async move {
            log::info!(
                "voided card authorisation {} of {} cents: its sale was not committed",
                authorisation.reference,
                authorisation.amount_cents
            );
            if let Ok(mut voided) = self.voided.lock() {
                voided.push(authorisation.reference);
            }
            Ok(())
        })
    }
}
