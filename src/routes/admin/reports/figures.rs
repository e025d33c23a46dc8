//! What the report queries return, summed the ways the page and the CSV files show it: per day,
//! channel, ticket type, cashier and hall. The rows summed here are already aggregates (a few per
//! day and cashier), never bookings.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::db::reports::{Days, Names, SalesRow, ShowingRow};
use crate::domain::kinds::{Channel, PaymentMethod};
use crate::i18n::Lang;

/// Tickets and money, sold and refunded.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sums {
    pub tickets: i64,
    pub sold_cents: i64,
    pub refunded_tickets: i64,
    pub refunded_cents: i64,
}

impl Sums {
    fn add(&mut self, row: &SalesRow) {
        self.tickets += row.tickets;
        self.sold_cents += row.sold_cents;
        self.refunded_tickets += row.refunded_tickets;
        self.refunded_cents += row.refunded_cents;
    }

    /// What the cinema kept: sold less refunded.
    pub fn net_cents(&self) -> i64 {
        self.sold_cents - self.refunded_cents
    }
}

pub fn total(sales: &[SalesRow]) -> Sums {
    let mut sums = Sums::default();
    sales.iter().for_each(|r| sums.add(r));
    sums
}

/// Every day of the range, those without sales too (a chart's line runs through them at zero).
pub fn per_day(sales: &[SalesRow], days: Days) -> Vec<(NaiveDate, Sums)> {
    let mut by_day: BTreeMap<NaiveDate, Sums> = days
        .from
        .iter_days()
        .take_while(|d| *d <= days.to)
        .map(|d| (d, Sums::default()))
        .collect();
    for row in sales {
        by_day.entry(row.day).or_default().add(row);
    }
    by_day.into_iter().collect()
}

/// The web and the counter, both always.
pub fn per_channel(sales: &[SalesRow]) -> Vec<(Channel, Sums)> {
    Channel::ALL
        .iter()
        .map(|&channel| {
            let mut sums = Sums::default();
            sales
                .iter()
                .filter(|r| r.channel == channel)
                .for_each(|r| sums.add(r));
            (channel, sums)
        })
        .collect()
}

/// The ticket types that sold or refunded anything, in the order lists show them.
pub fn per_ticket_type(sales: &[SalesRow], names: &Names) -> Vec<(String, Sums)> {
    names
        .ticket_types
        .iter()
        .filter_map(|(id, name)| {
            let mut sums = Sums::default();
            sales
                .iter()
                .filter(|r| r.ticket_type_id == *id)
                .for_each(|r| sums.add(r));
            (sums != Sums::default()).then(|| (name.clone(), sums))
        })
        .collect()
}

