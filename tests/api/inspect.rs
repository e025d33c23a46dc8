//! What the database says: read-only look-ups the tests make after acting over HTTP, and the seat
//! invariant checked over the whole database.

use chrono::NaiveDateTime;
use cinema::db::bookings::Booking;
use cinema::domain::kinds::{PaymentKind, PaymentStatus, SeatKind, SeatState};
use diesel::prelude::*;

use crate::helpers::TestApp;

impl TestApp {
    /// The showing's seats of one kind ("standard", "vip", …), in map order.
    pub fn seats_of_kind(&self, showing_id: i32, kind: &str) -> Vec<i32> {
        let kind: SeatKind = kind.parse().expect("a seat kind");
        self.db(|c| crate::lookups::seats_of_kind(c, showing_id, kind))
    }

    /// A seat's label as the map shows it, e.g. "F12".
    pub fn seat_label(&self, seat_id: i32) -> String {
        self.db(|c| crate::lookups::seat_label(c, seat_id))
    }

    /// The first showing at least `hours` from now of a film with this age rating ("16+").
    pub fn showing_rated(&self, rating: &str, hours: i64) -> i32 {
        use cinema::schema::{movies, showings};
        let after = self.clock.now_naive() + chrono::Duration::hours(hours);
        self.db(|c| {
            showings::table
                .inner_join(movies::table)
                .filter(showings::starts_at.gt(after))
                .filter(movies::age_rating.eq(rating))
                .order(showings::starts_at)
                .select(showings::id)
                .first(c)
                .expect("a demo showing of a film with that rating")
        })
    }

    /// The showing's base price and start, as stored.
    pub fn showing(&self, showing_id: i32) -> (i64, NaiveDateTime) {
        use cinema::schema::showings;
        self.db(|c| {
            showings::table
                .find(showing_id)
                .select((showings::price_cents, showings::starts_at))
                .first(c)
                .expect("a showing")
        })
    }

    /// The booking row with this code.
    pub fn booking(&self, code: &str) -> Booking {
        self.db(|c| crate::lookups::booking(c, code))
    }

    pub fn user_id(&self, email: &str) -> i32 {
        self.db(|c| crate::lookups::user_id(c, email))
    }

    /// (state, booking id, held until) of a seat in a showing, as stored.
    pub fn seat_state(
        &self,
        showing_id: i32,
        seat_id: i32,
    ) -> (SeatState, Option<i32>, Option<NaiveDateTime>) {
        use cinema::schema::seat_states;
        self.db(|c| {
            seat_states::table
                .filter(seat_states::showing_id.eq(showing_id))
                .filter(seat_states::seat_id.eq(seat_id))
                .select((
                    seat_states::state,
                    seat_states::booking_id,
                    seat_states::held_until,
                ))
                .first(c)
                .expect("a seat state")
        })
    }

    /// (seat id, price) of a booking's live items.
    pub fn live_items(&self, booking_id: i32) -> Vec<(i32, i64)> {
        use cinema::schema::booking_items;
        self.db(|c| {
            booking_items::table
                .filter(booking_items::booking_id.eq(booking_id))
                .filter(booking_items::live.eq(true))
                .order(booking_items::seat_id)
                .select((booking_items::seat_id, booking_items::price_cents))
                .load(c)
                .expect("booking items")
        })
    }

    /// (kind, status, amount) of a booking's payments, oldest first.
    pub fn payments(&self, booking_id: i32) -> Vec<(PaymentKind, PaymentStatus, i64)> {
        use cinema::schema::payments;
        self.db(|c| {
            payments::table
                .filter(payments::booking_id.eq(booking_id))
                .order(payments::id)
                .select((payments::kind, payments::status, payments::amount_cents))
                .load(c)
                .expect("payments")
        })
    }

    /// The core invariant, checked over the whole database: no seat of a showing has two live owners,
    /// and every held or sold seat state points at a booking that owns the seat with a live item.
    pub fn assert_seats_consistent(&self) {
        use cinema::schema::{booking_items, seat_states};
        use diesel::dsl::count_star;
        let doubles: Vec<(i32, i32, i64)> = self.db(|c| {
            booking_items::table
                .filter(booking_items::live.eq(true))
                .group_by((booking_items::showing_id, booking_items::seat_id))
                .having(count_star().gt(1))
                .select((
                    booking_items::showing_id,
                    booking_items::seat_id,
                    count_star(),
                ))
                .load(c)
                .expect("counting live items")
        });
        assert!(
            doubles.is_empty(),
            "seats with two live owners: {doubles:?}"
        );
        let taken: Vec<(i32, i32, Option<i32>)> = self.db(|c| {
            seat_states::table
                .filter(seat_states::state.ne(SeatState::Free))
                .select((
                    seat_states::showing_id,
                    seat_states::seat_id,
                    seat_states::booking_id,
                ))
                .load(c)
                .expect("taken seats")
        });
        for (showing_id, seat_id, booking_id) in taken {
            let owners: Vec<i32> = self.db(|c| {
                booking_items::table
                    .filter(booking_items::showing_id.eq(showing_id))
                    .filter(booking_items::seat_id.eq(seat_id))
                    .filter(booking_items::live.eq(true))
                    .select(booking_items::booking_id)
                    .load(c)
                    .expect("owners")
            });
            assert_eq!(
                owners,
                booking_id.into_iter().collect::<Vec<_>>(),
                "seat {seat_id} of showing {showing_id}: state and items disagree"
            );
        }
    }
}
