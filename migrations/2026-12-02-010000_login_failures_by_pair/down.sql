DROP INDEX login_failures_email_client;
CREATE INDEX login_failures_email ON login_failures (email, failed_at);