/// The CSV's grain of sales: one row per day, channel and ticket type that had any.
pub fn per_day_channel_type(sales: &[SalesRow]) -> BTreeMap<(NaiveDate, &'static str, i32), Sums> {
    let mut rows: BTreeMap<(NaiveDate, &'static str, i32), Sums> = BTreeMap::new();
    for row in sales {
        rows.entry((row.day, row.channel.as_str(), row.ticket_type_id))
            .or_default()
            .add(row);
    }
    rows
}

/// The sales one till took: the web (id 0), or a cashier.
#[derive(Debug, Clone)]
pub struct Till {
    pub cashier_id: i32,
    pub name: String,
    pub sums: Sums,
    pub card_cents: i64,
    pub cash_cents: i64,
}

/// What the web took, then each cashier, by name (a till without one named in `lang`).
pub fn per_cashier(sales: &[SalesRow], names: &Names, lang: Lang) -> Vec<Till> {
    let mut tills: BTreeMap<i32, Till> = BTreeMap::new();
    for row in sales {
        let till = tills.entry(row.cashier_id).or_insert_with(|| Till {
            cashier_id: row.cashier_id,
            name: match row.cashier_id {
                0 => lang.t("reports-till-web"),
                id => match names.cashier(id) {
                    "" => lang.t1("reports-till-cashier", "id", id),
                    name => name.to_owned(),
                },
            },
            sums: Sums::default(),
            card_cents: 0,
            cash_cents: 0,
        });
        till.sums.add(row);
        match row.method {
            PaymentMethod::Card => till.card_cents += row.sold_cents,
            PaymentMethod::Cash => till.cash_cents += row.sold_cents,
        }
    }
    let mut tills: Vec<Till> = tills.into_values().collect();
    tills.sort_by(|a, b| {
        (a.cashier_id != 0)
            .cmp(&(b.cashier_id != 0))
            .then_with(|| a.name.cmp(&b.name))
    });
    tills
}

/// Seats sold of seats offered, over some showings.
#[derive(Debug, Clone)]
pub struct Occupancy {
    pub name: String,
    pub showings: i64,
    pub sold: i64,
    pub seats: i64,
}

/// Sold of total as a percentage with one decimal, "42.5 %".
pub fn percent(sold: i64, seats: i64) -> String {
    if seats <= 0 {
        return "–".into();
    }
    let tenths = (sold * 1000 + seats / 2) / seats;
    format!("{}.{} %", tenths / 10, tenths % 10)
}

/// Sold of total in thousandths, for ordering and bar lengths.
pub fn per_mille(sold: i64, seats: i64) -> i64 {
    if seats <= 0 { 0 } else { sold * 1000 / seats }
}

/// Every hall that had a showing in the range, by name.
pub fn per_hall(showings: &[ShowingRow], names: &Names) -> Vec<Occupancy> {
    names
        .halls
        .iter()
        .filter_map(|(id, name)| {
            let mut hall = Occupancy {
                name: name.clone(),
                showings: 0,
                sold: 0,
                seats: 0,
            };
            for s in showings.iter().filter(|s| s.hall_id == *id) {
                hall.showings += 1;
                hall.sold += s.sold;
                hall.seats += s.seats;
            }
            (hall.showings > 0).then_some(hall)
        })
        .collect()
}

/// The `n` fullest and the `n` emptiest showings (each by share of seats sold, then by start).
pub fn extremes(showings: &[ShowingRow], n: usize) -> (Vec<&ShowingRow>, Vec<&ShowingRow>) {
    let mut ranked: Vec<&ShowingRow> = showings.iter().collect();
    ranked.sort_by(|a, b| {
        per_mille(b.sold, b.seats)
            .cmp(&per_mille(a.sold, a.seats))
            .then_with(|| a.starts_at.cmp(&b.starts_at))
    });
    let fullest: Vec<&ShowingRow> = ranked.iter().take(n).copied().collect();
    let mut emptiest: Vec<&ShowingRow> = ranked.iter().rev().take(n).copied().collect();
    emptiest.sort_by(|a, b| {
        per_mille(a.sold, a.seats)
            .cmp(&per_mille(b.sold, b.seats))
            .then_with(|| a.starts_at.cmp(&b.starts_at))
    });
    (fullest, emptiest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(day: u32, channel: Channel, cashier: i32, method: PaymentMethod, sold: i64) -> SalesRow {
        SalesRow {
            day: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            channel,
            cashier_id: cashier,
            ticket_type_id: 1,
            method,
            tickets: 1,
            sold_cents: sold,
            refunded_tickets: 0,
            refunded_cents: 0,
        }
    }

    #[test]
    fn sums_split_by_day_channel_and_cashier_add_up_to_the_total() {
        let sales = vec![
            row(1, Channel::Web, 0, PaymentMethod::Card, 2400),
            row(3, Channel::Counter, 7, PaymentMethod::Cash, 1800),
            row(3, Channel::Counter, 7, PaymentMethod::Card, 1200),
        ];
        let days = Days {
            from: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 4).unwrap(),
        };
        let by_day = per_day(&sales, days);
        assert_eq!(by_day.len(), 4, "every day of the range, sales or not");
        assert_eq!(by_day[2].1.sold_cents, 3000);
        assert_eq!(by_day[1].1, Sums::default());
        let channels = per_channel(&sales);
        assert_eq!(channels[0].1.sold_cents + channels[1].1.sold_cents, 5400);
        let names = Names {
            cashiers: vec![(7, "Ola".into())],
            ..Names::default()
        };
        let tills = per_cashier(&sales, &names, Lang::En);
        assert_eq!(tills[0].cashier_id, 0, "the web comes first");
        assert_eq!(
            (
                tills[1].name.as_str(),
                tills[1].cash_cents,
                tills[1].card_cents
            ),
            ("Ola", 1800, 1200)
        );
        assert_eq!(total(&sales).net_cents(), 5400);
    }

    #[test]
    fn percentages_round_to_one_decimal() {
        assert_eq!(percent(1, 3), "33.3 %");
        assert_eq!(percent(2, 3), "66.7 %");
        assert_eq!(percent(250, 250), "100.0 %");
        assert_eq!(percent(0, 0), "–");
    }
}
