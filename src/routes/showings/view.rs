//! What the seat map shows, as its templates draw it: each seat with its state for this viewer, the
//! row labels, and the viewer's basket.

use std::sync::{Arc, LazyLock};

use chrono::NaiveDateTime;

use crate::db::bookings::{Booking, Item};
use crate::db::seat_map::{Availability, SeatCell};
use crate::db::settings::Rules;
use crate::domain::kinds::SeatKind;
use crate::i18n::Lang;
use crate::session::Ctx;
use crate::views;

/// How often an open seat map asks for changes, in seconds.
pub const POLL_SECONDS: u32 = 3;

/// The words of a seat's label for screen readers ("Row F, seat 12, VIP seat, free"), put into
/// each language once from its messages: a drawing of 250 seats formats none of them again.
pub struct SeatWords {
    /// For the grid's other words, formatted as drawn.
    pub lang: Lang,
    pub row: &'static str,
    pub seat: &'static str,
    kinds: [&'static str; 4],
    states: [&'static str; 6],
}

impl SeatWords {
    pub fn of(lang: Lang) -> &'static SeatWords {
        static WORDS: LazyLock<Vec<SeatWords>> = LazyLock::new(|| {
            Lang::ALL
                .iter()
                .map(|&lang| {
                    let word =
                        |id: &str| -> &'static str { Box::leak(lang.t(id).into_boxed_str()) };
                    let kind = |id: &str| -> &'static str {
                        Box::leak(format!("{}, ", lang.t(id)).into_boxed_str())
                    };
                    SeatWords {
                        lang,
                        row: word("seat-label-row"),
                        seat: word("seat-label-seat"),
                        kinds: [
                            "",
                            kind("kind-vip"),
                            kind("kind-wheelchair"),
                            kind("kind-companion"),
                        ],
                        states: [
                            word("state-free"),
                            word("state-held"),
                            word("state-mine"),
                            word("state-sold"),
                            word("state-bought"),
                            word("state-blocked"),
                        ],
                    }
                })
                .collect()
        });
        &WORDS[lang as usize]
    }

    fn kind(&self, kind: SeatKind) -> &'static str {
        self.kinds[match kind {
            SeatKind::Standard => 0,
            SeatKind::Vip => 1,
            SeatKind::Wheelchair => 2,
            SeatKind::Companion => 3,
        }]
    }

    fn state(&self, availability: Availability) -> &'static str {
        self.states[match availability {
            Availability::Free => 0,
            Availability::Held => 1,
            Availability::Mine => 2,
            Availability::Sold => 3,
            Availability::Bought => 4,
            Availability::Blocked => 5,
        }]
    }
}

/// One seat as the grid draws it; borrows from the row it was read from, so drawing 250 seats
/// allocates nothing per seat.
pub struct SeatView<'a> {
    pub id: i32,
    pub row: &'a str,
    pub number: i32,
    pub kind: &'static str,
    /// "VIP seat, " for the aria label; empty for a standard seat.
    pub kind_words: &'static str,
    pub state: &'static str,
    pub state_words: &'static str,
    /// Sold to the viewer (`data-mine` beside `data-state="sold"`).
    pub mine: bool,
    pub action: &'static str,
    pub grid_row: i32,
    pub grid_col: i32,
}

pub struct RowLabel<'a> {
    pub label: &'a str,
    pub grid_row: i32,
}

pub struct Grid<'a> {
    pub showing_id: i32,
    /// "/showings/7/seats/": each seat's address starts with it.
    pub seat_path: String,
    pub csrf: &'a str,
    pub columns: i32,
    pub seats: Vec<SeatView<'a>>,
    pub rows: Vec<RowLabel<'a>>,
    pub free: usize,
    pub message: Option<String>,
    /// The seats already drawn (see `seats_cache`); drawn from `seats` and `rows` when `None`.
    pub seats_html: Option<Arc<str>>,
    /// Always false in the grid: the message slot is swapped out of band only when sent alone.
    pub message_oob: bool,
    pub poll_seconds: u32,
    pub words: &'static SeatWords,
    /// The validator a poll of this grid would get; the script skips a swap that would change nothing.
    pub etag: Option<String>,
}

pub struct BasketItem {
    pub label: String,
    pub kind: String,
    pub price: String,
    /// What a customer should know about a seat of this kind, if anything.
    pub note: Option<String>,
}

/// A word for whoever takes a wheelchair space or a companion seat.
fn kind_note(kind: SeatKind, lang: Lang) -> Option<String> {
    match kind {
        SeatKind::Wheelchair => Some(lang.t("note-wheelchair")),
        SeatKind::Companion => Some(lang.t("note-companion")),
        SeatKind::Standard | SeatKind::Vip => None,
    }
}

pub struct Basket {
    pub showing_id: i32,
    pub logged_in: bool,
    pub code: Option<String>,
    pub items: Vec<BasketItem>,
    pub total: String,
    pub expires_iso: String,
    pub expires_clock: String,
    pub expires_in: String,
    pub max_seats: i64,
    pub oob: bool,
    pub lang: Lang,
}

/// One seat as `availability` shows it.
pub fn seat_view<'a>(
    cell: &'a SeatCell,
    availability: Availability,
    words: &SeatWords,
) -> SeatView<'a> {
    SeatView {
        id: cell.seat.seat_id,
        row: &cell.seat.row_label,
        number: cell.seat.number,
        kind: cell.seat.kind.as_str(),
        kind_words: words.kind(cell.seat.kind),
        state: availability.as_str(),
        state_words: words.state(availability),
        mine: availability == Availability::Bought,
        action: if availability == Availability::Mine {
            "release"
        } else {
            "hold"
        },
        // Column 1 (and the last) hold the row labels.
        grid_row: cell.seat.grid_row,
        grid_col: cell.seat.grid_col + 1,
    }
}

