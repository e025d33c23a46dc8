//! The business rules stored in the single-row `settings` table.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use diesel::prelude::*;

use super::StoreError;
use crate::i18n::Lang;
use crate::schema::settings;

#[derive(Debug, Clone, Queryable, Selectable, AsChangeset, serde::Serialize)]
#[diesel(table_name = settings)]
pub struct Settings {
    pub cinema_name: String,
    pub time_zone: String,
    pub currency: String,
    pub hold_seconds: i32,
    pub max_seats_per_booking: i32,
    pub cancel_cutoff_minutes: i32,
    pub vip_surcharge_cents: i64,
    pub customer_idle_minutes: i32,
    pub staff_idle_minutes: i32,
    pub max_open_baskets: i32,
    pub holds_per_minute_per_account: i32,
    pub holds_per_minute_per_address: i32,
    pub cleaning_minutes: i32,
    /// Street, postcode and town, on one line; empty until an administrator gives it.
    pub cinema_address: String,
}

/// The settings in force for one request, with the time zone parsed and the hold override applied.
#[derive(Debug, Clone)]
pub struct Rules {
    pub cinema_name: String,
    pub cinema_address: String,
    pub tz: Tz,
    pub currency: String,
    pub hold: chrono::Duration,
    pub max_seats: i64,
    pub cancel_cutoff: chrono::Duration,
    pub vip_surcharge_cents: i64,
    /// How long a customer's session may go unused.
    pub customer_idle: chrono::Duration,
    /// How long a cashier's or administrator's session may go unused.
    pub staff_idle: chrono::Duration,
    /// In how many showings one customer may hold seats at once.
    pub max_open_baskets: i64,
    /// How many holds a minute one account may make.
    pub holds_per_minute_per_account: u32,
    /// How many holds a minute one client address may make.
    pub holds_per_minute_per_address: u32,
    /// The least time between one showing's end and the next one's start in a hall.
    pub cleaning: chrono::Duration,
    /// False when the stored time zone is not one the tz database knows; times are then shown in
    /// UTC, and the settings page says so.
    pub tz_valid: bool,
    /// The language this request's answer is written in: prices, days and months follow it.
    /// Chosen by the visitor, not stored in the settings.
    pub lang: Lang,
}

impl Rules {
    /// Where the cinema is, for tickets, mail and calendars: its name, and its address once given.
    pub fn place(&self) -> String {
        if self.cinema_address.is_empty() {
            self.cinema_name.clone()
        } else {
            format!("{}, {}", self.cinema_name, self.cinema_address)
        }
    }
}

pub fn load(conn: &mut super::Conn, hold_override: Option<i64>) -> Result<Rules, StoreError> {
    let s: Settings = settings::table
        .find(1)
        .select(Settings::as_select())
        .first(conn)?;
    // A zone the tz database does not know (written by hand, or dropped from a newer tz database)
    // must not turn every page into an error: times are shown in UTC until an administrator fixes it.
    let (tz, tz_valid) = match s.time_zone.parse::<Tz>() {
        Ok(tz) => (tz, true),
        Err(_) => {
            warn_once(&s.time_zone);
            (Tz::UTC, false)
        }
    };
    Ok(Rules {
        cinema_name: s.cinema_name,
        cinema_address: s.cinema_address,
        tz,
        currency: s.currency,
        hold: chrono::Duration::seconds(hold_override.unwrap_or(i64::from(s.hold_seconds))),
        max_seats: i64::from(s.max_seats_per_booking),
        cancel_cutoff: chrono::Duration::minutes(i64::from(s.cancel_cutoff_minutes)),
        vip_surcharge_cents: s.vip_surcharge_cents,
        customer_idle: chrono::Duration::minutes(i64::from(s.customer_idle_minutes)),
        staff_idle: chrono::Duration::minutes(i64::from(s.staff_idle_minutes)),
        max_open_baskets: i64::from(s.max_open_baskets),
        holds_per_minute_per_account: s.holds_per_minute_per_account.max(1).unsigned_abs(),
        holds_per_minute_per_address: s.holds_per_minute_per_address.max(1).unsigned_abs(),
        cleaning: chrono::Duration::minutes(i64::from(s.cleaning_minutes)),
        tz_valid,
        lang: Lang::default(),
    })
}

fn warn_once(zone: &str) {
    static WARNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !WARNED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        log::error!(
            "the settings name the time zone {zone:?}, which the tz database does not know: times are shown in UTC until an administrator sets a valid one"
        );
    }
}

