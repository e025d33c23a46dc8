//! Who is asking: identity in the signed, encrypted session cookie, checked against the live
//! sessions in the database on every request. Logging out, a password change, going unused for too
//! long or deactivation end a session at its next request, on every app instance.

use crate::i18n::Msg;
use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use chrono::NaiveDateTime;
use futures_util::future::LocalBoxFuture;

use crate::db::{self, layouts::Layouts, settings::Rules, users};
use crate::domain::kinds::Role;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::state::seats_cache::SeatsCache;
use crate::views::{NavUser, PageCtx};

pub use crate::cookie::{
    CSRF, FLASH, SESSION_TOKEN, USER_ID, USER_NAME, USER_ROLE, csrf_token, set_flash,
};

/// How stale a session's "last seen" may get before a request notes it again: one small write a
/// minute per active session, and an idle limit exact to the minute.
const TOUCH_AFTER_SECONDS: i64 = 60;
/// The longest a request waits for that note.
const TOUCH_WAIT: std::time::Duration = std::time::Duration::from_millis(250);

#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// The live session this request belongs to.
    pub session_id: i32,
    /// Logged in with a one-time password: until they choose their own, only the account page
    /// and logging out are open to them.
    pub must_change_password: bool,
}

/// Where a new session comes from, so its owner can tell their sessions apart.
#[derive(Debug, Clone)]
pub struct Origin {
    pub client: String,
    pub user_agent: String,
}

impl Origin {
    pub fn of(req: &HttpRequest) -> Origin {
        let user_agent = req
            .headers()
            .get(actix_web::http::header::USER_AGENT)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .unwrap_or_default()
            .chars()
            .filter(|&c| !c.is_control() && !crate::domain::person_name::hides_or_reorders(c))
            .take(200)
            .collect();
        Origin {
            client: crate::client_addr::client_key(req),
            user_agent,
        }
    }
}

/// The most live sessions one account keeps; logging in once more ends the oldest.
const MOST_SESSIONS: i64 = 20;

/// Starts a session for `user_id` in the caller's write and returns its token, for [`remember`].
/// `replacing`: the session the request came with, which a login or registration ends, so a copy
/// of the old cookie does not live on.
pub fn start(
    c: &mut db::Conn,
    user_id: i32,
    origin: &Origin,
    now: NaiveDateTime,
    replacing: Option<&CurrentUser>,
) -> Result<String, AppError> {
    if let Some(previous) = replacing {
        db::sessions::end(c, previous.id, previous.session_id)?;
    }
    let token = crate::random::token();
    db::sessions::create(
        c,
        &db::sessions::NewSession {
            token: &token,
            user_id,
            created_at: now,
            last_seen_at: now,
            expires_at: now + chrono::Duration::days(db::sessions::LIFETIME_DAYS),
            client: &origin.client,
            user_agent: &origin.user_agent,
        },
    )?;
    db::sessions::keep_newest(c, user_id, MOST_SESSIONS)?;
    Ok(token)
}

/// Puts a user who just proved who they are into the cookie, with their new session's token: a
/// renewed cookie (no fixation) and a new CSRF token.
pub fn remember(session: &Session, user: &users::User, token: &str) -> Result<(), AppError> {
    session.renew();
    session.clear();
    let insert =
        |key: &str, value: String| session.insert(key, value).map_err(AppError::unexpected);
    session
        .insert(USER_ID, user.id)
        .map_err(AppError::unexpected)?;
    insert(USER_NAME, user.name.clone())?;
    insert(USER_ROLE, user.role.to_string())?;
    insert(SESSION_TOKEN, token.to_owned())?;
    insert(CSRF, crate::random::token())
}

/// Ends the request's session in the database and forgets the cookie. The cookie is forgotten
/// even when the database cannot be reached; the error says the session may still be live.
pub async fn log_out(ctx: &Ctx) -> Result<(), AppError> {
    ctx.session.purge();
    if let Some(user) = &ctx.user {
        let (user_id, id) = (user.id, user.session_id);
        ctx.write(move |c, _| Ok(db::sessions::end(c, user_id, id)?))
            .await?;
    }
    Ok(())
}

