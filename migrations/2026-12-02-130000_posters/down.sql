DROP TABLE posters;
ALTER TABLE movies DROP COLUMN poster_version;
