//! The simulated card payment: the checks a real payment form makes before it talks to a processor.

use chrono::{Datelike, NaiveDate};

use crate::i18n::Msg;

/// The number the simulated processor always declines.
pub const DECLINED_NUMBER: &str = "4000000000000002";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub name: String,
    pub number: String,
    pub last4: String,
}

/// A problem with one field of the payment form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: Msg,
}

impl Card {
    /// Validates the form's four fields; `today` decides whether the expiry date has passed.
    pub fn parse(
        name: &str,
        number: &str,
        expiry: &str,
        cvc: &str,
        today: NaiveDate,
    ) -> Result<Card, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field, message: Msg| errors.push(FieldError { field, message });

        let name = name.trim();
        if name.is_empty() {
            fail("card_name", Msg::new("card-name-missing"));
        } else if name.chars().count() > 100 {
            fail("card_name", Msg::new("card-name-long"));
        }

        let digits: String = number.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        if digits.is_empty() {
            fail("card_number", Msg::new("card-number-missing"));
        } else if !digits.bytes().all(|b| b.is_ascii_digit()) || !(12..=19).contains(&digits.len())
        {
            fail("card_number", Msg::new("card-number-length"));
        } else if !luhn_valid(&digits) {
            fail("card_number", Msg::new("card-number-invalid"));
        }

        match parse_expiry(expiry) {
            None => fail("card_expiry", Msg::new("card-expiry-format")),
            Some((year, month)) => {
                if (year, month) < (today.year(), today.month()) {
                    fail("card_expiry", Msg::new("card-expired"));
                }
            }
        }

        let cvc = cvc.trim();
        if !(3..=4).contains(&cvc.len()) || !cvc.bytes().all(|b| b.is_ascii_digit()) {
            fail("card_cvc", Msg::new("card-cvc"));
        }

        if errors.is_empty() {
            let last4 = digits[digits.len() - 4..].to_owned();
            Ok(Card {
                name: name.to_owned(),
                number: digits,
                last4,
            })
        } else {
            Err(errors)
        }
    }

    /// The simulated processor's answer.
    pub fn is_declined(&self) -> bool {
        self.number == DECLINED_NUMBER
    }
}

/// "MM/YY" (spaces allowed around the slash) into (year, month).
fn parse_expiry(input: &str) -> Option<(i32, u32)> {
    let (mm, yy) = input.trim().split_once('/')?;
    let (mm, yy) = (mm.trim(), yy.trim());
    if mm.len() != 2 || yy.len() != 2 {
        return None;
    }
    let month: u32 = mm.parse().ok()?;
    let year: i32 = yy.parse().ok()?;
    (1..=12).contains(&month).then_some((2000 + year, month))
}

pub fn luhn_valid(digits: &str) -> bool {
    let mut sum = 0;
    for (i, b) in digits.bytes().rev().enumerate() {
        let mut d = u32::from(b - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    #[test]
    fn accepts_a_luhn_valid_card_with_a_future_expiry() {
        let card =
            Card::parse("Ann Smith", "4242 4242 4242 4242", "12/28", "123", today()).unwrap();
        assert_eq!(card.last4, "4242");
        assert!(!card.is_declined());
    }

    #[test]
    fn this_month_is_still_valid_last_month_is_not() {
        assert!(Card::parse("A", "4242424242424242", "11/26", "123", today()).is_ok());
        let errors = Card::parse("A", "4242424242424242", "10/26", "123", today()).unwrap_err();
        assert_eq!(errors[0].field, "card_expiry");
    }

    #[test]
    fn the_test_decline_number_is_valid_but_declined() {
        let card = Card::parse("A", "4000 0000 0000 0002", "01/30", "999", today()).unwrap();
        assert!(card.is_declined());
    }

    #[test]
    fn reports_every_bad_field() {
        let errors = Card::parse(" ", "4242424242424241", "13/30", "12a", today()).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["card_name", "card_number", "card_expiry", "card_cvc"]
        );
    }

    #[test]
    fn luhn() {
        assert!(luhn_valid("79927398713"));
        assert!(!luhn_valid("79927398710"));
    }
}
