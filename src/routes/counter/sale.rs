//! The sale screen of one showing: seats taken by typing labels or a count (the best available
//! block) or by clicking the seat map; ticket types; the payment form.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::bookings::Booking;
use crate::db::counter::{self, Taken};
use crate::db::seat_map::{self, SeatCell};
use crate::db::{self, showings::ShowingDetail};
use crate::domain::best_seats::{self, Relaxed};
use crate::domain::booking_code;
use crate::error::AppError;
use crate::i18n::{Msg, Text};
use crate::routes::showings::view::{self, Grid};
use crate::session::Ctx;
use crate::views::{self, PageCtx};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SaleQuery {
    sale: String,
}

pub struct SaleItem {
    pub seat_id: i32,
    pub label: String,
    pub kind: String,
    pub ticket_type_id: i32,
    pub price: String,
}

pub struct TypeKey {
    pub id: i32,
    /// The number key that picks it.
    pub key: usize,
    pub name: String,
}

pub struct SaleView {
    pub code: String,
    pub version: i32,
    pub items: Vec<SaleItem>,
    pub total: String,
    pub expires_clock: String,
    pub web: bool,
}

/// What the cashier typed, kept when it is refused.
#[derive(Default)]
pub struct Typed {
    pub seats: String,
    pub seats_error: Option<String>,
    /// Blocked seats the cashier is asked to confirm.
    pub confirm: Vec<String>,
    pub pay: super::pay::PayInput,
}

#[derive(Template)]
#[template(path = "counter/sale.html")]
pub struct SalePage<'a> {
    ctx: PageCtx,
    showing_id: i32,
    title: String,
    when: String,
    hall: String,
    rating: String,
    grid: Grid<'a>,
    sale: Option<SaleView>,
    types: Vec<TypeKey>,
    typed: Typed,
    message: Option<String>,
    shift_open: bool,
}

/// Everything the sale screen shows, read in one round trip.
struct Loaded {
    detail: ShowingDetail,
    cells: Vec<SeatCell>,
    sale: Option<(Booking, Vec<db::bookings::Item>)>,
    types: Vec<db::catalog::TicketType>,
    shift_open: bool,
}

async fn load(ctx: &Ctx, showing_id: i32, sale_code: Option<String>) -> Result<Loaded, AppError> {
    let staff = ctx.require_staff()?.clone();
    let layouts = ctx.pool().layouts().clone();
    let now = ctx.now();
    ctx.read(move |c| {
        let detail =
            db::showings::find(c, showing_id)?.ok_or_else(|| AppError::not_found("showing"))?;
        let cells = db::seat_map::load_by_booking(c, &layouts, showing_id)?;
        let sale = match sale_code {
            Some(code) => db::bookings::find_by_code(c, &code)?
                .filter(|b| b.showing_id == showing_id && b.is_open(now))
                .map(|b| {
                    let items = db::bookings::items(c, &b)?;
                    Ok::<_, AppError>((b, items))
                })
                .transpose()?,
            None => None,
        };
        let rating = crate::domain::age_rating::AgeRating::parse(&detail.movie.age_rating);
        let types = db::catalog::ticket_types_for(c, rating)?;
        let shift_open = db::shifts::open_of(c, staff.id)?.is_some();
        Ok(Loaded {
            detail,
            cells,
            sale,
            types,
            shift_open,
        })
    })
    .await
}

fn render(
    ctx: &Ctx,
    loaded: &Loaded,
    status: StatusCode,
    typed: Typed,
    message: Option<String>,
) -> Result<HttpResponse, AppError> {
    let now = ctx.now();
    let d = &loaded.detail;
    let viewer = loaded.sale.as_ref().map(|(b, _)| b.id);
    let mut grid = view::grid_for(ctx, d.showing.id, &loaded.cells, viewer, now, None);
    grid.seat_path = format!("/counter/showings/{}/seats/", d.showing.id);
    let sale = loaded.sale.as_ref().map(|(b, items)| SaleView {
        code: b.code.clone(),
        version: b.version,
        items: items
            .iter()
            .map(|i| SaleItem {
                seat_id: i.seat_id,
                label: i.label(),
                kind: i.kind.label(ctx.lang),
                ticket_type_id: i.ticket_type_id,
                price: ctx.rules.money(i.price_cents),
            })
            .collect(),
        total: ctx.rules.money(b.total_cents),
        expires_clock: ctx.rules.show_clock(b.expires_at),
        web: b.channel == crate::domain::kinds::Channel::Web,
    });
    let page = SalePage {
        ctx: ctx.page(),
        showing_id: d.showing.id,
        title: d.movie.title.clone(),
        when: ctx.rules.show_time(d.showing.starts_at),
        hall: d.hall.name.clone(),
        rating: d.movie.age_rating.clone(),
        grid,
        sale,
        types: loaded
            .types
            .iter()
            .enumerate()
            .map(|(i, t)| TypeKey {
                id: t.id,
                key: i + 1,
                name: t.name.clone(),
            })
            .collect(),
        typed,
        message,
        shift_open: loaded.shift_open,
    };
    views::html_status(status, &page)
}

