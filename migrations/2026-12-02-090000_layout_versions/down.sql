DROP TABLE seat_blocks;

DELETE FROM seat_states WHERE state = 'blocked';
CREATE TABLE seat_states_old (
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
INSERT INTO seat_states_old SELECT id, showing_id, seat_id, state, booking_id, held_until, version FROM seat_states;
DROP TABLE seat_states;
ALTER TABLE seat_states_old RENAME TO seat_states;
CREATE UNIQUE INDEX seat_states_seat_unique ON seat_states (showing_id, seat_id);
CREATE INDEX seat_states_booking ON seat_states (booking_id);
CREATE INDEX seat_states_held_until ON seat_states (held_until) WHERE state = 'held';
CREATE INDEX seat_states_showing_held_until ON seat_states (showing_id, held_until);

DROP INDEX showings_layout;
ALTER TABLE showings DROP COLUMN layout_id;

ALTER TABLE halls ADD COLUMN grid_rows INTEGER NOT NULL DEFAULT 1 CHECK (grid_rows BETWEEN 1 AND 100);
ALTER TABLE halls ADD COLUMN grid_cols INTEGER NOT NULL DEFAULT 1 CHECK (grid_cols BETWEEN 1 AND 100);
UPDATE halls SET
    grid_rows = (SELECT grid_rows FROM layouts WHERE layouts.hall_id = halls.id ORDER BY number DESC LIMIT 1),
    grid_cols = (SELECT grid_cols FROM layouts WHERE layouts.hall_id = halls.id ORDER BY number DESC LIMIT 1);

-- Only the latest layout of each hall goes back: the old model had one set of seats per hall.
CREATE TABLE seats_old (
    id INTEGER PRIMARY KEY NOT NULL,
    hall_id INTEGER NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    row_label TEXT NOT NULL CHECK (length(row_label) BETWEEN 1 AND 3),
    number INTEGER NOT NULL CHECK (number >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('standard', 'vip', 'wheelchair', 'companion')),
    grid_row INTEGER NOT NULL CHECK (grid_row >= 1),
    grid_col INTEGER NOT NULL CHECK (grid_col >= 1)
);
INSERT INTO seats_old (id, hall_id, row_label, number, kind, grid_row, grid_col)
SELECT seats.id, layouts.hall_id, row_label, seats.number, kind, grid_row, grid_col
FROM seats JOIN layouts ON layouts.id = seats.layout_id
WHERE layouts.number = (SELECT max(l.number) FROM layouts l WHERE l.hall_id = layouts.hall_id);
DROP TABLE seats;
ALTER TABLE seats_old RENAME TO seats;
CREATE UNIQUE INDEX seats_label_unique ON seats (hall_id, row_label, number);
CREATE UNIQUE INDEX seats_cell_unique ON seats (hall_id, grid_row, grid_col);
CREATE TRIGGER seats_insert_bumps_hall_version AFTER INSERT ON seats
BEGIN
    UPDATE halls SET version = version + 1 WHERE id = NEW.hall_id;
END;
CREATE TRIGGER seats_update_bumps_hall_version AFTER UPDATE ON seats
BEGIN
    UPDATE halls SET version = version + 1 WHERE id IN (OLD.hall_id, NEW.hall_id);
END;
CREATE TRIGGER seats_delete_bumps_hall_version AFTER DELETE ON seats
BEGIN
    UPDATE halls SET version = version + 1 WHERE id = OLD.hall_id;
END;

DROP TABLE layouts;
