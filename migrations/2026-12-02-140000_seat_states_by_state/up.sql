-- The back office counts each showing's sold and held seats (the schedule's week and list): with
-- this index that is a look at the few entries of those states, not a read of every seat's row.
CREATE INDEX seat_states_showing_state ON seat_states (showing_id, state);
