//! Movies as the back office edits them: every field, archived ones too, and every change written
//! to the audit log in the same transaction.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::StoreError;
use super::audit::{self, Change};
use crate::i18n::Msg;
use crate::schema::{movies, showings};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = movies)]
pub struct MovieRecord {
    pub id: i32,
    pub title: String,
    pub original_title: String,
    pub description: String,
    pub genre: String,
    pub duration_minutes: i32,
    pub age_rating: String,
    pub release_year: i32,
    pub release_date: Option<NaiveDate>,
    pub language: String,
    pub active: bool,
    pub version: i32,
    /// Above 0: the version of the movie's poster (see `db::posters`).
    pub poster_version: i32,
}

impl MovieRecord {
    pub fn poster_url(&self) -> Option<String> {
        super::posters::url(self.id, self.poster_version)
    }
}

/// What an administrator sets, already checked (see `routes::admin::movies::form`).
#[derive(Debug, Clone, AsChangeset, Insertable, Serialize)]
#[diesel(treat_none_as_null = true)]
#[diesel(table_name = movies)]
pub struct MovieFields {
    pub title: String,
    pub original_title: String,
    pub description: String,
    pub genre: String,
    pub duration_minutes: i32,
    pub age_rating: String,
    pub release_date: Option<NaiveDate>,
    pub language: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed {
    Active,
    Archived,
}

/// Movies whose title or original title contains `q` (any case), by title.
pub fn list(conn: &mut super::Conn, q: &str, listed: Listed) -> QueryResult<Vec<MovieRecord>> {
    let mut query = movies::table
        .filter(movies::active.eq(listed == Listed::Active))
        .order((movies::title.asc(), movies::id.asc()))
        .select(MovieRecord::as_select())
        .into_boxed();
    let q = q.trim();
    if !q.is_empty() {
        let pattern = format!("%{}%", escape_like(q));
        query = query.filter(
            movies::title
                .like(pattern.clone())
                .escape('\\')
                .or(movies::original_title.like(pattern).escape('\\')),
        );
    }
    query.load(conn)
}

pub fn escape_like(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect()
}

pub fn find(conn: &mut super::Conn, id: i32) -> QueryResult<Option<MovieRecord>> {
    movies::table
        .find(id)
        .select(MovieRecord::as_select())
        .first(conn)
        .optional()
}

/// The year the repertoire prints: the release date's, or the one the movie had.
fn year_of(fields: &MovieFields, fallback: i32) -> i32 {
    fields.release_date.map_or(fallback, |d| d.year())
}

pub fn create(
    conn: &mut super::Conn,
    fields: &MovieFields,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<i32, StoreError> {
    super::write(conn, |c| {
        let id: i32 = diesel::insert_into(movies::table)
            .values((
                fields,
                movies::release_year.eq(year_of(fields, now.year())),
                movies::active.eq(true),
                movies::version.eq(0),
            ))
            .returning(movies::id)
            .get_result(c)?;
        audited(c, now, actor_id, id, "create", None)?;
        Ok(id)
    })
}

/// What an edit came to.
pub enum Saved {
    Done,
    /// Someone saved the movie after the form was shown: nothing was changed; here is what they saved.
    Stale(MovieRecord),
}

/// Saves `fields` over the movie if it is still at `version`.
pub fn update(
    conn: &mut super::Conn,
    id: i32,
    version: i32,
    fields: &MovieFields,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Saved, StoreError> {
    super::write(conn, |c| {
        let before = find(c, id)?.ok_or_else(|| StoreError::not_found("movie"))?;
        let changed = diesel::update(movies::table.find(id).filter(movies::version.eq(version)))
            .set((
                fields,
                movies::release_year.eq(year_of(fields, before.release_year)),
                movies::version.eq(movies::version + 1),
            ))
            .execute(c)?;
        if changed != 1 {
            return Ok(Saved::Stale(before));
        }
        audited(c, now, actor_id, id, "update", Some(&before))?;
        Ok(Saved::Done)
    })
}

/// Archives (`active` false) or restores a movie. Archiving keeps its past showings and bookings;
/// the repertoire stops listing it. A movie with showings still to come is not archived: their
/// customers would hold tickets to a film the cinema no longer lists.
pub fn set_active(
    conn: &mut super::Conn,
    id: i32,
    active: bool,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let before = find(c, id)?.ok_or_else(|| StoreError::not_found("movie"))?;
        if !active {
            let upcoming: i64 = showings::table
                .filter(showings::movie_id.eq(id))
                .filter(showings::ends_at.gt(now))
                .count()
                .get_result(c)?;
            if upcoming > 0 {
                return Err(StoreError::Conflict(
                    Msg::new("admin-movie-has-upcoming")
                        .arg("title", &before.title)
                        .arg("count", upcoming)
                        .into(),
                ));
            }
        }
        let changed = diesel::update(movies::table.find(id).filter(movies::active.eq(!active)))
            .set((
                movies::active.eq(active),
                movies::version.eq(movies::version + 1),
            ))
            .execute(c)?;
        if changed != 1 {
            let refused = if active {
                Msg::new("admin-movie-not-archived")
            } else {
                Msg::new("admin-movie-archived-already")
            };
            return Err(StoreError::Conflict(
                refused.arg("title", &before.title).into(),
            ));
        }
        let action = if active { "restore" } else { "archive" };
        audited(c, now, actor_id, id, action, Some(&before))?;
        Ok(())
    })
}

/// Deletes a movie entered by mistake. One with showings, past or to come, is refused: they and
/// their bookings are the cinema's history, which archiving keeps.
pub fn delete(
    conn: &mut super::Conn,
    id: i32,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<String, StoreError> {
    super::write(conn, |c| {
        let before = find(c, id)?.ok_or_else(|| StoreError::not_found("movie"))?;
        let scheduled = showings::table.filter(showings::movie_id.eq(id));
        let deleted = diesel::delete(
            movies::table
                .find(id)
                .filter(diesel::dsl::not(diesel::dsl::exists(scheduled))),
        )
        .execute(c)?;
        if deleted != 1 {
            let count: i64 = showings::table
                .filter(showings::movie_id.eq(id))
                .count()
                .get_result(c)?;
            return Err(StoreError::Conflict(
                Msg::new("admin-movie-scheduled")
                    .arg("title", &before.title)
                    .arg("count", count)
                    .into(),
            ));
        }
        audit::record(
            c,
            now,
            &Change {
                actor_id,
                entity: "movie",
                entity_id: id,
                action: "delete",
                before: json(&before),
                after: serde_json::Value::Null,
            },
        )?;
        Ok(before.title)
    })
}

/// Writes the audit entry for a change to movie `id`, with the movie as it is now.
fn audited(
    c: &mut super::Conn,
    now: NaiveDateTime,
    actor_id: i32,
    id: i32,
    action: &str,
    before: Option<&MovieRecord>,
) -> Result<(), StoreError> {
    let after = find(c, id)?.ok_or_else(|| StoreError::not_found("movie"))?;
    audit::record(
        c,
        now,
        &Change {
            actor_id,
            entity: "movie",
            entity_id: id,
            action,
            before: before.map_or(serde_json::Value::Null, json),
            after: json(&after),
        },
    )?;
    Ok(())
}

fn json(record: &MovieRecord) -> serde_json::Value {
    serde_json::to_value(record).unwrap_or(serde_json::Value::Null)
}
