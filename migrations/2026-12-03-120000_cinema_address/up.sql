-- Where the cinema is: printed on tickets and in their calendar events.
ALTER TABLE settings ADD COLUMN cinema_address TEXT NOT NULL DEFAULT '';
