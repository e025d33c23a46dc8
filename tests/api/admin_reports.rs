//! The administrators' reports: totals that reconcile to the cent with the payments recorded,
//! figures per channel, ticket type, movie, cashier and showing, CSV files that parse back with
//! their quoting intact and formulas defused, refused ranges, and refused roles.

use crate::helpers::*;
use chrono::NaiveDate;
use cinema::db::checkout::{self, Seen};
use cinema::db::ledger::{Tender, Till};
use cinema::domain::kinds::{Channel, PaymentMethod};
use cinema::schema::{movies, payments, showings, ticket_types, users};
use diesel::prelude::*;
use reqwest::StatusCode;

/// Today and the local day of `showing`, as the cinema counts days.
fn days_of(app: &TestApp, showing: i32) -> (NaiveDate, NaiveDate) {
    app.db(|c| {
        let rules = cinema::db::settings::load(c, None).unwrap();
        let starts: chrono::NaiveDateTime = showings::table
            .find(showing)
            .select(showings::starts_at)
            .first(c)
            .unwrap();
        (
            rules.today(app.clock.now()),
            rules.local(starts).date_naive(),
        )
    })
}

/// A paid web booking of `seats` with the ticket type codes given (one per seat).
async fn web_sale(app: &TestApp, showing: i32, seats: &[i32], types: &[&str]) -> String {
    let customer = app.customer().await;
    for &seat in seats {
        assert_eq!(
            customer.hold(showing, seat).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    let code = customer.basket_code(showing).await.expect("a basket");
    let choices: Vec<(i32, &str)> = seats.iter().copied().zip(types.iter().copied()).collect();
    customer.set_tickets(&code, &choices).await;
    assert_redirects_to(
        &customer.pay(&code, Card::ACCEPTED).await,
        &format!("/bookings/{code}"),
    );
    code
}

/// A booking held on the web and paid in cash at the counter by the demo cashier.
async fn counter_sale(app: &TestApp, showing: i32, seats: &[i32]) -> i64 {
    let customer = app.customer().await;
    for &seat in seats {
        customer.hold(showing, seat).await;
    }
    let code = customer.basket_code(showing).await.expect("a basket");
    let booking = app.booking(&code);
    let cashier = app.user_id(cinema::seed::DEMO_CASHIER.0);
    let now = app.clock.now_naive();
    app.db(|c| {
        let rules = cinema::db::settings::load(c, None).unwrap();
        checkout::pay(
            c,
            Seen {
                booking_id: booking.id,
                version: booking.version,
                total_cents: booking.total_cents,
            },
            &Tender {
                method: PaymentMethod::Cash,
                reference: format!("CASH-{}", booking.id),
                card_last4: None,
                tendered_cents: Some(booking.total_cents),
                change_cents: Some(0),
            },
            Till {
                channel: Channel::Counter,
                cashier_id: Some(cashier),
                shift_id: None,
            },
            now,
            &rules,
        )
        .expect("the counter's payment")
    });
    booking.total_cents
}

/// The approved charges and refunds recorded, in cents.
fn recorded(app: &TestApp) -> (i64, i64) {
    app.db(|c| {
        let sum = |kind: &str, c: &mut cinema::db::Conn| -> i64 {
            payments::table
                .filter(payments::kind.eq(kind))
                .filter(payments::status.eq("approved"))
                .select(payments::amount_cents)
                .load::<i64>(c)
                .unwrap()
                .iter()
                .sum()
        };
        (sum("charge", c), sum("refund", c))
    })
}

fn money(cents: i64) -> String {
    cinema::domain::money::format(cents, "PLN")
}

/// The cells of a table's row whose header is `name`.
fn row(html: &scraper::Html, table: &str, name: &str) -> Vec<String> {
    let rows = scraper::Selector::parse(&format!("#{table} tr")).unwrap();
    let cells = scraper::Selector::parse("th, td").unwrap();
    html.select(&rows)
        .map(|r| {
            r.select(&cells)
                .map(|c| c.text().collect::<String>().trim().to_owned())
                .collect::<Vec<_>>()
        })
        .find(|cells| cells.first().map(String::as_str) == Some(name))
        .unwrap_or_else(|| panic!("no row {name} in #{table}"))
}

async fn csv(client: &TestClient, path: &str) -> (reqwest::Response, Vec<csv::StringRecord>) {
    let response = client.get(path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let copy = client.get(path).await;
    let body = copy.text().await.unwrap();
    let records = csv::Reader::from_reader(body.as_bytes())
        .records()
        .map(|r| r.expect("a CSV record"))
        .collect();
    (response, records)
}

/// A CSV money cell ("12.50") in cents.
fn cents(text: &str) -> i64 {
    let (whole, fraction) = text.split_once('.').expect("a decimal");
    assert_eq!(fraction.len(), 2, "{text}");
    whole.parse::<i64>().unwrap() * 100 + fraction.parse::<i64>().unwrap()
}

fn column_sum(records: &[csv::StringRecord], column: usize) -> i64 {
    records.iter().map(|r| cents(&r[column])).sum()
}

#[tokio::test]
async fn report_totals_reconcile_with_the_payments_to_the_cent() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let standard = app.seats_of_kind(showing, "standard");
    let vip = app.seats_of_kind(showing, "vip");
    web_sale(&app, showing, &standard[0..2], &["adult", "child"]).await;
    web_sale(&app, showing, &vip[0..1], &["student"]).await;
    let refunded = web_sale(
        &app,
        showing,
        &standard[5..8],
        &["adult", "adult", "senior"],
    )
    .await;
    let refunded_customer_total = app.booking(&refunded).total_cents;
    // The customer who bought the three seats cancels: their booking is refunded.
    let booking = app.booking(&refunded);
    let owner = app.db(|c| {
        users::table
            .find(booking.user_id.unwrap())
            .select(users::email)
            .first::<String>(c)
            .unwrap()
    });
    let owner = app.logged_in(&owner, PASSWORD).await;
    assert_redirects_to(
        &owner.cancel(&refunded).await,
        &format!("/bookings/{refunded}"),
    );
    let cash = counter_sale(&app, showing, &standard[10..12]).await;
    let (charged, refunds) = recorded(&app);
    assert_eq!(refunds, refunded_customer_total);

    let (today, day) = days_of(&app, showing);
    let range = format!("from={today}&to={}", day.max(today));
    let admin = app.admin().await;
    let (status, html) = admin.get_html(&format!("/admin/reports?{range}")).await;
    assert_eq!(status, StatusCode::OK);
    let total = row(&html, "daily", "Total");
    assert_eq!(total[1], "8", "tickets sold: 2 + 1 + 3 + 2");
    assert_eq!(total[2], money(charged));
    assert_eq!(total[3], "3");
    assert_eq!(total[4], money(refunds));
    assert_eq!(total[5], money(charged - refunds));
    assert_eq!(row(&html, "channel-table", "Counter")[2], money(cash));
    assert_eq!(row(&html, "channel-table", "Web")[2], money(charged - cash));
    assert_eq!(row(&html, "type-table", "Senior (65+)")[3], "1");
    assert_eq!(row(&html, "type-table", "Child (under 13)")[1], "1");
    let cashier = row(&html, "cashier-table", "Demo Cashier");
    assert_eq!(
        (cashier[3].as_str(), cashier[5].as_str()),
        (money(cash).as_str(), money(cash).as_str())
    );
    let title: String = app.db(|c| {
        movies::table
            .inner_join(showings::table)
            .filter(showings::id.eq(showing))
            .select(movies::title)
            .first(c)
            .unwrap()
    });
    assert_eq!(
        row(&html, "movie-table", &title)[5],
        money(charged - refunds)
    );
    let fullest = text_at(&html, &format!("#fullest tr[data-showing='{showing}']")).unwrap();
    assert!(fullest.contains("5 / 250"), "{fullest}");
    assert_eq!(count_of(&html, "svg[role=img][aria-labelledby] > title"), 7);

    // The CSV files hold the same money.
    let (response, sales) = csv(&admin, &format!("/admin/reports/sales.csv?{range}")).await;
    assert_eq!(
        header(&response, "content-type"),
        Some("text/csv; charset=utf-8")
    );
    assert_eq!(
        header(&response, "content-disposition").unwrap(),
        format!(
            "attachment; filename=\"sales-{today}-{}.csv\"",
            day.max(today)
        )
    );
    assert_eq!(column_sum(&sales, 4), charged);
    assert_eq!(column_sum(&sales, 6), refunds);
    assert!(sales.iter().all(|r| &r[8] == "PLN"));
    let (_, refund_rows) = csv(&admin, &format!("/admin/reports/refunds.csv?{range}")).await;
    assert_eq!(column_sum(&refund_rows, 3), refunds);
    let (_, tills) = csv(&admin, &format!("/admin/reports/cashiers.csv?{range}")).await;
    let till = tills.iter().find(|r| &r[0] == "Demo Cashier").unwrap();
    assert_eq!(&till[4], cinema::domain::money::plain(cash));
    let (_, seats) = csv(&admin, &format!("/admin/reports/occupancy.csv?{range}")).await;
    let ours = seats.iter().find(|r| r[0] == showing.to_string()).unwrap();
    assert_eq!((&ours[4], &ours[5], &ours[6]), ("5", "250", "2.0"));
    let (_, films) = csv(&admin, &format!("/admin/reports/movies.csv?{range}")).await;
    assert_eq!((&films[0][0], &films[0][1]), ("1", title.as_str()));
    assert_eq!(
        &films[0][6],
        cinema::domain::money::plain(charged - refunds)
    );

    // Each roll-up the reports read holds the same sums as the finest one.
    let sums = app.db(|c| {
        use cinema::schema::{sales_daily, sales_daily_movie, sales_rollup, sales_showing};
        let fine: Vec<(i64, i64, i64, i64)> = sales_rollup::table
            .select((
                sales_rollup::tickets,
                sales_rollup::sold_cents,
                sales_rollup::refunded_tickets,
                sales_rollup::refunded_cents,
            ))
            .load(c)
            .unwrap();
        let daily: Vec<(i64, i64, i64, i64)> = sales_daily::table
            .select((
                sales_daily::tickets,
                sales_daily::sold_cents,
                sales_daily::refunded_tickets,
                sales_daily::refunded_cents,
            ))
            .load(c)
            .unwrap();
        let by_movie: Vec<(i64, i64, i64, i64)> = sales_daily_movie::table
            .select((
                sales_daily_movie::tickets,
                sales_daily_movie::sold_cents,
                sales_daily_movie::refunded_tickets,
                sales_daily_movie::refunded_cents,
            ))
            .load(c)
            .unwrap();
        let by_showing: Vec<(i64, i64, i64, i64)> = sales_showing::table
            .select((
                sales_showing::tickets,
                sales_showing::sold_cents,
                sales_showing::refunded_tickets,
                sales_showing::refunded_cents,
            ))
            .load(c)
            .unwrap();
        [fine, daily, by_movie, by_showing].map(|rows| {
            rows.iter().fold((0, 0, 0, 0), |a, r| {
                (a.0 + r.0, a.1 + r.1, a.2 + r.2, a.3 + r.3)
            })
        })
    });
    assert_eq!(sums[0], (8, charged, 3, refunds));
    assert!(sums.iter().all(|s| *s == sums[0]), "{sums:?}");
}

#[tokio::test]
async fn csv_files_keep_commas_and_quotes_and_defuse_formulas() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let tricky = r#"Tom "Big" Lee, the movie"#;
    app.db(|c| {
        let movie: i32 = showings::table
            .find(showing)
            .select(showings::movie_id)
            .first(c)
            .unwrap();
        diesel::update(movies::table.find(movie))
            .set(movies::title.eq(tricky))
            .execute(c)
            .unwrap();
        diesel::update(users::table.filter(users::email.eq(cinema::seed::DEMO_CASHIER.0)))
            .set(users::name.eq("=HYPERLINK(\"http://x\")"))
            .execute(c)
            .unwrap();
        diesel::update(ticket_types::table.filter(ticket_types::code.eq("adult")))
            .set(ticket_types::name.eq("@Adult"))
            .execute(c)
            .unwrap();
    });
    let standard = app.seats_of_kind(showing, "standard");
    web_sale(&app, showing, &standard[0..1], &["adult"]).await;
    counter_sale(&app, showing, &standard[1..2]).await;
    let (today, day) = days_of(&app, showing);
    let range = format!("from={today}&to={}", day.max(today));
    let admin = app.admin().await;

    let body = admin
        .get(&format!("/admin/reports/movies.csv?{range}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(body.contains(r#""Tom ""Big"" Lee, the movie""#), "{body}");
    let (_, films) = csv(&admin, &format!("/admin/reports/movies.csv?{range}")).await;
    assert_eq!(&films[0][1], tricky);
    let (_, tills) = csv(&admin, &format!("/admin/reports/cashiers.csv?{range}")).await;
    assert!(tills.iter().any(|r| &r[0] == "'=HYPERLINK(\"http://x\")"));
    let (_, sales) = csv(&admin, &format!("/admin/reports/sales.csv?{range}")).await;
    assert!(sales.iter().all(|r| &r[2] == "'@Adult"));
    let (_, seats) = csv(&admin, &format!("/admin/reports/occupancy.csv?{range}")).await;
    assert!(seats.iter().any(|r| &r[2] == tricky));
    // The page shows the names as they are, escaped.
    let (_, html) = admin.get_html(&format!("/admin/reports?{range}")).await;
    assert!(row(&html, "movie-table", tricky)[1] == "2");
}

#[tokio::test]
async fn bad_ranges_are_refused_with_the_message_beside_the_field() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    for (query, field) in [
        ("from=yesterday", "from"),
        ("to=2026-02-30", "to"),
        ("from=2026-02-01&to=2026-01-01", "to"),
        ("from=2020-01-01&to=2026-01-01", "from"),
    ] {
        let (status, html) = admin.get_html(&format!("/admin/reports?{query}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert_eq!(
            count_of(&html, &format!("#{field}[aria-invalid=true]")),
            1,
            "{query}"
        );
        assert!(
            text_at(&html, &format!("#{field}-error")).is_some(),
            "{query}"
        );
        assert_eq!(count_of(&html, "#sales"), 0);
        let response = admin
            .get(&format!("/admin/reports/sales.csv?{query}"))
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}"
        );
    }
    let (status, html) = admin.get_html("/admin/reports").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(text_at(&html, "#daily tfoot th").as_deref(), Some("Total"));
    let response = admin.get("/admin/reports/everything.csv").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn reports_are_for_administrators_only() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let cashier = app.cashier().await;
    for path in [
        "/admin/reports",
        "/admin/reports/sales.csv",
        "/admin/reports/nothing.csv",
    ] {
        assert_eq!(
            customer.get(path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(
            cashier.get(path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
        let response = app.client().get(path).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&response).starts_with("/login?next="), "{path}");
    }
    let (_, home) = app.admin().await.get_html("/admin").await;
    assert_eq!(count_of(&home, "#sections a[href='/admin/reports']"), 1);
}
