//! The repertoire by day and a movie's page.

use std::collections::{BTreeMap, BTreeSet};

use crate::helpers::*;
use chrono::NaiveDate;
use cinema::schema::{movies, showings};
use diesel::prelude::*;
use reqwest::StatusCode;
use scraper::{Html, Selector};

/// The day `offset` days from today in the cinema's zone, and the showing ids (by movie) it holds.
fn day_in_db(app: &TestApp, offset: i64) -> (NaiveDate, BTreeMap<i32, BTreeSet<i32>>) {
    let now = app.clock.now();
    app.db(|c| {
        let rules = cinema::db::settings::load(c, None).expect("the settings");
        let day = rules.today(now) + chrono::Duration::days(offset);
        let (from, to) = rules.day_range_utc(day);
        let rows: Vec<(i32, i32)> = showings::table
            .filter(showings::starts_at.ge(from).and(showings::starts_at.lt(to)))
            .select((showings::movie_id, showings::id))
            .load(c)
            .unwrap();
        let mut by_movie: BTreeMap<i32, BTreeSet<i32>> = BTreeMap::new();
        for (movie, showing) in rows {
            by_movie.entry(movie).or_default().insert(showing);
        }
        (day, by_movie)
    })
}

/// What the page shows: movie id -> showing ids linked under it.
fn movies_on_page(html: &Html) -> BTreeMap<i32, BTreeSet<i32>> {
    let movie = Selector::parse("li.movie").unwrap();
    let title = Selector::parse("h2 a").unwrap();
    let showing = Selector::parse(".showtimes a.showtime").unwrap();
    let mut out = BTreeMap::new();
    for m in html.select(&movie) {
        let href = m
            .select(&title)
            .next()
            .unwrap()
            .value()
            .attr("href")
            .unwrap();
        let id: i32 = href.strip_prefix("/movies/").unwrap().parse().unwrap();
        let showings: BTreeSet<i32> = m
            .select(&showing)
            .map(|a| {
                let href = a.value().attr("href").unwrap();
                href.strip_prefix("/showings/").unwrap().parse().unwrap()
            })
            .collect();
        assert!(
            out.insert(id, showings).is_none(),
            "movie {id} is listed once per day"
        );
    }
    out
}

