//! The movie form: what an administrator typed, kept as typed for the page, and checked into the
//! fields the store saves.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::db::movies::{MovieFields, MovieRecord};
use crate::i18n::Msg;
use crate::routes::admin::fields::{line, text};
use crate::views::FieldErrors;

/// The age ratings the repertoire prints, youngest first (see `domain::age_rating`).
pub const AGE_RATINGS: [&str; 5] = ["All ages", "7+", "12+", "16+", "18+"];

const MOST_GENRES: usize = 6;

/// The form as posted. Every field is text, so that a wrong number is a message beside its field
/// and not a refusal of the whole request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MovieForm {
    pub title: String,
    pub original_title: String,
    pub description: String,
    pub duration_min: String,
    pub age_rating: String,
    pub genres: String,
    pub release_date: String,
    pub language: String,
    pub version: String,
}

impl MovieForm {
    /// The form showing a saved movie.
    pub fn of(movie: &MovieRecord) -> MovieForm {
        let fields = MovieFields {
            title: movie.title.clone(),
            original_title: movie.original_title.clone(),
            description: movie.description.clone(),
            genre: movie.genre.clone(),
            duration_minutes: movie.duration_minutes,
            age_rating: movie.age_rating.clone(),
            release_date: movie.release_date,
            language: movie.language.clone(),
        };
        MovieForm::of_fields(&fields, movie.version)
    }

    /// The form showing checked fields as they would be saved, at `version`.
    pub fn of_fields(fields: &MovieFields, version: i32) -> MovieForm {
        MovieForm {
            title: fields.title.clone(),
            original_title: fields.original_title.clone(),
            description: fields.description.clone(),
            duration_min: fields.duration_minutes.to_string(),
            age_rating: fields.age_rating.clone(),
            genres: fields.genre.clone(),
            release_date: fields
                .release_date
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            language: fields.language.clone(),
            version: version.to_string(),
        }
    }

    /// The version the form was shown at, when it names one.
    pub fn version(&self) -> Option<i32> {
        self.version.trim().parse().ok()
    }

    /// The fields to save, or a message for each field that cannot be saved as it is.
    pub fn check(&self) -> Result<MovieFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = line(&self.title, 200, true)
            .map_err(|e| errors.add("title", e))
            .ok();
        let original_title = line(&self.original_title, 200, false)
            .map_err(|e| errors.add("original_title", e))
            .ok();
        let description = text(&self.description, 5000)
            .map_err(|e| errors.add("description", e))
            .ok();
        let duration = match self.duration_min.trim().parse::<i32>() {
            Ok(n) if (1..=600).contains(&n) => Some(n),
            Ok(_) => {
                errors.add("duration_min", Msg::new("admin-movie-duration-range"));
                None
            }
            Err(_) => {
                errors.add("duration_min", Msg::new("admin-movie-duration-not-number"));
                None
            }
        };
        let age_rating = AGE_RATINGS
            .iter()
            .find(|r| r.eq_ignore_ascii_case(self.age_rating.trim()))
            .map(|r| (*r).to_owned());
        if age_rating.is_none() {
            errors.add("age_rating", Msg::new("admin-movie-rating-choose"));
        }
        let genres = genres(&self.genres)
            .map_err(|e| errors.add("genres", e))
            .ok();
        let release_date = release_date(&self.release_date)
            .map_err(|e| errors.add("release_date", e))
            .ok();
        let language = line(&self.language, 100, false)
            .map_err(|e| errors.add("language", e))
            .ok();
        match (
            title,
            original_title,
            description,
            duration,
            age_rating,
            genres,
            release_date,
            language,
        ) {
            (
                Some(title),
                Some(original_title),
                Some(description),
                Some(duration_minutes),
                Some(age_rating),
                Some(genre),
                Some(release_date),
                Some(language),
            ) if errors.is_empty() => Ok(MovieFields {
                title,
                original_title,
                description,
                genre,
                duration_minutes,
                age_rating,
                release_date,
                language,
            }),
            _ => Err(errors),
        }
    }
}

/// Genres separated by commas, each written once: "Drama, Comedy".
fn genres(value: &str) -> Result<String, Msg> {
    let mut out: Vec<String> = Vec::new();
    for genre in value.split(',').map(str::trim).filter(|g| !g.is_empty()) {
        let genre = line(genre, 40, true).map_err(|_| Msg::new("admin-movie-genre-too-long"))?;
        if !out.iter().any(|g| g.eq_ignore_ascii_case(&genre)) {
            out.push(genre);
        }
    }
    if out.len() > MOST_GENRES {
        return Err(Msg::new("admin-movie-too-many-genres").arg("most", MOST_GENRES));
    }
    Ok(out.join(", "))
}

fn release_date(value: &str) -> Result<Option<NaiveDate>, Msg> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(d) if (1888..=2200).contains(&d.year()) => Ok(Some(d)),
        Ok(_) => Err(Msg::new("admin-movie-release-range")),
        Err(_) => Err(Msg::new("admin-movie-release-format")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> MovieForm {
        MovieForm {
            title: "  The Quiet Lantern ".into(),
            duration_min: "118".into(),
            age_rating: "12+".into(),
            genres: "Drama, comedy ,drama,".into(),
            release_date: "2026-03-14".into(),
            ..MovieForm::default()
        }
    }

    #[test]
    fn a_valid_form_is_trimmed_and_its_genres_written_once() {
        let fields = valid().check().expect("valid");
        assert_eq!(fields.title, "The Quiet Lantern");
        assert_eq!(fields.genre, "Drama, comedy");
        assert_eq!(fields.duration_minutes, 118);
        assert_eq!(fields.release_date, NaiveDate::from_ymd_opt(2026, 3, 14));
    }

    #[test]
    fn each_bad_field_gets_its_own_message() {
        let form = MovieForm {
            title: " ".into(),
            duration_min: "two hours".into(),
            age_rating: "PG-13".into(),
            release_date: "14/03/2026".into(),
            language: "English\u{202e}".into(),
            ..MovieForm::default()
        };
        let errors = form.check().expect_err("invalid");
        for field in [
            "title",
            "duration_min",
            "age_rating",
            "release_date",
            "language",
        ] {
            assert!(errors.get(field).is_some(), "{field}");
        }
        assert!(errors.get("genres").is_none());
    }

    #[test]
    fn durations_and_dates_have_bounds() {
        let mut form = valid();
        form.duration_min = "0".into();
        assert!(form.check().is_err());
        form.duration_min = "601".into();
        assert!(form.check().is_err());
        form.duration_min = "600".into();
        form.release_date = "1800-01-01".into();
        assert!(form.check().is_err());
        form.release_date = String::new();
        assert_eq!(form.check().expect("valid").release_date, None);
    }
}
