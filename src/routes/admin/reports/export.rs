//! The reports as CSV files, one per report table, with the same rows the page sums: money as
//! plain decimals with a currency column, dates as ISO dates, and text that a spreadsheet would
//! take for a formula (a title starting with `=`, `+`, `-` or `@`) prefixed with `'`. The header
//! row is in the requester's language; the columns, their order and the cells are the same in both.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use super::figures::{self, Sums};
use super::{Loaded, Parts, RangeQuery, load};
use crate::db::settings::Rules;
use crate::domain::money::plain;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::session::Ctx;

/// The report tables a CSV file is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Table {
    Sales,
    Occupancy,
    Movies,
    Refunds,
    Cashiers,
}

impl Table {
    fn named(name: &str) -> Option<Table> {
        Some(match name {
            "sales" => Table::Sales,
            "occupancy" => Table::Occupancy,
            "movies" => Table::Movies,
            "refunds" => Table::Refunds,
            "cashiers" => Table::Cashiers,
            _ => return None,
        })
    }

    fn parts(self) -> Parts {
        Parts {
            sales: matches!(self, Table::Sales | Table::Refunds | Table::Cashiers),
            movies: self == Table::Movies,
            showings: self == Table::Occupancy,
        }
    }
}

pub async fn export(
    ctx: Ctx,
    name: web::Path<String>,
    query: web::Query<RangeQuery>,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let name = name.into_inner();
    let table = Table::named(&name)
        .ok_or_else(|| AppError::NotFound(Msg::new("reports-no-such-report").into()))?;
    let today = ctx.rules.today(ctx.state.clock.now());
    let lang = ctx.lang;
    let days = super::days(&query, today).map_err(|errors| {
        let reason = errors
            .get("from")
            .or(errors.get("to"))
            .map(|text| lang.say(text))
            .unwrap_or_default();
        AppError::Validation(lang.t1("reports-range-wrong", "reason", reason).into())
    })?;
    let rules = ctx.rules.clone();
    let loaded = ctx
        .read(move |c| load(c, &rules, days, table.parts()))
        .await?;
    let body = write(table, &loaded, &ctx.rules, lang).map_err(AppError::unexpected)?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{name}-{}-{}.csv\"",
                days.from, days.to
            ),
        ))
        .body(body))
}

/// A text cell that a spreadsheet would read as a formula, made plain text.
fn text(value: &str) -> String {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_owned(),
    }
}

fn money(sums: &Sums) -> [String; 5] {
    [
        sums.tickets.to_string(),
        plain(sums.sold_cents),
        sums.refunded_tickets.to_string(),
        plain(sums.refunded_cents),
        plain(sums.net_cents()),
    ]
}

