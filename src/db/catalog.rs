//! Movies, halls and ticket types: what the repertoire is made of.

use diesel::prelude::*;

use crate::domain::age_rating::AgeRating;
use crate::domain::kinds::SeatKind;
use crate::schema::{halls, movies, ticket_types};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = movies)]
pub struct Movie {
    pub id: i32,
    pub title: String,
    pub description: String,
    pub genre: String,
    pub duration_minutes: i32,
    pub age_rating: String,
    pub release_year: i32,
    /// The language it is shown in, as the back office wrote it (may be empty).
    pub language: String,
    /// Above 0: the version of the movie's poster (see `db::posters`).
    pub poster_version: i32,
}

impl Movie {
    pub fn poster_url(&self) -> Option<String> {
        super::posters::url(self.id, self.poster_version)
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = movies)]
pub struct NewMovie<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub genre: &'a str,
    pub duration_minutes: i32,
    pub age_rating: &'a str,
    pub release_year: i32,
    pub language: &'a str,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = halls)]
pub struct Hall {
    pub id: i32,
    pub name: String,
    /// Moves on with every edit of the hall in the back office.
    pub version: i32,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ticket_types)]
pub struct TicketType {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub price_percent: i32,
    pub is_default: bool,
    /// For people up to this age (a child ticket); `None`: anyone.
    pub max_age: Option<i32>,
    /// A fixed price instead of the share of the base price.
    pub price_cents: Option<i64>,
}

impl TicketType {
    /// What this ticket costs on a seat of `kind` for a showing whose base price is `base_cents`.
    pub fn price_for(&self, base_cents: i64, kind: SeatKind, vip_surcharge_cents: i64) -> i64 {
        match self.price_cents {
            Some(fixed) => crate::domain::money::with_surcharge(fixed, kind, vip_surcharge_cents),
            None => crate::domain::money::ticket_price(
                base_cents,
                self.price_percent,
                kind,
                vip_surcharge_cents,
            ),
        }
    }

    /// True when this type may be sold for a film with `rating`.
    pub fn fits(&self, rating: AgeRating) -> bool {
        rating.allows(self.max_age)
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = ticket_types)]
pub struct NewTicketType<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub price_percent: i32,
    pub is_default: bool,
    pub sort_order: i32,
}

pub fn movie(conn: &mut super::Conn, id: i32) -> QueryResult<Option<Movie>> {
    movies::table
        .find(id)
        .filter(movies::active.eq(true))
        .select(Movie::as_select())
        .first(conn)
        .optional()
}

/// Active ticket types for a film rated `rating`, in the order the cashier and customer see them.
pub fn ticket_types_for(conn: &mut super::Conn, rating: AgeRating) -> QueryResult<Vec<TicketType>> {
    let mut types = ticket_types(conn)?;
    types.retain(|t| t.fits(rating));
    Ok(types)
}

/// Active ticket types in the order the cashier and customer see them.
pub fn ticket_types(conn: &mut super::Conn) -> QueryResult<Vec<TicketType>> {
    ticket_types::table
        .filter(ticket_types::active.eq(true))
        .order((ticket_types::sort_order, ticket_types::id))
        .select(TicketType::as_select())
        .load(conn)
}

/// The type a new hold's seat gets for a film rated `rating`: the default one, or if the default
/// does not fit the film, the first that does. `None` when no active type fits.
pub fn default_ticket_type(
    conn: &mut super::Conn,
    rating: AgeRating,
) -> QueryResult<Option<TicketType>> {
    let types: Vec<TicketType> = ticket_types::table
        .filter(ticket_types::active.eq(true))
        .order((
            ticket_types::is_default.desc(),
            ticket_types::sort_order,
            ticket_types::id,
        ))
        .select(TicketType::as_select())
        .load(conn)?;
    Ok(types.into_iter().find(|t| t.fits(rating)))
}
