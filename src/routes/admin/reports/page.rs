//! The reports page: every report over the range, each a chart beside its table of numbers, with
//! a link to its CSV file. A bad range is the form again, with the message beside its field (422).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::charts::{self, Bar, Named};
use super::figures::{self, Sums};
use super::{Loaded, Parts, RangeQuery, load};
use crate::db::reports::Days;
use crate::db::reports::ShowingRow;
use crate::db::settings::Rules;
use crate::error::AppError;
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

/// How many movies the page ranks, and how many of the fullest and emptiest showings it lists
/// (the CSV files hold them all).
const TOP_MOVIES: usize = 10;
const EXTREMES: usize = 10;

/// One table row of tickets and money.
pub struct Line {
    pub name: String,
    pub tickets: i64,
    pub sold: String,
    pub refunded_tickets: i64,
    pub refunded: String,
    pub net: String,
}

pub struct TillLine {
    pub line: Line,
    pub card: String,
    pub cash: String,
}

pub struct HallLine {
    pub name: String,
    pub showings: i64,
    pub sold: i64,
    pub seats: i64,
    pub percent: String,
}

pub struct ShowLine {
    pub id: i32,
    pub when: String,
    pub movie: String,
    pub hall: String,
    pub sold: i64,
    pub seats: i64,
    pub percent: String,
}

/// The figures of a valid range, ready to print.
pub struct Report {
    pub period: String,
    /// `from=…&to=…`, for the CSV links.
    pub range: String,
    pub total: Line,
    pub daily_chart: String,
    pub daily: Vec<Line>,
    pub channels_chart: String,
    pub channels: Vec<Line>,
    pub types_chart: String,
    pub types: Vec<Line>,
    pub movies_chart: String,
    pub movies: Vec<Line>,
    pub movie_count: usize,
    pub halls_chart: String,
    pub halls: Vec<HallLine>,
    pub showing_count: usize,
    pub fullest: Vec<ShowLine>,
    pub emptiest: Vec<ShowLine>,
    pub refunds_chart: String,
    pub refunds: Vec<Line>,
    pub cashiers_chart: String,
    pub cashiers: Vec<TillLine>,
}

#[derive(Template)]
#[template(path = "admin/reports.html")]
struct ReportsPage {
    ctx: PageCtx,
    form: RangeQuery,
    errors: FieldErrors,
    report: Option<Report>,
}

pub async fn reports(ctx: Ctx, query: web::Query<RangeQuery>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let form = query.into_inner();
    let today = ctx.rules.today(ctx.state.clock.now());
    let days = match super::days(&form, today) {
        Ok(days) => days,
        Err(errors) => {
            return views::html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ReportsPage {
                    ctx: ctx.page(),
                    form,
                    errors,
                    report: None,
                },
            );
        }
    };
    let rules = ctx.rules.clone();
    let loaded = ctx.read(move |c| load(c, &rules, days, Parts::ALL)).await?;
    views::html(&ReportsPage {
        ctx: ctx.page(),
        form: RangeQuery {
            from: days.from.to_string(),
            to: days.to.to_string(),
        },
        errors: FieldErrors::default(),
        report: Some(build(&loaded, days, &ctx.rules)),
    })
}

