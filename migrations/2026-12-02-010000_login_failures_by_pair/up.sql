-- Failed logins are counted per (account, address) now, not per account.
DROP INDEX login_failures_email;
CREATE INDEX login_failures_email_client ON login_failures (email, client, failed_at);