/// Everything a page handler needs about the request: the session, the user, the rules in force and
/// the CSRF token. Loading it costs one database round trip (settings, and the user when logged in),
/// which a handler can share with its own queries through [`Ctx::load_with`].
pub struct Ctx {
    pub state: web::Data<AppState>,
    pub session: Session,
    pub user: Option<CurrentUser>,
    pub rules: Rules,
    pub csrf: String,
    /// The token as this answer's pages and forms carry it (masked, see `csrf::masked`).
    pub csrf_masked: String,
    pub htmx: bool,
    /// The client takes gzip (pages with a shared part compress it once, see `gzip_parts`).
    pub gzip: bool,
    /// The language of the answer (also in `rules.lang`, which formats prices and days).
    pub lang: Lang,
    path: String,
    /// Where the page's language switcher comes back to (see [`page_address`]).
    page: String,
}

/// The address a page can be asked for again: its own for a GET, else (a form shown again after
/// its POST) the page the form was on, as the browser's `Referer` names it, or the repertoire.
fn page_address(req: &HttpRequest, path: &str) -> String {
    if req.method() == actix_web::http::Method::GET {
        return path.to_owned();
    }
    let referred = req
        .headers()
        .get(actix_web::http::header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|url| url.split_once("://"))
        .and_then(|(_, rest)| rest.find('/').map(|at| &rest[at..]));
    crate::routes::auth::safe_next(referred)
}

/// Notes that a session is in use. The request waits for the note a short while at most (a busy
/// writer does not hold up a page), and a failure costs nothing but the note.
async fn touch(state: &AppState, id: i32) {
    let clock = state.clock.clone();
    let touched = db::run_writing(&state.pool, move |c| {
        db::sessions::touch(c, id, clock.now_naive()).map_err(AppError::from)
    });
    match tokio::time::timeout(TOUCH_WAIT, touched).await {
        Ok(Ok(_)) => {}
        Ok(Err(e)) => log::warn!("noting that session {id} is in use failed: {e}"),
        Err(_) => log::warn!("noting that session {id} is in use took too long"),
    }
}

/// What someone who logged in with a one-time password may open before choosing their own: the
/// account pages (where they choose it) and logging out.
fn open_before_new_password(path: &str) -> bool {
    path == "/account" || path.starts_with("/account/") || path == "/logout"
}

/// Where a context's database work runs.
enum Via {
    /// A pooled connection on the blocking thread pool.
    Pool,
    /// The writer's connection (see [`db::writer`]).
    Writer,
    /// A pooled connection on this thread (see [`db::run_here`]).
    Here,
}

/// What a handler's own query may depend on, known inside the context's database round trip.
pub struct Viewer<'a> {
    /// The signed-in, active user.
    pub user_id: Option<i32>,
    pub rules: &'a Rules,
    /// The hall layouts read so far, for the seat map.
    pub layouts: &'a Layouts,
    /// Seat maps drawn for viewers who hold no seat.
    pub seats_cache: &'a SeatsCache,
    /// The session's CSRF token, as pages embed it.
    pub csrf: &'a str,
    pub now: NaiveDateTime,
}

impl FromRequest for Ctx {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Ctx, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(Ctx::load_with(&req, |_, _| Ok(())).await?.0) })
    }
}

impl Ctx {
    /// Loads the context and runs `query` in the same blocking round trip, so a page costs one hop
    /// to the database thread pool however many queries it needs.
    pub async fn load_with<T, F>(req: &HttpRequest, query: F) -> Result<(Ctx, T), AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut db::Conn, &Viewer<'_>) -> Result<T, AppError> + Send + 'static,
    {
        Ctx::load(req, query, Via::Pool).await
    }

    /// [`Ctx::load_with`] on the worker's own thread, for reads of the hottest page (see
    /// [`db::run_here`]).
    pub async fn load_here<T, F>(req: &HttpRequest, query: F) -> Result<(Ctx, T), AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut db::Conn, &Viewer<'_>) -> Result<T, AppError> + Send + 'static,
    {
        Ctx::load(req, query, Via::Here).await
    }

    /// [`Ctx::load_with`] for a request that writes: `change` runs on the database writer (see
    /// [`db::writer`]), with the context's reads, in one savepoint of the writer's next transaction.
    pub async fn load_writing<T, F>(req: &HttpRequest, change: F) -> Result<(Ctx, T), AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut db::Conn, &Viewer<'_>) -> Result<T, AppError> + Send + 'static,
    {
        Ctx::load(req, change, Via::Writer).await
    }

