-- A ticket type is priced as a share of the showing's base price, or at a fixed price (a family or
-- a members' ticket) when this is set. The VIP surcharge applies on top of either.
ALTER TABLE ticket_types ADD COLUMN price_cents INTEGER CHECK (price_cents IS NULL OR price_cents BETWEEN 0 AND 1000000);
