//! Age ratings ("All ages", "7+", "12+", "16+", "18+") and which ticket types they allow: a ticket
//! type for people up to some age (a child ticket) is not sold for a film rated above that age.

use crate::i18n::Lang;

/// A rating as `lang` writes it: "All ages" is said in words, "12+" is the same everywhere.
pub fn in_words(text: &str, lang: Lang) -> String {
    if text.trim().eq_ignore_ascii_case("all ages") {
        lang.t("admin-rating-all-ages")
    } else {
        text.to_owned()
    }
}

/// The youngest age a film's rating admits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeRating {
    pub min_age: i32,
}

impl AgeRating {
    /// Reads a rating as the repertoire shows it. A rating that is neither "All ages" nor "N+" is
    /// treated as adults only, so an unreadable rating never lets a child ticket through.
    pub fn parse(text: &str) -> AgeRating {
        let text = text.trim();
        if text.eq_ignore_ascii_case("all ages") || text.eq_ignore_ascii_case("all") {
            return AgeRating { min_age: 0 };
        }
        let min_age = text
            .strip_suffix('+')
            .and_then(|n| n.trim().parse::<i32>().ok())
            .filter(|n| (0..=21).contains(n))
            .unwrap_or(18);
        AgeRating { min_age }
    }

    /// True when a ticket type for people up to `max_age` (none: anyone) may be sold for a film
    /// with this rating.
    pub fn allows(self, max_age: Option<i32>) -> bool {
        max_age.is_none_or(|max| max >= self.min_age)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_are_read_as_the_repertoire_writes_them() {
        assert_eq!(AgeRating::parse("All ages").min_age, 0);
        assert_eq!(AgeRating::parse("7+").min_age, 7);
        assert_eq!(AgeRating::parse(" 16+ ").min_age, 16);
        assert_eq!(
            AgeRating::parse("PG-13").min_age,
            18,
            "unreadable: adults only"
        );
        assert_eq!(AgeRating::parse("").min_age, 18);
    }

    #[test]
    fn a_child_ticket_fits_films_for_its_ages_only() {
        let child = Some(12);
        assert!(AgeRating::parse("All ages").allows(child));
        assert!(AgeRating::parse("12+").allows(child));
        assert!(!AgeRating::parse("16+").allows(child));
        assert!(
            AgeRating::parse("18+").allows(None),
            "an adult ticket fits anything"
        );
    }
}
