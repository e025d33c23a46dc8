ALTER TABLE users DROP COLUMN password_must_change;
