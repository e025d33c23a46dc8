ALTER TABLE showings DROP COLUMN cancel_reason;
ALTER TABLE showings DROP COLUMN cancelled_at;