#[tokio::test]
async fn tomorrows_repertoire_lists_every_showing_grouped_by_movie() {
    let app = spawn_app().await;
    let (day, expected) = day_in_db(&app, 1);
    assert!(!expected.is_empty(), "the demo schedules tomorrow");
    let client = app.client();
    let (status, html) = client
        .get_html(&format!("/?date={}", day.format("%Y-%m-%d")))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(movies_on_page(&html), expected);
    assert_eq!(
        attr_at(&html, r#".day-picker a[aria-current="date"]"#, "href"),
        Some(format!("/?date={}", day.format("%Y-%m-%d")))
    );
}

#[tokio::test]
async fn the_repertoire_without_a_date_shows_today_and_links_the_coming_week() {
    let app = spawn_app().await;
    let (today, expected) = day_in_db(&app, 0);
    let (status, html) = app.client().get_html("/").await;
    assert_eq!(status, StatusCode::OK);
    let shown = movies_on_page(&html);
    // Showings that have started are listed without a link.
    for (movie, showings) in &shown {
        let all = expected
            .get(movie)
            .expect("a movie shown today plays today");
        assert!(showings.is_subset(all));
    }
    let days = Selector::parse(".day-picker a").unwrap();
    let links: Vec<String> = html
        .select(&days)
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(links.len(), 7);
    assert_eq!(links[0], format!("/?date={}", today.format("%Y-%m-%d")));
    assert_eq!(
        text_at(&html, r#".day-picker a[aria-current="date"]"#).as_deref(),
        Some("Today")
    );
}

#[tokio::test]
async fn each_day_of_the_coming_week_has_showings() {
    let app = spawn_app().await;
    let client = app.client();
    for offset in 1..7 {
        let (day, expected) = day_in_db(&app, offset);
        let (status, html) = client
            .get_html(&format!("/?date={}", day.format("%Y-%m-%d")))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(movies_on_page(&html), expected, "day {day}");
    }
}

#[tokio::test]
async fn a_day_without_showings_says_so() {
    let app = spawn_app().await;
    let (status, html) = app.client().get_html("/?date=2001-01-01").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(count_of(&html, "li.movie"), 0);
    assert!(text_at(&html, "p.empty").is_some());
}

#[tokio::test]
async fn a_malformed_date_is_a_400_page() {
    let app = spawn_app().await;
    let client = app.client();
    for bad in ["tomorrow", "2026-13-01", "2026-02-30", "24.11.2026", "%00"] {
        let (status, html) = client.get_html(&format!("/?date={bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(text_at(&html, ".status-code").as_deref(), Some("400"));
    }
}

#[tokio::test]
async fn a_movie_page_lists_its_upcoming_showings() {
    let app = spawn_app().await;
    let now = app.clock.now_naive();
    let (movie_id, title): (i32, String) = app.db(|c| {
        movies::table
            .order(movies::id)
            .select((movies::id, movies::title))
            .first(c)
            .unwrap()
    });
    let expected: BTreeSet<i32> = app.db(|c| {
        showings::table
            .filter(showings::movie_id.eq(movie_id))
            .filter(showings::starts_at.ge(now))
            .select(showings::id)
            .load::<i32>(c)
            .unwrap()
            .into_iter()
            .collect()
    });
    assert!(!expected.is_empty());
    let (status, html) = app.client().get_html(&format!("/movies/{movie_id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(text_at(&html, "h1").as_deref(), Some(title.as_str()));
    let links = Selector::parse("a.showtime").unwrap();
    let shown: BTreeSet<i32> = html
        .select(&links)
        .map(|a| {
            let href = a.value().attr("href").unwrap();
            href.strip_prefix("/showings/").unwrap().parse().unwrap()
        })
        .collect();
    assert_eq!(shown, expected);
}

#[tokio::test]
async fn an_unknown_movie_is_404() {
    let app = spawn_app().await;
    let client = app.client();
    for path in ["/movies/999999", "/movies/0", "/movies/abc", "/movies/-3"] {
        let (status, html) = client.get_html(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(text_at(&html, ".status-code").as_deref(), Some("404"));
    }
}

#[tokio::test]
async fn an_inactive_movie_is_404_and_leaves_the_repertoire() {
    let app = spawn_app().await;
    let (day, expected) = day_in_db(&app, 1);
    let (&movie_id, _) = expected.iter().next().unwrap();
    app.db(|c| {
        diesel::update(movies::table.find(movie_id))
            .set(movies::active.eq(false))
            .execute(c)
            .unwrap()
    });
    let client = app.client();
    assert_eq!(
        client.get(&format!("/movies/{movie_id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let (_, html) = client
        .get_html(&format!("/?date={}", day.format("%Y-%m-%d")))
        .await;
    assert!(!movies_on_page(&html).contains_key(&movie_id));
}

#[tokio::test]
async fn each_showtime_shows_its_end_its_lowest_price_and_how_full_it_is() {
    use cinema::domain::kinds::SeatState;
    use cinema::schema::seat_states;
    let app = spawn_app().await;
    let (_, by_movie) = day_in_db(&app, 1);
    let ids: Vec<i32> = by_movie.values().flatten().copied().collect();
    let (full, nearly, open) = (ids[0], ids[1], ids[2]);
    // Straight into the tables: this is about what the repertoire says, not about selling. One
    // paid web booking of the demo customer owns the seats sold in each showing.
    let customer = app.user_id(cinema::seed::DEMO_CUSTOMER.0);
    let now = app.clock.now_naive();
    let sell = |showing: i32, code: &str, leave_free: usize| {
        use cinema::domain::kinds::{BookingStatus, Channel};
        use cinema::schema::bookings;
        app.db(|c| {
            diesel::insert_into(bookings::table)
                .values((
                    bookings::code.eq(code),
                    bookings::user_id.eq(Some(customer)),
                    bookings::showing_id.eq(showing),
                    bookings::status.eq(BookingStatus::Paid),
                    bookings::total_cents.eq(0),
                    bookings::created_at.eq(now),
                    bookings::expires_at.eq(now),
                    bookings::paid_at.eq(Some(now)),
                    bookings::channel.eq(Channel::Web),
                ))
                .execute(c)
                .unwrap();
            let booking: i32 = bookings::table
                .filter(bookings::code.eq(code))
                .select(bookings::id)
                .first(c)
                .unwrap();
            let seats: Vec<i32> = seat_states::table
                .filter(seat_states::showing_id.eq(showing))
                .select(seat_states::id)
                .order(seat_states::id)
                .load(c)
                .unwrap();
            diesel::update(
                seat_states::table
                    .filter(seat_states::id.eq_any(&seats[..seats.len() - leave_free])),
            )
            .set((
                seat_states::state.eq(SeatState::Sold),
                seat_states::booking_id.eq(Some(booking)),
            ))
            .execute(c)
            .unwrap();
        });
    };
    sell(full, "FULL0001", 0);
    sell(nearly, "NEAR0001", 3);
    // Seats not for sale are not left for anyone: all sold but those is sold out.
    let blocked_rest = ids[3];
    sell(blocked_rest, "BLCK0001", 2);
    app.db(|c| {
        diesel::update(
            seat_states::table
                .filter(seat_states::showing_id.eq(blocked_rest))
                .filter(seat_states::state.eq(SeatState::Free)),
        )
        .set(seat_states::state.eq(SeatState::Blocked))
        .execute(c)
        .unwrap();
    });
    let (day, _) = day_in_db(&app, 1);
    let (status, html) = app
        .client()
        .get_html(&format!("/?date={}", day.format("%Y-%m-%d")))
        .await;
    assert_eq!(status, StatusCode::OK);
    let fullness = |id: i32| {
        attr_at(
            &html,
            &format!("a.showtime[href='/showings/{id}']"),
            "data-fullness",
        )
    };
    assert_eq!(fullness(full).as_deref(), Some("sold-out"));
    assert_eq!(fullness(blocked_rest).as_deref(), Some("sold-out"));
    assert_eq!(fullness(nearly).as_deref(), Some("almost-full"));
    assert_eq!(fullness(open).as_deref(), Some("open"));
    let words = text_at(
        &html,
        &format!("a.showtime[href='/showings/{nearly}'] .fullness"),
    )
    .unwrap();
    assert_eq!(words, "Almost full: 3 seats left");
    let link = text_at(&html, &format!("a.showtime[href='/showings/{open}']")).unwrap();
    let (price, ends): (i64, chrono::NaiveDateTime) = app.db(|c| {
        showings::table
            .find(open)
            .select((showings::price_cents, showings::ends_at))
            .first(c)
            .unwrap()
    });
    assert!(
        link.contains(&format!(
            "from {}",
            cinema::domain::money::format(price, "PLN")
        )),
        "{link}"
    );
    let rules = app.db(|c| cinema::db::settings::load(c, None).unwrap());
    assert!(
        link.contains(&format!("–{}", rules.show_clock(ends))),
        "{link}"
    );
}
