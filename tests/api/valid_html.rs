//! The Nu HTML Checker (`vnu.jar`, the npm package `vnu-jar`) over the main pages as a visitor, a
//! customer, a cashier and an administrator see them: no errors. `.ci/run` fetches the checker
//! into `target/vnu/` (or `$VNU_JAR` names one) and sets `CINEMA_REQUIRE_VNU=1`, so that there a
//! missing checker or Java fails instead of skipping.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::client::{Card, TestClient};
use crate::helpers::spawn_app;

fn checker() -> Option<PathBuf> {
    let jar = std::env::var_os("VNU_JAR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("target/vnu/package/build/dist/vnu.jar")
        });
    let java = Command::new("java").arg("-version").output().is_ok();
    if jar.is_file() && java {
        return Some(jar);
    }
    let why = format!(
        "the Nu HTML Checker needs Java and {} (fetch it with `bash .ci/run`, or \
         `mkdir -p target/vnu && cd target/vnu && npm pack vnu-jar@26.9.27 && tar xzf vnu-jar-26.9.27.tgz`)",
        jar.display()
    );
    assert!(
        std::env::var_os("CINEMA_REQUIRE_VNU").is_none(),
        "CINEMA_REQUIRE_VNU is set but {why}"
    );
    eprintln!("skipping the HTML check: {why}");
    None
}

struct Pages {
    dir: PathBuf,
    names: Vec<String>,
}

impl Pages {
    async fn save(&mut self, client: &TestClient, name: &str, path: &str) {
        let response = client.get(path).await;
        let status = response.status();
        assert!(
            status.is_success() || status.as_u16() == 404,
            "{path}: {status}"
        );
        self.keep(name, &response.text().await.expect("a page"));
    }

    fn keep(&mut self, name: &str, html: &str) {
        let file = format!("{name}.html");
        std::fs::write(self.dir.join(&file), html).expect("writing a page");
        self.names.push(file);
    }
}

#[tokio::test]
async fn the_main_pages_are_valid_html() {
    let Some(jar) = checker() else {
        return;
    };
    let app = spawn_app().await;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("vnu-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder for the pages");
    let mut pages = Pages {
        dir: dir.clone(),
        names: Vec::new(),
    };
    let showing = app.showing_in(3);
    let movie: i32 = app.db(|c| {
        use cinema::schema::showings;
        use diesel::prelude::*;
        showings::table
            .find(showing)
            .select(showings::movie_id)
            .first(c)
            .expect("the showing's movie")
    });

    let visitor = app.client();
    pages.save(&visitor, "repertoire", "/").await;
    pages
        .save(&visitor, "movie", &format!("/movies/{movie}"))
        .await;
    pages
        .save(
            &visitor,
            "seat-map-visitor",
            &format!("/showings/{showing}"),
        )
        .await;
    pages.save(&visitor, "login", "/login").await;
    pages.save(&visitor, "register", "/register").await;
    pages
        .save(&visitor, "forgot-password", "/password/forgot")
        .await;
    pages.save(&visitor, "not-found", "/no-such-page").await;
    let refused = visitor
        .post_form(
            "/register",
            &[("name", ""), ("email", "x"), ("password", "")],
        )
        .await;
    pages.keep(
        "register-with-errors",
        &refused.text().await.expect("a page"),
    );

    let customer = app.customer().await;
    let seats = app.seats_of_kind(showing, "standard");
    customer.hold(showing, seats[10]).await;
    pages
        .save(
            &customer,
            "seat-map-holding",
            &format!("/showings/{showing}"),
        )
        .await;
    let code = customer.basket_code(showing).await.expect("a basket");
    pages
        .save(&customer, "checkout", &format!("/bookings/{code}"))
        .await;
    let version = customer.checkout_version(&code).await;
    let paid = customer
        .pay_with(&code, &Card::new(Card::ACCEPTED), &version)
        .await;
    assert!(paid.status().is_redirection(), "{}", paid.status());
    pages
        .save(&customer, "ticket", &format!("/bookings/{code}"))
        .await;
    pages.save(&customer, "my-bookings", "/bookings").await;
    pages.save(&customer, "account", "/account").await;

    let cashier = app.cashier().await;
    pages.save(&cashier, "shift-closed", "/counter/shift").await;
    crate::counter::open_shift(&cashier, "200").await;
    pages.save(&cashier, "counter", "/counter").await;
    pages
        .save(
            &cashier,
            "counter-sale",
            &format!("/counter/showings/{showing}"),
        )
        .await;
    pages
        .save(
            &cashier,
            "reservations",
            &format!("/counter/bookings?q={code}"),
        )
        .await;
    pages.save(&cashier, "door", "/checkin").await;

    let admin = app.admin().await;
    for (name, path) in [
        ("admin", "/admin"),
        ("admin-movies", "/admin/movies"),
        ("admin-new-movie", "/admin/movies/new"),
        ("admin-halls", "/admin/halls"),
        ("admin-edit-hall", "/admin/halls/1/edit"),
        ("admin-schedule", "/admin/showings"),
        ("admin-schedule-list", "/admin/showings?view=list"),
        ("admin-new-showing", "/admin/showings/new"),
        ("admin-users", "/admin/users"),
        ("admin-settings", "/admin/settings"),
        ("admin-ticket-types", "/admin/ticket-types"),
        ("admin-audit", "/admin/audit"),
        ("admin-reports", "/admin/reports"),
    ] {
        pages.save(&admin, name, path).await;
    }

    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(pages.names.iter().map(|n| dir.join(n)))
        .output()
        .expect("running the Nu HTML Checker");
    let report = String::from_utf8_lossy(&output.stderr).into_owned()
        + &String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && report.trim().is_empty(),
        "the Nu HTML Checker found errors in {} pages:\n{report}",
        pages.names.len()
    );
}
