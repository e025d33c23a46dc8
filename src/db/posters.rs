//! Posters in the database beside their movies (a few hundred kilobytes each, so that every app
//! instance serves every poster without shared files), and the version that makes their URLs.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;

use super::StoreError;
use super::audit::{self, Change};
use crate::domain::poster::Poster;
use crate::i18n::Msg;
use crate::schema::{movies, posters};

diesel::define_sql_function! {
    /// SQL's `abs`, on both databases.
    fn abs(x: diesel::sql_types::Integer) -> diesel::sql_types::Integer;
}

/// Stores `poster` as the movie's new one and moves its version on; returns the version.
pub fn save(
    conn: &mut super::Conn,
    movie_id: i32,
    poster: &Poster,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<i32, StoreError> {
    super::write(conn, |c| {
        let before: i32 = movies::table
            .find(movie_id)
            .select(movies::poster_version)
            .first(c)
            .optional()?
            .ok_or_else(|| StoreError::not_found("movie"))?;
        // Past every version this movie's posters had, removed ones included (see the migration),
        // computed by the update itself, so two uploads at once get two versions.
        let version: i32 = diesel::update(movies::table.find(movie_id))
            .set(movies::poster_version.eq(abs(movies::poster_version) + 1))
            .returning(movies::poster_version)
            .get_result(c)?;
        diesel::delete(posters::table.find(movie_id)).execute(c)?;
        diesel::insert_into(posters::table)
            .values((
                posters::movie_id.eq(movie_id),
                posters::version.eq(version),
                posters::width.eq(poster.width as i32),
                posters::height.eq(poster.height as i32),
                posters::bytes.eq(&poster.jpeg),
                posters::uploaded_at.eq(now),
            ))
            .execute(c)?;
        audit::record(
            c,
            now,
            &Change {
                actor_id,
                entity: "movie",
                entity_id: movie_id,
                action: "poster",
                before: json!({ "poster_version": before }),
                after: json!({
                    "poster_version": version,
                    "width": poster.width,
                    "height": poster.height,
                    "bytes": poster.jpeg.len(),
                }),
            },
        )?;
        Ok(version)
    })
}

/// Takes the movie's poster away; pages draw the placeholder again.
pub fn remove(
    conn: &mut super::Conn,
    movie_id: i32,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    super::write(conn, |c| {
        let removed = diesel::update(
            movies::table
                .find(movie_id)
                .filter(movies::poster_version.gt(0)),
        )
        .set(movies::poster_version.eq(movies::poster_version * -1))
        .execute(c)?;
        if removed != 1 {
            return Err(StoreError::Conflict(Msg::new("admin-poster-none").into()));
        }
        diesel::delete(posters::table.find(movie_id)).execute(c)?;
        audit::record(
            c,
            now,
            &Change {
                actor_id,
                entity: "movie",
                entity_id: movie_id,
                action: "poster removed",
                before: json!({ "poster": true }),
                after: json!({ "poster": false }),
            },
        )?;
        Ok(())
    })
}

/// The poster's JPEG when `version` is the one stored.
pub fn bytes(conn: &mut super::Conn, movie_id: i32, version: i32) -> QueryResult<Option<Vec<u8>>> {
    posters::table
        .find(movie_id)
        .filter(posters::version.eq(version))
        .select(posters::bytes)
        .first(conn)
        .optional()
}

/// The address of a movie's poster, when it has one.
pub fn url(movie_id: i32, version: i32) -> Option<String> {
    (version > 0).then(|| format!("/posters/{movie_id}/{version}.jpg"))
}
