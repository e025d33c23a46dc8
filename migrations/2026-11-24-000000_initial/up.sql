-- Business rules editable by administrators; a single row (id = 1).
CREATE TABLE settings (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    cinema_name TEXT NOT NULL CHECK (length(cinema_name) BETWEEN 1 AND 100),
    time_zone TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    hold_seconds INTEGER NOT NULL CHECK (hold_seconds BETWEEN 10 AND 86400),
    max_seats_per_booking INTEGER NOT NULL CHECK (max_seats_per_booking BETWEEN 1 AND 100),
    cancel_cutoff_minutes INTEGER NOT NULL CHECK (cancel_cutoff_minutes >= 0),
    vip_surcharge_cents INTEGER NOT NULL CHECK (vip_surcharge_cents >= 0),
    version INTEGER NOT NULL DEFAULT 0
);
INSERT INTO settings (id, cinema_name, time_zone, currency, hold_seconds, max_seats_per_booking,
                      cancel_cutoff_minutes, vip_surcharge_cents)
VALUES (1, 'Kino Aurora', 'Europe/Warsaw', 'PLN', 600, 10, 120, 1000);

CREATE TABLE users (
    id INTEGER PRIMARY KEY NOT NULL,
    -- Stored normalised (trimmed, lower case) so the unique index is case-insensitive.
    email TEXT NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('customer', 'cashier', 'admin')),
    active BOOLEAN NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_email_unique ON users (email);

CREATE TABLE movies (
    id INTEGER PRIMARY KEY NOT NULL,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '',
    genre TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    age_rating TEXT NOT NULL,
    release_year INTEGER NOT NULL CHECK (release_year BETWEEN 1888 AND 2200),
    active BOOLEAN NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE halls (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    grid_rows INTEGER NOT NULL CHECK (grid_rows BETWEEN 1 AND 100),
    grid_cols INTEGER NOT NULL CHECK (grid_cols BETWEEN 1 AND 100),
    version INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX halls_name_unique ON halls (name);

CREATE TABLE seats (
    id INTEGER PRIMARY KEY NOT NULL,
    hall_id INTEGER NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    row_label TEXT NOT NULL CHECK (length(row_label) BETWEEN 1 AND 3),
    number INTEGER NOT NULL CHECK (number >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('standard', 'vip', 'wheelchair', 'companion')),
    -- 1-based cell in the hall's drawing grid; empty cells are aisles and gaps.
    grid_row INTEGER NOT NULL CHECK (grid_row >= 1),
    grid_col INTEGER NOT NULL CHECK (grid_col >= 1)
);
CREATE UNIQUE INDEX seats_label_unique ON seats (hall_id, row_label, number);
CREATE UNIQUE INDEX seats_cell_unique ON seats (hall_id, grid_row, grid_col);

CREATE TABLE ticket_types (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 30),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    -- Share of the showing's base price, in percent.
    price_percent INTEGER NOT NULL CHECK (price_percent BETWEEN 0 AND 100),
    is_default BOOLEAN NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ticket_types_code_unique ON ticket_types (code);
CREATE UNIQUE INDEX ticket_types_one_default ON ticket_types (is_default) WHERE is_default = 1;

CREATE TABLE showings (
    id INTEGER PRIMARY KEY NOT NULL,
    movie_id INTEGER NOT NULL REFERENCES movies (id),
    hall_id INTEGER NOT NULL REFERENCES halls (id),
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    -- Bumped by every change to this showing's seat states: the seat grid's validator.
    seats_version INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);
CREATE INDEX showings_starts_at ON showings (starts_at);
CREATE INDEX showings_hall_starts_at ON showings (hall_id, starts_at);
CREATE INDEX showings_movie_starts_at ON showings (movie_id, starts_at);

CREATE TABLE bookings (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL CHECK (length(code) = 8),
    user_id INTEGER NOT NULL REFERENCES users (id),
    showing_id INTEGER NOT NULL REFERENCES showings (id),
    status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'cancelled', 'expired')),
    total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    paid_at TIMESTAMP,
    cancelled_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 0,
    CHECK ((status = 'paid') = (paid_at IS NOT NULL) OR status = 'cancelled')
);
CREATE UNIQUE INDEX bookings_code_unique ON bookings (code);
CREATE INDEX bookings_user ON bookings (user_id, created_at);
CREATE INDEX bookings_pending_expiry ON bookings (expires_at) WHERE status = 'pending';
-- A customer has at most one basket (pending booking) per showing.
CREATE UNIQUE INDEX bookings_one_pending ON bookings (user_id, showing_id) WHERE status = 'pending';

CREATE TABLE booking_items (
    id INTEGER PRIMARY KEY NOT NULL,
    booking_id INTEGER NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    showing_id INTEGER NOT NULL REFERENCES showings (id),
    seat_id INTEGER NOT NULL REFERENCES seats (id),
    ticket_type_id INTEGER NOT NULL REFERENCES ticket_types (id),
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    -- 1 while the booking is pending or paid; 0 once cancelled or expired.
    live BOOLEAN NOT NULL DEFAULT 1
);
CREATE INDEX booking_items_booking ON booking_items (booking_id);
-- The core invariant: no two live bookings own the same seat of a showing.
CREATE UNIQUE INDEX booking_items_one_live_owner ON booking_items (showing_id, seat_id) WHERE live = 1;

CREATE TABLE seat_states (
    id INTEGER PRIMARY KEY NOT NULL,
    showing_id INTEGER NOT NULL REFERENCES showings (id) ON DELETE CASCADE,
    seat_id INTEGER NOT NULL REFERENCES seats (id),
    state TEXT NOT NULL CHECK (state IN ('free', 'held', 'sold')),
    booking_id INTEGER REFERENCES bookings (id),
    held_until TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 0,
    CHECK ((state = 'free' AND booking_id IS NULL AND held_until IS NULL)
        OR (state = 'held' AND booking_id IS NOT NULL AND held_until IS NOT NULL)
        OR (state = 'sold' AND booking_id IS NOT NULL AND held_until IS NULL))
);
CREATE UNIQUE INDEX seat_states_seat_unique ON seat_states (showing_id, seat_id);
CREATE INDEX seat_states_booking ON seat_states (booking_id);
CREATE INDEX seat_states_held_until ON seat_states (held_until) WHERE state = 'held';

CREATE TABLE payments (
    id INTEGER PRIMARY KEY NOT NULL,
    booking_id INTEGER NOT NULL REFERENCES bookings (id),
    kind TEXT NOT NULL CHECK (kind IN ('charge', 'refund')),
    method TEXT NOT NULL CHECK (method IN ('card', 'cash')),
    status TEXT NOT NULL CHECK (status IN ('approved', 'declined')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    reference TEXT NOT NULL,
    card_last4 TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX payments_booking ON payments (booking_id);
CREATE UNIQUE INDEX payments_reference_unique ON payments (reference);

-- Every cinema sells these; administrators adjust shares and add more.
INSERT INTO ticket_types (code, name, price_percent, is_default, sort_order) VALUES
    ('adult', 'Adult', 100, 1, 1),
    ('child', 'Child (under 13)', 60, 0, 2),
    ('senior', 'Senior (65+)', 70, 0, 3),
    ('student', 'Student', 80, 0, 4);
