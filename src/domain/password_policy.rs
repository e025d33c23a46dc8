//! What a new password must be, said the same way wherever one is chosen (registration, a change on
//! the account page): long enough once trimmed, and not easy to guess. Guessability is estimated by
//! zxcvbn, which knows the common-password lists, names, keyboard patterns, dates and sequences,
//! and the person's own name and e-mail; its advice is put in our own words here.

use zxcvbn::Score;
use zxcvbn::feedback::{Suggestion, Warning};

/// The fewest characters a password may have, not counting spaces at either end.
pub const MIN_LENGTH: usize = 10;
/// The most characters a password may have: hashing a longer one costs more for no more safety.
pub const MAX_LENGTH: usize = 256;
/// zxcvbn's "safely unguessable" (about 10^10 guesses): passes for four common words or a long,
/// personal phrase; fails for anything on a common-password list.
const MIN_SCORE: Score = Score::Three;
/// zxcvbn grows slow with very long input; beyond this much a password is judged by its start.
const JUDGED_CHARS: usize = 100;

/// Why a new password is refused, in words for the person choosing it; `Ok` when it will do.
/// `about_them`: what the person typed about themselves (name, e-mail), which a password should
/// not be made of.
pub fn judge(password: &str, about_them: &[&str]) -> Result<(), String> {
    let trimmed = password.trim();
    let length = trimmed.chars().count();
    if length == 0 {
        return Err("Choose a password.".into());
    }
    if length < MIN_LENGTH {
        return Err(format!(
            "Use at least {MIN_LENGTH} characters (spaces at the start or end do not count). A few unrelated words make a password that is long and easy to remember."
        ));
    }
    if password.chars().count() > MAX_LENGTH {
        return Err(format!("Use at most {MAX_LENGTH} characters."));
    }
    let judged: String = trimmed.chars().take(JUDGED_CHARS).collect();
    // Each word of a name or an address counts on its own: "Zofia Nowak" gives "zofia", "nowak".
    // What the person typed is not checked yet, so only as much of it as a name or an address
    // can hold is looked at.
    let about_them: Vec<&str> = about_them.iter().map(|t| prefix(t, 254)).collect();
    let words: Vec<&str> = about_them
        .iter()
        .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().count() >= 3)
        .chain(about_them.iter().copied())
        .collect();
    if is_made_of(&judged, &words) {
        return Err(
            "Your name and e-mail address are the first things someone would try. Use words that have nothing to do with you.".into(),
        );
    }
    let estimate = zxcvbn::zxcvbn(&judged, &words);
    if estimate.score() >= MIN_SCORE {
        return Ok(());
    }
    let feedback = estimate.feedback();
    let why = feedback
        .and_then(|f| f.warning())
        .map_or("This password would be easy to guess.", warning);
    let advice = feedback
        .and_then(|f| f.suggestions().first().copied())
        .map_or("Add another word or two.", suggestion);
    Err(format!("{why} {advice}"))
}

/// The first `chars` characters of `text`.
fn prefix(text: &str, chars: usize) -> &str {
    text.char_indices()
        .nth(chars)
        .map_or(text, |(at, _)| &text[..at])
}

/// True when the password is little more than `words` with digits and punctuation around them:
/// zxcvbn lowers its estimate for such passwords, but not always below the bar.
fn is_made_of(password: &str, words: &[&str]) -> bool {
    let mut rest = password.to_lowercase();
    let mut found = false;
    for word in words {
        let word = word.to_lowercase();
        if word.chars().count() >= 3 && rest.contains(&word) {
            rest = rest.replace(&word, "");
            found = true;
        }
    }
    found && rest.chars().filter(|c| c.is_alphabetic()).count() < 4
}

fn warning(warning: Warning) -> &'static str {
    match warning {
        Warning::ThisIsATop10Password | Warning::ThisIsATop100Password => {
            "This is one of the most common passwords."
        }
        Warning::ThisIsACommonPassword => "This is a common password.",
        Warning::ThisIsSimilarToACommonlyUsedPassword => "This is very like a common password.",
        Warning::StraightRowsOfKeysAreEasyToGuess
        | Warning::ShortKeyboardPatternsAreEasyToGuess => {
            "Rows and patterns of keys are easy to guess."
        }
        Warning::RepeatsLikeAaaAreEasyToGuess
        | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            "Repeated characters or words are easy to guess."
        }
        Warning::SequencesLikeAbcAreEasyToGuess => "Sequences like abc or 6543 are easy to guess.",
        Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess => {
            "Years and dates are easy to guess."
        }
        Warning::AWordByItselfIsEasyToGuess => "A single word is easy to guess.",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
        | Warning::CommonNamesAndSurnamesAreEasyToGuess => "Names are easy to guess.",
    }
}

fn suggestion(suggestion: Suggestion) -> &'static str {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases => {
            "Use a few unrelated words rather than a common phrase."
        }
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters | Suggestion::AddAnotherWordOrTwo => {
            "Add another word or two; uncommon words are better."
        }
        Suggestion::CapitalizationDoesntHelpVeryMuch
        | Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            "Capital letters help less than another word."
        }
        Suggestion::ReversedWordsArentMuchHarderToGuess => {
            "A word spelt backwards is not much harder to guess."
        }
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => {
            "Swapping letters for look-alikes (@ for a) helps less than another word."
        }
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => {
            "Use words rather than a pattern on the keyboard."
        }
        Suggestion::AvoidRepeatedWordsAndCharacters => "Avoid repeating words and characters.",
        Suggestion::AvoidSequences => "Avoid sequences.",
        Suggestion::AvoidRecentYears
        | Suggestion::AvoidYearsThatAreAssociatedWithYou
        | Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => {
            "Avoid years and dates, especially ones that have to do with you."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_and_short_passwords_are_refused_with_the_length() {
        assert_eq!(judge("", &[]).unwrap_err(), "Choose a password.");
        assert!(judge("            ", &[]).unwrap_err().contains("Choose"));
        let short = judge("   nine char   ", &[]).unwrap_err();
        assert!(short.contains("at least 10 characters"), "{short}");
        assert!(
            judge(&"a b ".repeat(70), &[])
                .unwrap_err()
                .contains("at most 256")
        );
    }

    #[test]
    fn common_passwords_are_refused_with_advice() {
        for common in [
            "password123",
            "1234567890",
            "qwertyuiop",
            "iloveyou12",
            "Passw0rd!!",
        ] {
            let why = judge(common, &[]).unwrap_err();
            assert!(
                why.contains("common") || why.contains("patterns"),
                "{common}: {why}"
            );
            assert!(why.contains("word"), "{common}: {why}");
        }
        assert!(judge("abcdefghijk", &[]).unwrap_err().contains("Sequences"));
    }

    #[test]
    fn a_password_made_of_the_persons_own_details_is_refused() {
        let about = ["Zofia Nowak", "zofia.nowak@example.com"];
        assert!(judge("zofianowak1", &about).is_err());
        assert!(judge("nowak.zofia@example.com", &about).is_err());
    }

    #[test]
    fn a_few_words_will_do() {
        assert!(judge("correct horse battery", &[]).is_ok());
        assert!(judge("blue whale cinema", &["Ann", "ann@example.com"]).is_ok());
        assert!(judge("  summer sunshine  ", &[]).is_ok());
    }
}
