//! Checks shared by the back office's forms: a line or a text as typed, trimmed, within a length,
//! without characters that hide or reorder what a reader sees.

use crate::i18n::Msg;

/// A one-line field: trimmed, at most `most` characters, no control characters or marks that
/// reorder the text around it.
pub fn line(value: &str, most: usize, required: bool) -> Result<String, Msg> {
    let value = value.trim();
    if required && value.is_empty() {
        return Err(Msg::new("field-required"));
    }
    if value.chars().count() > most {
        return Err(Msg::new("field-too-long").arg("most", most));
    }
    if value.chars().any(|c| c.is_control() || hides(c)) {
        return Err(Msg::new("field-invisible").arg("what", "field"));
    }
    Ok(value.to_owned())
}

/// A text of several lines: as [`line`], with line breaks allowed.
pub fn text(value: &str, most: usize) -> Result<String, Msg> {
    let value = value.trim().replace("\r\n", "\n");
    if value.chars().count() > most {
        return Err(Msg::new("field-too-long").arg("most", most));
    }
    if value
        .chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || hides(c))
    {
        return Err(Msg::new("field-invisible").arg("what", "text"));
    }
    Ok(value)
}

fn hides(c: char) -> bool {
    crate::domain::person_name::hides_or_reorders(c)
}
