//! On the wire: answers compressed as the client accepts (and `/health` and 304s left alone), and
//! assets linked by versioned names that browsers may keep for a year.

use std::io::Read;

use crate::helpers::*;
use crate::pages::header;
use reqwest::StatusCode;
use scraper::{Html, Selector};

async fn get_encoded(client: &TestClient, path: &str, accept: &str) -> reqwest::Response {
    client
        .http
        .get(client.url(path))
        .header("Accept-Encoding", accept)
        .send()
        .await
        .expect("GET failed")
}

#[tokio::test]
async fn the_seat_map_is_compressed_for_clients_that_accept_it_and_reads_the_same() {
    let app = spawn_app().await;
    let customer = app.customer().await;
    let showing = app.showing_in(3);
    let path = format!("/showings/{showing}");
    // The first page after registering carries a one-time welcome: take it first.
    customer.get(&path).await;
    let plain = customer.get(&path).await;
    assert_eq!(header(&plain, "content-encoding"), None);
    let plain = plain.text().await.expect("a page");

    let gzip = get_encoded(&customer, &path, "gzip").await;
    assert_eq!(gzip.status(), StatusCode::OK);
    assert_eq!(header(&gzip, "content-encoding"), Some("gzip"));
    assert!(
        header(&gzip, "vary").is_some_and(|v| v.to_ascii_lowercase().contains("accept-encoding")),
        "a shared cache must keep the encodings apart"
    );
    let bytes = gzip.bytes().await.expect("a body");
    let mut page = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut page)
        .expect("a gzip body");
    // Each answer masks the CSRF token afresh; the rest must be the same.
    let (page, plain) = (without_tokens(&page), without_tokens(&plain));
    if page != plain {
        let at = page
            .bytes()
            .zip(plain.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(page.len().min(plain.len()));
        let around = |s: &str| s[at.saturating_sub(80)..(at + 80).min(s.len())].to_owned();
        panic!(
            "the decompressed page differs at byte {at}:\n{}\n---\n{}",
            around(&page),
            around(&plain)
        );
    }
    assert!(
        bytes.len() * 4 < plain.len(),
        "{} bytes compressed of {}",
        bytes.len(),
        plain.len()
    );

    let br = get_encoded(&customer, &path, "gzip, deflate, br, zstd").await;
    let encoding = header(&br, "content-encoding").map(str::to_owned);
    assert!(
        matches!(encoding.as_deref(), Some("br" | "zstd" | "gzip")),
        "{encoding:?}"
    );

    // A viewer holding a seat gets a drawing of their own, compressed whole.
    let seat = app.seats_of_kind(showing, "standard")[5];
    customer.hold(showing, seat).await;
    let holding = get_encoded(&customer, &path, "gzip").await;
    assert_eq!(header(&holding, "content-encoding"), Some("gzip"));
    let mut page = String::new();
    flate2::read::GzDecoder::new(&holding.bytes().await.expect("a body")[..])
        .read_to_string(&mut page)
        .expect("a gzip body");
    assert!(
        page.contains(&format!("id=\"seat-{seat}\"")) && page.contains("data-state=\"mine\""),
        "the holder's page"
    );

    // The poll's 304 has no body to compress, and /health's two bytes are not worth a frame.
    let grid = format!("/showings/{showing}/seats");
    let first = customer.htmx_get(&grid).await;
    let etag = header(&first, "etag").expect("an ETag").to_owned();
    let unchanged = customer
        .http
        .get(customer.url(&grid))
        .header("HX-Request", "true")
        .header("If-None-Match", &etag)
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .expect("GET failed");
    assert_eq!(unchanged.status(), StatusCode::NOT_MODIFIED);
    let health = get_encoded(&app.client(), "/health", "gzip").await;
    assert_ne!(header(&health, "content-encoding"), Some("gzip"));
    assert_eq!(health.text().await.expect("a body"), "ok");
}

#[tokio::test]
async fn pages_link_versioned_assets_kept_for_a_year_and_old_names_still_answer() {
    let app = spawn_app().await;
    let visitor = app.client();
    let page = Html::parse_document(&visitor.get("/").await.text().await.expect("a page"));
    let select = |css: &str, attribute: &str| -> Vec<String> {
        page.select(&Selector::parse(css).expect("a selector"))
            .filter_map(|e| e.value().attr(attribute).map(str::to_owned))
            .collect()
    };
    let mut linked = select("link[rel=stylesheet]", "href");
    linked.extend(select("script[src]", "src"));
    assert_eq!(linked.len(), 3, "{linked:?}");
    let description = select("meta[name=description]", "content");
    assert!(
        description.first().is_some_and(|d| d.len() > 40),
        "{description:?}"
    );

    for url in &linked {
        let plain_name = ["style.css", "htmx.min.js", "app.js"]
            .into_iter()
            .find(|n| {
                let (stem, extension) = n.rsplit_once('.').unwrap();
                url.starts_with(&format!("/assets/{stem}."))
                    && url.ends_with(&format!(".{extension}"))
            })
            .unwrap_or_else(|| panic!("{url} names none of the assets"));
        assert_ne!(
            url,
            &format!("/assets/{plain_name}"),
            "{url} has no version"
        );
        let versioned = visitor.get(url).await;
        assert_eq!(versioned.status(), StatusCode::OK, "{url}");
        assert_eq!(
            header(&versioned, "cache-control"),
            Some("public, max-age=31536000, immutable"),
            "{url}"
        );
        let body = versioned.bytes().await.expect("a body");
        let plain = visitor.get(&format!("/assets/{plain_name}")).await;
        assert_eq!(
            header(&plain, "cache-control"),
            Some("public, max-age=3600")
        );
        assert_eq!(plain.bytes().await.expect("a body"), body, "{url}");
    }

    // A page kept from before a release names an older version: it still gets today's file,
    // but only for an hour.
    let old = visitor.get("/assets/style.0123456789abcdef.css").await;
    assert_eq!(old.status(), StatusCode::OK);
    assert_eq!(header(&old, "cache-control"), Some("public, max-age=3600"));
    let missing = visitor.get("/assets/nothing.0123456789abcdef.css").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

/// The page with every run of 128 or more hex digits (a masked CSRF token) written as `TOKEN`.
fn without_tokens(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut run = String::new();
    for c in page.chars() {
        if c.is_ascii_hexdigit() {
            run.push(c);
            continue;
        }
        out.push_str(if run.len() >= 128 { "TOKEN" } else { &run });
        run.clear();
        out.push(c);
    }
    out.push_str(if run.len() >= 128 { "TOKEN" } else { &run });
    out
}
