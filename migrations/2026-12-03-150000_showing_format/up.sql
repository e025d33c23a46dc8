-- How a showing is projected (2D, 3D, IMAX): a customer chooses by it, and its glasses or screen
-- may cost more (the base price is the showing's own).
ALTER TABLE showings ADD COLUMN format TEXT NOT NULL DEFAULT '2D' CHECK (format IN ('2D', '3D', 'IMAX'));
