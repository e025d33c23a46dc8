//! A year of a ten-hall multiplex, for the reports' benchmark: about 30,000 past showings and 1.5
//! million tickets sold on the web and at the counter (cash and card, four cashiers with a shift a
//! day each), a few refunds, every seat state, and the sales roll-up the server keeps as it sells.
//!
//!     cargo run --release --manifest-path tests/load/Cargo.toml -- --generate-year tests/load/target/year.db
//!
//! The file starts as the server would make it (migrations, the demo data, the administrator with
//! the benchmark's password); everything else is written straight into it in one transaction. The
//! numbers come from a fixed seed, so two runs write the same year.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Context;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Utc};
use cinema::domain::kinds::{Numbering, SeatKind};
use cinema::schema::{
    booking_items, bookings, halls, movies, payments, seats, shifts, showings, ticket_types, users,
};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;

const HALLS: usize = 10;
const MOVIES: i64 = 60;
const DAYS: i64 = 365;
const CASHIERS: usize = 4;
const CUSTOMERS: usize = 2_000;
/// Start times of a hall's day, local: (hour, minute). Films run 80 to 150 minutes, so each slot
/// ends before the next (with cleaning time) only with the gaps below.
const SLOTS: [(u32, u32); 8] = [
    (9, 0),
    (11, 0),
    (13, 0),
    (15, 0),
    (17, 0),
    (19, 0),
    (21, 0),
    (23, 0),
];

/// A small deterministic generator (xorshift64*): the same year on every run, no extra crate.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A whole number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// What was written, for the report.
pub struct Written {
    /// Showings (in the file; when just written, those of the year).
    pub showings: i64,
    pub tickets: i64,
    pub bookings: i64,
    pub rollup_rows: i64,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub seconds: f64,
}

impl Written {
    /// The days as the reports' query string.
    pub fn range(&self) -> String {
        format!("from={}&to={}", self.from, self.to)
    }
}

pub fn describe(w: &Written) -> String {
    let mut text = format!(
        "{} showings with sales from {} to {}, {} tickets in {} bookings, {} rows in the finest roll-up",
        w.showings, w.from, w.to, w.tickets, w.bookings, w.rollup_rows
    );
    if w.seconds > 0.0 {
        text.push_str(&format!(", written in {:.0} s", w.seconds));
    }
    text
}

/// What an existing year's file holds.
pub fn read(path: &Path) -> anyhow::Result<Written> {
    use cinema::schema::sales_rollup as r;
    let mut db = crate::checks::open(path)?;
    let (from, to): (Option<NaiveDate>, Option<NaiveDate>) = r::table
        .select((
            diesel::dsl::min(r::business_day),
            diesel::dsl::max(r::business_day),
        ))
        .first(&mut db)?;
    let (from, to) = from
        .zip(to)
        .context("the year's file has no sales: write it again")?;
    Ok(Written {
        showings: showings::table.count().get_result(&mut db)?,
        tickets: booking_items::table.count().get_result(&mut db)?,
        bookings: bookings::table.count().get_result(&mut db)?,
        rollup_rows: r::table.count().get_result(&mut db)?,
        from,
        to,
        seconds: 0.0,
    })
}

