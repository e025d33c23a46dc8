DROP TABLE sessions;
ALTER TABLE settings DROP COLUMN customer_idle_minutes;
ALTER TABLE settings DROP COLUMN staff_idle_minutes;
