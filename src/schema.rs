// @generated automatically by Diesel CLI.

diesel::table! {
    audit_log (id) {
        id -> Integer,
        at -> Timestamp,
        actor_id -> Integer,
        entity -> Text,
        entity_id -> Integer,
        action -> Text,
        before -> Text,
        after -> Text,
    }
}

diesel::table! {
    booking_items (id) {
        id -> Integer,
        booking_id -> Integer,
        showing_id -> Integer,
        seat_id -> Integer,
        ticket_type_id -> Integer,
        price_cents -> BigInt,
        live -> Bool,
    }
}

diesel::table! {
    bookings (id) {
        id -> Integer,
        code -> Text,
        user_id -> Nullable<Integer>,
        showing_id -> Integer,
        status -> Text,
        total_cents -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        paid_at -> Nullable<Timestamp>,
        cancelled_at -> Nullable<Timestamp>,
        version -> Integer,
        channel -> Text,
        cashier_id -> Nullable<Integer>,
        customer_name -> Text,
        customer_email -> Text,
        collected_at -> Nullable<Timestamp>,
        collected_by -> Nullable<Integer>,
        admitted_at -> Nullable<Timestamp>,
        admitted_by -> Nullable<Integer>,
    }
}

diesel::table! {
    halls (id) {
        id -> Integer,
        name -> Text,
        version -> Integer,
    }
}

