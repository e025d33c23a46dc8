ALTER TABLE ticket_types DROP COLUMN price_cents;
