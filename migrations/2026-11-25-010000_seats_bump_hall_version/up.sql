-- The seat map keeps each hall's layout in memory by the hall's version (src/db/layouts.rs), so any
-- change to a hall's seats must move that version on, whatever code makes the change.
CREATE TRIGGER seats_insert_bumps_hall_version AFTER INSERT ON seats
BEGIN
    UPDATE halls SET version = version + 1 WHERE id = NEW.hall_id;
END;

CREATE TRIGGER seats_update_bumps_hall_version AFTER UPDATE ON seats
BEGIN
    UPDATE halls SET version = version + 1 WHERE id IN (OLD.hall_id, NEW.hall_id);
END;

CREATE TRIGGER seats_delete_bumps_hall_version AFTER DELETE ON seats
BEGIN
    UPDATE halls SET version = version + 1 WHERE id = OLD.hall_id;
END;
