//! A film's genres, typed in the back office as words separated by commas ("Drama, Comedy"), said
//! in the reader's language where the genre is a known one and as typed otherwise.

use crate::i18n::Lang;

/// The genres `text` names, each in `lang` when it is a known genre: "Drama, Comedy" is
/// "Dramat, Komedia" in Polish, "Slow cinema" stays as typed.
pub fn in_words(text: &str, lang: Lang) -> String {
    text.split(',')
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .map(|typed| {
            lang.t_with(
                "admin-genre",
                &[("key", key(typed).into()), ("typed", typed.into())],
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The genre's key in the messages: lower case, words joined by hyphens ("science-fiction").
fn key(typed: &str) -> String {
    let key = typed
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-");
    match key.as_str() {
        "sci-fi" | "scifi" => "science-fiction".to_owned(),
        _ => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_genres_are_said_in_polish_and_others_kept() {
        assert_eq!(
            in_words("Drama, science fiction, Slow cinema", Lang::Pl),
            "Dramat, Sci-Fi, Slow cinema"
        );
        assert_eq!(in_words("Drama, comedy", Lang::En), "Drama, comedy");
        assert_eq!(in_words("", Lang::Pl), "");
    }
}
