-- A ticket type may be for people up to an age (a child ticket): it is not sold for films rated
-- above that age.
ALTER TABLE ticket_types ADD COLUMN max_age INTEGER CHECK (max_age BETWEEN 0 AND 120);
UPDATE ticket_types SET max_age = 12 WHERE code = 'child';
