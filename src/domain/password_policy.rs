//! What a new password must be, said the same way wherever one is chosen (registration, a change on
//! the account page): long enough once trimmed, and not easy to guess. Guessability is estimated by
//! zxcvbn, which knows the common-password lists, names, keyboard patterns, dates and sequences,
//! and the person's own name and e-mail; its advice is put in our own words here.

use zxcvbn::Score;
use zxcvbn::feedback::{Suggestion, Warning};

use crate::i18n::Msg;

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
pub fn judge(password: &str, about_them: &[&str]) -> Result<(), Msg> {
    let trimmed = password.trim();
    let length = trimmed.chars().count();
    if length == 0 {
        return Err(Msg::new("password-missing"));
    }
    if length < MIN_LENGTH {
        return Err(Msg::new("password-short").arg("count", MIN_LENGTH));
    }
    if password.chars().count() > MAX_LENGTH {
        return Err(Msg::new("password-long").arg("count", MAX_LENGTH));
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
        return Err(Msg::new("password-about-you"));
    }
    let estimate = zxcvbn::zxcvbn(&judged, &words);
    if estimate.score() >= MIN_SCORE {
        return Ok(());
    }
    let feedback = estimate.feedback();
    let why = feedback
        .and_then(|f| f.warning())
        .map_or("guessable", warning);
    let advice = feedback
        .and_then(|f| f.suggestions().first().copied())
        .map_or("more-words", suggestion);
    Err(Msg::new("password-weak")
        .arg("why", why)
        .arg("advice", advice))
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

/// The key of `password-weak`'s `$why` that says it.
fn warning(warning: Warning) -> &'static str {
    match warning {
        Warning::ThisIsATop10Password | Warning::ThisIsATop100Password => "top",
        Warning::ThisIsACommonPassword => "common",
        Warning::ThisIsSimilarToACommonlyUsedPassword => "like-common",
        Warning::StraightRowsOfKeysAreEasyToGuess
        | Warning::ShortKeyboardPatternsAreEasyToGuess => "keys",
        Warning::RepeatsLikeAaaAreEasyToGuess
        | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "repeats",
        Warning::SequencesLikeAbcAreEasyToGuess => "sequences",
        Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess => "dates",
        Warning::AWordByItselfIsEasyToGuess => "one-word",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
        | Warning::CommonNamesAndSurnamesAreEasyToGuess => "names",
    }
}

/// The key of `password-weak`'s `$advice` that says it.
fn suggestion(suggestion: Suggestion) -> &'static str {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases => "phrase",
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters | Suggestion::AddAnotherWordOrTwo => {
            "uncommon-words"
        }
        Suggestion::CapitalizationDoesntHelpVeryMuch
        | Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => "capitals",
        Suggestion::ReversedWordsArentMuchHarderToGuess => "reversed",
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => "substitutions",
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => "keyboard",
        Suggestion::AvoidRepeatedWordsAndCharacters => "avoid-repeats",
        Suggestion::AvoidSequences => "avoid-sequences",
        Suggestion::AvoidRecentYears
        | Suggestion::AvoidYearsThatAreAssociatedWithYou
        | Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => "avoid-dates",
    }
}

#[cfg(test)]
mod tests {
    /// The refusal in English, as the tests read it.
    fn judge(password: &str, about_them: &[&str]) -> Result<(), String> {
        super::judge(password, about_them).map_err(|m| m.to_string())
    }

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
