//! Movies in the back office: the list with search and filter, the form to add or edit one, and
//! archiving and restoring. An edit posts the version it showed; a save that someone else's came
//! before is refused with the conflict page, never written over theirs.

pub mod form;
pub mod poster;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use self::form::{AGE_RATINGS, MovieForm};
use crate::db::movies::{self, Listed, MovieFields, MovieRecord, Saved};
use crate::domain::{age_rating, genres};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::session::Ctx;
use crate::views::{self, FieldErrors, PageCtx};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    status: String,
}

#[derive(Template)]
#[template(path = "admin/movies/list.html")]
struct ListPage {
    ctx: PageCtx,
    lang: Lang,
    q: String,
    archived: bool,
    movies: Vec<MovieRecord>,
}

impl ListPage {
    fn rating(&self, rating: &str) -> String {
        age_rating::in_words(rating, self.lang)
    }

    fn genres(&self, genres: &str) -> String {
        genres::in_words(genres, self.lang)
    }
}

pub async fn list(ctx: Ctx, query: web::Query<ListQuery>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let query = query.into_inner();
    let listed = match query.status.as_str() {
        "" | "active" => Listed::Active,
        "archived" => Listed::Archived,
        _ => {
            return Err(AppError::Validation(
                Msg::new("admin-movies-bad-status").into(),
            ));
        }
    };
    let q: String = query.q.trim().chars().take(200).collect();
    let search = q.clone();
    let found = ctx
        .read(move |c| Ok(movies::list(c, &search, listed)?))
        .await?;
    views::html(&ListPage {
        ctx: ctx.page(),
        lang: ctx.lang,
        q,
        archived: listed == Listed::Archived,
        movies: found,
    })
}

#[derive(Template)]
#[template(path = "admin/movies/form.html")]
struct FormPage {
    ctx: PageCtx,
    /// `None` for a new movie.
    movie: Option<MovieRecord>,
    form: MovieForm,
    errors: FieldErrors,
    ratings: &'static [&'static str],
}

impl FormPage {
    fn rating(&self, rating: &str) -> String {
        age_rating::in_words(rating, self.ctx.lang)
    }

    fn action(&self) -> String {
        match &self.movie {
            Some(m) => format!("/admin/movies/{}", m.id),
            None => "/admin/movies".to_owned(),
        }
    }
}

fn form_page(
    ctx: &Ctx,
    status: StatusCode,
    movie: Option<MovieRecord>,
    form: MovieForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    views::html_status(
        status,
        &FormPage {
            ctx: ctx.page(),
            movie,
            form,
            errors,
            ratings: &AGE_RATINGS,
        },
    )
}

pub async fn new_form(ctx: Ctx) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let form = MovieForm {
        age_rating: "12+".into(),
        ..MovieForm::default()
    };
    form_page(&ctx, StatusCode::OK, None, form, FieldErrors::default())
}

pub async fn create(ctx: Ctx, form: web::Form<MovieForm>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let form = form.into_inner();
    let fields = match form.check() {
        Ok(fields) => fields,
        Err(errors) => {
            return form_page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, None, form, errors);
        }
    };
    let title = fields.title.clone();
    let id = ctx
        .write_as_admin(move |c, now, admin| Ok(movies::create(c, &fields, admin.id, now)?))
        .await?;
    ctx.flash(Msg::new("admin-movie-added").arg("title", title));
    Ok(views::see_other(&format!("/admin/movies/{id}/edit")))
}

async fn load(ctx: &Ctx, raw_id: &str) -> Result<MovieRecord, AppError> {
    let id = crate::routes::parse_id(raw_id)?;
    ctx.read(move |c| movies::find(c, id)?.ok_or_else(|| AppError::not_found("movie")))
        .await
}

pub async fn edit_form(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let movie = load(&ctx, &id).await?;
    let form = MovieForm::of(&movie);
    form_page(
        &ctx,
        StatusCode::OK,
        Some(movie),
        form,
        FieldErrors::default(),
    )
}

/// One field of the conflict page: what the admin posted beside what was saved meanwhile.
struct Difference {
    label: String,
    yours: String,
    saved: String,
}

#[derive(Template)]
#[template(path = "admin/movies/conflict.html")]
struct ConflictPage {
    ctx: PageCtx,
    movie: MovieRecord,
    /// The admin's values, with the saved version, to apply them over what was saved.
    form: MovieForm,
    differences: Vec<Difference>,
}