/// Creates `path` (replacing it) with the year in it.
pub fn generate(path: &Path) -> anyhow::Result<Written> {
    let started = std::time::Instant::now();
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{}{suffix}", path.display());
        if Path::new(&file).exists() {
            std::fs::remove_file(&file).with_context(|| format!("removing {file}"))?;
        }
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let url = path.display().to_string();
    {
        // The server's own start: migrations, then the first administrator and the demo data.
        let config = cinema::config::Config::throwaway(url.clone(), crate::server::ADMIN_PASSWORD);
        let pool = cinema::db::connect(&url, 2, Default::default())?;
        cinema::seed::bootstrap(&pool, &config, &cinema::clock::Clock::default())?;
    }
    let mut db = crate::checks::open(path)?;
    let rules = cinema::db::settings::load(&mut db, None)?;
    db.batch_execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; BEGIN IMMEDIATE")?;
    let mut dice = Dice(0x9E37_79B9_7F4A_7C15);
    let now = Utc::now().naive_utc();
    let today = rules.local(now).date_naive();
    let (from, to) = (today - Duration::days(DAYS), today - Duration::days(1));

    let movie_ids = add_movies(&mut db)?;
    let hall_layouts = add_halls(&mut db, now)?;
    let cashiers = add_staff(&mut db, now)?;
    let customers: Vec<i32> = users::table
        .filter(users::role.eq("customer"))
        .select(users::id)
        .load(&mut db)?;

    // Each layout's seats (id, kind), in map order.
    let mut layout_seats: HashMap<i32, Vec<(i32, SeatKind)>> = HashMap::new();
    for &(_, layout) in &hall_layouts {
        let rows = seats::table
            .filter(seats::layout_id.eq(layout))
            .order((seats::grid_row, seats::grid_col))
            .select((seats::id, seats::kind))
            .load(&mut db)?;
        layout_seats.insert(layout, rows);
    }
    let types: Vec<(i32, i32, Option<i64>)> = ticket_types::table
        .filter(ticket_types::active.eq(true))
        .order(ticket_types::sort_order)
        .select((
            ticket_types::id,
            ticket_types::price_percent,
            ticket_types::price_cents,
        ))
        .load(&mut db)?;
    anyhow::ensure!(!types.is_empty(), "the demo data has no ticket types");

    let mut out = Writer::default();
    let mut next_booking = bookings::table
        .select(diesel::dsl::max(bookings::id))
        .first::<Option<i32>>(&mut db)?
        .unwrap_or(0)
        + 1;
    let mut next_showing = showings::table
        .select(diesel::dsl::max(showings::id))
        .first::<Option<i32>>(&mut db)?
        .unwrap_or(0)
        + 1;
    let mut shows = 0i64;
    let mut day = from;
    while day <= to {
        let (midnight, _) = rules.day_range_utc(day);
        let weekend = day.weekday().number_from_monday() >= 5;
        // A shift a day for each cashier: opened at 8:30, closed after the last showing.
        let mut shift_of = Vec::new();
        for &cashier in &cashiers {
            let opened = midnight + Duration::minutes(8 * 60 + 30);
            let id: i32 = diesel::insert_into(shifts::table)
                .values((
                    shifts::cashier_id.eq(cashier),
                    shifts::opened_at.eq(opened),
                    shifts::float_cents.eq(20_000),
                    shifts::closed_at.eq(opened + Duration::hours(16)),
                    // Counted right: the till's cash, worked out once the payments are written.
                    shifts::counted_cents.eq(20_000),
                    shifts::expected_cents.eq(20_000),
                ))
                .returning(shifts::id)
                .get_result(&mut db)?;
            shift_of.push((cashier, id));
        }
        for (h, &(hall, layout)) in hall_layouts.iter().enumerate() {
            let hall_seats = &layout_seats[&layout];
            for (slot, &(hour, minute)) in SLOTS.iter().enumerate() {
                let (movie, minutes) =
                    movie_ids[(day.ordinal0() as usize / 7 * 3 + h * 5 + slot) % movie_ids.len()];
                let starts = midnight + Duration::minutes(i64::from(hour * 60 + minute));
                let price = if slot >= 4 { 2800 } else { 2200 };
                let showing = next_showing;
                next_showing += 1;
                out.showings.push((
                    showing,
                    movie,
                    hall,
                    layout,
                    starts,
                    starts + Duration::minutes(i64::from(minutes)),
                    price,
                ));
                shows += 1;
                // Evenings and weekends fill up; mornings are quiet.
                let busy = [4, 6, 11, 16, 24, 33, 30, 16][slot] + if weekend { 12 } else { 0 };
                let fill = (busy + dice.below(12) as usize).min(100);
                let wanted = hall_seats.len() * fill / 100;
                // Seats sold from the centre of the hall outwards, as customers choose them.
                let middle = hall_seats.len() / 2;
                let mut order: Vec<(u64, usize)> = (0..hall_seats.len())
                    .map(|i| {
                        let spread = dice.below(hall_seats.len() as u64 * 2);
                        (i.abs_diff(middle) as u64 * 4 + spread, i)
                    })
                    .collect();
                order.sort_unstable();
                let mut taken: Vec<usize> = order[..wanted].iter().map(|&(_, i)| i).collect();
                taken.sort_unstable();
                let mut at = 0;
                while at < taken.len() {
                    let size = (1 + dice.below(4) as usize).min(taken.len() - at);
                    let group = &taken[at..at + size];
                    at += size;
                    let counter = dice.chance(35);
                    let card = !counter || dice.chance(50);
                    let paid_at = if counter {
                        starts - Duration::minutes(5 + dice.below(55) as i64)
                    } else {
                        starts - Duration::minutes(30 + dice.below(7 * 24 * 60) as i64)
                    };
                    // Bought before the first day: too early for the year's figures, kept simple.
                    let paid_at = paid_at.max(midnight - Duration::days(6));
                    let cashier = counter.then(|| shift_of[dice.below(CASHIERS as u64) as usize]);
                    let booking = next_booking;
                    next_booking += 1;
                    let mut total = 0;
                    let refund = dice.chance(2);
                    for &i in group {
                        let (seat, kind) = hall_seats[i];
                        let (tt, percent, fixed) = types[if dice.chance(70) {
                            0
                        } else {
                            dice.below(types.len() as u64) as usize
                        }];
                        let cents = fixed.map_or_else(
                            || cinema::domain::money::ticket_price(price, percent, kind, 0),
                            |c| cinema::domain::money::with_surcharge(c, kind, 0),
                        );
                        total += cents;
                        out.items.push((booking, showing, seat, tt, cents, !refund));
                    }
                    let business_day = rules.local(paid_at).date_naive();
                    out.bookings.push(Booking {
                        id: booking,
                        user: if counter {
                            None
                        } else {
                            Some(customers[dice.below(customers.len() as u64) as usize])
                        },
                        showing,
                        total,
                        paid_at,
                        refunded_at: refund.then(|| paid_at + Duration::minutes(10)),
                        cashier: cashier.map(|c| c.0),
                        // Scanned at the door by one of the cashiers.
                        admitted: (!refund && dice.chance(92)).then(|| {
                            (
                                starts - Duration::minutes(8),
                                cashiers[dice.below(CASHIERS as u64) as usize],
                            )
                        }),
                    });
                    out.payments.push(Payment {
                        booking,
                        refund: false,
                        card,
                        amount: total,
                        at: paid_at,
                        cashier,
                        day: business_day,
                    });
                    if refund {
                        let at = paid_at + Duration::minutes(10);
                        out.payments.push(Payment {
                            booking,
                            refund: true,
                            card,
                            amount: total,
                            at,
                            cashier,
                            day: rules.local(at).date_naive(),
                        });
                    }
                }
            }
        }
        if out.items.len() > 50_000 {
            out.flush(&mut db)?;
        }
        day = day.succ_opt().context("a day after")?;
    }
    out.flush(&mut db)?;
    println!("  showings, bookings and payments written; now the seat states and the roll-up…");
    fill_seat_states(&mut db, next_showing - shows as i32)?;
    db.batch_execute(ROLLUP)?;
    db.batch_execute(SHIFT_CASH)?;
    db.batch_execute("COMMIT; ANALYZE;")?;
    drop(db);
    let mut written = read(path)?;
    written.showings = shows;
    written.seconds = started.elapsed().as_secs_f64();
    Ok(written)
}

