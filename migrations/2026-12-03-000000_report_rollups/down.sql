DROP TABLE sales_showing;
DROP TABLE sales_daily_movie;
DROP TABLE sales_daily;
