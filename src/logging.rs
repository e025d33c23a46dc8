//! The log: env_logger, with one correction. actix reports a client's broken or malformed request
//! ("stream error: …", a bad request line, a connection reset, a slow request) at ERROR level, so
//! anyone on the internet could fill the error log. Those reports are logged as warnings here, and
//! ERROR stays for what is wrong on our side.

use log::{Level, Log, Metadata, Record};

/// Installs the logger; `RUST_LOG` filters as usual (default `info`).
pub fn init() {
    let inner =
        env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).build();
    let max = inner.filter();
    if log::set_boxed_logger(Box::new(ClientFaultsAsWarnings(inner))).is_ok() {
        log::set_max_level(max);
    }
}

struct ClientFaultsAsWarnings(env_logger::Logger);

impl Log for ClientFaultsAsWarnings {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        self.0.enabled(metadata)
    }

    fn log(&self, record: &Record<'_>) {
        if is_client_fault(record) {
            self.0.log(
                &Record::builder()
                    .args(format_args!("a client's request failed: {}", record.args()))
                    .level(Level::Warn)
                    .target(record.target())
                    .module_path(record.module_path())
                    .file(record.file())
                    .line(record.line())
                    .build(),
            );
        } else {
            self.0.log(record);
        }
    }

    fn flush(&self) {
        self.0.flush();
    }
}

/// actix's connection loop reports every way a client's connection can fail as "stream error".
/// The level and target are looked at first: only those few records are formatted to be read.
fn is_client_fault(record: &Record<'_>) -> bool {
    record.level() == Level::Error
        && record.target().starts_with("actix_http::h1::dispatcher")
        && record.args().to_string().starts_with("stream error")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(level: Level, target: &str, message: &str) -> bool {
        is_client_fault(
            &Record::builder()
                .level(level)
                .target(target)
                .args(format_args!("{message}"))
                .build(),
        )
    }

    #[test]
    fn only_actix_connection_errors_become_warnings() {
        let dispatcher = "actix_http::h1::dispatcher";
        assert!(fault(
            Level::Error,
            dispatcher,
            "stream error: Request parse error: Invalid Header provided"
        ));
        assert!(!fault(
            Level::Error,
            dispatcher,
            "Internal server error: unexpected eof"
        ));
        assert!(!fault(Level::Error, "cinema::error", "stream error: ours"));
        assert!(!fault(Level::Info, dispatcher, "stream error: x"));
    }
}

/// The access log's request line (`GET /path?query HTTP/1.1`) with secrets in paths left out: a
/// password reset link works for an hour, and whoever reads the logs must not be able to use it.
pub fn request_line(req: &actix_web::dev::ServiceRequest) -> String {
    let uri = req.uri();
    let path = match uri.path().strip_prefix("/password/reset/") {
        Some(_) => "/password/reset/[token]".to_owned(),
        None => uri
            .path_and_query()
            .map_or_else(|| uri.path().to_owned(), |pq| pq.as_str().to_owned()),
    };
    format!("{} {path} {:?}", req.method(), req.version())
}

#[cfg(test)]
mod request_line_tests {
    use super::request_line;

    #[test]
    fn a_reset_token_never_reaches_the_log() {
        let token = "ab".repeat(32);
        let req = actix_web::test::TestRequest::get()
            .uri(&format!("/password/reset/{token}"))
            .to_srv_request();
        let line = request_line(&req);
        assert_eq!(line, "GET /password/reset/[token] HTTP/1.1");
        let req = actix_web::test::TestRequest::get()
            .uri("/?date=2026-12-03")
            .to_srv_request();
        assert_eq!(request_line(&req), "GET /?date=2026-12-03 HTTP/1.1");
    }
}
