//! Builds the application from a configuration and a listener, so `main` and the tests start the same thing.

use std::net::TcpListener;
use std::sync::{Arc, RwLock};

use actix_session::SessionMiddleware;
use actix_session::config::{CookieContentSecurity, PersistentSession};
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::{Compress, Condition, Logger, from_fn};
use actix_web::{App, HttpServer, web};
use anyhow::Context;

use crate::clock::Clock;
use crate::config::Config;
use crate::db::{self, DbPool};
use crate::error::AppError;
use crate::middleware::{default_headers, error_pages};
use crate::state::AppState;
use crate::state::hold_limits::HoldLimits;
use crate::{csrf, routes, seed, sweeper};

pub struct Application {
    address: std::net::SocketAddr,
    server: Server,
    pool: DbPool,
}

impl Application {
    pub fn build(config: Config, clock: Clock) -> anyhow::Result<Application> {
        let listener =
            TcpListener::bind(&config.bind).with_context(|| format!("binding {}", config.bind))?;
        Application::build_with_listener(config, clock, listener)
    }

    /// Must be called inside a Tokio runtime: it starts the background sweeper.
    pub fn build_with_listener(
        config: Config,
        clock: Clock,
        listener: TcpListener,
    ) -> anyhow::Result<Application> {
        return_large_blocks_to_the_system();
        crate::i18n::load();
        let pool = db::connect(&config.database_url, config.pool_size, config.writer)?;
        seed::bootstrap(&pool, &config, &clock)?;
        seed::warn_about_demo_accounts(&pool)?;
        let rules = db::settings::load(&mut *pool.get()?, config.hold_seconds)
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let state = web::Data::new(AppState {
            pool: pool.clone(),
            clock: clock.clone(),
            hold_override: config.hold_seconds,
            grid_versions: db::grid_versions::GridVersions::new(pool.clone(), clock.clone()),
            seats_cache: Arc::default(),
            page_parts: Arc::default(),
            brand: RwLock::new(rules.cinema_name),
            trusted_proxies: config.trusted_proxies.clone(),
            registrations_per_hour: config.registrations_per_hour,
            hold_limits: Arc::new(HoldLimits::new(
                clock.clone(),
                rules.holds_per_minute_per_address,
            )),
            payments: Arc::new(crate::payments::Simulator::new(config.payment_delay)),
            mailer: Arc::new(crate::mail::Mailer::new(&config)?),
            public_url: config.public_url.clone(),
            secure_cookie: config.secure_cookie,
        });
        tokio::spawn(sweeper::run(
            pool.clone(),
            clock,
            config.sweep_interval,
            state.hold_limits.clone(),
        ));

        let key = Key::from(&config.session_key);
        let secure = config.secure_cookie;
        let deadline = config.body_deadline;
        let address = listener.local_addr()?;
        // The access log formats every request line as it arrives, whether the log shows it or not.
        let access_log =
            log::log_enabled!(target: "actix_web::middleware::logger", log::Level::Info);
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .app_data(
                    web::FormConfig::default()
                        .limit(csrf::BODY_LIMIT)
                        .error_handler(|e, _| {
                            AppError::BadRequest(
                                crate::i18n::Msg::new("error-form-unreadable")
                                    .arg("detail", e.to_string())
                                    .into(),
                            )
                            .into()
                        }),
                )
                .app_data(web::PathConfig::default().error_handler(|_, _| {
                    AppError::NotFound(crate::i18n::Msg::new("error-no-page").into()).into()
                }))
                .app_data(web::QueryConfig::default().error_handler(|e, _| {
                    AppError::BadRequest(
                        crate::i18n::Msg::new("error-bad-parameter")
                            .arg("detail", e.to_string())
                            .into(),
                    )
                    .into()
                }))
                .configure(routes::configure)
                .wrap(from_fn(move |req, next| {
                    csrf::verify_csrf(deadline, req, next)
                }))
                .wrap(from_fn(error_pages::error_pages))
                .wrap(session_middleware(key.clone(), secure))
                .wrap(default_headers::default_headers(secure))
                // gzip, brotli or zstd as the client accepts; 304s, empty bodies and answers that
                // name their own encoding (`/health`) are left as they are.
                .wrap(Compress::default())
                .wrap(Condition::new(
                    access_log,
                    Logger::new("%a \"%{request}xi\" %s %b %Dms")
                        .custom_request_replace("request", crate::logging::request_line),
                ))
        })
        .tcp_nodelay(true)
        .listen(listener)?;
        if let Some(workers) = config.workers {
            server = server.workers(workers);
        }
        Ok(Application {
            address,
            server: server.run(),
            pool,
        })
    }

    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// The address the server listens on, with the port the system chose for port 0.
    pub fn address(&self) -> std::net::SocketAddr {
        self.address
    }

    pub fn pool(&self) -> DbPool {
        self.pool.clone()
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Each argon2 hash takes 7 MiB for a moment. glibc's allocator serves blocks that large with their
/// own mapping at first, but after freeing one it raises its threshold to that size and serves later
/// ones from the heap, which it then keeps: every login left its block behind, in each thread's arena.
/// A fixed threshold (1 MiB, above a rendered seat map, below a password hash) hands them back.
/// Fixing it also fixes the trim threshold, at 128 KiB by default: below a page's buffers, so the
/// allocator would give their memory back after each page and fault it in again for the next; 1 MiB.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_blocks_to_the_system() {
    use std::ffi::c_int;
    unsafe extern "C" {
        fn mallopt(param: c_int, value: c_int) -> c_int;
    }
    const M_TRIM_THRESHOLD: c_int = -1;
    const M_MMAP_THRESHOLD: c_int = -3;
    // SAFETY: glibc's documented tuning calls with valid options and values; they only change settings.
    let set = unsafe { mallopt(M_MMAP_THRESHOLD, 1 << 20) + mallopt(M_TRIM_THRESHOLD, 1 << 20) };
    if set != 2 {
        log::warn!("could not set the allocator's thresholds");
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_blocks_to_the_system() {}

fn session_middleware(key: Key, secure: bool) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_name("cinema_session".into())
        .cookie_secure(secure)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        // Encrypted as well as signed: the cookie's contents are not readable by the browser.
        .cookie_content_security(CookieContentSecurity::Private)
        .session_lifecycle(
            PersistentSession::default().session_ttl(actix_web::cookie::time::Duration::days(14)),
        )
        .build()
}
