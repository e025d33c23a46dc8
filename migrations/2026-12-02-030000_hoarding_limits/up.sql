-- Limits that keep one person (or one script) from holding a hall's seats away from everyone else.
-- In how many showings a customer may hold seats at once.
ALTER TABLE settings ADD COLUMN max_open_baskets INTEGER NOT NULL DEFAULT 2
    CHECK (max_open_baskets BETWEEN 1 AND 100);
-- How many holds a minute one account, and one client address, may make.
ALTER TABLE settings ADD COLUMN holds_per_minute_per_account INTEGER NOT NULL DEFAULT 20
    CHECK (holds_per_minute_per_account BETWEEN 1 AND 1000000);
ALTER TABLE settings ADD COLUMN holds_per_minute_per_address INTEGER NOT NULL DEFAULT 60
    CHECK (holds_per_minute_per_address BETWEEN 1 AND 1000000);