fn write(table: Table, loaded: &Loaded, rules: &Rules, lang: Lang) -> anyhow::Result<Vec<u8>> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let currency = rules.currency.as_str();
    let names = &loaded.names;
    match table {
        Table::Sales => {
            out.write_record([
                lang.t("reports-csv-date"),
                lang.t("reports-csv-channel"),
                lang.t("reports-csv-ticket-type"),
                lang.t("reports-csv-tickets"),
                lang.t("reports-csv-sold"),
                lang.t("reports-csv-refunded-tickets"),
                lang.t("reports-csv-refunded"),
                lang.t("reports-csv-net"),
                lang.t("reports-csv-currency"),
            ])?;
            for ((day, channel, type_id), sums) in figures::per_day_channel_type(&loaded.sales) {
                let [tickets, sold, refunded_tickets, refunded, net] = money(&sums);
                out.write_record([
                    &day.to_string(),
                    channel,
                    &text(names.ticket_type(type_id)),
                    &tickets,
                    &sold,
                    &refunded_tickets,
                    &refunded,
                    &net,
                    currency,
                ])?;
            }
        }
        Table::Occupancy => {
            out.write_record([
                lang.t("reports-csv-showing-id"),
                lang.t("reports-csv-starts-at"),
                lang.t("reports-csv-movie"),
                lang.t("reports-csv-hall"),
                lang.t("reports-csv-sold-seats"),
                lang.t("reports-csv-seats"),
                lang.t("reports-csv-occupancy"),
            ])?;
            for s in &loaded.showings {
                let percent = figures::percent(s.sold, s.seats);
                out.write_record([
                    &s.showing_id.to_string(),
                    &rules
                        .local(s.starts_at)
                        .format("%Y-%m-%d %H:%M")
                        .to_string(),
                    &text(names.movie(s.movie_id)),
                    &text(names.hall(s.hall_id)),
                    &s.sold.to_string(),
                    &s.seats.to_string(),
                    percent.trim_end_matches(" %"),
                ])?;
            }
        }
        Table::Movies => {
            out.write_record([
                lang.t("reports-csv-rank"),
                lang.t("reports-csv-movie"),
                lang.t("reports-csv-tickets"),
                lang.t("reports-csv-sold"),
                lang.t("reports-csv-refunded-tickets"),
                lang.t("reports-csv-refunded"),
                lang.t("reports-csv-net"),
                lang.t("reports-csv-currency"),
            ])?;
            for (rank, m) in loaded.movies.iter().enumerate() {
                let [tickets, sold, refunded_tickets, refunded, net] = money(&Sums {
                    tickets: m.tickets,
                    sold_cents: m.sold_cents,
                    refunded_tickets: m.refunded_tickets,
                    refunded_cents: m.refunded_cents,
                });
                out.write_record([
                    &(rank + 1).to_string(),
                    &text(&m.title),
                    &tickets,
                    &sold,
                    &refunded_tickets,
                    &refunded,
                    &net,
                    currency,
                ])?;
            }
        }
        Table::Refunds => refunds(&mut out, loaded, currency, lang)?,
        Table::Cashiers => {
            out.write_record([
                lang.t("reports-csv-till"),
                lang.t("reports-csv-cashier-id"),
                lang.t("reports-csv-tickets"),
                lang.t("reports-csv-card"),
                lang.t("reports-csv-cash"),
                lang.t("reports-csv-sold"),
                lang.t("reports-csv-refunded-tickets"),
                lang.t("reports-csv-refunded"),
                lang.t("reports-csv-net"),
                lang.t("reports-csv-currency"),
            ])?;
            for till in figures::per_cashier(&loaded.sales, names, lang) {
                let [tickets, sold, refunded_tickets, refunded, net] = money(&till.sums);
                let id = match till.cashier_id {
                    0 => String::new(),
                    id => id.to_string(),
                };
                out.write_record([
                    &text(&till.name),
                    &id,
                    &tickets,
                    &plain(till.card_cents),
                    &plain(till.cash_cents),
                    &sold,
                    &refunded_tickets,
                    &refunded,
                    &net,
                    currency,
                ])?;
            }
        }
    }
    Ok(out.into_inner()?)
}

/// One row per business day and channel that refunded anything.
fn refunds(
    out: &mut csv::Writer<Vec<u8>>,
    loaded: &Loaded,
    currency: &str,
    lang: Lang,
) -> anyhow::Result<()> {
    out.write_record([
        lang.t("reports-csv-date"),
        lang.t("reports-csv-channel"),
        lang.t("reports-csv-refunded-tickets"),
        lang.t("reports-csv-refunded"),
        lang.t("reports-csv-currency"),
    ])?;
    let mut rows: std::collections::BTreeMap<(chrono::NaiveDate, &str), (i64, i64)> =
        std::collections::BTreeMap::new();
    for r in loaded
        .sales
        .iter()
        .filter(|r| r.refunded_tickets > 0 || r.refunded_cents > 0)
    {
        let row = rows.entry((r.day, r.channel.as_str())).or_default();
        row.0 += r.refunded_tickets;
        row.1 += r.refunded_cents;
    }
    for ((day, channel), (tickets, cents)) in rows {
        out.write_record([
            &day.to_string(),
            channel,
            &tickets.to_string(),
            &plain(cents),
            currency,
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_a_spreadsheet_would_run_is_made_plain() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        for start in ["+1", "-1", "@SUM(A1)", "\tx"] {
            assert!(text(start).starts_with('\''), "{start}");
        }
        assert_eq!(text("Paper Dragons"), "Paper Dragons");
        assert_eq!(text(""), "");
    }

    #[test]
    fn every_report_name_is_known_and_others_are_not() {
        for name in ["sales", "occupancy", "movies", "refunds", "cashiers"] {
            assert!(Table::named(name).is_some(), "{name}");
        }
        assert!(Table::named("everything").is_none());
    }
}
