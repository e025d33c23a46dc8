ALTER TABLE settings DROP COLUMN cinema_address;
