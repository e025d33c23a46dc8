//! Static files, built into the binary so a release is one file that needs no asset directory.

use actix_web::{HttpResponse, web};

use crate::error::AppError;

const HTMX: &str = include_str!("../../assets/htmx.min.js");
const APP_JS: &str = include_str!("../../assets/app.js");
const COUNTER_JS: &str = include_str!("../../assets/counter.js");
const STYLE: &str = include_str!("../../assets/style.css");

pub async fn asset(file: web::Path<String>) -> Result<HttpResponse, AppError> {
    let (body, content_type) = match file.as_str() {
        "htmx.min.js" => (HTMX, "text/javascript; charset=utf-8"),
        "app.js" => (APP_JS, "text/javascript; charset=utf-8"),
        "counter.js" => (COUNTER_JS, "text/javascript; charset=utf-8"),
        "style.css" => (STYLE, "text/css; charset=utf-8"),
        _ => return Err(AppError::NotFound("There is no such file.".into())),
    };
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(body))
}