fn conflict_page(
    ctx: &Ctx,
    saved: MovieRecord,
    yours: &MovieFields,
) -> Result<HttpResponse, AppError> {
    let theirs = MovieForm::of(&saved);
    // Both as they would be saved, so that only real differences show; posting it again applies
    // the admin's values over the saved version.
    let yours = MovieForm::of_fields(yours, saved.version);
    let lang = ctx.lang;
    let rating = |r: &str| age_rating::in_words(r, lang);
    let pairs: [(String, String, String); 8] = [
        (
            lang.t("admin-movie-title"),
            yours.title.clone(),
            theirs.title,
        ),
        (
            lang.t("admin-movie-original-title"),
            yours.original_title.clone(),
            theirs.original_title,
        ),
        (
            lang.t("admin-movie-description"),
            yours.description.clone(),
            theirs.description,
        ),
        (
            lang.t("admin-movie-duration-minutes"),
            yours.duration_min.clone(),
            theirs.duration_min,
        ),
        (
            lang.t("admin-movie-age-rating"),
            rating(&yours.age_rating),
            rating(&theirs.age_rating),
        ),
        (
            lang.t("admin-movie-genres"),
            yours.genres.clone(),
            theirs.genres,
        ),
        (
            lang.t("admin-movie-release-date"),
            yours.release_date.clone(),
            theirs.release_date,
        ),
        (
            lang.t("admin-movie-language"),
            yours.language.clone(),
            theirs.language,
        ),
    ];
    let differences = pairs
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(label, yours, saved)| Difference {
            label,
            yours,
            saved,
        })
        .collect();
    views::html_status(
        StatusCode::CONFLICT,
        &ConflictPage {
            ctx: ctx.page(),
            movie: saved,
            form: yours,
            differences,
        },
    )
}

pub async fn update(
    ctx: Ctx,
    id: web::Path<String>,
    form: web::Form<MovieForm>,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let movie = load(&ctx, &id).await?;
    let form = form.into_inner();
    let Some(version) = form.version() else {
        // Without the version it showed, a save could overwrite someone else's: the form comes
        // back with the input kept and the movie's current version, to be sent again.
        let mut errors = FieldErrors::default();
        errors.add("version", Msg::new("admin-movie-no-version"));
        let form = MovieForm {
            version: movie.version.to_string(),
            ..form
        };
        return form_page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(movie),
            form,
            errors,
        );
    };
    let fields = match form.check() {
        Ok(fields) => fields,
        Err(errors) => {
            return form_page(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(movie),
                form,
                errors,
            );
        }
    };
    let title = fields.title.clone();
    let movie_id = movie.id;
    let posted = fields.clone();
    let saved = ctx
        .write_as_admin(move |c, now, admin| {
            Ok(movies::update(
                c, movie_id, version, &fields, admin.id, now,
            )?)
        })
        .await?;
    match saved {
        Saved::Done => {
            ctx.flash(Msg::new("admin-movie-saved").arg("title", title));
            Ok(views::see_other(&format!("/admin/movies/{movie_id}/edit")))
        }
        Saved::Stale(current) => conflict_page(&ctx, current, &posted),
    }
}

pub async fn archive(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    set_active(ctx, id, false).await
}

pub async fn restore(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    set_active(ctx, id, true).await
}

async fn set_active(
    ctx: Ctx,
    id: web::Path<String>,
    active: bool,
) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let movie = load(&ctx, &id).await?;
    let movie_id = movie.id;
    ctx.write_as_admin(move |c, now, admin| {
        Ok(movies::set_active(c, movie_id, active, admin.id, now)?)
    })
    .await?;
    let message = if active {
        Msg::new("admin-movie-restored")
    } else {
        Msg::new("admin-movie-archived")
    };
    ctx.flash(message.arg("title", movie.title));
    Ok(views::see_other(&format!("/admin/movies/{movie_id}/edit")))
}

pub async fn delete(ctx: Ctx, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let movie = load(&ctx, &id).await?;
    let movie_id = movie.id;
    let title = ctx
        .write_as_admin(move |c, now, admin| Ok(movies::delete(c, movie_id, admin.id, now)?))
        .await?;
    ctx.flash(Msg::new("admin-movie-deleted").arg("title", title));
    Ok(views::see_other("/admin/movies"))
}
