//! Walks the whole route table as every role with malformed input. Every answer must be a 4xx with
//! a page or fragment that says what was wrong (or, for a visitor who is not logged in, the way to
//! the login page), never a 5xx, and the refused requests must leave the database as it was.

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::{Method, StatusCode};

/// What the database holds, summed up: it changes whenever a refused request writes something.
/// Failed logins are left out on purpose: recording them is how logins are throttled.
fn fingerprint(app: &TestApp) -> Vec<i64> {
    use cinema::schema::{
        audit_log, booking_items, bookings, halls, layouts, movies, payments, sales_rollup,
        seat_blocks, seat_states, sessions, settings, shifts, showings, ticket_types, users,
    };
    use diesel::dsl::{count_star, sum};
    app.db(|c| {
        let counts = [
            users::table.select(count_star()).first::<i64>(c),
            bookings::table.select(count_star()).first(c),
            booking_items::table.select(count_star()).first(c),
            payments::table.select(count_star()).first(c),
            sessions::table.select(count_star()).first(c),
            movies::table.select(count_star()).first(c),
            audit_log::table.select(count_star()).first(c),
            layouts::table.select(count_star()).first(c),
            showings::table.select(count_star()).first(c),
            ticket_types::table.select(count_star()).first(c),
            seat_blocks::table.select(count_star()).first(c),
            shifts::table.select(count_star()).first(c),
            sales_rollup::table.select(count_star()).first(c),
            seat_states::table
                .filter(seat_states::booking_id.is_not_null())
                .select(count_star())
                .first(c),
        ];
        let sums = [
            users::table
                .select(sum(users::version))
                .first::<Option<i64>>(c),
            bookings::table.select(sum(bookings::version)).first(c),
            movies::table.select(sum(movies::version)).first(c),
            ticket_types::table
                .select(sum(ticket_types::version))
                .first(c),
            halls::table.select(sum(halls::version)).first(c),
            showings::table.select(sum(showings::version)).first(c),
            settings::table.select(sum(settings::version)).first(c),
            seat_states::table
                .select(sum(seat_states::version))
                .first(c),
            showings::table
                .select(sum(showings::seats_version))
                .first(c),
            shifts::table.select(sum(shifts::version)).first(c),
        ];
        counts
            .into_iter()
            .map(|r| r.expect("a count"))
            .chain(sums.into_iter().map(|r| r.expect("a sum").unwrap_or(0)))
            .collect()
    })
}

