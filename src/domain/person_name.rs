//! A person's name as they give it: any script, trimmed, at most 100 characters, and nothing that
//! is not shown as text. Control characters and the marks that reorder text (bidirectional
//! overrides and isolates) are refused: a name with them could show as something else on a
//! receipt, a ticket or a cashier's screen.

use crate::i18n::Msg;
/// A name that passed the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

pub const MAX_LENGTH: usize = 100;

impl PersonName {
    pub fn parse(text: &str) -> Result<PersonName, Msg> {
        let name = text.trim();
        if name.is_empty() {
            return Err(Msg::new("name-missing"));
        }
        if name.chars().count() > MAX_LENGTH {
            return Err(Msg::new("name-too-long"));
        }
        if name
            .chars()
            .any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
        {
            return Err(Msg::new("name-control"));
        }
        if name.chars().any(hides_or_reorders) {
            return Err(Msg::new("name-invisible"));
        }
        Ok(PersonName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Characters that are not shown as themselves: the bidirectional formatting characters of
/// Unicode's UAX #9 (embeddings, overrides, isolates, the direction marks), zero-width spaces and
/// joiners' look-alikes, word joiners, invisible operators, the byte order mark, interlinear
/// annotation and tag characters. Right-to-left names need none of them. The zero-width joiner
/// and non-joiner are allowed: Persian and Indic names need them.
pub fn hides_or_reorders(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E007F}'
    )
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
        assert!(
            PersonName::parse("Ann\u{200F}").is_err(),
            "right-to-left mark"
        );
        assert!(
            PersonName::parse("\u{200B}\u{200B}").is_err(),
            "an invisible name"
        );
        assert!(
            PersonName::parse("Ann\u{2028}Smith").is_err(),
            "a line separator"
        );
        assert!(PersonName::parse("Ann\u{FEFF}").is_err());
        assert!(
            PersonName::parse("می\u{200C}خواهم").is_ok(),
            "the zero-width non-joiner"
        );
    }

    #[test]
    fn blank_and_long_names_are_refused() {
        assert_eq!(PersonName::parse("   ").unwrap_err().id, "name-missing");
        assert!(PersonName::parse(&"x".repeat(101)).is_err());
        assert!(PersonName::parse(&"ż".repeat(100)).is_ok());
    }
}
