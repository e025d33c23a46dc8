-- The back office edits movies with more of what a cinema prints about them, and writes every
-- staff change to an audit log in the same transaction as the change.
ALTER TABLE movies ADD COLUMN original_title TEXT NOT NULL DEFAULT '' CHECK (length(original_title) <= 200);
ALTER TABLE movies ADD COLUMN language TEXT NOT NULL DEFAULT '' CHECK (length(language) <= 100);
ALTER TABLE movies ADD COLUMN release_date DATE;
CREATE INDEX movies_by_title ON movies (active, title);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES users (id),
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    -- The record's fields before and after, as JSON objects ('{}' for none).
    before TEXT NOT NULL,
    after TEXT NOT NULL
);
-- The log is read newest first, optionally by actor or by entity: keyset pages on each.
CREATE INDEX audit_by_actor ON audit_log (actor_id, id);
CREATE INDEX audit_by_entity ON audit_log (entity, id);
CREATE INDEX audit_by_record ON audit_log (entity, entity_id, id);
CREATE INDEX audit_by_time ON audit_log (at);
