//! A person's name as they give it: any script, trimmed, at most 100 characters, and nothing that
//! is not shown as text. Control characters and the marks that reorder text (bidirectional
//! overrides and isolates) are refused: a name with them could show as something else on a
//! receipt, a ticket or a cashier's screen.

/// A name that passed the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

pub const MAX_LENGTH: usize = 100;

impl PersonName {
    pub fn parse(text: &str) -> Result<PersonName, &'static str> {
        let name = text.trim();
        if name.is_empty() {
            return Err("Enter your name.");
        }
        if name.chars().count() > MAX_LENGTH {
            return Err("A name can be at most 100 characters.");
        }
        if name.chars().any(|c| c.is_control()) {
            return Err("A name cannot contain line breaks, tabs or other control characters.");
        }
        if name.chars().any(reorders_text) {
            return Err(
                "A name cannot contain invisible characters that change the direction of text.",
            );
        }
        Ok(PersonName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The explicit bidirectional formatting characters (Unicode's UAX #9): embeddings, overrides,
/// isolates and the Arabic letter mark. Right-to-left names need none of them.
fn reorders_text(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_are_kept_trimmed() {
        assert_eq!(
            PersonName::parse("  Zoë Łukasiewicz ").unwrap().as_str(),
            "Zoë Łukasiewicz"
        );
        assert!(PersonName::parse("محمد علي").is_ok());
        assert!(PersonName::parse("O'Brien-Smith").is_ok());
        assert!(PersonName::parse("李小龍").is_ok());
    }

    #[test]
    fn control_and_reordering_characters_are_refused() {
        assert!(PersonName::parse("Ann\u{0007}").is_err());
        assert!(PersonName::parse("Ann\nSmith").is_err());
        assert!(
            PersonName::parse("Ann\u{202E}htimS").is_err(),
            "right-to-left override"
        );
        assert!(
            PersonName::parse("Ann \u{2066}x\u{2069}").is_err(),
            "isolate"
        );
        assert!(PersonName::parse("\u{061C}Ann").is_err());
    }

    #[test]
    fn blank_and_long_names_are_refused() {
        assert_eq!(PersonName::parse("   ").unwrap_err(), "Enter your name.");
        assert!(PersonName::parse(&"x".repeat(101)).is_err());
        assert!(PersonName::parse(&"ż".repeat(100)).is_ok());
    }
}
