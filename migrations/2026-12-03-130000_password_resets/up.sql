-- "Forgot your password?": a link sent by mail that works once, for a limited time. Only the
-- token's SHA-256 is kept; `client` is the address that asked, for the per-address limit.
CREATE TABLE password_resets (
    id INTEGER PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL CHECK (length(token_hash) = 64),
    client TEXT NOT NULL DEFAULT '' CHECK (length(client) <= 100),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    CHECK (expires_at > created_at)
);
CREATE UNIQUE INDEX password_resets_token ON password_resets (token_hash);
CREATE INDEX password_resets_user ON password_resets (user_id, created_at);
CREATE INDEX password_resets_client ON password_resets (client, created_at);
