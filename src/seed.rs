//! First start on an empty database: the first administrator, and (with `CINEMA_DEMO=1`) a demo
//! repertoire realistic enough to show the product.

use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Timelike};
use diesel::prelude::*;

use crate::clock::Clock;
use crate::config::Config;
use crate::db::{self, Conn, DbPool, users};
use crate::domain::email::Email;
use crate::domain::kinds::{Numbering, Role, ShowFormat};
use crate::domain::layout;
use crate::error::AppError;
use crate::schema::{halls, movies};

pub const DEMO_CASHIER: (&str, &str) = ("cashier@example.com", "demo-cashier");
pub const DEMO_CUSTOMER: (&str, &str) = ("customer@example.com", "demo-customer");

/// 250 seats: wheelchair spaces with companion seats at the front, two aisles, a VIP row at the back.
const GRAND_HALL: &str = "
WC..SSSSSSSSSSSSSS....CW
SSSS.SSSSSSSSSSSSSS.SSSS
SSSS.SSSSSSSSSSSSSS.SSSS
SSSS.SSSSSSSSSSSSSS.SSSS
SSSS.SSSSSSSSSSSSSS.SSSS
SSSS.SSSSSSSSSSSSSS.SSSS
SSSS.SSSSSSSSSSSSSS.SSSS
SSSS.SSSSSSSSSSSSSS.SSSS
SSSS.SSSSSSSSSSSSSS.SSSS
SSSS.SSSSSSSSSSSSSS.SSSS
SSSS.SSSSSSSSSSSSSS.SSSS
......VVVVVVVVVVVV......
";

/// 102 seats: a narrowing front, a gap in row C, wheelchair places in row G, VIP sofas at the back.
const STUDIO: &str = "
..SSSSSSSSSS..
.SSSSSSSSSSSS.
SSSSSS..SSSSSS
SSSSSSSSSSSSSS
SSSSSSSSSSSSSS
SSSSSSSSSSSSSS
WCSSSSSSSSSSCW
.VVVVVVVVVVVV.
";

struct DemoMovie {
    title: &'static str,
    genre: &'static str,
    minutes: i32,
    rating: &'static str,
    year: i32,
    description: &'static str,
    language: &'static str,
}

const MOVIES: &[DemoMovie] = &[
    DemoMovie {
        title: "The Lighthouse Keeper",
        genre: "Drama",
        minutes: 112,
        rating: "12+",
        year: 2026,
        language: "English, Polish subtitles",
        description: "A retired sailor takes one last winter post on a remote Baltic island and finds he is not alone.",
    },
    DemoMovie {
        title: "Paper Dragons",
        genre: "Animation",
        minutes: 89,
        rating: "All ages",
        year: 2026,
        language: "Polish (dubbed)",
        description: "Two siblings fold a dragon that comes to life on the night of the city's lantern festival.",
    },
    DemoMovie {
        title: "Quantum Harvest",
        genre: "Science fiction",
        minutes: 134,
        rating: "16+",
        year: 2026,
        language: "English, Polish subtitles",
        description: "A farming colony on a tidally locked planet discovers why its crops grow back overnight.",
    },
    DemoMovie {
        title: "Midnight in Kraków",
        genre: "Thriller",
        minutes: 121,
        rating: "16+",
        year: 2025,
        language: "Polish",
        description: "A night-shift tram driver witnesses a theft that half the city wants to keep quiet.",
    },
    DemoMovie {
        title: "Northern Lights Express",
        genre: "Family",
        minutes: 98,
        rating: "7+",
        year: 2026,
        language: "Polish (dubbed)",
        description: "A delayed sleeper train, a lost reindeer and a family that finally has to talk to each other.",
    },
    DemoMovie {
        title: "The Last Orchard",
        genre: "Drama",
        minutes: 105,
        rating: "12+",
        year: 2025,
        language: "English, Polish subtitles",
        description: "Three generations decide the fate of the family apple orchard over one long harvest weekend.",
    },
    DemoMovie {
        title: "Storm Chasers",
        genre: "Action",
        minutes: 117,
        rating: "12+",
        year: 2026,
        language: "English, Polish subtitles",
        description: "A team of meteorologists races a once-in-a-century storm across the plains.",
    },
];

/// Creates the first administrator and the demo data when the database has no users yet.
pub fn bootstrap(pool: &DbPool, config: &Config, clock: &Clock) -> anyhow::Result<()> {
    let mut conn = pool.get()?;
    if users::count(&mut conn)? > 0 {
        return Ok(());
    }
    let admin_email = Email::parse(&config.admin_email)
        .map_err(|e| anyhow::anyhow!("CINEMA_ADMIN_EMAIL: {e}"))?;
    let (admin_password, generated) = match &config.admin_password {
        Some(p) => (p.clone(), false),
        None => (crate::random::token()[..20].to_owned(), true),
    };
    let mut accounts = vec![(
        admin_email.into_inner(),
        "Administrator".to_owned(),
        admin_password.clone(),
        Role::Admin,
    )];
    if config.demo {
        accounts.push((
            DEMO_CASHIER.0.into(),
            "Demo Cashier".into(),
            DEMO_CASHIER.1.into(),
            Role::Cashier,
        ));
        accounts.push((
            DEMO_CUSTOMER.0.into(),
            "Demo Customer".into(),
            DEMO_CUSTOMER.1.into(),
            Role::Customer,
        ));
    }
    let hashed: Vec<_> = accounts
        .into_iter()
        .map(|(email, name, password, role)| {
            Ok((email, name, crate::password::hash(&password)?, role))
        })
        .collect::<anyhow::Result<_>>()?;
    let now = clock.now();
    db::write(&mut conn, |c| {
        for (email, name, hash, role) in &hashed {
            users::insert(
                c,
                &users::NewUser {
                    email,
                    name,
                    password_hash: hash,
                    role: *role,
                    created_at: now.naive_utc(),
                },
            )?;
        }
        if config.demo {
            demo_repertoire(c, now)?;
        }
        Ok::<_, AppError>(())
    })
    .map_err(|e| anyhow::anyhow!("creating the first accounts: {e:?}"))?;
    if generated {
        println!(
            "Created administrator {} with password {admin_password} (shown only now).",
            config.admin_email
        );
    } else {
        println!("Created administrator {}.", config.admin_email);
    }
    if config.demo {
        println!(
            "Demo accounts: cashier {} / {}, customer {} / {}.",
            DEMO_CASHIER.0, DEMO_CASHIER.1, DEMO_CUSTOMER.0, DEMO_CUSTOMER.1
        );
    }
    Ok(())
}