diesel::table! {
    layouts (id) {
        id -> Integer,
        hall_id -> Integer,
        number -> Integer,
        numbering -> Text,
        grid_rows -> Integer,
        grid_cols -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    login_failures (id) {
        id -> Integer,
        email -> Text,
        client -> Text,
        failed_at -> Timestamp,
    }
}

diesel::table! {
    movies (id) {
        id -> Integer,
        title -> Text,
        description -> Text,
        genre -> Text,
        duration_minutes -> Integer,
        age_rating -> Text,
        release_year -> Integer,
        active -> Bool,
        version -> Integer,
        original_title -> Text,
        language -> Text,
        release_date -> Nullable<Date>,
        poster_version -> Integer,
    }
}

diesel::table! {
    posters (movie_id) {
        movie_id -> Integer,
        version -> Integer,
        width -> Integer,
        height -> Integer,
        bytes -> Binary,
        uploaded_at -> Timestamp,
    }
}

diesel::table! {
    password_resets (id) {
        id -> Integer,
        user_id -> Integer,
        token_hash -> Text,
        client -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    payments (id) {
        id -> Integer,
        booking_id -> Integer,
        kind -> Text,
        method -> Text,
        status -> Text,
        amount_cents -> BigInt,
        reference -> Text,
        card_last4 -> Nullable<Text>,
        created_at -> Timestamp,
        channel -> Text,
        cashier_id -> Nullable<Integer>,
        shift_id -> Nullable<Integer>,
        tendered_cents -> Nullable<BigInt>,
        change_cents -> Nullable<BigInt>,
        business_day -> Date,
    }
}

diesel::table! {
    registrations (id) {
        id -> Integer,
        client -> Text,
        registered_at -> Timestamp,
    }
}

diesel::table! {
    sales_daily (business_day, channel, cashier_id, ticket_type_id, method) {
        business_day -> Date,
        channel -> Text,
        cashier_id -> Integer,
        ticket_type_id -> Integer,
        method -> Text,
        tickets -> BigInt,
        sold_cents -> BigInt,
        refunded_tickets -> BigInt,
        refunded_cents -> BigInt,
    }
}

diesel::table! {
    sales_daily_movie (business_day, movie_id) {
        business_day -> Date,
        movie_id -> Integer,
        tickets -> BigInt,
        sold_cents -> BigInt,
        refunded_tickets -> BigInt,
        refunded_cents -> BigInt,
    }
}

diesel::table! {
    sales_rollup (business_day, showing_id, ticket_type_id, channel, method, cashier_id) {
        business_day -> Date,
        showing_id -> Integer,
        movie_id -> Integer,
        hall_id -> Integer,
        ticket_type_id -> Integer,
        channel -> Text,
        method -> Text,
        cashier_id -> Integer,
        tickets -> BigInt,
        sold_cents -> BigInt,
        refunded_tickets -> BigInt,
        refunded_cents -> BigInt,
    }
}

diesel::table! {
    sales_showing (showing_id) {
        showing_id -> Integer,
        tickets -> BigInt,
        sold_cents -> BigInt,
        refunded_tickets -> BigInt,
        refunded_cents -> BigInt,
    }
}

diesel::table! {
    seat_states (id) {
        id -> Integer,
        showing_id -> Integer,
        seat_id -> Integer,
        state -> Text,
        booking_id -> Nullable<Integer>,
        held_until -> Nullable<Timestamp>,
        version -> Integer,
    }
}

diesel::table! {
    seat_blocks (id) {
        id -> Integer,
        hall_id -> Integer,
        showing_id -> Nullable<Integer>,
        row_label -> Text,
        number -> Integer,
        reason -> Text,
        created_by -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    seats (id) {
        id -> Integer,
        layout_id -> Integer,
        row_label -> Text,
        number -> Integer,
        kind -> Text,
        grid_row -> Integer,
        grid_col -> Integer,
    }
}

diesel::table! {
    sessions (id) {
        id -> Integer,
        token -> Text,
        user_id -> Integer,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        expires_at -> Timestamp,
        client -> Text,
        user_agent -> Text,
    }
}

diesel::table! {
    settings (id) {
        id -> Integer,
        cinema_name -> Text,
        time_zone -> Text,
        currency -> Text,
        hold_seconds -> Integer,
        max_seats_per_booking -> Integer,
        cancel_cutoff_minutes -> Integer,
        vip_surcharge_cents -> BigInt,
        version -> Integer,
        customer_idle_minutes -> Integer,
        staff_idle_minutes -> Integer,
        max_open_baskets -> Integer,
        holds_per_minute_per_account -> Integer,
        holds_per_minute_per_address -> Integer,
        cleaning_minutes -> Integer,
        cinema_address -> Text,
    }
}

diesel::table! {
    shifts (id) {
        id -> Integer,
        cashier_id -> Integer,
        opened_at -> Timestamp,
        float_cents -> BigInt,
        closed_at -> Nullable<Timestamp>,
        counted_cents -> Nullable<BigInt>,
        expected_cents -> Nullable<BigInt>,
        version -> Integer,
    }
}

diesel::table! {
    showings (id) {
        id -> Integer,
        movie_id -> Integer,
        hall_id -> Integer,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        price_cents -> BigInt,
        seats_version -> Integer,
        version -> Integer,
        layout_id -> Integer,
        cancelled_at -> Nullable<Timestamp>,
        cancel_reason -> Text,
        format -> Text,
    }
}

diesel::table! {
    ticket_types (id) {
        id -> Integer,
        code -> Text,
        name -> Text,
        price_percent -> Integer,
        is_default -> Bool,
        sort_order -> Integer,
        active -> Bool,
        version -> Integer,
        max_age -> Nullable<Integer>,
        price_cents -> Nullable<BigInt>,
    }
}

diesel::table! {
    users (id) {
        id -> Integer,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        role -> Text,
        active -> Bool,
        created_at -> Timestamp,
        version -> Integer,
        password_must_change -> Bool,
        password_issued_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(audit_log -> users (actor_id));
diesel::joinable!(password_resets -> users (user_id));
diesel::joinable!(booking_items -> bookings (booking_id));
diesel::joinable!(booking_items -> seats (seat_id));
diesel::joinable!(booking_items -> showings (showing_id));
diesel::joinable!(booking_items -> ticket_types (ticket_type_id));
diesel::joinable!(bookings -> showings (showing_id));
diesel::joinable!(payments -> bookings (booking_id));
diesel::joinable!(payments -> shifts (shift_id));
diesel::joinable!(sales_daily -> ticket_types (ticket_type_id));
diesel::joinable!(sales_daily_movie -> movies (movie_id));
diesel::joinable!(sales_showing -> showings (showing_id));
diesel::joinable!(sales_rollup -> showings (showing_id));
diesel::joinable!(sales_rollup -> movies (movie_id));
diesel::joinable!(sales_rollup -> halls (hall_id));
diesel::joinable!(sales_rollup -> ticket_types (ticket_type_id));
diesel::joinable!(shifts -> users (cashier_id));
diesel::joinable!(posters -> movies (movie_id));
diesel::joinable!(seat_states -> bookings (booking_id));
diesel::joinable!(seat_states -> seats (seat_id));
diesel::joinable!(seat_states -> showings (showing_id));
diesel::joinable!(layouts -> halls (hall_id));
diesel::joinable!(seat_blocks -> halls (hall_id));
diesel::joinable!(seat_blocks -> showings (showing_id));
diesel::joinable!(seat_blocks -> users (created_by));
diesel::joinable!(seats -> layouts (layout_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(showings -> halls (hall_id));
diesel::joinable!(showings -> layouts (layout_id));
diesel::joinable!(showings -> movies (movie_id));

diesel::allow_tables_to_appear_in_same_query!(
    audit_log,
    booking_items,
    bookings,
    halls,
    layouts,
    login_failures,
    movies,
    password_resets,
    payments,
    posters,
    registrations,
    sales_daily,
    sales_daily_movie,
    sales_rollup,
    sales_showing,
    seat_blocks,
    seat_states,
    seats,
    sessions,
    settings,
    shifts,
    showings,
    ticket_types,
    users,
);