/// The figures of the page, from what the queries returned.
fn build(loaded: &Loaded, days: Days, rules: &Rules) -> Report {
    let money = |cents: i64| rules.money(cents);
    let line = |name: String, s: &Sums| Line {
        name,
        tickets: s.tickets,
        sold: money(s.sold_cents),
        refunded_tickets: s.refunded_tickets,
        refunded: money(s.refunded_cents),
        net: money(s.net_cents()),
    };
    let bar = |label: String, cents: i64| Bar {
        label,
        value: cents,
        shown: money(cents),
    };
    let per_day = figures::per_day(&loaded.sales, days);
    let lang = rules.lang;
    let currency = rules.currency.as_str();
    let net_axis = lang.t1("reports-axis-net", "currency", currency);
    let daily_chart = charts::line(
        &Named {
            id: "daily-chart",
            title: lang.t("reports-chart-daily"),
            desc: lang.t1("reports-chart-daily-desc", "currency", currency),
        },
        &lang.t("reports-axis-day"),
        &net_axis,
        &per_day
            .iter()
            .map(|(d, s)| (lang.date(*d, "%-d %b"), s.net_cents()))
            .collect::<Vec<_>>(),
        |cents| (cents / 100).to_string(),
    );
    let refunds_chart = charts::line(
        &Named {
            id: "refunds-chart",
            title: lang.t("reports-chart-refunds"),
            desc: lang.t1("reports-chart-refunds-desc", "currency", currency),
        },
        &lang.t("reports-axis-day"),
        &lang.t1("reports-axis-refunded", "currency", currency),
        &per_day
            .iter()
            .map(|(d, s)| (lang.date(*d, "%-d %b"), s.refunded_cents))
            .collect::<Vec<_>>(),
        |cents| (cents / 100).to_string(),
    );
    let channels = figures::per_channel(&loaded.sales);
    let channel_name = |c: crate::domain::kinds::Channel| match c {
        crate::domain::kinds::Channel::Web => lang.t("reports-channel-web"),
        crate::domain::kinds::Channel::Counter => lang.t("reports-channel-counter"),
    };
    let channels_chart = charts::bars(
        &named("channels-chart", lang.t("reports-chart-channels"), rules),
        &net_axis,
        &channels
            .iter()
            .map(|(c, s)| bar(channel_name(*c), s.net_cents()))
            .collect::<Vec<_>>(),
    );
    let types = figures::per_ticket_type(&loaded.sales, &loaded.names);
    let types_chart = charts::bars(
        &named("types-chart", lang.t("reports-chart-types"), rules),
        &net_axis,
        &types
            .iter()
            .map(|(n, s)| bar(n.clone(), s.net_cents()))
            .collect::<Vec<_>>(),
    );
    let top: Vec<_> = loaded.movies.iter().take(TOP_MOVIES).collect();
    let movies_chart = charts::bars(
        &named("movies-chart", lang.t("reports-chart-movies"), rules),
        &net_axis,
        &top.iter()
            .map(|m| bar(m.title.clone(), m.net_cents()))
            .collect::<Vec<_>>(),
    );
    let halls = figures::per_hall(&loaded.showings, &loaded.names);
    let halls_chart = charts::bars(
        &Named {
            id: "halls-chart",
            title: lang.t("reports-chart-halls"),
            desc: lang.t("reports-chart-halls-desc"),
        },
        &lang.t("reports-axis-occupancy"),
        &halls
            .iter()
            .map(|h| Bar {
                label: h.name.clone(),
                value: figures::per_mille(h.sold, h.seats),
                shown: percent(rules, h.sold, h.seats),
            })
            .collect::<Vec<_>>(),
    );
    let tills = figures::per_cashier(&loaded.sales, &loaded.names, lang);
    let cashiers_chart = charts::bars(
        &named("cashiers-chart", lang.t("reports-chart-tills"), rules),
        &net_axis,
        &tills
            .iter()
            .map(|t| bar(t.name.clone(), t.sums.net_cents()))
            .collect::<Vec<_>>(),
    );
    let (fullest, emptiest) = figures::extremes(&loaded.showings, EXTREMES);
    let show = |s: &ShowingRow| show_line(s, &loaded.names, rules);
    Report {
        period: lang.t_with(
            "reports-period",
            &[
                ("from", lang.date(days.from, "%-d %B %Y").into()),
                ("to", lang.date(days.to, "%-d %B %Y").into()),
                ("currency", currency.into()),
            ],
        ),
        range: format!("from={}&to={}", days.from, days.to),
        total: line(lang.t("reports-total"), &figures::total(&loaded.sales)),
        daily_chart,
        daily: per_day
            .iter()
            .map(|(d, s)| line(lang.date(*d, "%a %Y-%m-%d"), s))
            .collect(),
        channels_chart,
        channels: channels
            .iter()
            .map(|(c, s)| line(channel_name(*c), s))
            .collect(),
        types_chart,
        types: types.iter().map(|(n, s)| line(n.clone(), s)).collect(),
        movies_chart,
        movies: top
            .iter()
            .map(|m| {
                line(
                    m.title.clone(),
                    &Sums {
                        tickets: m.tickets,
                        sold_cents: m.sold_cents,
                        refunded_tickets: m.refunded_tickets,
                        refunded_cents: m.refunded_cents,
                    },
                )
            })
            .collect(),
        movie_count: loaded.movies.len(),
        halls_chart,
        halls: halls
            .iter()
            .map(|h| HallLine {
                name: h.name.clone(),
                showings: h.showings,
                sold: h.sold,
                seats: h.seats,
                percent: percent(rules, h.sold, h.seats),
            })
            .collect(),
        showing_count: loaded.showings.len(),
        fullest: fullest.into_iter().map(show).collect(),
        emptiest: emptiest.into_iter().map(show).collect(),
        refunds_chart,
        refunds: per_day
            .iter()
            .filter(|(_, s)| s.refunded_tickets > 0 || s.refunded_cents > 0)
            .map(|(d, s)| line(lang.date(*d, "%a %Y-%m-%d"), s))
            .collect(),
        cashiers_chart,
        cashiers: tills
            .iter()
            .map(|t| TillLine {
                line: line(t.name.clone(), &t.sums),
                card: money(t.card_cents),
                cash: money(t.cash_cents),
            })
            .collect(),
    }
}

fn named<'a>(id: &'a str, title: String, rules: &Rules) -> Named<'a> {
    Named {
        id,
        title,
        desc: rules
            .lang
            .t1("reports-chart-desc", "currency", rules.currency.as_str()),
    }
}

/// A share of seats as the page's language writes it: "42.5 %", "42,5 %".
fn percent(rules: &Rules, sold: i64, seats: i64) -> String {
    let shown = figures::percent(sold, seats);
    match rules.lang {
        crate::i18n::Lang::En => shown,
        crate::i18n::Lang::Pl => shown.replace('.', ","),
    }
}

fn show_line(s: &ShowingRow, names: &crate::db::reports::Names, rules: &Rules) -> ShowLine {
    ShowLine {
        id: s.showing_id,
        when: rules.show_time(s.starts_at),
        movie: names.movie(s.movie_id).to_owned(),
        hall: names.hall(s.hall_id).to_owned(),
        sold: s.sold,
        seats: s.seats,
        percent: percent(rules, s.sold, s.seats),
    }
}