/// Warns, at every start, while an account with a password published in the README can log in:
/// such a database is a demo, not a cinema's.
pub fn warn_about_demo_accounts(pool: &DbPool) -> anyhow::Result<()> {
    let mut conn = pool.get()?;
    let mut open = Vec::new();
    for (email, password) in [DEMO_CASHIER, DEMO_CUSTOMER] {
        if let Some(user) = users::find_by_email(&mut conn, email)?
            && user.active
            && crate::password::verify(password, &user.password_hash)
        {
            open.push(email);
        }
    }
    if !open.is_empty() {
        log::warn!(
            "demo accounts with published passwords can log in ({}): this database is for demos. \
             For real use start on a new database with CINEMA_DEMO=0.",
            open.join(", ")
        );
    }
    Ok(())
}

/// Where the demo cinema is, for its tickets and calendar events.
pub const DEMO_ADDRESS: &str = "ul. Marszałkowska 104/122, 00-017 Warszawa";

fn demo_repertoire(conn: &mut Conn, now: chrono::DateTime<chrono::Utc>) -> Result<(), AppError> {
    diesel::update(
        crate::schema::settings::table.filter(crate::schema::settings::cinema_address.eq("")),
    )
    .set(crate::schema::settings::cinema_address.eq(DEMO_ADDRESS))
    .execute(conn)?;
    let rules = db::settings::load(conn, None)?;
    let mut movie_ids = Vec::new();
    for m in MOVIES {
        let id = diesel::insert_into(movies::table)
            .values(&db::catalog::NewMovie {
                title: m.title,
                description: m.description,
                genre: m.genre,
                duration_minutes: m.minutes,
                age_rating: m.rating,
                release_year: m.year,
                language: m.language,
            })
            .returning(movies::id)
            .get_result::<i32>(conn)?;
        movie_ids.push((id, m.minutes));
    }
    let hall_ids = [
        insert_hall(conn, "Grand Hall", GRAND_HALL, now.naive_utc())?,
        insert_hall(conn, "Studio", STUDIO, now.naive_utc())?,
    ];
    let first_day = now.with_timezone(&rules.tz).date_naive();
    for day in 0..7 {
        let date = first_day + Duration::days(day);
        for (h, &hall_id) in hall_ids.iter().enumerate() {
            schedule_day(conn, &rules, date, hall_id, h, &movie_ids, day as usize)?;
        }
    }
    Ok(())
}

fn insert_hall(
    conn: &mut Conn,
    name: &str,
    text: &str,
    now: chrono::NaiveDateTime,
) -> Result<i32, AppError> {
    let parsed = layout::parse(text, Numbering::LeftToRight)
        .map_err(|e| AppError::unexpected(anyhow::anyhow!("demo layout {name}: {}", e[0])))?;
    let hall_id = diesel::insert_into(halls::table)
        .values(halls::name.eq(name))
        .returning(halls::id)
        .get_result::<i32>(conn)?;
    db::layouts::insert(conn, hall_id, &parsed, Numbering::LeftToRight, now)?;
    Ok(hall_id)
}

/// One hall's day: showings back to back from late morning, with 20 minutes to clean between them,
/// starting on the quarter hour, the last one starting by 22:30.
fn schedule_day(
    conn: &mut Conn,
    rules: &db::settings::Rules,
    date: NaiveDate,
    hall_id: i32,
    hall_index: usize,
    movies: &[(i32, i32)],
    day: usize,
) -> Result<(), AppError> {
    let mut start =
        date.and_time(NaiveTime::from_hms_opt(10 + hall_index as u32, 0, 0).expect("valid time"));
    let last_start = date.and_time(NaiveTime::from_hms_opt(22, 30, 0).expect("valid time"));
    let mut slot = 0;
    while start <= last_start {
        let (movie_id, minutes) = movies[(day * 3 + hall_index * 2 + slot) % movies.len()];
        let Some(starts_at) = rules.tz.from_local_datetime(&start).earliest() else {
            break;
        };
        let starts_at = starts_at.naive_utc();
        let ends_at = starts_at + Duration::minutes(i64::from(minutes));
        let price_cents = if start.hour() < 17 { 2400 } else { 2900 };
        db::showings::create(
            conn,
            &db::showings::NewShowing {
                movie_id,
                hall_id,
                starts_at,
                ends_at,
                price_cents,
                // The second hall shows its evenings in 3D.
                format: if hall_index == 1 && start.hour() >= 17 {
                    ShowFormat::ThreeD
                } else {
                    ShowFormat::TwoD
                },
            },
        )?;
        let next = start + Duration::minutes(i64::from(minutes) + 20);
        let round_up = (15 - next.minute() % 15) % 15;
        start = next + Duration::minutes(i64::from(round_up))
            - Duration::seconds(i64::from(next.second()));
        slot += 1;
    }
    Ok(())
}