/// The demo's movies and more, to 60: (id, running time in minutes).
fn add_movies(db: &mut SqliteConnection) -> anyhow::Result<Vec<(i32, i32)>> {
    let have: i64 = movies::table.count().get_result(db)?;
    for n in have..MOVIES {
        diesel::insert_into(movies::table)
            .values((
                movies::title.eq(format!("Feature {n:02}")),
                movies::description.eq("A film of the reports' year."),
                movies::genre.eq(["Drama", "Comedy", "Thriller", "Animation"][n as usize % 4]),
                movies::duration_minutes.eq(80 + (n % 8) as i32 * 5),
                movies::age_rating.eq("12+"),
                movies::release_year.eq(2026),
            ))
            .execute(db)?;
    }
    Ok(movies::table
        .order(movies::id)
        .select((movies::id, movies::duration_minutes))
        .load::<(i32, i32)>(db)?
        .into_iter()
        // Two-hour slots: a longer film would overlap the next showing in its hall.
        .filter(|&(_, minutes)| minutes <= 105)
        .collect())
}

/// Ten halls of 90 to 300 seats (the demo's, then new ones): (hall, layout).
fn add_halls(db: &mut SqliteConnection, now: NaiveDateTime) -> anyhow::Result<Vec<(i32, i32)>> {
    let have: i64 = halls::table.count().get_result(db)?;
    for n in have as usize..HALLS {
        let (rows, side) = [(9, 5), (10, 6), (12, 7), (14, 8), (15, 10)][n % 5];
        let row = format!("{}.{}\n", "S".repeat(side), "S".repeat(side));
        let plan = format!("{}{}", row.repeat(rows - 1), row.replace('S', "V"));
        let plan = cinema::domain::layout::parse(&plan, Numbering::LeftToRight)
            .map_err(|e| anyhow::anyhow!("a hall's plan: {}", e[0]))?;
        let id: i32 = diesel::insert_into(halls::table)
            .values(halls::name.eq(format!("Screen {}", n + 1)))
            .returning(halls::id)
            .get_result(db)?;
        cinema::db::layouts::insert(db, id, &plan, Numbering::LeftToRight, now)?;
    }
    let mut out = Vec::new();
    for hall in halls::table
        .order(halls::id)
        .select(halls::id)
        .load::<i32>(db)?
    {
        let layout: i32 = cinema::schema::layouts::table
            .filter(cinema::schema::layouts::hall_id.eq(hall))
            .order(cinema::schema::layouts::id.desc())
            .select(cinema::schema::layouts::id)
            .first(db)?;
        out.push((hall, layout));
    }
    Ok(out)
}

