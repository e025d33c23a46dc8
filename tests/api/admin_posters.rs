//! Posters: uploaded on a movie's edit page, checked by their content (not their name), at most
//! 5 MB, scaled down, served under a versioned address with a long cache, shown in the repertoire
//! and on the movie's page; removed, the pages draw a placeholder.

use std::io::Cursor;

use crate::helpers::*;
use cinema::schema::{movies, posters};
use diesel::prelude::*;
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(width, height, image::Rgb([20, 90, 160]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(image)
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

async fn upload(client: &TestClient, movie: i32, name: &str, bytes: Vec<u8>) -> reqwest::Response {
    let token = client.csrf().await;
    let form = Form::new()
        .text("csrf_token", token)
        .part("poster", Part::bytes(bytes).file_name(name.to_owned()));
    client
        .http
        .post(client.url(&format!("/admin/movies/{movie}/poster")))
        .multipart(form)
        .send()
        .await
        .expect("POST failed")
}

fn paper_dragons(app: &TestApp) -> i32 {
    app.db(|c| {
        movies::table
            .filter(movies::title.eq("Paper Dragons"))
            .select(movies::id)
            .first(c)
            .unwrap()
    })
}

#[tokio::test]
async fn a_poster_is_scaled_stored_and_served_with_a_versioned_long_cached_address() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let movie = paper_dragons(&app);
    let (_, before) = app.client().get_html(&format!("/movies/{movie}")).await;
    assert_eq!(count_of(&before, ".poster.placeholder"), 1);

    let response = upload(&admin, movie, "poster.png", png(1200, 1800)).await;
    assert_redirects_to(&response, &format!("/admin/movies/{movie}/edit"));
    let (width, height, version): (i32, i32, i32) = app.db(|c| {
        posters::table
            .find(movie)
            .select((posters::width, posters::height, posters::version))
            .first(c)
            .unwrap()
    });
    assert_eq!((width, height, version), (600, 900, 1));

    let visitor = app.client();
    let (_, page) = visitor.get_html(&format!("/movies/{movie}")).await;
    let src = attr_at(&page, "img.poster", "src").expect("the poster on the movie page");
    assert_eq!(src, format!("/posters/{movie}/1.jpg"));
    let (_, repertoire) = visitor.get_html("/").await;
    assert!(repertoire.html().contains(&src), "the repertoire shows it");
    let served = visitor.get(&src).await;
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(served.headers()["content-type"], "image/jpeg");
    assert!(
        served.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age=31536000")
    );
    let bytes = served.bytes().await.unwrap();
    assert_eq!(
        image::guess_format(&bytes).unwrap(),
        image::ImageFormat::Jpeg
    );

    // A new poster gets a new address; the old one is gone.
    upload(&admin, movie, "second.png", png(300, 450)).await;
    assert_eq!(visitor.get(&src).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        visitor
            .get(&format!("/posters/{movie}/2.jpg"))
            .await
            .status(),
        StatusCode::OK
    );

    // Removed: the placeholder again, and the next poster never reuses an address.
    let response = admin
        .post_form(&format!("/admin/movies/{movie}/poster/delete"), &[])
        .await;
    assert_redirects_to(&response, &format!("/admin/movies/{movie}/edit"));
    let (_, page) = visitor.get_html(&format!("/movies/{movie}")).await;
    assert_eq!(count_of(&page, ".poster.placeholder"), 1);
    upload(&admin, movie, "third.png", png(300, 450)).await;
    assert_eq!(
        visitor
            .get(&format!("/posters/{movie}/3.jpg"))
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_file_that_is_not_an_image_or_too_large_is_refused_whatever_its_name() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let movie = paper_dragons(&app);
    let response = upload(
        &admin,
        movie,
        "poster.jpg",
        b"<html>not a picture</html>".to_vec(),
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        text_at(&html, "#poster-error")
            .unwrap()
            .contains("not a JPEG, PNG or WebP")
    );

    let mut big = png(10, 10);
    big.resize(5 * 1024 * 1024 + 10, 0);
    let response = upload(&admin, movie, "huge.png", big).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);

    let stored: i64 = app.db(|c| posters::table.count().get_result(c).unwrap());
    assert_eq!(stored, 0);

    // Only administrators upload, and only with the form's token.
    let customer = app.customer().await;
    let response = upload(&customer, movie, "poster.png", png(10, 10)).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let form = Form::new().part("poster", Part::bytes(png(10, 10)).file_name("p.png"));
    let response = admin
        .http
        .post(admin.url(&format!("/admin/movies/{movie}/poster")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.client().get("/posters/1/abc.jpg").await.status(),
        StatusCode::NOT_FOUND
    );
}
