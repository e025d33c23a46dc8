ALTER TABLE settings DROP COLUMN max_open_baskets;
ALTER TABLE settings DROP COLUMN holds_per_minute_per_account;
ALTER TABLE settings DROP COLUMN holds_per_minute_per_address;