/// Four cashiers (the demo's and three more) and 2,000 customers, all with one password's hash
/// (hashing is what takes time, and nobody signs in as them).
fn add_staff(db: &mut SqliteConnection, now: NaiveDateTime) -> anyhow::Result<Vec<i32>> {
    let hash = cinema::password::hash("year-of-sales-password")?;
    let cashiers: i64 = users::table
        .filter(users::role.eq("cashier"))
        .count()
        .get_result(db)?;
    let mut rows = Vec::new();
    for n in cashiers as usize..CASHIERS {
        rows.push((
            format!("till{n}@example.com"),
            format!("Cashier {}", n + 1),
            "cashier",
        ));
    }
    for n in 0..CUSTOMERS {
        rows.push((
            format!("buyer{n}@example.com"),
            format!("Buyer {n}"),
            "customer",
        ));
    }
    for chunk in rows.chunks(1000) {
        let values: Vec<_> = chunk
            .iter()
            .map(|(email, name, role)| {
                (
                    users::email.eq(email),
                    users::name.eq(name),
                    users::role.eq(*role),
                    users::password_hash.eq(&hash),
                    users::created_at.eq(now - Duration::days(400)),
                )
            })
            .collect();
        diesel::insert_into(users::table)
            .values(values)
            .execute(db)?;
    }
    Ok(users::table
        .filter(users::role.eq("cashier"))
        .order(users::id)
        .select(users::id)
        .load(db)?)
}

struct Booking {
    id: i32,
    user: Option<i32>,
    showing: i32,
    total: i64,
    paid_at: NaiveDateTime,
    refunded_at: Option<NaiveDateTime>,
    cashier: Option<i32>,
    /// When and by whom.
    admitted: Option<(NaiveDateTime, i32)>,
}

struct Payment {
    booking: i32,
    refund: bool,
    card: bool,
    amount: i64,
    at: NaiveDateTime,
    /// (cashier, shift)
    cashier: Option<(i32, i32)>,
    day: NaiveDate,
}

type ShowingRow = (i32, i32, i32, i32, NaiveDateTime, NaiveDateTime, i64);
type ItemRow = (i32, i32, i32, i32, i64, bool);

/// Rows waiting to be written, in batches under SQLite's 32,766 bound parameters.
#[derive(Default)]
struct Writer {
    showings: Vec<ShowingRow>,
    bookings: Vec<Booking>,
    items: Vec<ItemRow>,
    payments: Vec<Payment>,
}

