//! What the schedule's forms post, kept as typed, and the checks that turn it into times in UTC
//! and prices in minor units.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::domain::kinds::ShowFormat;
use crate::domain::money;
use crate::i18n::{Msg, Text};
use crate::views::FieldErrors;

/// The years a schedule may name: anything else is a typing mistake (and far-off years would
/// overflow date arithmetic).
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2200;

/// More showings than this in one bulk request are a typing mistake.
pub const MOST_IN_BULK: usize = 200;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ShowingForm {
    pub movie_id: String,
    pub hall_id: String,
    /// Local, as a `datetime-local` input sends it: `2026-12-24T18:30`.
    pub starts_at: String,
    pub price: String,
    /// `2D`, `3D` or `IMAX`; empty means 2D.
    pub format: String,
    pub version: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BulkForm {
    pub movie_id: String,
    pub hall_id: String,
    pub from: String,
    pub to: String,
    /// Local times of day, such as `14:00, 18:30`.
    pub times: String,
    pub price: String,
    pub format: String,
}

pub fn id(value: &str) -> Option<i32> {
    value.trim().parse().ok().filter(|id| *id > 0)
}

/// A local date and time in the cinema's zone, as UTC. A time the clocks skip is refused; one
/// they pass twice is taken the first time.
pub fn local_start(value: &str, tz: Tz) -> Result<NaiveDateTime, Text> {
    let value = value.trim();
    let local = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%d %H:%M"))
        .map_err(|_| {
            if value.is_empty() {
                Msg::new("schedule-start-needed").into()
            } else {
                Text::from(Msg::new("schedule-start-invalid").arg("text", value))
            }
        })?;
    if !YEARS.contains(&local.year()) {
        return Err(Msg::new("schedule-year-invalid").arg("text", value).into());
    }
    at(local, tz)
}

fn at(local: NaiveDateTime, tz: Tz) -> Result<NaiveDateTime, Text> {
    tz.from_local_datetime(&local)
        .earliest()
        .map(|t| t.naive_utc())
        .ok_or_else(|| {
            Msg::new("schedule-time-skipped")
                .arg("time", local.format("%Y-%m-%d %H:%M").to_string())
                .arg("zone", tz.to_string())
                .into()
        })
}

pub fn date(value: &str) -> Result<NaiveDate, Text> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| YEARS.contains(&d.year()))
        .ok_or_else(|| Msg::new("schedule-date-invalid").into())
}

/// `14:00, 18:30` as times of day, sorted, without repeats.
pub fn times(value: &str) -> Result<Vec<NaiveTime>, Text> {
    let mut out = Vec::new();
    for token in value
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|t| !t.is_empty())
    {
        let time = NaiveTime::parse_from_str(token, "%H:%M")
            .map_err(|_| Text::from(Msg::new("schedule-time-invalid").arg("text", token)))?;
        if !out.contains(&time) {
            out.push(time);
        }
    }
    if out.is_empty() {
        return Err(Msg::new("schedule-times-needed").into());
    }
    out.sort();
    Ok(out)
}

/// Every start of a bulk request, in UTC, day by day: or the messages for its fields.
pub fn bulk_starts(
    form: &BulkForm,
    tz: Tz,
    errors: &mut FieldErrors,
) -> Option<Vec<NaiveDateTime>> {
    let from = date(&form.from).map_err(|e| errors.add("from", e)).ok();
    let to = date(&form.to).map_err(|e| errors.add("to", e)).ok();
    let times = times(&form.times).map_err(|e| errors.add("times", e)).ok();
    let (from, to, times) = (from?, to?, times?);
    if to < from {
        errors.add("to", Msg::new("schedule-to-before-from"));
        return None;
    }
    let days = (to - from).num_days() + 1;
    if days as usize * times.len() > MOST_IN_BULK {
        errors.add(
            "to",
            Msg::new("schedule-bulk-too-many").arg("count", MOST_IN_BULK),
        );
        return None;
    }
    let mut starts = Vec::new();
    for day in 0..days {
        let date = from + Duration::days(day);
        for time in &times {
            match at(date.and_time(*time), tz) {
                Ok(start) => starts.push(start),
                Err(e) => {
                    errors.add("times", e);
                    return None;
                }
            }
        }
    }
    Some(starts)
}

/// The formats a showing may have, for the forms' choice.
pub const FORMATS: &[ShowFormat] = ShowFormat::ALL;

/// The format chosen (2D when none is), or a message beside the field.
pub fn format(value: &str, errors: &mut FieldErrors) -> Option<ShowFormat> {
    match value.trim() {
        "" => Some(ShowFormat::TwoD),
        text => text
            .parse()
            .map_err(|_| {
                errors.add(
                    "format",
                    Msg::new("schedule-format-invalid").arg("text", text),
                )
            })
            .ok(),
    }
}

pub fn price(value: &str, errors: &mut FieldErrors) -> Option<i64> {
    money::parse(value).map_err(|e| errors.add("price", e)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_become_utc_and_skipped_ones_are_refused() {
        let tz: Tz = "Europe/Warsaw".parse().unwrap();
        let utc = local_start("2026-12-24T18:30", tz).unwrap();
        assert_eq!(utc.to_string(), "2026-12-24 17:30:00");
        // Summer time began at 02:00 on 29 March 2026.
        assert!(local_start("2026-03-29T02:30", tz).is_err());
        assert!(local_start("24.12.2026 18:30", tz).is_err());
    }

    #[test]
    fn bulk_requests_expand_day_by_day_and_have_a_limit() {
        let tz: Tz = "UTC".parse().unwrap();
        let form = BulkForm {
            from: "2026-12-24".into(),
            to: "2026-12-26".into(),
            times: "18:30, 14:00 18:30".into(),
            ..BulkForm::default()
        };
        let mut errors = FieldErrors::default();
        let starts = bulk_starts(&form, tz, &mut errors).unwrap();
        assert_eq!(starts.len(), 6);
        assert_eq!(starts[0].to_string(), "2026-12-24 14:00:00");
        let too_many = BulkForm {
            to: "2027-12-24".into(),
            ..form
        };
        assert!(bulk_starts(&too_many, tz, &mut errors).is_none());
        assert!(!errors.is_empty());
    }
}
