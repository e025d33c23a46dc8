//! The business settings: the cinema's name, time zone and currency, how long holds last, the
//! booking limits and the cleaning buffer. A save applies at the next request, on every instance.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono_tz::Tz;
use serde::Deserialize;

use crate::db::settings::{self, Saved, Settings};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

/// The form as posted: text, so that a wrong number is a message beside its field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SettingsForm {
    cinema_name: String,
    cinema_address: String,
    time_zone: String,
    currency: String,
    hold_minutes: String,
    max_seats: String,
    cancel_cutoff_minutes: String,
    cleaning_minutes: String,
    max_open_baskets: String,
    holds_per_minute_per_account: String,
    holds_per_minute_per_address: String,
    customer_idle_minutes: String,
    staff_idle_minutes: String,
    version: String,
}

/// One number of the form: its field, and the values it may take (within what the table's
/// checks allow, so a value the form accepts is always stored).
pub struct Bound {
    field: &'static str,
    least: i32,
    most: i32,
}

impl Bound {
    /// The field's label in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        lang.t(match self.field {
            "hold_minutes" => "admin-settings-hold",
            "max_seats" => "admin-settings-max-seats",
            "cancel_cutoff_minutes" => "admin-settings-cutoff",
            "cleaning_minutes" => "admin-settings-cleaning",
            "max_open_baskets" => "admin-settings-baskets",
            "holds_per_minute_per_account" => "admin-settings-per-account",
            "holds_per_minute_per_address" => "admin-settings-per-address",
            "customer_idle_minutes" => "admin-settings-customer-idle",
            _ => "admin-settings-staff-idle",
        })
    }
}

const BOUNDS: [Bound; 9] = [
    Bound {
        field: "hold_minutes",
        least: 1,
        most: 1_440,
    },
    Bound {
        field: "max_seats",
        least: 1,
        most: 100,
    },
    Bound {
        field: "cancel_cutoff_minutes",
        least: 0,
        most: 10_080,
    },
    Bound {
        field: "cleaning_minutes",
        least: 0,
        most: 240,
    },
    Bound {
        field: "max_open_baskets",
        least: 1,
        most: 100,
    },
    Bound {
        field: "holds_per_minute_per_account",
        least: 1,
        most: 1_000_000,
    },
    Bound {
        field: "holds_per_minute_per_address",
        least: 1,
        most: 1_000_000,
    },
    Bound {
        field: "customer_idle_minutes",
        least: 5,
        most: 43_200,
    },
    Bound {
        field: "staff_idle_minutes",
        least: 5,
        most: 43_200,
    },
];

impl SettingsForm {
    fn of(s: &Settings, version: i32) -> SettingsForm {
        SettingsForm {
            cinema_name: s.cinema_name.clone(),
            cinema_address: s.cinema_address.clone(),
            time_zone: s.time_zone.clone(),
            currency: s.currency.clone(),
            hold_minutes: (s.hold_seconds / 60).max(1).to_string(),
            max_seats: s.max_seats_per_booking.to_string(),
            cancel_cutoff_minutes: s.cancel_cutoff_minutes.to_string(),
            cleaning_minutes: s.cleaning_minutes.to_string(),
            max_open_baskets: s.max_open_baskets.to_string(),
            holds_per_minute_per_account: s.holds_per_minute_per_account.to_string(),
            holds_per_minute_per_address: s.holds_per_minute_per_address.to_string(),
            customer_idle_minutes: s.customer_idle_minutes.to_string(),
            staff_idle_minutes: s.staff_idle_minutes.to_string(),
            version: version.to_string(),
        }
    }

    pub fn value(&self, field: &str) -> &str {
        match field {
            "hold_minutes" => &self.hold_minutes,
            "max_seats" => &self.max_seats,
            "cancel_cutoff_minutes" => &self.cancel_cutoff_minutes,
            "cleaning_minutes" => &self.cleaning_minutes,
            "max_open_baskets" => &self.max_open_baskets,
            "holds_per_minute_per_account" => &self.holds_per_minute_per_account,
            "holds_per_minute_per_address" => &self.holds_per_minute_per_address,
            "customer_idle_minutes" => &self.customer_idle_minutes,
            "staff_idle_minutes" => &self.staff_idle_minutes,
            _ => "",
        }
    }

