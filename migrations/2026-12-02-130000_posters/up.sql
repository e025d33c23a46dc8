-- A movie's poster, as the back office stored it: scaled down and re-encoded as JPEG. Its URL
-- carries the movie's poster_version, so a browser may keep it for a year and still sees a new one
-- at once. 0 or less means no poster (pages draw a placeholder): a removed poster leaves its
-- version negated, so that a later poster never gets the URL of an earlier one.
ALTER TABLE movies ADD COLUMN poster_version INTEGER NOT NULL DEFAULT 0;
CREATE TABLE posters (
    movie_id INTEGER PRIMARY KEY NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 10000),
    height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 10000),
    bytes BLOB NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);