impl Writer {
    fn flush(&mut self, db: &mut SqliteConnection) -> anyhow::Result<()> {
        for chunk in self.showings.chunks(4000) {
            let values: Vec<_> = chunk
                .iter()
                .map(|&(id, movie, hall, layout, starts, ends, price)| {
                    (
                        showings::id.eq(id),
                        showings::movie_id.eq(movie),
                        showings::hall_id.eq(hall),
                        showings::layout_id.eq(layout),
                        showings::starts_at.eq(starts),
                        showings::ends_at.eq(ends),
                        showings::price_cents.eq(price),
                    )
                })
                .collect();
            diesel::insert_into(showings::table)
                .values(values)
                .execute(db)?;
        }
        for chunk in self.bookings.chunks(1500) {
            let values: Vec<_> = chunk
                .iter()
                .map(|b| {
                    let counter = b.cashier.is_some();
                    (
                        (
                            bookings::id.eq(b.id),
                            bookings::code.eq(code(b.id)),
                            bookings::user_id.eq(b.user),
                            bookings::showing_id.eq(b.showing),
                            bookings::status.eq(if b.refunded_at.is_some() {
                                "cancelled"
                            } else {
                                "paid"
                            }),
                            bookings::total_cents.eq(b.total),
                            bookings::created_at.eq(b.paid_at - Duration::minutes(3)),
                            bookings::expires_at.eq(b.paid_at + Duration::minutes(7)),
                            bookings::paid_at.eq(Some(b.paid_at)),
                            bookings::cancelled_at.eq(b.refunded_at),
                        ),
                        (
                            bookings::channel.eq(if counter { "counter" } else { "web" }),
                            bookings::cashier_id.eq(b.cashier),
                            bookings::collected_at.eq(counter.then_some(b.paid_at)),
                            bookings::collected_by.eq(b.cashier),
                            bookings::admitted_at.eq(b.admitted.map(|a| a.0)),
                            bookings::admitted_by.eq(b.admitted.map(|a| a.1)),
                        ),
                    )
                })
                .collect();
            diesel::insert_into(bookings::table)
                .values(values)
                .execute(db)?;
        }
        for chunk in self.items.chunks(5000) {
            let values: Vec<_> = chunk
                .iter()
                .map(|&(booking, showing, seat, tt, cents, live)| {
                    (
                        booking_items::booking_id.eq(booking),
                        booking_items::showing_id.eq(showing),
                        booking_items::seat_id.eq(seat),
                        booking_items::ticket_type_id.eq(tt),
                        booking_items::price_cents.eq(cents),
                        booking_items::live.eq(live),
                    )
                })
                .collect();
            diesel::insert_into(booking_items::table)
                .values(values)
                .execute(db)?;
        }
        for chunk in self.payments.chunks(2000) {
            let values: Vec<_> = chunk
                .iter()
                .map(|p| {
                    let cash = !p.card;
                    let tendered = cash.then(|| (p.amount + 999) / 1000 * 1000);
                    (
                        (
                            payments::booking_id.eq(p.booking),
                            payments::kind.eq(if p.refund { "refund" } else { "charge" }),
                            payments::method.eq(if p.card { "card" } else { "cash" }),
                            payments::status.eq("approved"),
                            payments::amount_cents.eq(p.amount),
                            payments::reference
                                .eq(format!("YEAR-{}-{}", p.booking, p.refund as u8)),
                            payments::card_last4.eq(p.card.then_some("4242")),
                            payments::created_at.eq(p.at),
                        ),
                        (
                            payments::channel.eq(if p.cashier.is_some() {
                                "counter"
                            } else {
                                "web"
                            }),
                            payments::cashier_id.eq(p.cashier.map(|c| c.0)),
                            payments::shift_id.eq(p.cashier.map(|c| c.1)),
                            payments::tendered_cents.eq(tendered.filter(|_| !p.refund)),
                            payments::change_cents
                                .eq(tendered.filter(|_| !p.refund).map(|t| t - p.amount)),
                            payments::business_day.eq(p.day),
                        ),
                    )
                })
                .collect();
            diesel::insert_into(payments::table)
                .values(values)
                .execute(db)?;
        }
        self.showings.clear();
        self.bookings.clear();
        self.items.clear();
        self.payments.clear();
        Ok(())
    }
}

/// A booking code from its id: eight characters of the codes' alphabet, distinct for distinct ids.
fn code(id: i32) -> String {
    let alphabet = cinema::domain::booking_code::ALPHABET;
    let mut n = id as u64 + 31u64.pow(7);
    let mut out = vec![b'2'; 8];
    for slot in out.iter_mut().rev() {
        *slot = alphabet[(n % 31) as usize];
        n /= 31;
    }
    String::from_utf8(out).expect("the alphabet is ASCII")
}