enum Body {
    None,
    /// Fields plus this session's token.
    Form(Vec<(String, String)>),
    /// Fields exactly as given (no token, or a foreign one).
    Bare(Vec<(String, String)>),
    /// Raw bytes sent as a form, with this session's token appended.
    Bytes(Vec<u8>),
    Json(&'static str),
}

struct Probe {
    method: Method,
    path: String,
    body: Body,
}

fn probe(method: Method, path: impl Into<String>, body: Body) -> Probe {
    Probe {
        method,
        path: path.into(),
        body,
    }
}

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

async fn send(client: &TestClient, token: &str, p: &Probe) -> reqwest::Response {
    let request = client.http.request(p.method.clone(), client.url(&p.path));
    let request = match &p.body {
        Body::None => request,
        Body::Form(f) => {
            let mut f = f.clone();
            f.push(("csrf_token".into(), token.into()));
            request.form(&f)
        }
        Body::Bare(f) => request.form(f),
        Body::Bytes(bytes) => {
            let mut bytes = bytes.clone();
            bytes.extend_from_slice(format!("&csrf_token={token}").as_bytes());
            request
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(bytes)
        }
        Body::Json(json) => request
            .header("Content-Type", "application/json")
            .body(*json),
    };
    request.send().await.expect("the request was answered")
}

fn malformed_probes(
    showing: i32,
    movie: i32,
    hall: i32,
    admin_id: i32,
    foreign_seat: i32,
    foreign_code: &str,
    foreign_token: &str,
) -> Vec<Probe> {
    let long = "x".repeat(10_000);
    let bad_ids = [
        "abc",
        "-1",
        "0",
        "1.5",
        "99999999999999999999",
        "%00",
        "1%20OR%201=1",
        long.as_str(),
    ];
    let bad_codes = [
        "abc",
        "ABCDEFG0",
        "abcdefgh1",
        "%2e%2e%2fetc",
        long.as_str(),
    ];
    let mut probes = Vec::new();
    for id in bad_ids {
        probes.push(probe(Method::GET, format!("/movies/{id}"), Body::None));
        probes.push(probe(Method::GET, format!("/showings/{id}"), Body::None));
        probes.push(probe(
            Method::GET,
            format!("/showings/{id}/seats"),
            Body::None,
        ));
        probes.push(probe(
            Method::POST,
            format!("/showings/{id}/seats/1/hold"),
            Body::Form(vec![]),
        ));
        probes.push(probe(
            Method::POST,
            format!("/showings/{showing}/seats/{id}/hold"),
            Body::Form(vec![]),
        ));
        probes.push(probe(
            Method::POST,
            format!("/showings/{showing}/seats/{id}/release"),
            Body::Form(vec![]),
        ));
    }
    probes.push(probe(
        Method::POST,
        format!("/showings/{showing}/seats/{foreign_seat}/hold"),
        Body::Form(vec![]),
    ));
    for count in ["", "0", "abc", "101", "-3", &long] {
        probes.push(probe(
            Method::POST,
            format!("/showings/{showing}/best"),
            Body::Form(fields(&[("count", count)])),
        ));
    }
    probes.push(probe(
        Method::POST,
        "/showings/99999/best",
        Body::Form(fields(&[("count", "2")])),
    ));
    probes.push(probe(Method::GET, "/showings/99999", Body::None));
    probes.push(probe(Method::GET, "/movies/99999", Body::None));
    for code in bad_codes {
        probes.push(probe(Method::GET, format!("/bookings/{code}"), Body::None));
        probes.push(probe(
            Method::GET,
            format!("/bookings/{code}/calendar.ics"),
            Body::None,
        ));
        for action in ["tickets", "pay", "cancel"] {
            probes.push(probe(
                Method::POST,
                format!("/bookings/{code}/{action}"),
                Body::Form(vec![]),
            ));
        }
    }
    for date in ["", "2026-13-45", "yesterday", "%FF", long.as_str()] {
        probes.push(probe(Method::GET, format!("/?date={date}"), Body::None));
    }
    // The back office's movies: ids that are not there, and forms with bad fields, a missing,
    // malformed or stale version, and undecodable bytes.
    for id in bad_ids.iter().copied().chain(["99999"]) {
        probes.push(probe(
            Method::GET,
            format!("/admin/movies/{id}/edit"),
            Body::None,
        ));
        for action in ["", "/archive", "/restore", "/delete"] {
            probes.push(probe(
                Method::POST,
                format!("/admin/movies/{id}{action}"),
                Body::Form(vec![]),
            ));
        }
    }
    let good_movie = [
        ("title", "Walk"),
        ("duration_min", "90"),
        ("age_rating", "12+"),
    ];
    for (field, value) in [
        ("title", ""),
        ("title", long.as_str()),
        ("duration_min", "-1"),
        ("duration_min", long.as_str()),
        ("age_rating", "X"),
        ("release_date", "2026-02-30"),
        ("genres", long.as_str()),
        ("description", long.as_str()),
        ("language", "\u{202e}"),
    ] {
        let mut form = fields(&good_movie);
        form.retain(|(k, _)| k != field);
        form.push((field.to_owned(), value.to_owned()));
        probes.push(probe(
            Method::POST,
            "/admin/movies",
            Body::Form(form.clone()),
        ));
        form.push(("version".into(), "0".into()));
        probes.push(probe(
            Method::POST,
            format!("/admin/movies/{movie}"),
            Body::Form(form),
        ));
    }
    for version in ["", "abc", "-1", "99999999999999999999", "999"] {
        let mut form = fields(&good_movie);
        form.push(("version".into(), version.to_owned()));
        probes.push(probe(
            Method::POST,
            format!("/admin/movies/{movie}"),
            Body::Form(form),
        ));
    }
    probes.push(probe(
        Method::POST,
        "/admin/movies",
        Body::Bytes(b"title=%FF%FE&duration_min=90&age_rating=12%2B".to_vec()),
    ));
    probes.push(probe(
        Method::POST,
        format!("/admin/movies/{movie}/restore"),
        Body::Form(vec![]),
    ));
    // Posters: addresses of none, a form that is not an upload, removing a poster never set.
    for path in [
        "/posters/abc/1.jpg",
        "/posters/1/1.png",
        "/posters/1/99.jpg",
        "/posters/99999/1.jpg",
    ] {
        probes.push(probe(Method::GET, path, Body::None));
    }
    probes.push(probe(
        Method::POST,
        format!("/admin/movies/{movie}/poster"),
        Body::Form(fields(&[("poster", "not a file")])),
    ));
    probes.push(probe(
        Method::POST,
        format!("/admin/movies/{movie}/poster/delete"),
        Body::Form(vec![]),
    ));
    for id in bad_ids.iter().copied().chain(["99999"]) {
        probes.push(probe(
            Method::POST,
            format!("/admin/movies/{id}/poster/delete"),
            Body::Form(vec![]),
        ));
    }
    // A movie with showings is not deleted.
    probes.push(probe(
        Method::POST,
        format!("/admin/movies/{movie}/delete"),
        Body::Form(vec![]),
    ));
    for status in ["deleted", &long] {
        probes.push(probe(
            Method::GET,
            format!("/admin/movies?status={status}"),
            Body::None,
        ));
    }
    // The back office's users: ids that are not there, bad roles and versions, bad new accounts,
    // and the administrator's own account (which they may not demote or deactivate).
    for id in bad_ids.iter().copied().chain(["99999"]) {
        probes.push(probe(Method::GET, format!("/admin/users/{id}"), Body::None));
        for action in ["role", "deactivate", "activate", "password"] {
            probes.push(probe(
                Method::POST,
                format!("/admin/users/{id}/{action}"),
                Body::Form(fields(&[("role", "cashier")])),
            ));
        }
    }
    for (role, version) in [
        ("", ""),
        ("owner", ""),
        (long.as_str(), ""),
        ("cashier", "abc"),
        ("cashier", "999"),
    ] {
        probes.push(probe(
            Method::POST,
            format!("/admin/users/{admin_id}/role"),
            Body::Form(fields(&[("role", role), ("version", version)])),
        ));
    }
    probes.push(probe(
        Method::POST,
        format!("/admin/users/{admin_id}/deactivate"),
        Body::Form(vec![]),
    ));
    probes.push(probe(
        Method::POST,
        format!("/admin/users/{admin_id}/activate"),
        Body::Form(vec![]),
    ));
    probes.push(probe(
        Method::POST,
        format!("/admin/users/{admin_id}/password"),
        Body::Form(vec![]),
    ));
    for (name, email, role) in [
        ("", "", ""),
        (long.as_str(), long.as_str(), long.as_str()),
        ("Walk Er", "walker@example.com", "owner"),
        ("Walk Er", "admin@example.com", "cashier"),
        ("Walk\u{202e}Er", "walker@example.com", "cashier"),
    ] {
        probes.push(probe(
            Method::POST,
            "/admin/users",
            Body::Form(fields(&[("name", name), ("email", email), ("role", role)])),
        ));
    }
    // The back office's halls: ids that are not there, bad plans, names, numberings and versions,
    // and blocks of seats, reasons and showings that are not there.
    for id in bad_ids.iter().copied().chain(["99999"]) {
        probes.push(probe(
            Method::GET,
            format!("/admin/halls/{id}/edit"),
            Body::None,
        ));
        probes.push(probe(
            Method::GET,
            format!("/admin/halls/{id}/blocked"),
            Body::None,
        ));
        probes.push(probe(
            Method::POST,
            format!("/admin/halls/{id}"),
            Body::Form(fields(&[
                ("name", "X"),
                ("layout", "SS"),
                ("numbering", "ltr"),
                ("version", "0"),
            ])),
        ));
        probes.push(probe(
            Method::POST,
            format!("/admin/halls/{id}/blocked"),
            Body::Form(fields(&[
                ("seats", "A1"),
                ("reason", "broken"),
                ("action", "block"),
            ])),
        ));
    }
    let good_hall = [
        ("name", "Walk Hall"),
        ("layout", "SSSS\nSSSS"),
        ("numbering", "ltr"),
    ];
    for (field, value) in [
        ("name", ""),
        ("name", long.as_str()),
        ("name", "Studio"),
        ("layout", ""),
        ("layout", "SSXS"),
        ("layout", "....\n...."),
        ("layout", long.as_str()),
        ("numbering", "up"),
        ("numbering", ""),
    ] {
        let mut form = fields(&good_hall);
        form.retain(|(k, _)| k != field);
        form.push((field.to_owned(), value.to_owned()));
        probes.push(probe(
            Method::POST,
            "/admin/halls",
            Body::Form(form.clone()),
        ));
        form.push(("version".into(), "0".into()));
        probes.push(probe(
            Method::POST,
            format!("/admin/halls/{hall}"),
            Body::Form(form),
        ));
    }
    for version in ["", "abc", "-1", "99999999999999999999", "999"] {
        let mut form = fields(&good_hall);
        form.push(("version".into(), version.to_owned()));
        probes.push(probe(
            Method::POST,
            format!("/admin/halls/{hall}"),
            Body::Form(form),
        ));
    }
    probes.push(probe(
        Method::POST,
        "/admin/halls/preview",
        Body::Bytes(b"layout=%FF%FE&numbering=ltr".to_vec()),
    ));
    for (seats, reason, showing_id, action) in [
        ("", "broken", "", "block"),
        ("Z99", "broken", "", "block"),
        ("A1-G5", "broken", "", "block"),
        (long.as_str(), "broken", "", "block"),
        ("A1", "", "", "block"),
        ("A1", "broken", "99999", "block"),
        ("A1", "broken", "abc", "block"),
        ("A1", "broken", "", "destroy"),
        ("A1", "broken", "", ""),
    ] {
        probes.push(probe(
            Method::POST,
            format!("/admin/halls/{hall}/blocked"),
            Body::Form(fields(&[
                ("seats", seats),
                ("reason", reason),
                ("showing_id", showing_id),
                ("action", action),
            ])),
        ));
    }
    // The schedule: ids that are not there, bad films, halls, times, prices, weeks and versions,
    // bulk requests that are too big or backwards, and cancellations without a reason.
    for id in bad_ids.iter().copied().chain(["99999"]) {
        probes.push(probe(
            Method::GET,
            format!("/admin/showings/{id}/edit"),
            Body::None,
        ));
        probes.push(probe(
            Method::POST,
            format!("/admin/showings/{id}"),
            Body::Form(fields(&[
                ("starts_at", "2030-01-01T18:00"),
                ("price", "20"),
                ("version", "0"),
            ])),
        ));
        probes.push(probe(
            Method::POST,
            format!("/admin/showings/{id}/cancel"),
            Body::Form(fields(&[("reason", "walk")])),
        ));
    }
    let later = "2030-01-10T18:00";
    for (movie_id, hall_id, starts_at, price) in [
        ("", "", "", ""),
        ("99999", &*hall.to_string(), later, "20"),
        (&*movie.to_string(), "99999", later, "20"),
        (
            &*movie.to_string(),
            &*hall.to_string(),
            "2020-01-01T18:00",
            "20",
        ),
        (&*movie.to_string(), &*hall.to_string(), "tomorrow", "20"),
        (&*movie.to_string(), &*hall.to_string(), long.as_str(), "20"),
        (&*movie.to_string(), &*hall.to_string(), later, "-5"),
        (
            &*movie.to_string(),
            &*hall.to_string(),
            later,
            long.as_str(),
        ),
        (
            &*movie.to_string(),
            &*hall.to_string(),
            "2030-03-31T02:30",
            "20",
        ),
    ] {
        probes.push(probe(
            Method::POST,
            "/admin/showings",
            Body::Form(fields(&[
                ("movie_id", movie_id),
                ("hall_id", hall_id),
                ("starts_at", starts_at),
                ("price", price),
            ])),
        ));
    }
    for (starts_at, price, version) in [
        (later, "20", ""),
        (later, "20", "abc"),
        (later, "20", "999"),
        ("2020-01-01T18:00", "20", "0"),
        (later, "x", "0"),
    ] {
        probes.push(probe(
            Method::POST,
            format!("/admin/showings/{showing}"),
            Body::Form(fields(&[
                ("starts_at", starts_at),
                ("price", price),
                ("version", version),
            ])),
        ));
    }
    for reason in ["", long.as_str(), "\u{202e}"] {
        probes.push(probe(
            Method::POST,
            format!("/admin/showings/{showing}/cancel"),
            Body::Form(fields(&[("reason", reason)])),
        ));
    }
    for (from, to, times) in [
        ("", "", ""),
        ("2030-01-10", "2030-01-01", "18:00"),
        ("2030-01-01", "2031-01-01", "18:00"),
        ("2030-01-01", "2030-01-02", "25:00"),
        ("2020-01-01", "2020-01-02", "18:00"),
        ("2030-01-01", "2030-01-02", long.as_str()),
    ] {
        probes.push(probe(
            Method::POST,
            "/admin/showings/bulk",
            Body::Form(fields(&[
                ("movie_id", &movie.to_string()),
                ("hall_id", &hall.to_string()),
                ("from", from),
                ("to", to),
                ("times", times),
                ("price", "20"),
            ])),
        ));
    }
    for query in [
        "week=2026-W77",
        "week=yesterday",
        "hall=99999",
        "hall=abc",
        "view=grid",
        &format!("week={long}"),
    ] {
        probes.push(probe(
            Method::GET,
            format!("/admin/showings?{query}"),
            Body::None,
        ));
    }
    // Ticket types: ids that are not there, bad codes, shares, prices, ages and versions, the
    // default type taken off sale, and bad surcharges.
    for id in bad_ids.iter().copied().chain(["99999"]) {
        probes.push(probe(
            Method::POST,
            format!("/admin/ticket-types/{id}"),
            Body::Form(fields(&[
                ("name", "X"),
                ("price_percent", "50"),
                ("version", "0"),
                ("active", "on"),
            ])),
        ));
    }
    for (code, name, percent, price, max_age) in [
        ("", "", "", "", ""),
        ("adult", "Adult again", "100", "", ""),
        ("two words", "Two", "100", "", ""),
        (long.as_str(), "Long", "100", "", ""),
        ("walk", long.as_str(), "100", "", ""),
        ("walk", "Walk", "101", "", ""),
        ("walk", "Walk", "-1", "", ""),
        ("walk", "Walk", "100", "12,345", ""),
        ("walk", "Walk", "100", long.as_str(), ""),
        ("walk", "Walk", "100", "", "200"),
        ("walk", "Walk\u{202e}", "100", "", ""),
    ] {
        let row = [
            ("code", code),
            ("name", name),
            ("price_percent", percent),
            ("price", price),
            ("max_age", max_age),
        ];
        probes.push(probe(
            Method::POST,
            "/admin/ticket-types",
            Body::Form(fields(&row)),
        ));
        let mut row = fields(&row[1..]);
        row.push(("version".into(), "0".into()));
        probes.push(probe(
            Method::POST,
            "/admin/ticket-types/1",
            Body::Form(row),
        ));
    }
    for version in ["", "abc", "999"] {
        probes.push(probe(
            Method::POST,
            "/admin/ticket-types/1",
            Body::Form(fields(&[
                ("name", "Adult"),
                ("price_percent", "100"),
                ("active", "on"),
                ("version", version),
            ])),
        ));
    }
    // Taking the default type (adult) off sale.
    probes.push(probe(
        Method::POST,
        "/admin/ticket-types/1",
        Body::Form(fields(&[
            ("name", "Adult"),
            ("price_percent", "100"),
            ("version", "0"),
        ])),
    ));
    for (value, version) in [
        ("", "0"),
        ("-1", "0"),
        ("abc", "0"),
        (long.as_str(), "0"),
        ("5", ""),
        ("5", "999"),
    ] {
        probes.push(probe(
            Method::POST,
            "/admin/ticket-types/surcharges",
            Body::Form(fields(&[("vip_surcharge", value), ("version", version)])),
        ));
    }
    for query in [
        "actor=abc",
        "actor=99999999999",
        "entity=spaceship",
        "from=yesterday",
        "to=2026-02-30",
        "page=x",
        "page=-1",
        &format!("entity={long}"),
    ] {
        probes.push(probe(
            Method::GET,
            format!("/admin/audit?{query}"),
            Body::None,
        ));
    }
    // The reports: dates that are not dates, backward and overlong ranges, and report names that
    // are not there (administrators get 422 or 404; everyone else is refused first).
    for query in [
        "from=yesterday",
        "to=2026-02-30",
        "from=2026-02-01&to=2026-01-01",
        "from=2020-01-01&to=2026-01-01",
        "from=%FF",
        &format!("to={long}"),
    ] {
        probes.push(probe(
            Method::GET,
            format!("/admin/reports?{query}"),
            Body::None,
        ));
        probes.push(probe(
            Method::GET,
            format!("/admin/reports/sales.csv?{query}"),
            Body::None,
        ));
    }
    for name in ["everything", "sales.csv", "..%2fsales", long.as_str()] {
        probes.push(probe(
            Method::GET,
            format!("/admin/reports/{name}.csv"),
            Body::None,
        ));
    }
    // The settings: bad values and versions (a refused save changes nothing).
    for (field, value) in [
        ("time_zone", "Europe/Atlantis"),
        ("currency", "zł"),
        ("hold_minutes", "0"),
        ("max_seats", long.as_str()),
        ("cinema_name", ""),
        ("version", "abc"),
        ("version", ""),
    ] {
        probes.push(probe(
            Method::POST,
            "/admin/settings",
            Body::Form(fields(&[(field, value), ("version", "0")])),
        ));
    }
    // The counter: seats that are not seats, sales and bookings that are not there, amounts that
    // are not money. Customers are refused; staff get the reason; nothing is held or paid.
    let seats_path = format!("/counter/showings/{showing}/seats");
    for typed in [
        "F99",
        "0",
        "Z1-3",
        "F15-12",
        "200",
        "A1-200",
        "",
        "<b>",
        long.as_str(),
    ] {
        probes.push(probe(
            Method::POST,
            seats_path.clone(),
            Body::Form(fields(&[("seats", typed)])),
        ));
    }
    for path in [
        "/counter/showings/abc".to_owned(),
        "/counter/showings/99999".into(),
        "/counter/sales/ZZZZ2222/tickets".into(),
    ] {
        probes.push(probe(Method::GET, path, Body::None));
    }
    for path in [
        "/counter/showings/abc/seats".to_owned(),
        format!("/counter/showings/{showing}/seats/{foreign_seat}/hold"),
        format!("/counter/showings/{showing}/seats/1/explode"),
        format!("/counter/showings/{showing}/seats/1/release"),
        "/counter/sales/ZZZZ2222/pay".into(),
        "/counter/sales/ZZZZ2222/tickets".into(),
        "/counter/sales/not-a-code/pay".into(),
        "/counter/bookings/ZZZZ2222/collect".into(),
        "/counter/bookings/ZZZZ2222/cancel".into(),
        "/counter/bookings/ZZZZ2222/move".into(),
    ] {
        probes.push(probe(Method::POST, path, Body::Form(vec![])));
    }
    for pay in [
        vec![("method", "cash"), ("tendered", "1"), ("version", "0")],
        vec![("method", "bitcoin"), ("version", "0")],
        vec![("method", "cash"), ("version", "abc")],
    ] {
        probes.push(probe(
            Method::POST,
            format!("/counter/sales/{foreign_code}/pay"),
            Body::Form(fields(&pay)),
        ));
    }
    for seats in ["Q99", "", "F15-12"] {
        probes.push(probe(
            Method::POST,
            format!("/counter/bookings/{foreign_code}/move"),
            Body::Form(fields(&[("seats", seats)])),
        ));
    }
    for (path, field, value) in [
        ("/counter/shift/open", "float", "abc"),
        ("/counter/shift/open", "float", ""),
        ("/counter/shift/open", "float", "-5"),
        ("/counter/shift/close", "counted", "abc"),
        ("/counter/shift/close", "counted", "10"),
    ] {
        probes.push(probe(
            Method::POST,
            path,
            Body::Form(fields(&[(field, value)])),
        ));
    }
    probes.push(probe(Method::GET, "/assets/..%2fCargo.toml", Body::None));
    probes.push(probe(Method::GET, "/assets/nothing.js", Body::None));
    probes.push(probe(Method::GET, "/no/such/page", Body::None));
    // Someone else's booking: not found for customers, not changeable by staff.
    for action in ["tickets", "pay", "cancel"] {
        probes.push(probe(
            Method::POST,
            format!("/bookings/{foreign_code}/{action}"),
            Body::Form(vec![]),
        ));
    }
    // The account: sessions that are not there, and password changes with bad fields.
    for id in bad_ids {
        probes.push(probe(
            Method::POST,
            format!("/account/sessions/{id}/end"),
            Body::Form(vec![]),
        ));
    }
    probes.push(probe(
        Method::POST,
        "/account/sessions/99999/end",
        Body::Form(vec![]),
    ));
    probes.push(probe(Method::POST, "/account/password", Body::Form(vec![])));
    probes.push(probe(
        Method::POST,
        "/account/password",
        Body::Form(fields(&[
            ("current_password", &long),
            ("new_password", &long),
            ("new_password_confirm", &long),
        ])),
    ));
    probes.push(probe(
        Method::POST,
        "/account/password",
        Body::Form(fields(&[
            ("current_password", "not the password"),
            ("new_password", "password123"),
            ("new_password_confirm", "password123"),
        ])),
    ));
    probes.push(probe(
        Method::POST,
        "/account/password",
        Body::Bytes(
            b"current_password=%FF&new_password=lantern+orchard+velvet&new_password_confirm=lantern+orchard+velvet"
                .to_vec(),
        ),
    ));
    // Registration and login with missing, empty, huge and undecodable fields.
    probes.push(probe(Method::POST, "/register", Body::Form(vec![])));
    probes.push(probe(
        Method::POST,
        "/register",
        Body::Form(fields(&[
            ("name", ""),
            ("email", ""),
            ("password", ""),
            ("password_confirm", ""),
        ])),
    ));
    probes.push(probe(
        Method::POST,
        "/register",
        Body::Form(fields(&[
            ("name", &long),
            ("email", &long),
            ("password", &long),
            ("password_confirm", &long),
        ])),
    ));
    probes.push(probe(
        Method::POST,
        "/register",
        Body::Bytes(
            b"name=%FF%FE&email=utf8@example.com&password=longenough&password_confirm=longenough"
                .to_vec(),
        ),
    ));
    probes.push(probe(
        Method::POST,
        "/register",
        Body::Bytes(
            b"name=\xff\xfe&email=raw@example.com&password=longenough&password_confirm=longenough"
                .to_vec(),
        ),
    ));
    probes.push(probe(Method::POST, "/login", Body::Form(vec![])));
    probes.push(probe(
        Method::POST,
        "/login",
        Body::Form(fields(&[("email", &long), ("password", &long)])),
    ));
    probes.push(probe(
        Method::POST,
        "/login",
        Body::Bytes(b"email=%C3&password=%FF".to_vec()),
    ));
    // Without a token, with a foreign or expired one, or as JSON.
    let posts = [
        "/register",
        "/login",
        "/logout",
        &format!("/showings/{showing}/seats/1/hold"),
        &format!("/bookings/{foreign_code}/cancel"),
        "/admin/movies",
        &format!("/admin/movies/{movie}"),
        &format!("/admin/movies/{movie}/archive"),
        "/admin/halls",
        "/admin/halls/preview",
        &format!("/admin/halls/{hall}/blocked"),
        "/admin/showings",
        "/admin/showings/bulk",
        &format!("/admin/showings/{showing}/cancel"),
    ]
    .map(str::to_owned);
    for path in &posts {
        probes.push(probe(Method::POST, path.clone(), Body::Bare(vec![])));
        probes.push(probe(
            Method::POST,
            path.clone(),
            Body::Bare(fields(&[("csrf_token", foreign_token)])),
        ));
        probes.push(probe(
            Method::POST,
            path.clone(),
            Body::Bare(fields(&[("csrf_token", "")])),
        ));
        probes.push(probe(
            Method::POST,
            path.clone(),
            Body::Json(r#"{"email":"a@b.c","password":"x"}"#),
        ));
        probes.push(probe(
            Method::POST,
            path.clone(),
            Body::Form(fields(&[("padding", &"p".repeat(70_000))])),
        ));
    }
    // Wrong methods on every route.
    let routes = [
        "/".to_owned(),
        "/health".into(),
        "/register".into(),
        "/login".into(),
        "/logout".into(),
        "/bookings".into(),
        "/admin".into(),
        "/admin/movies".into(),
        "/admin/movies/new".into(),
        "/admin/users".into(),
        "/admin/users/new".into(),
        "/admin/settings".into(),
        "/admin/halls".into(),
        "/admin/halls/new".into(),
        "/admin/showings".into(),
        "/admin/ticket-types".into(),
        "/admin/audit".into(),
        "/admin/reports".into(),
        "/admin/reports/sales.csv".into(),
        "/posters/1/1.jpg".into(),
        format!("/admin/movies/{movie}/poster"),
        "/admin/ticket-types/1".into(),
        "/admin/ticket-types/surcharges".into(),
        "/admin/showings/new".into(),
        "/admin/showings/bulk".into(),
        format!("/admin/showings/{showing}"),
        format!("/admin/showings/{showing}/edit"),
        format!("/admin/showings/{showing}/cancel"),
        "/admin/halls/preview".into(),
        format!("/admin/halls/{hall}"),
        format!("/admin/halls/{hall}/edit"),
        format!("/admin/halls/{hall}/blocked"),
        format!("/admin/users/{admin_id}"),
        format!("/admin/users/{admin_id}/role"),
        format!("/admin/movies/{movie}/edit"),
        format!("/admin/movies/{movie}/archive"),
        "/counter".into(),
        format!("/showings/{showing}"),
        format!("/showings/{showing}/seats"),
        format!("/showings/{showing}/best"),
        format!("/showings/{showing}/seats/1/hold"),
        format!("/bookings/{foreign_code}"),
        format!("/bookings/{foreign_code}/pay"),
    ];
    for path in routes {
        for method in [Method::PUT, Method::DELETE, Method::PATCH] {
            probes.push(probe(method, path.clone(), Body::Form(vec![])));
        }
    }
    for path in [
        "/logout",
        &format!("/showings/{showing}/seats/1/hold"),
        &format!("/bookings/{foreign_code}/pay"),
    ] {
        probes.push(probe(Method::GET, path, Body::None));
    }
    probes
}

/// Malformed input aimed at a customer's own open booking.
fn own_booking_probes(code: &str, seat: i32) -> Vec<Probe> {
    let long = "9".repeat(10_000);
    let pay = format!("/bookings/{code}/pay");
    let tickets = format!("/bookings/{code}/tickets");
    vec![
        probe(Method::POST, pay.clone(), Body::Form(vec![])),
        probe(
            Method::POST,
            pay.clone(),
            Body::Form(fields(&[("card_name", &long), ("card_number", &long), ("card_expiry", &long), ("card_cvc", &long), ("version", &long)])),
        ),
        probe(
            Method::POST,
            pay.clone(),
            Body::Form(fields(&[("card_name", "A"), ("card_number", "4242424242424242"), ("card_expiry", "12/39"), ("card_cvc", "123"), ("version", "-5")])),
        ),
        probe(Method::POST, pay, Body::Bytes(b"card_name=%FF&card_number=4242424242424242&card_expiry=12/39&card_cvc=123&version=0".to_vec())),
        probe(Method::POST, tickets.clone(), Body::Form(fields(&[("type_abc", "1")]))),
        probe(Method::POST, tickets.clone(), Body::Form(fields(&[(&format!("type_{seat}"), "no-such-type")]))),
        probe(Method::POST, tickets.clone(), Body::Form(fields(&[(&format!("type_{seat}"), &long)]))),
        probe(Method::POST, tickets, Body::Form(fields(&[("type_99999999", "1")]))),
    ]
}

async fn walk(app: &TestApp, role: &str, client: &TestClient, probes: &[Probe]) -> Vec<String> {
    let token = client.csrf().await;
    let mut failures = Vec::new();
    for p in probes {
        let response = send(client, &token, p).await;
        let status = response.status();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let body = response.text().await.unwrap_or_default();
        let to_login = status == StatusCode::SEE_OTHER
            && location.starts_with("/login?next=")
            && role == "anonymous";
        let shown = p.path.chars().take(80).collect::<String>();
        if !(status.is_client_error() || to_login) {
            failures.push(format!("{role}: {} {shown} answered {status}", p.method));
        } else if status.is_client_error()
            && (!content_type.starts_with("text/html") || body.trim().is_empty())
        {
            failures.push(format!(
                "{role}: {} {shown} answered {status} without a page ({content_type:?})",
                p.method
            ));
        }
    }
    let _ = app;
    failures
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_requests_on_every_route_get_a_4xx_page_and_change_nothing() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let seats = app.seat_ids(showing);
    // A seat of the other hall does not belong to this showing.
    let foreign_seat = {
        use cinema::schema::{seat_states, seats};
        app.db(|c| {
            seats::table
                .filter(
                    seats::id.ne_all(
                        seat_states::table
                            .filter(seat_states::showing_id.eq(showing))
                            .select(seat_states::seat_id),
                    ),
                )
                .select(seats::id)
                .first::<i32>(c)
                .expect("a seat of another hall")
        })
    };

    // Someone else's paid booking, and the customer's own open one.
    let owner = app.customer().await;
    owner.hold(showing, seats[0]).await;
    let foreign_code = owner.basket_code(showing).await.expect("a basket");
    assert_redirects_to(
        &owner.pay(&foreign_code, Card::ACCEPTED).await,
        &format!("/bookings/{foreign_code}"),
    );
    let customer = app.customer().await;
    customer.hold(showing, seats[5]).await;
    let own_code = customer.basket_code(showing).await.expect("a basket");
    let foreign_token = owner.csrf().await;

    let anonymous = app.client();
    let cashier = app.cashier().await;
    let admin = app.admin().await;
    let before = fingerprint(&app);

    let (movie, hall) = {
        use cinema::schema::showings;
        app.db(|c| {
            showings::table
                .find(showing)
                .select((showings::movie_id, showings::hall_id))
                .first::<(i32, i32)>(c)
                .expect("the showing's movie and hall")
        })
    };
    let admin_id = app.user_id(ADMIN_EMAIL);
    let probes = malformed_probes(
        showing,
        movie,
        hall,
        admin_id,
        foreign_seat,
        &foreign_code,
        &foreign_token,
    );
    assert!(
        probes.len() > 150,
        "the walk covers {} requests",
        probes.len()
    );
    let mut failures = Vec::new();
    for (role, client) in [
        ("anonymous", &anonymous),
        ("customer", &customer),
        ("cashier", &cashier),
        ("admin", &admin),
    ] {
        failures.extend(walk(&app, role, client, &probes).await);
    }
    failures.extend(
        walk(
            &app,
            "customer",
            &customer,
            &own_booking_probes(&own_code, seats[5]),
        )
        .await,
    );
    assert!(
        failures.is_empty(),
        "{} refusals were wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(
        fingerprint(&app),
        before,
        "a refused request changed the database"
    );

    // The server is still healthy and the customer's basket is intact.
    assert_eq!(customer.get("/health").await.status(), StatusCode::OK);
    assert_eq!(
        customer.basket_code(showing).await.as_deref(),
        Some(own_code.as_str())
    );
    app.assert_seats_consistent();
}

/// Every address of the route table with the methods it answers, as the route table declares them.
fn route_table(showing: i32, seat: i32, code: &str) -> Vec<(String, &'static [&'static str])> {
    const GET: &[&str] = &["GET", "HEAD"];
    const POST: &[&str] = &["POST"];
    const BOTH: &[&str] = &["GET", "HEAD", "POST"];
    vec![
        ("/health".into(), GET),
        (format!("/showings/{showing}/seats"), GET),
        ("/assets/style.css".into(), GET),
        ("/".into(), GET),
        ("/movies/1".into(), GET),
        ("/register".into(), BOTH),
        ("/login".into(), BOTH),
        ("/logout".into(), POST),
        ("/password/forgot".into(), BOTH),
        (format!("/password/reset/{}", "0".repeat(64)), BOTH),
        ("/account".into(), GET),
        ("/account/password".into(), POST),
        ("/account/sessions/logout-others".into(), POST),
        ("/account/sessions/1/end".into(), POST),
        (format!("/showings/{showing}"), GET),
        (format!("/showings/{showing}/seats/{seat}/hold"), POST),
        (format!("/showings/{showing}/seats/{seat}/release"), POST),
        ("/bookings".into(), GET),
        (format!("/bookings/{code}"), GET),
        (format!("/bookings/{code}/calendar.ics"), GET),
        (format!("/bookings/{code}/tickets"), POST),
        (format!("/bookings/{code}/pay"), POST),
        (format!("/bookings/{code}/cancel"), POST),
        ("/admin".into(), GET),
        ("/admin/reports".into(), GET),
        ("/admin/reports/sales.csv".into(), GET),
        ("/admin/reports/occupancy.csv".into(), GET),
        ("/admin/reports/movies.csv".into(), GET),
        ("/admin/reports/refunds.csv".into(), GET),
        ("/admin/reports/cashiers.csv".into(), GET),
        ("/counter".into(), GET),
        (format!("/counter/showings/{showing}"), GET),
        (format!("/counter/showings/{showing}/seats"), POST),
        (
            format!("/counter/showings/{showing}/seats/{seat}/hold"),
            POST,
        ),
        (format!("/counter/sales/{code}/tickets"), BOTH),
        (format!("/counter/sales/{code}/pay"), POST),
        ("/counter/bookings".into(), GET),
        (format!("/counter/bookings/{code}/collect"), POST),
        (format!("/counter/bookings/{code}/cancel"), POST),
        (format!("/counter/bookings/{code}/move"), POST),
        ("/counter/shift".into(), GET),
        ("/counter/shift/open".into(), POST),
        ("/counter/shift/close".into(), POST),
        ("/checkin".into(), BOTH),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_answers_head_like_get_and_other_methods_with_405_and_allow() {
    let app = spawn_app().await;
    let showing = app.showing_in(3);
    let seat = app.seats_of_kind(showing, "standard")[0];
    let admin = app.admin().await;
    admin.hold(showing, seat).await;
    let code = admin.basket_code(showing).await.expect("a basket");
    let token = admin.csrf().await;
    let mut failures = Vec::new();
    for (path, methods) in route_table(showing, seat, &code) {
        let allow = methods.join(", ");
        if methods.contains(&"GET") {
            let get = admin.get(&path).await;
            let head = admin
                .http
                .head(admin.url(&path))
                .send()
                .await
                .expect("an answer");
            if head.status() != get.status() {
                failures.push(format!(
                    "HEAD {path}: {} where GET gave {}",
                    head.status(),
                    get.status()
                ));
            }
            if header(&head, "content-type") != header(&get, "content-type") {
                failures.push(format!("HEAD {path}: another content type than GET"));
            }
            if !head.bytes().await.unwrap().is_empty() {
                failures.push(format!("HEAD {path}: a body"));
            }
        }
        for method in ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
            if methods.contains(&method) {
                continue;
            }
            let response = admin
                .http
                .request(method.parse().unwrap(), admin.url(&path))
                .header("X-CSRF-Token", &token)
                .send()
                .await
                .expect("an answer");
            if response.status() != StatusCode::METHOD_NOT_ALLOWED {
                failures.push(format!(
                    "{method} {path}: {} instead of 405",
                    response.status()
                ));
            } else if header(&response, "allow") != Some(allow.as_str()) {
                failures.push(format!(
                    "{method} {path}: Allow {:?} instead of {allow:?}",
                    header(&response, "allow")
                ));
            } else if !response.text().await.unwrap().contains("does not accept") {
                failures.push(format!("{method} {path}: 405 without a page that says why"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // An unknown address is still a 404, whatever the method.
    let response = admin
        .http
        .head(admin.url("/no/such/page"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}
