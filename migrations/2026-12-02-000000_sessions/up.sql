-- Live sessions, one per login. The session cookie carries the token and every request looks it up
-- here, so logging out, changing the password or deactivating an account ends a session on every
-- app instance at once.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY NOT NULL,
    token TEXT NOT NULL CHECK (length(token) >= 32),
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    -- The cookie's own lifetime: past it the session is over however active it was.
    expires_at TIMESTAMP NOT NULL,
    -- Where and with what it was started, so a person can tell their sessions apart.
    client TEXT NOT NULL CHECK (length(client) <= 64),
    user_agent TEXT NOT NULL CHECK (length(user_agent) <= 200),
    CHECK (expires_at > created_at)
);
CREATE UNIQUE INDEX sessions_token_unique ON sessions (token);
CREATE INDEX sessions_user ON sessions (user_id);

-- How long a session may go unused before it ends: staff sooner, as their screens are shared.
ALTER TABLE settings ADD COLUMN customer_idle_minutes INTEGER NOT NULL DEFAULT 10080
    CHECK (customer_idle_minutes BETWEEN 5 AND 43200);
ALTER TABLE settings ADD COLUMN staff_idle_minutes INTEGER NOT NULL DEFAULT 60
    CHECK (staff_idle_minutes BETWEEN 5 AND 43200);
