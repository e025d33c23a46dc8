ALTER TABLE users DROP COLUMN password_issued_at;
