-- Registrations per client address, kept for an hour, so every app instance counts the same ones
-- towards CINEMA_REGISTRATIONS_PER_HOUR.
CREATE TABLE registrations (
    id INTEGER PRIMARY KEY NOT NULL,
    client TEXT NOT NULL,
    registered_at TIMESTAMP NOT NULL
);
CREATE INDEX registrations_client ON registrations (client, registered_at);
