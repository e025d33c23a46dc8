ALTER TABLE ticket_types DROP COLUMN max_age;
