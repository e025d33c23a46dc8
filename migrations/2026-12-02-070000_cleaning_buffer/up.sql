-- Minutes a hall needs between one showing's end and the next one's start.
ALTER TABLE settings ADD COLUMN cleaning_minutes INTEGER NOT NULL DEFAULT 15 CHECK (cleaning_minutes BETWEEN 0 AND 240);