    /// The settings to save over `current`, or a message for each field that cannot be saved.
    fn check(&self, current: &Settings) -> Result<Settings, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.cinema_name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            errors.add("cinema_name", Msg::new("admin-settings-name-needed"));
        } else if name
            .chars()
            .any(|c| c.is_control() || crate::domain::person_name::hides_or_reorders(c))
        {
            errors.add("cinema_name", Msg::new("admin-settings-invisible"));
        }
        let address = self.cinema_address.trim();
        if address.chars().count() > 200 {
            errors.add(
                "cinema_address",
                Msg::new("admin-settings-address-too-long"),
            );
        } else if address
            .chars()
            .any(|c| c.is_control() || crate::domain::person_name::hides_or_reorders(c))
        {
            errors.add(
                "cinema_address",
                Msg::new("admin-settings-address-invisible"),
            );
        }
        let zone = self.time_zone.trim();
        if zone.parse::<Tz>().is_err() {
            errors.add("time_zone", Msg::new("admin-settings-zone-unknown"));
        }
        let currency = self.currency.trim().to_ascii_uppercase();
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.add("currency", Msg::new("admin-settings-currency-code"));
        }
        let mut numbers = [0i32; 9];
        for (slot, bound) in numbers.iter_mut().zip(&BOUNDS) {
            match self.value(bound.field).trim().parse::<i32>() {
                Ok(n) if (bound.least..=bound.most).contains(&n) => *slot = n,
                _ => errors.add(
                    bound.field,
                    Msg::new("admin-settings-whole-number")
                        .arg("least", bound.least)
                        .arg("most", bound.most),
                ),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let [
            hold,
            max_seats,
            cutoff,
            cleaning,
            baskets,
            per_account,
            per_address,
            customer_idle,
            staff_idle,
        ] = numbers;
        Ok(Settings {
            cinema_name: name.to_owned(),
            cinema_address: address.to_owned(),
            time_zone: zone.to_owned(),
            currency,
            hold_seconds: hold * 60,
            max_seats_per_booking: max_seats,
            cancel_cutoff_minutes: cutoff,
            vip_surcharge_cents: current.vip_surcharge_cents,
            customer_idle_minutes: customer_idle,
            staff_idle_minutes: staff_idle,
            max_open_baskets: baskets,
            holds_per_minute_per_account: per_account,
            holds_per_minute_per_address: per_address,
            cleaning_minutes: cleaning,
        })
    }
}

#[derive(Template)]
#[template(path = "admin/settings.html")]
struct SettingsPage {
    ctx: PageCtx,
    form: SettingsForm,
    errors: FieldErrors,
    /// The stored time zone is not one the tz database knows.
    bad_zone: Option<String>,
    /// Someone saved meanwhile: (label, yours, saved) for each field that differs.
    conflict: Option<Vec<(String, String, String)>>,
    bounds: &'static [Bound],
}

impl SettingsPage {
    fn label(&self, bound: &Bound) -> String {
        bound.label(self.ctx.lang)
    }
}

fn page(
    ctx: &Ctx,
    status: StatusCode,
    form: SettingsForm,
    errors: FieldErrors,
    conflict: Option<Vec<(String, String, String)>>,
) -> Result<HttpResponse, AppError> {
    let bad_zone = (!ctx.rules.tz_valid).then(|| form.time_zone.clone());
    views::html_status(
        status,
        &SettingsPage {
            ctx: ctx.page(),
            form,
            errors,
            bad_zone,
            conflict,
            bounds: &BOUNDS,
        },
    )
}

pub async fn show(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let (current, version) = ctx.read(|c| Ok(settings::find(c)?)).await?;
    let form = SettingsForm::of(&current, version);
    page(&ctx, StatusCode::OK, form, FieldErrors::default(), None)
}

pub async fn save(ctx: Ctx, form: web::Form<SettingsForm>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let form = form.into_inner();
    let Ok(version) = form.version.trim().parse::<i32>() else {
        return Err(AppError::Validation(
            Msg::new("admin-settings-no-version").into(),
        ));
    };
    let (current, _) = ctx.read(|c| Ok(settings::find(c)?)).await?;
    let new = match form.check(&current) {
        Ok(new) => new,
        Err(errors) => return page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, form, errors, None),
    };
    let posted = new.clone();
    let saved = ctx
        .write_as_admin(move |c, now, admin| Ok(settings::save(c, version, &new, admin.id, now)?))
        .await?;
    match saved {
        Saved::Done => {
            ctx.flash(Msg::new("admin-settings-saved"));
            Ok(views::see_other("/admin/settings"))
        }
        Saved::Stale(theirs, current_version) => {
            let yours = SettingsForm::of(&posted, current_version);
            let saved = SettingsForm::of(&theirs, current_version);
            let lang = ctx.lang;
            let labels = [
                (lang.t("admin-settings-cinema-name"), "cinema_name"),
                (lang.t("admin-settings-address"), "cinema_address"),
                (lang.t("admin-settings-zone"), "time_zone"),
                (lang.t("admin-settings-currency"), "currency"),
            ];
            let mut differences: Vec<(String, String, String)> = labels
                .iter()
                .map(|(label, field)| {
                    let pick = |f: &SettingsForm| match *field {
                        "cinema_name" => f.cinema_name.clone(),
                        "cinema_address" => f.cinema_address.clone(),
                        "time_zone" => f.time_zone.clone(),
                        _ => f.currency.clone(),
                    };
                    (label.clone(), pick(&yours), pick(&saved))
                })
                .collect();
            differences.extend(BOUNDS.iter().map(|b| {
                (
                    b.label(lang),
                    yours.value(b.field).to_owned(),
                    saved.value(b.field).to_owned(),
                )
            }));
            differences.retain(|(_, a, b)| a != b);
            // The form keeps the admin's values at the saved version: sending it again applies them.
            page(
                &ctx,
                StatusCode::CONFLICT,
                yours,
                FieldErrors::default(),
                Some(differences),
            )
        }
    }
}