    async fn load<T, F>(req: &HttpRequest, query: F, via: Via) -> Result<(Ctx, T), AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut db::Conn, &Viewer<'_>) -> Result<T, AppError> + Send + 'static,
    {
        let state = req
            .app_data::<web::Data<AppState>>()
            .cloned()
            .ok_or_else(|| {
                AppError::unexpected(anyhow::anyhow!("application state is not registered"))
            })?;
        let session = req.get_session();
        let uid = session.get::<i32>(USER_ID).ok().flatten();
        let token = session.get::<String>(SESSION_TOKEN).ok().flatten();
        let csrf = csrf_token(&session);
        let hold_override = state.hold_override;
        let clock = state.clock.clone();
        let csrf_in_page = csrf.clone();
        let layouts = state.pool.layouts().clone();
        let seats_cache = state.seats_cache.clone();
        let plain_path = req.path().to_owned();
        let lang = crate::i18n::from_request(req);
        let work = move |c: &mut db::Conn| {
            // Read here, inside the round trip: a write waits its turn on the writer first.
            let now = clock.now_naive();
            let mut rules = db::settings::load(c, hold_override)?;
            rules.lang = lang;
            let user = match (uid, &token) {
                (Some(id), Some(token)) => {
                    db::sessions::identify(c, token, id, now, |role| rules.idle_limit(role))?
                }
                _ => None,
            };
            let viewer = Viewer {
                user_id: user.as_ref().map(|(u, _)| u.id),
                rules: &rules,
                layouts: &layouts,
                seats_cache: &seats_cache,
                csrf: &csrf_in_page,
                now,
            };
            // Before the request's own work, which for a hold is a write in this same job.
            if user.as_ref().is_some_and(|(u, _)| u.password_must_change)
                && !open_before_new_password(&plain_path)
            {
                return Err(AppError::Forbidden(
                    Msg::new("error-own-password-first").into(),
                ));
            }
            let out = query(c, &viewer)?;
            let stale = user.as_ref().and_then(|(_, s)| {
                ((now - s.last_seen_at).num_seconds() >= TOUCH_AFTER_SECONDS).then_some(s.id)
            });
            Ok::<_, AppError>((rules, user, stale, out))
        };
        let (rules, user, stale, out) = match via {
            Via::Pool => db::run(&state.pool, work).await?,
            Via::Writer => db::run_writing(&state.pool, work).await?,
            Via::Here => db::run_here(&state.pool, work).await?,
        };
        if let Some(id) = stale {
            touch(&state, id).await;
        }
        let user = user.map(|(u, s)| CurrentUser {
            id: u.id,
            name: u.name,
            email: u.email,
            role: u.role,
            session_id: s.id,
            must_change_password: u.password_must_change,
        });
        if user.is_none() && uid.is_some() {
            // Logged out elsewhere, unused too long, deactivated or deleted: the identity stops
            // working now.
            for key in [USER_ID, USER_NAME, USER_ROLE, SESSION_TOKEN] {
                session.remove(key);
            }
        }
        state
            .hold_limits
            .adopt_address_quota(rules.holds_per_minute_per_address);
        if state.brand.read().is_ok_and(|b| *b != rules.cinema_name)
            && let Ok(mut brand) = state.brand.write()
        {
            brand.clone_from(&rules.cinema_name);
        }
        let path = match req.query_string() {
            "" => req.path().to_owned(),
            q => format!("{}?{q}", req.path()),
        };
        let ctx = Ctx {
            lang,
            htmx: crate::htmx::is_htmx(req),
            gzip: crate::gzip_parts::accepted(req),
            state,
            session,
            user,
            rules,
            csrf_masked: crate::csrf::masked(&csrf),
            csrf,
            page: page_address(req, &path),
            path,
        };
        Ok((ctx, out))
    }

    /// The signed-in user, or a trip to the login page that comes back to this page.
    pub fn require_user(&self) -> Result<&CurrentUser, AppError> {
        self.require_user_then(&self.path)
    }

    /// The signed-in user, or a trip to the login page that comes back to `next`.
    pub fn require_user_then(&self, next: &str) -> Result<&CurrentUser, AppError> {
        let user = self.user.as_ref().ok_or_else(|| AppError::LoginRequired {
            next: next.to_owned(),
        })?;
        Ok(user)
    }

    pub fn require_staff(&self) -> Result<&CurrentUser, AppError> {
        let user = self.require_user()?;
        if user.role.is_staff() {
            Ok(user)
        } else {
            Err(AppError::Forbidden(Msg::new("error-staff-page").into()))
        }
    }

