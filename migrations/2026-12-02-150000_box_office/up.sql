-- The box office. A booking is sold on the web or at the counter, by a cashier, to an account or to
-- a walk-in who has none (user_id NULL, perhaps a name or e-mail for the receipt). A cashier may
-- keep several counter sales open at once, so only web baskets stay one per (user, showing).
-- Tickets are collected at the counter and admitted at the door, once each.
--
-- Run with foreign keys off (see db::migrate), as SQLite's procedure for rebuilding a table asks.
CREATE TABLE bookings_new (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL CHECK (length(code) = 8),
    user_id INTEGER REFERENCES users (id),
    showing_id INTEGER NOT NULL REFERENCES showings (id),
    status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'cancelled', 'expired')),
    total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    paid_at TIMESTAMP,
    cancelled_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 0,
    channel TEXT NOT NULL DEFAULT 'web' CHECK (channel IN ('web', 'counter')),
    cashier_id INTEGER REFERENCES users (id),
    customer_name TEXT NOT NULL DEFAULT '' CHECK (length(customer_name) <= 100),
    customer_email TEXT NOT NULL DEFAULT '' CHECK (length(customer_email) <= 254),
    collected_at TIMESTAMP,
    collected_by INTEGER REFERENCES users (id),
    admitted_at TIMESTAMP,
    admitted_by INTEGER REFERENCES users (id),
    CHECK ((status = 'paid') = (paid_at IS NOT NULL) OR status = 'cancelled'),
    CHECK (channel = 'counter' OR (user_id IS NOT NULL AND cashier_id IS NULL)),
    CHECK (channel = 'web' OR cashier_id IS NOT NULL),
    CHECK ((admitted_at IS NULL) = (admitted_by IS NULL)),
    CHECK ((collected_at IS NULL) = (collected_by IS NULL))
);
INSERT INTO bookings_new (id, code, user_id, showing_id, status, total_cents, created_at,
    expires_at, paid_at, cancelled_at, version)
SELECT id, code, user_id, showing_id, status, total_cents, created_at, expires_at, paid_at,
    cancelled_at, version FROM bookings;
DROP TABLE bookings;
ALTER TABLE bookings_new RENAME TO bookings;
CREATE UNIQUE INDEX bookings_code_unique ON bookings (code);
CREATE INDEX bookings_user ON bookings (user_id, created_at);
CREATE INDEX bookings_pending_expiry ON bookings (expires_at) WHERE status = 'pending';
-- A customer has at most one web basket (pending booking) per showing.
CREATE UNIQUE INDEX bookings_one_pending ON bookings (user_id, showing_id)
    WHERE status = 'pending' AND channel = 'web';
-- The counter's open sales, and its look-up by the e-mail a walk-in gave.
CREATE INDEX bookings_cashier_pending ON bookings (cashier_id, status);
CREATE INDEX bookings_customer_email ON bookings (customer_email) WHERE customer_email <> '';
-- The door's counts and a showing's cancellation read a showing's bookings.
CREATE INDEX bookings_showing ON bookings (showing_id, status);

-- A cashier's shift: opened with the cash float, closed with the cash counted. One open shift per
-- cashier; every counter payment belongs to the shift it was taken in.
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY NOT NULL,
    cashier_id INTEGER NOT NULL REFERENCES users (id),
    opened_at TIMESTAMP NOT NULL,
    float_cents INTEGER NOT NULL CHECK (float_cents >= 0),
    closed_at TIMESTAMP,
    counted_cents INTEGER CHECK (counted_cents >= 0),
    -- Float + cash taken − cash paid back, as it stood when the shift closed.
    expected_cents INTEGER,
    version INTEGER NOT NULL DEFAULT 0,
    CHECK ((closed_at IS NULL) = (counted_cents IS NULL)),
    CHECK ((closed_at IS NULL) = (expected_cents IS NULL))
);
CREATE UNIQUE INDEX shifts_one_open ON shifts (cashier_id) WHERE closed_at IS NULL;
CREATE INDEX shifts_by_cashier ON shifts (cashier_id, opened_at);

