-- A cancelled showing stays, with its bookings (each cancelled and refunded) and the reason the
-- customers are shown; it no longer counts in the hall's schedule.
ALTER TABLE showings ADD COLUMN cancelled_at TIMESTAMP;
ALTER TABLE showings ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
