-- The reports' own roll-ups, kept beside `sales_rollup` in the transaction of each charge and
-- refund: a year of a multiplex is 600,000 `sales_rollup` rows (a showing, a day, a ticket type, a
-- till), too many to sum on every look at the reports. These hold what each report groups by:
-- a day's sales by till and ticket type, a day's sales by movie, and each showing's sales.
CREATE TABLE sales_daily (
    business_day DATE NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('web', 'counter')),
    cashier_id INTEGER NOT NULL DEFAULT 0,
    ticket_type_id INTEGER NOT NULL REFERENCES ticket_types (id),
    method TEXT NOT NULL CHECK (method IN ('card', 'cash')),
    tickets INTEGER NOT NULL DEFAULT 0,
    sold_cents INTEGER NOT NULL DEFAULT 0,
    refunded_tickets INTEGER NOT NULL DEFAULT 0,
    refunded_cents INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, channel, cashier_id, ticket_type_id, method)
);

CREATE TABLE sales_daily_movie (
    business_day DATE NOT NULL,
    movie_id INTEGER NOT NULL REFERENCES movies (id),
    tickets INTEGER NOT NULL DEFAULT 0,
    sold_cents INTEGER NOT NULL DEFAULT 0,
    refunded_tickets INTEGER NOT NULL DEFAULT 0,
    refunded_cents INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, movie_id)
);

CREATE TABLE sales_showing (
    showing_id INTEGER PRIMARY KEY NOT NULL REFERENCES showings (id),
    tickets INTEGER NOT NULL DEFAULT 0,
    sold_cents INTEGER NOT NULL DEFAULT 0,
    refunded_tickets INTEGER NOT NULL DEFAULT 0,
    refunded_cents INTEGER NOT NULL DEFAULT 0
);

INSERT INTO sales_daily (business_day, channel, cashier_id, ticket_type_id, method, tickets,
    sold_cents, refunded_tickets, refunded_cents)
SELECT business_day, channel, cashier_id, ticket_type_id, method, sum(tickets), sum(sold_cents),
    sum(refunded_tickets), sum(refunded_cents)
FROM sales_rollup GROUP BY business_day, channel, cashier_id, ticket_type_id, method;

INSERT INTO sales_daily_movie (business_day, movie_id, tickets, sold_cents, refunded_tickets,
    refunded_cents)
SELECT business_day, movie_id, sum(tickets), sum(sold_cents), sum(refunded_tickets),
    sum(refunded_cents)
FROM sales_rollup GROUP BY business_day, movie_id;

INSERT INTO sales_showing (showing_id, tickets, sold_cents, refunded_tickets, refunded_cents)
SELECT showing_id, sum(tickets), sum(sold_cents), sum(refunded_tickets), sum(refunded_cents)
FROM sales_rollup GROUP BY showing_id;
