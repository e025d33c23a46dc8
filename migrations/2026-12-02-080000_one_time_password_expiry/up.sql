-- When an administrator issued the account's one-time password: it stops working after a while.
ALTER TABLE users ADD COLUMN password_issued_at TIMESTAMP;