pub async fn show(
    ctx: Ctx,
    path: web::Path<String>,
    query: web::Query<SaleQuery>,
) -> Result<HttpResponse, AppError> {
    let showing_id = crate::routes::parse_id(&path)?;
    let code = booking_code::parse(&query.sale);
    let loaded = load(&ctx, showing_id, code).await?;
    render(&ctx, &loaded, StatusCode::OK, Typed::default(), None)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SeatsForm {
    seats: String,
    sale: String,
    /// Set when the cashier confirmed selling the blocked seats named.
    confirm: String,
    accessible: Option<String>,
}

/// What the seats field asked for.
enum Wanted {
    Count(usize),
    Labels(Vec<(String, i32)>),
}

fn parse_wanted(text: &str) -> Result<Wanted, Msg> {
    let text = text.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        let n: usize = text.parse().unwrap_or(usize::MAX);
        if n == 0 {
            return Err(Msg::new("counter-seats-zero"));
        }
        if n > counter::MOST_SEATS {
            return Err(Msg::new("counter-seats-too-many")
                .arg("most", counter::MOST_SEATS)
                .arg("text", text));
        }
        return Ok(Wanted::Count(n));
    }
    let labels = crate::domain::seat_labels::parse(text)?;
    if labels.len() > counter::MOST_SEATS {
        return Err(Msg::new("counter-seats-too-many-named")
            .arg("most", counter::MOST_SEATS)
            .arg("count", labels.len()));
    }
    Ok(Wanted::Labels(labels))
}

/// The seat ids the cashier asked for, from the showing's seats as the sale sees them.
fn resolve(
    wanted: &Wanted,
    cells: &[SeatCell],
    sale: Option<i32>,
    accessible: bool,
    now: chrono::NaiveDateTime,
) -> Result<(Vec<i32>, Option<Relaxed>), Msg> {
    match wanted {
        Wanted::Labels(labels) => {
            let mut ids = Vec::new();
            let mut unknown = Vec::new();
            for (row, number) in labels {
                match cells
                    .iter()
                    .find(|c| *c.seat.row_label == **row && c.seat.number == *number)
                {
                    Some(cell) => ids.push(cell.seat.seat_id),
                    None => unknown.push(format!("{row}{number}")),
                }
            }
            if !unknown.is_empty() {
                let rows: Vec<&str> = {
                    let mut r: Vec<&str> = cells.iter().map(|c| &*c.seat.row_label).collect();
                    r.dedup();
                    r
                };
                let refusal = match (rows.first(), rows.last()) {
                    (Some(first), Some(last)) => Msg::new("counter-no-such-seats")
                        .arg("first", *first)
                        .arg("last", *last),
                    _ => Msg::new("counter-no-such-seats-no-rows"),
                };
                return Err(refusal
                    .arg("seats", unknown.join(", "))
                    .arg("count", unknown.len()));
            }
            Ok((ids, None))
        }
        Wanted::Count(n) => {
            let places = seat_map::places(cells, sale, now);
            let pick = best_seats::best(&places, *n, accessible)
                .ok_or_else(|| Msg::new("counter-no-block").arg("count", *n))?;
            Ok((pick.seats, Some(pick.relaxed)))
        }
    }
}

pub async fn take(
    ctx: Ctx,
    path: web::Path<String>,
    form: web::Form<SeatsForm>,
) -> Result<HttpResponse, AppError> {
    let showing_id = crate::routes::parse_id(&path)?;
    let form = form.into_inner();
    let wanted = parse_wanted(&form.seats);
    take_seats(
        ctx,
        showing_id,
        &form.sale,
        wanted,
        form.seats.trim().to_owned(),
        !form.confirm.is_empty(),
        form.accessible.is_some(),
    )
    .await
}

/// A click on the seat map: holds the seat into the sale, or lets it go.
pub async fn click(
    ctx: Ctx,
    path: web::Path<(String, String, String)>,
    form: web::Form<SeatsForm>,
) -> Result<HttpResponse, AppError> {
    let showing_id = crate::routes::parse_id(&path.0)?;
    let seat_id = crate::routes::parse_id(&path.1)?;
    let form = form.into_inner();
    match path.2.as_str() {
        "hold" => {
            let loaded = load(&ctx, showing_id, None).await?;
            let label = loaded
                .cells
                .iter()
                .find(|c| c.seat.seat_id == seat_id)
                .map(|c| (c.seat.row_label.to_string(), c.seat.number))
                .ok_or_else(|| AppError::not_found("seat"))?;
            let text = format!("{}{}", label.0, label.1);
            take_seats(
                ctx,
                showing_id,
                &form.sale,
                Ok(Wanted::Labels(vec![label])),
                text,
                !form.confirm.is_empty(),
                false,
            )
            .await
        }
        "release" => {
            let code =
                booking_code::parse(&form.sale).ok_or_else(|| AppError::not_found("sale"))?;
            let sale = super::load_booking(&ctx, &code).await?;
            let sale_id = sale.id;
            ctx.write_as_staff(move |c, now, staff| {
                Ok(counter::release_seat(c, staff.id, sale_id, seat_id, now)?)
            })
            .await?;
            Ok(views::see_other(&sale_url(showing_id, &code)))
        }
        _ => Err(AppError::NotFound(
            crate::i18n::Msg::new("error-no-page").into(),
        )),
    }
}