    pub fn require_admin(&self) -> Result<&CurrentUser, AppError> {
        let user = self.require_user()?;
        if user.role == Role::Admin {
            Ok(user)
        } else {
            Err(AppError::Forbidden(Msg::new("error-admin-page").into()))
        }
    }

    pub fn now(&self) -> chrono::NaiveDateTime {
        self.state.clock.now_naive()
    }

    pub fn pool(&self) -> &db::DbPool {
        &self.state.pool
    }

    /// Runs `f` on a pooled connection (see [`db::run`]).
    pub async fn read<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut db::Conn) -> Result<T, AppError> + Send + 'static,
    {
        db::run(&self.state.pool, f).await
    }

    /// [`Ctx::write`] for a signed-in user's change: the write first checks, inside its own
    /// transaction, that the request's session is still live, so a session ended while the
    /// request waited (logged out elsewhere, a password change) changes nothing. Without one, or
    /// once it has ended, a trip to the login page that comes back to `next`.
    pub async fn write_signed_in<T, F>(&self, next: &str, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut db::Conn, NaiveDateTime, &CurrentUser) -> Result<T, AppError>
            + Send
            + 'static,
    {
        let user = self.require_user_then(next)?.clone();
        let idle = self.rules.idle_limit(user.role);
        let next = next.to_owned();
        self.write(move |c, now| {
            if !db::sessions::still_live(c, user.session_id, user.id, now, idle)? {
                return Err(AppError::LoginRequired { next });
            }
            f(c, now, &user)
        })
        .await
    }

    /// [`Ctx::write_signed_in`] for an administrator's change: inside the write, the session must
    /// still be live and the account still an administrator.
    pub async fn write_as_admin<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut db::Conn, NaiveDateTime, &CurrentUser) -> Result<T, AppError>
            + Send
            + 'static,
    {
        let user = self.require_admin()?.clone();
        let idle = self.rules.idle_limit(user.role);
        let next = self.path.clone();
        self.write(move |c, now| {
            match db::sessions::live_role(c, user.session_id, user.id, now, idle)? {
                None => Err(AppError::LoginRequired { next }),
                Some(Role::Admin) => f(c, now, &user),
                Some(_) => Err(AppError::Forbidden(Msg::new("error-admin-change").into())),
            }
        })
        .await
    }

    /// [`Ctx::write_signed_in`] for a cashier's or an administrator's change: inside the write,
    /// the session must still be live and the account still staff.
    pub async fn write_as_staff<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut db::Conn, NaiveDateTime, &CurrentUser) -> Result<T, AppError>
            + Send
            + 'static,
    {
        let user = self.require_staff()?.clone();
        let idle = self.rules.idle_limit(user.role);
        let next = self.path.clone();
        self.write(move |c, now| {
            match db::sessions::live_role(c, user.session_id, user.id, now, idle)? {
                None => Err(AppError::LoginRequired { next }),
                Some(role) if role.is_staff() => f(c, now, &user),
                Some(_) => Err(AppError::Forbidden(Msg::new("error-staff-only").into())),
            }
        })
        .await
    }

    /// Runs `f` on the database writer (see [`db::run_writing`]) with the time as it is when the
    /// write runs, not when it was queued: a payment that waited must not slip past a hold's end.
    pub async fn write<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut db::Conn, NaiveDateTime) -> Result<T, AppError> + Send + 'static,
    {
        let clock = self.state.clock.clone();
        db::run_writing(&self.state.pool, move |c| f(c, clock.now_naive())).await
    }

    /// What the layout needs; takes the flash message, so it shows once.
    pub fn page(&self) -> PageCtx {
        // Only when there is one: removing marks the session changed, which re-encrypts the cookie and
        // sends it again with every page.
        let flash = if self.session.contains_key(FLASH) {
            self.session.remove_as::<String>(FLASH).and_then(Result::ok)
        } else {
            None
        };
        PageCtx {
            csrf: self.csrf_masked.clone(),
            cinema_name: self.rules.cinema_name.clone(),
            user: self.user.as_ref().map(|u| NavUser {
                name: u.name.clone(),
                role: u.role,
            }),
            flash,
            lang: self.lang,
            path: self.page.clone(),
        }
    }

    /// The message `id` in the request's language.
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }

    /// Leaves `message` for the next page (after a redirect), in the request's language.
    pub fn flash(&self, message: impl Into<crate::i18n::Text>) {
        set_flash(&self.session, self.lang.say(&message.into()));
    }
}