/// Every seat of the new showings: sold to its live ticket, free otherwise.
fn fill_seat_states(db: &mut SqliteConnection, first_showing: i32) -> anyhow::Result<()> {
    db.batch_execute(&format!(
        "INSERT INTO seat_states (showing_id, seat_id, state, booking_id)
         SELECT s.id, seats.id, CASE WHEN i.id IS NULL THEN 'free' ELSE 'sold' END, i.booking_id
         FROM showings s JOIN seats ON seats.layout_id = s.layout_id
         LEFT JOIN booking_items i ON i.showing_id = s.id AND i.seat_id = seats.id AND i.live = 1
         WHERE s.id >= {first_showing}
         ORDER BY s.id, seats.id"
    ))?;
    Ok(())
}

/// Each shift closes with the float and its cash takings counted, to the cent.
const SHIFT_CASH: &str = "
UPDATE shifts SET expected_cents = float_cents + coalesce((
    SELECT sum(CASE p.kind WHEN 'charge' THEN p.amount_cents ELSE -p.amount_cents END)
    FROM payments p WHERE p.shift_id = shifts.id AND p.method = 'cash' AND p.status = 'approved'), 0);
UPDATE shifts SET counted_cents = expected_cents;
";

/// The roll-ups as the ledger keeps them, from the payments (as their migrations fill them).
const ROLLUP: &str = "
DELETE FROM sales_rollup;
INSERT INTO sales_rollup (business_day, showing_id, movie_id, hall_id, ticket_type_id, channel,
    method, cashier_id, tickets, sold_cents)
SELECT p.business_day, s.id, s.movie_id, s.hall_id, i.ticket_type_id, p.channel, p.method,
    coalesce(p.cashier_id, 0), count(*), sum(i.price_cents)
FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN showings s ON s.id = b.showing_id
    JOIN booking_items i ON i.booking_id = b.id
WHERE p.kind = 'charge' AND p.status = 'approved'
GROUP BY p.business_day, s.id, i.ticket_type_id, p.channel, p.method, coalesce(p.cashier_id, 0);
INSERT INTO sales_rollup (business_day, showing_id, movie_id, hall_id, ticket_type_id, channel,
    method, cashier_id, refunded_tickets, refunded_cents)
SELECT p.business_day, s.id, s.movie_id, s.hall_id, i.ticket_type_id, p.channel, p.method,
    coalesce(p.cashier_id, 0), count(*), sum(i.price_cents)
FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN showings s ON s.id = b.showing_id
    JOIN booking_items i ON i.booking_id = b.id
WHERE p.kind = 'refund' AND p.status = 'approved'
GROUP BY p.business_day, s.id, i.ticket_type_id, p.channel, p.method, coalesce(p.cashier_id, 0)
ON CONFLICT (business_day, showing_id, ticket_type_id, channel, method, cashier_id) DO UPDATE SET
    refunded_tickets = refunded_tickets + excluded.refunded_tickets,
    refunded_cents = refunded_cents + excluded.refunded_cents;
DELETE FROM sales_daily;
DELETE FROM sales_daily_movie;
DELETE FROM sales_showing;
INSERT INTO sales_daily (business_day, channel, cashier_id, ticket_type_id, method, tickets,
    sold_cents, refunded_tickets, refunded_cents)
SELECT business_day, channel, cashier_id, ticket_type_id, method, sum(tickets), sum(sold_cents),
    sum(refunded_tickets), sum(refunded_cents)
FROM sales_rollup GROUP BY business_day, channel, cashier_id, ticket_type_id, method;

INSERT INTO sales_daily_movie (business_day, movie_id, tickets, sold_cents, refunded_tickets,
    refunded_cents)
SELECT business_day, movie_id, sum(tickets), sum(sold_cents), sum(refunded_tickets),
    sum(refunded_cents)
FROM sales_rollup GROUP BY business_day, movie_id;

INSERT INTO sales_showing (showing_id, tickets, sold_cents, refunded_tickets, refunded_cents)
SELECT showing_id, sum(tickets), sum(sold_cents), sum(refunded_tickets), sum(refunded_cents)
FROM sales_rollup GROUP BY showing_id;
";