pub fn sale_url(showing_id: i32, code: &str) -> String {
    format!("/counter/showings/{showing_id}?sale={code}")
}

async fn take_seats(
    ctx: Ctx,
    showing_id: i32,
    sale_code: &str,
    wanted: Result<Wanted, Msg>,
    typed_text: String,
    confirmed: bool,
    accessible: bool,
) -> Result<HttpResponse, AppError> {
    let code = booking_code::parse(sale_code);
    let loaded = load(&ctx, showing_id, code.clone()).await?;
    let sale_id = loaded.sale.as_ref().map(|(b, _)| b.id);
    let refuse = |loaded: &Loaded, status, error: Text, confirm: Vec<String>| {
        render(
            &ctx,
            loaded,
            status,
            Typed {
                seats: typed_text.clone(),
                seats_error: Some(ctx.lang.say(&error)),
                confirm,
                ..Typed::default()
            },
            None,
        )
    };
    let wanted = match wanted {
        Ok(w) => w,
        Err(e) => {
            return refuse(
                &loaded,
                StatusCode::UNPROCESSABLE_ENTITY,
                e.into(),
                Vec::new(),
            );
        }
    };
    let (ids, relaxed) = match resolve(&wanted, &loaded.cells, sale_id, accessible, ctx.now()) {
        Ok(found) => found,
        Err(e) => {
            let status = match wanted {
                Wanted::Count(_) => StatusCode::CONFLICT,
                Wanted::Labels(_) => StatusCode::UNPROCESSABLE_ENTITY,
            };
            return refuse(&loaded, status, e.into(), Vec::new());
        }
    };
    let rules = ctx.rules.clone();
    let result = ctx
        .write_as_staff(move |c, now, staff| {
            Ok(counter::take_seats(
                c, staff.id, showing_id, sale_id, &ids, confirmed, now, &rules,
            )?)
        })
        .await;
    match result {
        Ok(Taken::Held(sale)) => {
            if let Some(how) = relaxed.filter(|r| *r != Relaxed::No) {
                ctx.flash(match how {
                    Relaxed::LoneSeat => Msg::new("counter-held-lone-seat"),
                    _ => Msg::new("counter-held-two-rows"),
                });
            }
            Ok(views::see_other(&sale_url(showing_id, &sale.code)))
        }
        Ok(Taken::Confirm(blocked)) => {
            let message = Msg::new("counter-confirm-blocked")
                .arg("seats", blocked.join(", "))
                .arg("count", blocked.len());
            refuse(&loaded, StatusCode::CONFLICT, message.into(), blocked)
        }
        Err(AppError::Conflict(message)) | Err(AppError::Validation(message)) => {
            let loaded = load(&ctx, showing_id, code).await?;
            refuse(&loaded, StatusCode::CONFLICT, message, Vec::new())
        }
        Err(other) => Err(other),
    }
}

/// Ticket types, as online: a `type_{seat_id}` field per seat.
pub async fn tickets(
    ctx: Ctx,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let sale = super::load_booking(&ctx, &path).await?;
    let choices: Vec<(i32, db::checkout::TicketChoice)> = form
        .iter()
        .filter_map(|(name, value)| {
            let seat = name.strip_prefix("type_")?.parse().ok()?;
            Some((seat, db::checkout::TicketChoice::parse(value)))
        })
        .collect();
    let (sale_id, showing_id, code) = (sale.id, sale.showing_id, sale.code.clone());
    let rules = ctx.rules.clone();
    let result = ctx
        .write_as_staff(move |c, now, staff| {
            counter::payable(c, sale_id, staff.id, now)?;
            Ok(db::checkout::set_ticket_types(
                c, sale_id, &choices, now, &rules,
            )?)
        })
        .await;
    match result {
        Ok(()) => Ok(views::see_other(&sale_url(showing_id, &code))),
        Err(AppError::Conflict(m)) | Err(AppError::Validation(m)) => {
            let loaded = load(&ctx, showing_id, Some(code)).await?;
            render(
                &ctx,
                &loaded,
                StatusCode::CONFLICT,
                Typed::default(),
                Some(ctx.lang.say(&m)),
            )
        }
        Err(other) => Err(other),
    }
}

/// The sale screen answering a refused payment, with the form as it was.
pub async fn refused_payment(
    ctx: &Ctx,
    sale: &Booking,
    status: StatusCode,
    message: String,
    pay: super::pay::PayInput,
) -> Result<HttpResponse, AppError> {
    let loaded = load(ctx, sale.showing_id, Some(sale.code.clone())).await?;
    render(
        ctx,
        &loaded,
        status,
        Typed {
            pay,
            ..Typed::default()
        },
        Some(message),
    )
}