/// The address each seat's own address starts with.
pub fn seat_path(showing_id: i32) -> String {
    format!("/showings/{showing_id}/seats/")
}

/// The grid as `ctx`'s viewer sees it at `now`.
pub fn grid<'a>(
    ctx: &'a Ctx,
    showing_id: i32,
    cells: &'a [SeatCell],
    now: NaiveDateTime,
    message: Option<String>,
) -> Grid<'a> {
    let viewer = ctx.user.as_ref().map(|u| u.id);
    grid_for(ctx, showing_id, cells, viewer, now, message)
}

/// The grid as the holder `viewer` (an account, or a counter sale) sees it at `now`.
pub fn grid_for<'a>(
    ctx: &'a Ctx,
    showing_id: i32,
    cells: &'a [SeatCell],
    viewer: Option<i32>,
    now: NaiveDateTime,
    message: Option<String>,
) -> Grid<'a> {
    let mut rows: Vec<RowLabel> = Vec::new();
    let mut free = 0;
    let mut columns = 0;
    let words = SeatWords::of(ctx.lang);
    let seats = cells
        .iter()
        .map(|cell| {
            let availability = cell.availability(viewer, now);
            if availability == Availability::Free {
                free += 1;
            }
            if rows.last().is_none_or(|r| r.grid_row != cell.seat.grid_row) {
                rows.push(RowLabel {
                    label: &cell.seat.row_label,
                    grid_row: cell.seat.grid_row,
                });
            }
            columns = columns.max(cell.seat.grid_col);
            seat_view(cell, availability, words)
        })
        .collect();
    Grid {
        showing_id,
        seat_path: seat_path(showing_id),
        csrf: &ctx.csrf_masked,
        columns: columns + 2,
        seats,
        rows,
        free,
        message,
        seats_html: None,
        message_oob: false,
        poll_seconds: POLL_SECONDS,
        words,
        etag: None,
    }
}

/// A hall's plan drawn as customers see its seat map, every seat free or blocked: the layout
/// editor's preview and the blocked-seats page. Seats are numbered in map order for their ids.
pub fn plan_grid<'a>(
    seats: &'a [crate::domain::layout::LayoutSeat],
    blocked: &dyn Fn(&str, i32) -> bool,
    lang: Lang,
) -> Grid<'a> {
    let words = SeatWords::of(lang);
    let mut rows: Vec<RowLabel> = Vec::new();
    let mut columns = 0;
    let mut free = 0;
    let views = seats
        .iter()
        .enumerate()
        .map(|(i, seat)| {
            if rows.last().is_none_or(|r| r.grid_row != seat.grid_row) {
                rows.push(RowLabel {
                    label: &seat.row_label,
                    grid_row: seat.grid_row,
                });
            }
            columns = columns.max(seat.grid_col);
            let is_blocked = blocked(&seat.row_label, seat.number);
            if !is_blocked {
                free += 1;
            }
            SeatView {
                id: i as i32 + 1,
                row: &seat.row_label,
                number: seat.number,
                kind: seat.kind.as_str(),
                kind_words: words.kind(seat.kind),
                state: if is_blocked { "blocked" } else { "free" },
                state_words: words.state(if is_blocked {
                    Availability::Blocked
                } else {
                    Availability::Free
                }),
                mine: false,
                action: "hold",
                grid_row: seat.grid_row,
                grid_col: seat.grid_col + 1,
            }
        })
        .collect();
    Grid {
        showing_id: 0,
        seat_path: String::new(),
        csrf: "",
        columns: columns + 2,
        seats: views,
        rows,
        free,
        message: None,
        seats_html: None,
        message_oob: false,
        poll_seconds: POLL_SECONDS,
        words,
        etag: None,
    }
}

/// The viewer's open basket for the showing, or an empty one (with a log-in prompt when anonymous).
pub fn basket_view(
    ctx: &Ctx,
    showing_id: i32,
    found: Option<(Booking, Vec<Item>)>,
    now: NaiveDateTime,
    oob: bool,
) -> Basket {
    let mut basket = Basket {
        showing_id,
        logged_in: ctx.user.is_some(),
        code: None,
        items: Vec::new(),
        total: ctx.rules.money(0),
        expires_iso: String::new(),
        expires_clock: String::new(),
        expires_in: String::new(),
        max_seats: ctx.rules.max_seats,
        oob,
        lang: ctx.lang,
    };
    if ctx.user.is_some()
        && let Some((booking, items)) = found
    {
        fill_basket(&mut basket, &ctx.rules, &booking, items);
        basket.expires_in = views::countdown(booking.expires_at, now);
    }
    basket
}

fn fill_basket(basket: &mut Basket, rules: &Rules, booking: &Booking, items: Vec<Item>) {
    let expires = booking.expires_at;
    basket.code = Some(booking.code.clone());
    basket.total = rules.money(booking.total_cents);
    basket.expires_iso = expires
        .and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    basket.expires_clock = rules.show_clock(expires);
    basket.items = items
        .into_iter()
        .map(|i| BasketItem {
            label: i.label(),
            kind: i.kind.label(rules.lang),
            note: kind_note(i.kind, rules.lang),
            price: rules.money(i.price_cents),
        })
        .collect();
}
