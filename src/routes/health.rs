//! Liveness: answers without touching the database or the session.

use actix_web::HttpResponse;

pub async fn health() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body("ok")
}
