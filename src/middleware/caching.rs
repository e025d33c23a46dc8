//! Nothing personal is kept by a browser or a shared cache: every answer that does not say how it may
//! be cached says `no-store`. Every page carries the session's CSRF token, and most show who is
//! logged in, their bookings or a seat map with their seats, so that is the safe default; answers
//! that may be kept (assets) or must be revalidated (the polled seat grid) say so themselves.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;

pub async fn no_store_by_default(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let mut res = next.call(req).await?;
    let headers = res.headers_mut();
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(res)
}
