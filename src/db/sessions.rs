//! Live sessions: started at login, looked up on every request, ended by logging out, by a password
//! change, from the account page, or by going unused for too long.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::domain::kinds::Role;
use crate::schema::{sessions, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sessions)]
pub struct Session {
    pub id: i32,
    pub user_id: i32,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub client: String,
    pub user_agent: String,
}

impl Session {
    /// Inside its lifetime and used within `idle` (which depends on who it belongs to).
    pub fn is_live(&self, now: NaiveDateTime, idle: Duration) -> bool {
        live(self.last_seen_at, self.expires_at, now, idle)
    }
}

/// What every request needs of its session: only the columns that decide whether it lives, so the
/// lookup on the hot path copies no addresses or browser names.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sessions)]
pub struct Lifetime {
    pub id: i32,
    pub last_seen_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

impl Lifetime {
    pub fn is_live(&self, now: NaiveDateTime, idle: Duration) -> bool {
        live(self.last_seen_at, self.expires_at, now, idle)
    }
}

/// The person behind a session, without the password hash.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct Member {
    pub id: i32,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub active: bool,
    /// Logged in with a one-time password: only choosing their own is open to them.
    pub password_must_change: bool,
}

fn live(
    last_seen: NaiveDateTime,
    expires: NaiveDateTime,
    now: NaiveDateTime,
    idle: Duration,
) -> bool {
    now < expires && now < last_seen + idle
}

#[derive(Debug, Insertable)]
#[diesel(table_name = sessions)]
pub struct NewSession<'a> {
    pub token: &'a str,
    pub user_id: i32,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub client: &'a str,
    pub user_agent: &'a str,
}

/// How long a session lasts however active it is: the session cookie's own lifetime.
pub const LIFETIME_DAYS: i64 = 14;

/// Starts a session and returns its id.
pub fn create(conn: &mut super::Conn, new: &NewSession<'_>) -> QueryResult<i32> {
    diesel::insert_into(sessions::table)
        .values(new)
        .returning(sessions::id)
        .get_result(conn)
}

/// The active user and live session a cookie's token and user id name; `None` when the session
/// has ended, run out or gone unused for longer than `idle` allows for the user's role, or the
/// account is deactivated.
pub fn identify(
    conn: &mut super::Conn,
    token: &str,
    user_id: i32,
    now: NaiveDateTime,
    idle: impl Fn(Role) -> Duration,
) -> QueryResult<Option<(Member, Lifetime)>> {
    let found: Option<(Member, Lifetime)> = sessions::table
        .inner_join(users::table)
        .filter(sessions::token.eq(token))
        .filter(sessions::user_id.eq(user_id))
        .select((Member::as_select(), Lifetime::as_select()))
        .first(conn)
        .optional()?;
    Ok(found.filter(|(user, session)| user.active && session.is_live(now, idle(user.role))))
}

/// True while session `id` of `user_id` is live and the account active: checked again inside the
/// write of a signed-in person's change.
pub fn still_live(
    conn: &mut super::Conn,
    id: i32,
    user_id: i32,
    now: NaiveDateTime,
    idle: Duration,
) -> QueryResult<bool> {
    Ok(live_role(conn, id, user_id, now, idle)?.is_some())
}

/// The account's role as it is now, while session `id` of `user_id` is live and the account
/// active: a change only an administrator may make checks it inside its write, so a role taken
/// away while the request waited counts.
pub fn live_role(
    conn: &mut super::Conn,
    id: i32,
    user_id: i32,
    now: NaiveDateTime,
    idle: Duration,
) -> QueryResult<Option<Role>> {
    let found: Option<(Lifetime, bool, Role)> = sessions::table
        .inner_join(users::table)
        .filter(sessions::id.eq(id))
        .filter(sessions::user_id.eq(user_id))
        .select((Lifetime::as_select(), users::active, users::role))
        .first(conn)
        .optional()?;
    Ok(found
        .filter(|(session, active, _)| *active && session.is_live(now, idle))
        .map(|(_, _, role)| role))
}

/// Ends the user's sessions beyond the `keep` most recently started.
pub fn keep_newest(conn: &mut super::Conn, user_id: i32, keep: i64) -> QueryResult<usize> {
    let newest: Vec<i32> = sessions::table
        .filter(sessions::user_id.eq(user_id))
        .order(sessions::id.desc())
        .limit(keep)
        .select(sessions::id)
        .load(conn)?;
    if (newest.len() as i64) < keep {
        return Ok(0);
    }
    diesel::delete(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::id.ne_all(newest)),
    )
    .execute(conn)
}

/// Notes that the session was just used.
pub fn touch(conn: &mut super::Conn, id: i32, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(sessions::table.find(id))
        .set(sessions::last_seen_at.eq(now))
        .execute(conn)
}

/// The user's sessions, most recently used first.
pub fn for_user(conn: &mut super::Conn, user_id: i32) -> QueryResult<Vec<Session>> {
    sessions::table
        .filter(sessions::user_id.eq(user_id))
        .order((sessions::last_seen_at.desc(), sessions::id.desc()))
        .select(Session::as_select())
        .load(conn)
}

/// Ends one of the user's sessions; how many ended (0 or 1).
pub fn end(conn: &mut super::Conn, user_id: i32, id: i32) -> QueryResult<usize> {
    diesel::delete(
        sessions::table
            .filter(sessions::id.eq(id))
            .filter(sessions::user_id.eq(user_id)),
    )
    .execute(conn)
}

/// Ends every session of the user but `keep`; how many ended.
pub fn end_others(conn: &mut super::Conn, user_id: i32, keep: i32) -> QueryResult<usize> {
    diesel::delete(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::id.ne(keep)),
    )
    .execute(conn)
}

/// Ends every session of the user.
pub fn end_all(conn: &mut super::Conn, user_id: i32) -> QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id))).execute(conn)
}

/// Drops sessions that can no longer be used: past their lifetime, or unused for longer than the
/// longest idle limit. Run by the sweeper.
pub fn prune(
    conn: &mut super::Conn,
    now: NaiveDateTime,
    longest_idle: Duration,
) -> QueryResult<usize> {
    diesel::delete(
        sessions::table.filter(
            sessions::expires_at
                .le(now)
                .or(sessions::last_seen_at.le(now - longest_idle)),
        ),
    )
    .execute(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000 + minutes * 60, 0)
            .unwrap()
            .naive_utc()
    }

    fn session(last_seen: i64, expires: i64) -> Session {
        Session {
            id: 1,
            user_id: 1,
            created_at: at(0),
            last_seen_at: at(last_seen),
            expires_at: at(expires),
            client: String::new(),
            user_agent: String::new(),
        }
    }

    #[test]
    fn a_session_lives_while_used_within_its_idle_limit_and_its_lifetime() {
        let idle = Duration::minutes(60);
        assert!(session(0, 1000).is_live(at(59), idle));
        assert!(
            !session(0, 1000).is_live(at(60), idle),
            "idle for the whole limit"
        );
        assert!(session(900, 1000).is_live(at(950), idle));
        assert!(
            !session(990, 1000).is_live(at(1000), idle),
            "past its lifetime"
        );
    }
}
