-- An account an administrator creates gets a one-time password: it only lets its owner choose
-- their own, on the account page.
ALTER TABLE users ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT 0;