-- Every charge and refund names its channel, the cashier and shift (at the counter), the cash
-- tendered and the change given, and the cinema's business day it counts for (local time).
ALTER TABLE payments ADD COLUMN channel TEXT NOT NULL DEFAULT 'web'
    CHECK (channel IN ('web', 'counter'));
ALTER TABLE payments ADD COLUMN cashier_id INTEGER REFERENCES users (id);
ALTER TABLE payments ADD COLUMN shift_id INTEGER REFERENCES shifts (id);
ALTER TABLE payments ADD COLUMN tendered_cents INTEGER CHECK (tendered_cents >= 0);
ALTER TABLE payments ADD COLUMN change_cents INTEGER CHECK (change_cents >= 0);
ALTER TABLE payments ADD COLUMN business_day DATE NOT NULL DEFAULT '1970-01-01';
UPDATE payments SET business_day = date(created_at);
CREATE INDEX payments_shift ON payments (shift_id) WHERE shift_id IS NOT NULL;
CREATE INDEX payments_by_day ON payments (business_day, kind, status);

-- Sales summed as they happen, in the transaction of each charge and refund: the reports read a
-- year of a multiplex from these few hundred thousand rows instead of every ticket.
-- cashier_id 0: sold on the web (a key column cannot be NULL and stay unique).
CREATE TABLE sales_rollup (
    business_day DATE NOT NULL,
    showing_id INTEGER NOT NULL REFERENCES showings (id),
    movie_id INTEGER NOT NULL REFERENCES movies (id),
    hall_id INTEGER NOT NULL REFERENCES halls (id),
    ticket_type_id INTEGER NOT NULL REFERENCES ticket_types (id),
    channel TEXT NOT NULL CHECK (channel IN ('web', 'counter')),
    method TEXT NOT NULL CHECK (method IN ('card', 'cash')),
    cashier_id INTEGER NOT NULL DEFAULT 0,
    tickets INTEGER NOT NULL DEFAULT 0,
    sold_cents INTEGER NOT NULL DEFAULT 0,
    refunded_tickets INTEGER NOT NULL DEFAULT 0,
    refunded_cents INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, showing_id, ticket_type_id, channel, method, cashier_id)
);
CREATE INDEX sales_rollup_showing ON sales_rollup (showing_id);

-- What was paid and refunded before the roll-up existed.
INSERT INTO sales_rollup (business_day, showing_id, movie_id, hall_id, ticket_type_id, channel,
    method, cashier_id, tickets, sold_cents)
SELECT p.business_day, s.id, s.movie_id, s.hall_id, i.ticket_type_id, 'web', p.method, 0,
    count(*), sum(i.price_cents)
FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN showings s ON s.id = b.showing_id
    JOIN booking_items i ON i.booking_id = b.id
WHERE p.kind = 'charge' AND p.status = 'approved'
    AND (i.live = 1 OR b.status = 'cancelled')
GROUP BY p.business_day, s.id, i.ticket_type_id, p.method;
INSERT INTO sales_rollup (business_day, showing_id, movie_id, hall_id, ticket_type_id, channel,
    method, cashier_id, refunded_tickets, refunded_cents)
SELECT p.business_day, s.id, s.movie_id, s.hall_id, i.ticket_type_id, 'web', p.method, 0,
    count(*), sum(i.price_cents)
FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN showings s ON s.id = b.showing_id
    JOIN booking_items i ON i.booking_id = b.id
WHERE p.kind = 'refund' AND p.status = 'approved'
GROUP BY p.business_day, s.id, i.ticket_type_id, p.method
ON CONFLICT (business_day, showing_id, ticket_type_id, channel, method, cashier_id) DO UPDATE SET
    refunded_tickets = excluded.refunded_tickets, refunded_cents = excluded.refunded_cents;
