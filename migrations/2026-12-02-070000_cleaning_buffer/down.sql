ALTER TABLE settings DROP COLUMN cleaning_minutes;
