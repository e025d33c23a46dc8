DROP INDEX seat_states_showing_state;