/// The settings as the back office edits them, with their version.
pub fn find(conn: &mut super::Conn) -> QueryResult<(Settings, i32)> {
    settings::table
        .find(1)
        .select((Settings::as_select(), settings::version))
        .first(conn)
}

/// What saving the settings came to.
pub enum Saved {
    Done,
    /// Someone saved the settings after the form was shown: nothing changed; here is what they saved.
    Stale(Settings, i32),
}

/// Saves `new` if the settings are still at `version`, with the audit entry, in one write.
pub fn save(
    conn: &mut super::Conn,
    version: i32,
    new: &Settings,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Saved, StoreError> {
    super::write(conn, |c| {
        let (before, current) = find(c)?;
        let changed = diesel::update(
            settings::table
                .find(1)
                .filter(settings::version.eq(version)),
        )
        .set((new, settings::version.eq(settings::version + 1)))
        .execute(c)?;
        if changed != 1 {
            return Ok(Saved::Stale(before, current));
        }
        super::audit::record(
            c,
            now,
            &super::audit::Change {
                actor_id,
                entity: "settings",
                entity_id: 1,
                action: "update",
                before: serde_json::to_value(&before).unwrap_or_default(),
                after: serde_json::to_value(new).unwrap_or_default(),
            },
        )?;
        Ok(Saved::Done)
    })
}

impl Rules {
    /// How long a session of someone in `role` may go unused before it ends.
    pub fn idle_limit(&self, role: crate::domain::kinds::Role) -> chrono::Duration {
        if role.is_staff() {
            self.staff_idle
        } else {
            self.customer_idle
        }
    }

    pub fn money(&self, cents: i64) -> String {
        self.lang.money(cents, &self.currency)
    }

    pub fn local(&self, utc: NaiveDateTime) -> DateTime<Tz> {
        self.tz.from_utc_datetime(&utc)
    }

    /// The calendar day in the cinema's zone.
    pub fn today(&self, now: DateTime<Utc>) -> NaiveDate {
        now.with_timezone(&self.tz).date_naive()
    }

    /// The UTC range [start, end) that a local calendar day covers (23 or 25 hours across DST changes).
    pub fn day_range_utc(&self, day: NaiveDate) -> (NaiveDateTime, NaiveDateTime) {
        let start_of = |d: NaiveDate| {
            let midnight = d.and_hms_opt(0, 0, 0).expect("midnight exists");
            self.tz
                .from_local_datetime(&midnight)
                .earliest()
                // A zone that skips midnight starts the day an hour later.
                .unwrap_or_else(|| self.tz.from_utc_datetime(&midnight))
                .naive_utc()
        };
        (start_of(day), start_of(day.succ_opt().unwrap_or(day)))
    }

    /// "Tue 24 Nov, 19:30" in the cinema's zone.
    pub fn show_time(&self, utc: NaiveDateTime) -> String {
        self.lang.time(&self.local(utc), "%a %-d %b, %H:%M")
    }

    pub fn show_clock(&self, utc: NaiveDateTime) -> String {
        self.local(utc).format("%H:%M").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules {
            cinema_name: "Test".into(),
            cinema_address: "ul. Testowa 1, 00-001 Warszawa".into(),
            tz: chrono_tz::Europe::Warsaw,
            currency: "PLN".into(),
            hold: chrono::Duration::minutes(10),
            max_seats: 10,
            cancel_cutoff: chrono::Duration::hours(2),
            vip_surcharge_cents: 1000,
            customer_idle: chrono::Duration::days(7),
            staff_idle: chrono::Duration::hours(1),
            max_open_baskets: 2,
            holds_per_minute_per_account: 20,
            holds_per_minute_per_address: 60,
            cleaning: chrono::Duration::minutes(15),
            tz_valid: true,
            lang: Lang::En,
        }
    }

    #[test]
    fn a_local_day_maps_to_utc_including_dst_changes() {
        let r = rules();
        let winter = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let (start, end) = r.day_range_utc(winter);
        assert_eq!(start.to_string(), "2026-11-23 23:00:00");
        assert_eq!(end.to_string(), "2026-11-24 23:00:00");
        let spring_forward = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        let (start, end) = r.day_range_utc(spring_forward);
        assert_eq!((end - start).num_hours(), 23);
    }

    #[test]
    fn times_are_shown_in_the_cinema_zone() {
        let utc = NaiveDate::from_ymd_opt(2026, 7, 1)
            .unwrap()
            .and_hms_opt(17, 30, 0)
            .unwrap();
        assert_eq!(rules().show_clock(utc), "19:30");
    }
}
