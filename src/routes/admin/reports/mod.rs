//! The administrators' reports over a range of business days: sales per day, channel, ticket type
//! and movie, occupancy per hall and showing, refunds, and sales per cashier; as one page with
//! charts (`page`) and as CSV files of the same rows (`export`).

mod charts;
pub mod export;
mod figures;
pub mod page;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::db::reports::{self, Days, MovieRow, Names, SalesRow, ShowingRow};
use crate::db::settings::Rules;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::views::FieldErrors;

/// The longest range a report covers: two years (and a leap day).
const MOST_DAYS: i64 = 731;
/// The range shown when none is asked for: the last 30 days, today included.
const DEFAULT_DAYS: i64 = 30;

/// The range as typed: text, so a wrong date is a message beside its field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RangeQuery {
    pub from: String,
    pub to: String,
}

/// Reads the range, defaulting the missing ends: `to` is `today` (in the cinema's time zone), `from`
/// 30 days up to `to`. A day that is not a date, a range that ends before it starts or one longer
/// than two years is a message for the field at fault.
pub fn days(query: &RangeQuery, today: NaiveDate) -> Result<Days, FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut day = |field: &'static str, text: &str| -> Option<NaiveDate> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) if crate::routes::admin::showings::form::YEARS.contains(&d.year()) => Some(d),
            _ => {
                errors.add(field, Msg::new("reports-date-invalid"));
                None
            }
        }
    };
    let from = day("from", &query.from);
    let to = day("to", &query.to);
    if !errors.is_empty() {
        return Err(errors);
    }
    let to = to.unwrap_or(today);
    let from = from.unwrap_or(to - chrono::Duration::days(DEFAULT_DAYS - 1));
    if from > to {
        errors.add("to", Msg::new("reports-to-before-from"));
    } else if (to - from).num_days() >= MOST_DAYS {
        errors.add("from", Msg::new("reports-too-long"));
    }
    if errors.is_empty() {
        Ok(Days { from, to })
    } else {
        Err(errors)
    }
}

/// Which queries a report needs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Parts {
    pub sales: bool,
    pub movies: bool,
    pub showings: bool,
}

impl Parts {
    pub const ALL: Parts = Parts {
        sales: true,
        movies: true,
        showings: true,
    };
}

/// What the queries of a report returned, with the names they refer to.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sales: Vec<SalesRow>,
    pub movies: Vec<MovieRow>,
    /// The showings that start on the days (in the cinema's time zone).
    pub showings: Vec<ShowingRow>,
    pub names: Names,
}

/// Runs the queries of `parts` over the days, in one read.
pub fn load(
    c: &mut crate::db::Conn,
    rules: &Rules,
    days: Days,
    parts: Parts,
) -> Result<Loaded, AppError> {
    let mut loaded = Loaded::default();
    if parts.sales {
        loaded.sales = reports::sales(c, days)?;
    }
    if parts.movies {
        loaded.movies = reports::movies(c, days)?;
    }
    if parts.showings {
        let (from, _) = rules.day_range_utc(days.from);
        let (_, to) = rules.day_range_utc(days.to);
        loaded.showings = reports::showings(c, from, to)?;
    }
    let mut movie_ids: Vec<i32> = loaded.showings.iter().map(|s| s.movie_id).collect();
    movie_ids.sort_unstable();
    movie_ids.dedup();
    let mut cashier_ids: Vec<i32> = loaded
        .sales
        .iter()
        .map(|r| r.cashier_id)
        .filter(|id| *id != 0)
        .collect();
    cashier_ids.sort_unstable();
    cashier_ids.dedup();
    loaded.names = reports::names(c, &movie_ids, &cashier_ids)?;
    Ok(loaded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(from: &str, to: &str) -> RangeQuery {
        RangeQuery {
            from: from.into(),
            to: to.into(),
        }
    }

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_range_defaults_to_the_last_thirty_days() {
        let today = date("2026-12-01");
        let range = days(&query("", ""), today).unwrap();
        assert_eq!((range.from, range.to), (date("2026-11-02"), today));
        let range = days(&query("2026-01-01", " 2026-01-31 "), today).unwrap();
        assert_eq!(
            (range.from, range.to),
            (date("2026-01-01"), date("2026-01-31"))
        );
        let range = days(&query("", "2026-03-30"), today).unwrap();
        assert_eq!(range.from, date("2026-03-01"));
    }

    #[test]
    fn bad_dates_backward_and_overlong_ranges_name_their_field() {
        let today = date("2026-12-01");
        let errors = days(&query("yesterday", "2026-02-30"), today).unwrap_err();
        assert!(errors.get("from").is_some() && errors.get("to").is_some());
        let errors = days(&query("2026-02-01", "2026-01-01"), today).unwrap_err();
        assert!(errors.get("to").unwrap().to_string().contains("before"));
        let errors = days(&query("2020-01-01", "2026-01-01"), today).unwrap_err();
        assert!(
            errors
                .get("from")
                .unwrap()
                .to_string()
                .contains("two years")
        );
        assert!(days(&query("2024-01-01", "2025-12-31"), today).is_ok());
        assert!(days(&query("1999-01-01", "1999-01-02"), today).is_err());
    }
}
