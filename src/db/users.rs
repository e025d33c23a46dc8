//! Accounts.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::kinds::Role;
use crate::schema::users;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: i32,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub role: Role,
    pub active: bool,
    /// Created by an administrator with a one-time password, not yet replaced.
    pub password_must_change: bool,
    /// When that one-time password was issued.
    pub password_issued_at: Option<NaiveDateTime>,
}

/// How long a one-time password works for.
pub const ONE_TIME_PASSWORD_HOURS: i64 = 72;

impl User {
    /// True when the account's password is a one-time password that has run out.
    pub fn one_time_password_expired(&self, now: NaiveDateTime) -> bool {
        self.password_must_change
            && self
                .password_issued_at
                .is_none_or(|at| now >= at + chrono::Duration::hours(ONE_TIME_PASSWORD_HOURS))
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub created_at: NaiveDateTime,
}

pub fn find(conn: &mut super::Conn, id: i32) -> QueryResult<Option<User>> {
    users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// `email` must already be normalised (see `domain::email`).
pub fn find_by_email(conn: &mut super::Conn, email: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// Inserts a user and returns the id; `None` (and nothing inserted) when the e-mail is taken.
pub fn insert(conn: &mut super::Conn, user: &NewUser<'_>) -> QueryResult<Option<i32>> {
    diesel::insert_into(users::table)
        .values(user)
        .on_conflict_do_nothing()
        .returning(users::id)
        .get_result(conn)
        .optional()
}

/// Replaces the password hash, if it is still `old`; false (and nothing changed) when it is not.
pub fn set_password(conn: &mut super::Conn, id: i32, old: &str, new: &str) -> QueryResult<bool> {
    let changed = diesel::update(users::table.find(id).filter(users::password_hash.eq(old)))
        .set((
            users::password_hash.eq(new),
            users::password_must_change.eq(false),
            users::version.eq(users::version + 1),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

pub fn count(conn: &mut super::Conn) -> QueryResult<i64> {
    users::table.count().get_result(conn)
}
