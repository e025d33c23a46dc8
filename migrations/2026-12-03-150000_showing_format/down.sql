ALTER TABLE showings DROP COLUMN format;
