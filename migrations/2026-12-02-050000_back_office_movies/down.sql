DROP TABLE audit_log;
DROP INDEX movies_by_title;
ALTER TABLE movies DROP COLUMN release_date;
ALTER TABLE movies DROP COLUMN language;
ALTER TABLE movies DROP COLUMN original_title;
