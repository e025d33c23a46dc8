-- Hall layouts become versions. A showing keeps the layout it was scheduled with, and a booking's
-- seats are rows of that layout, so editing a hall never renumbers or re-kinds a sold seat: an edit
-- writes a new layout, used by showings scheduled from then on (and by unsold ones if the admin
-- says so). A layout is never changed once written, so its id is also its version; AUTOINCREMENT
-- keeps a deleted layout's id from being given to a new one, which caches keyed by it rely on.
--
-- Run with foreign keys off (see db::connect), as SQLite's procedure for rebuilding a table asks;
-- `PRAGMA foreign_key_check` runs afterwards.
CREATE TABLE layouts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    hall_id INTEGER NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    -- 1, 2, 3… within the hall: the number the back office shows.
    number INTEGER NOT NULL CHECK (number >= 1),
    numbering TEXT NOT NULL CHECK (numbering IN ('ltr', 'rtl')),
    grid_rows INTEGER NOT NULL CHECK (grid_rows BETWEEN 1 AND 100),
    grid_cols INTEGER NOT NULL CHECK (grid_cols BETWEEN 1 AND 100),
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX layouts_hall_number ON layouts (hall_id, number);

INSERT INTO layouts (id, hall_id, number, numbering, grid_rows, grid_cols, created_at)
SELECT id, id, 1, 'ltr', grid_rows, grid_cols, strftime('%Y-%m-%d %H:%M:%S', 'now') FROM halls;

CREATE TABLE seats_new (
    id INTEGER PRIMARY KEY NOT NULL,
    layout_id INTEGER NOT NULL REFERENCES layouts (id) ON DELETE CASCADE,
    row_label TEXT NOT NULL CHECK (length(row_label) BETWEEN 1 AND 3),
    number INTEGER NOT NULL CHECK (number >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('standard', 'vip', 'wheelchair', 'companion')),
    -- 1-based cell in the layout's drawing grid; empty cells are aisles and gaps.
    grid_row INTEGER NOT NULL CHECK (grid_row >= 1),
    grid_col INTEGER NOT NULL CHECK (grid_col >= 1)
);
INSERT INTO seats_new (id, layout_id, row_label, number, kind, grid_row, grid_col)
SELECT id, hall_id, row_label, number, kind, grid_row, grid_col FROM seats;
-- The seats' triggers that moved the hall's version go with the table: a layout no longer changes.
DROP TABLE seats;
ALTER TABLE seats_new RENAME TO seats;
CREATE UNIQUE INDEX seats_label_unique ON seats (layout_id, row_label, number);
CREATE UNIQUE INDEX seats_cell_unique ON seats (layout_id, grid_row, grid_col);

ALTER TABLE halls DROP COLUMN grid_rows;
ALTER TABLE halls DROP COLUMN grid_cols;

ALTER TABLE showings ADD COLUMN layout_id INTEGER NOT NULL DEFAULT 0 REFERENCES layouts (id);
UPDATE showings SET layout_id = hall_id;
CREATE INDEX showings_layout ON showings (layout_id);

-- A blocked seat (broken, a camera stands there, kept for the house) is sold to no one. The block
-- itself, with its reason, is a row of seat_blocks; the seat's state in each showing it covers is
-- 'blocked', so the seat map still reads one row per seat and a hold's guard (`state = 'free'`)
-- refuses it without looking further.
CREATE TABLE seat_states_new (
    id INTEGER PRIMARY KEY NOT NULL,
    showing_id INTEGER NOT NULL REFERENCES showings (id) ON DELETE CASCADE,
    seat_id INTEGER NOT NULL REFERENCES seats (id),
    state TEXT NOT NULL CHECK (state IN ('free', 'held', 'sold', 'blocked')),
    booking_id INTEGER REFERENCES bookings (id),
    held_until TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 0,
    CHECK ((state IN ('free', 'blocked') AND booking_id IS NULL AND held_until IS NULL)
        OR (state = 'held' AND booking_id IS NOT NULL AND held_until IS NOT NULL)
        OR (state = 'sold' AND booking_id IS NOT NULL AND held_until IS NULL))
);
INSERT INTO seat_states_new (id, showing_id, seat_id, state, booking_id, held_until, version)
SELECT id, showing_id, seat_id, state, booking_id, held_until, version FROM seat_states;
DROP TABLE seat_states;
ALTER TABLE seat_states_new RENAME TO seat_states;
CREATE UNIQUE INDEX seat_states_seat_unique ON seat_states (showing_id, seat_id);
CREATE INDEX seat_states_booking ON seat_states (booking_id);
CREATE INDEX seat_states_held_until ON seat_states (held_until) WHERE state = 'held';
CREATE INDEX seat_states_showing_held_until ON seat_states (showing_id, held_until);

-- Seats are named by label, not id: a block of the whole hall outlives a new layout version.
CREATE TABLE seat_blocks (
    id INTEGER PRIMARY KEY NOT NULL,
    hall_id INTEGER NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    -- NULL: every showing of the hall from now on.
    showing_id INTEGER REFERENCES showings (id) ON DELETE CASCADE,
    row_label TEXT NOT NULL CHECK (length(row_label) BETWEEN 1 AND 3),
    number INTEGER NOT NULL CHECK (number >= 1),
    reason TEXT NOT NULL CHECK (reason IN ('broken', 'camera', 'house', 'other')),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX seat_blocks_hall_seat ON seat_blocks (hall_id, row_label, number)
    WHERE showing_id IS NULL;
CREATE UNIQUE INDEX seat_blocks_showing_seat ON seat_blocks (showing_id, row_label, number)
    WHERE showing_id IS NOT NULL;
