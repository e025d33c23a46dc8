//! Liveness: answers without touching the database or the session.

use actix_web::HttpResponse;

pub async fn health() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        // Two bytes: compressing them would only add the encoder's frame.
        .insert_header(("Content-Encoding", "identity"))
        .body("ok")
}
