//! Configuration from the environment; every variable is documented in the README.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};

#[derive(Debug, Clone)]
pub struct Config {
    pub bind: String,
    pub database_url: String,
    /// At least 64 bytes; signs and encrypts the session cookie.
    pub session_key: Vec<u8>,
    pub secure_cookie: bool,
    pub admin_email: String,
    /// `None`: generate one and print it once.
    pub admin_password: Option<String>,
    pub demo: bool,
    /// Overrides the hold duration stored in the settings.
    pub hold_seconds: Option<i64>,
    pub sweep_interval: Duration,
    pub workers: Option<usize>,
    pub pool_size: u32,
    /// How many writes may wait for the database writer, and how long each waits.
    pub writer: crate::db::writer::Limits,
    /// How slowly a request body may arrive before it is cut off with 408.
    pub body_deadline: crate::body_deadline::BodyDeadline,
    /// Reverse proxies whose `X-Forwarded-For` names the client (none by default).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// How many accounts one client address may register in an hour.
    pub registrations_per_hour: u32,
    /// How long the simulated card processor takes to answer (none by default).
    pub payment_delay: Duration,
    /// Mail goes to this SMTP server (`smtp://`, `smtps://` URLs as lettre reads them) when set.
    pub smtp_url: Option<String>,
    /// Otherwise each message is an `.eml` file in this folder.
    pub mail_outbox: PathBuf,
    /// The sender of every message.
    pub mail_from: String,
    /// The site's address as customers reach it, for links in mail (never taken from a request's
    /// Host header, which a stranger could set to their own site).
    pub public_url: String,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let database_url = var("CINEMA_DATABASE_URL").unwrap_or_else(|| "cinema.db".into());
        let session_key = match var("CINEMA_SESSION_KEY") {
            Some(text) => parse_key(&text).context("CINEMA_SESSION_KEY")?,
            None => load_or_create_key(&key_path(&database_url))?,
        };
        let hold_seconds = match var("CINEMA_HOLD_SECONDS") {
            Some(text) => {
                let seconds: i64 = text
                    .trim()
                    .parse()
                    .context("CINEMA_HOLD_SECONDS must be a whole number of seconds")?;
                if !(1..=86_400).contains(&seconds) {
                    bail!("CINEMA_HOLD_SECONDS must be between 1 and 86400");
                }
                Some(seconds)
            }
            None => None,
        };
        let bind = var("CINEMA_BIND").unwrap_or_else(|| "127.0.0.1:8080".into());
        let mail_outbox = var("CINEMA_MAIL_OUTBOX")
            .map(PathBuf::from)
            .unwrap_or_else(|| outbox_beside(&database_url));
        Ok(Config {
            public_url: var("CINEMA_PUBLIC_URL")
                .unwrap_or_else(|| format!("http://{bind}"))
                .trim_end_matches('/')
                .to_owned(),
            bind,
            smtp_url: var("CINEMA_SMTP_URL"),
            mail_outbox,
            mail_from: var("CINEMA_MAIL_FROM").unwrap_or_else(|| "no-reply@localhost".into()),
            database_url,
            session_key,
            secure_cookie: flag(var("CINEMA_SECURE_COOKIE"), false)?,
            admin_email: var("CINEMA_ADMIN_EMAIL").unwrap_or_else(|| "admin@example.com".into()),
            admin_password: var("CINEMA_ADMIN_PASSWORD"),
            demo: flag(var("CINEMA_DEMO"), true)?,
            hold_seconds,
            sweep_interval: Duration::from_secs(30),
            workers: None,
            pool_size: 8,
            writer: crate::db::writer::Limits {
                queue: number(var("CINEMA_WRITER_QUEUE"), 1024, 1..=1_000_000)
                    .context("CINEMA_WRITER_QUEUE")?,
                ..Default::default()
            },
            body_deadline: Default::default(),
            trusted_proxies: crate::client_addr::parse_trusted(
                &var("CINEMA_TRUSTED_PROXIES").unwrap_or_default(),
            )
            .map_err(|e| anyhow::anyhow!("CINEMA_TRUSTED_PROXIES: {e}"))?,
            registrations_per_hour: number(var("CINEMA_REGISTRATIONS_PER_HOUR"), 20, 1..=1_000_000)
                .context("CINEMA_REGISTRATIONS_PER_HOUR")?,
            payment_delay: Duration::from_millis(
                number(var("CINEMA_PAYMENT_DELAY_MS"), 0, 0..=60_000)
                    .context("CINEMA_PAYMENT_DELAY_MS")?,
            ),
        })
    }
}

impl Config {
    /// A short-lived instance for tests and benchmarks: loopback on a random port, a fresh random
    /// session key, demo data, two workers, no registration limit to speak of, and the expiry sweep
    /// left to the caller.
    pub fn throwaway(database_url: impl Into<String>, admin_password: &str) -> Config {
        let database_url: String = database_url.into();
        Config {
            bind: "127.0.0.1:0".into(),
            // Many test servers share a folder: each keeps its own outbox.
            mail_outbox: PathBuf::from(format!("{database_url}.outbox")),
            smtp_url: None,
            mail_from: "no-reply@localhost".into(),
            public_url: "http://127.0.0.1".into(),
            database_url,
            session_key: crate::random::bytes::<64>().to_vec(),
            secure_cookie: false,
            admin_email: "admin@example.com".into(),
            admin_password: Some(admin_password.into()),
            demo: true,
            hold_seconds: None,
            sweep_interval: Duration::from_secs(3600),
            workers: Some(2),
            pool_size: 8,
            writer: Default::default(),
            body_deadline: Default::default(),
            trusted_proxies: Vec::new(),
            // Tests and benchmarks register many customers from one address.
            registrations_per_hour: 100_000,
            payment_delay: Duration::ZERO,
        }
    }
}

/// The default outbox: a folder `outbox` beside the database file.
fn outbox_beside(database_url: &str) -> PathBuf {
    Path::new(database_url)
        .parent()
        .map_or_else(|| PathBuf::from("outbox"), |dir| dir.join("outbox"))
}

/// A whole number within `range`, or `default` when not set.
fn number<T>(
    value: Option<String>,
    default: T,
    range: std::ops::RangeInclusive<T>,
) -> anyhow::Result<T>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display,
{
    let Some(text) = value else {
        return Ok(default);
    };
    let number: T = text
        .trim()
        .parse()
        .map_err(|_| anyhow::anyhow!("expected a whole number, got {text:?}"))?;
    if !range.contains(&number) {
        bail!("must be between {} and {}", range.start(), range.end());
    }
    Ok(number)
}

fn flag(value: Option<String>, default: bool) -> anyhow::Result<bool> {
    match value.as_deref().map(str::trim) {
        None => Ok(default),
        Some("1" | "true" | "yes") => Ok(true),
        Some("0" | "false" | "no") => Ok(false),
        Some(other) => bail!("expected 1 or 0, got {other:?}"),
    }
}

/// The key file lives beside the database: `cinema.db` keeps its key in `cinema.db.session-key`.
fn key_path(database_url: &str) -> PathBuf {
    PathBuf::from(format!("{database_url}.session-key"))
}

/// A key is given as hex (128+ characters) or as 64+ bytes of text.
fn parse_key(text: &str) -> anyhow::Result<Vec<u8>> {
    let text = text.trim();
    let key = crate::random::from_hex(text).unwrap_or_else(|| text.as_bytes().to_vec());
    if key.len() < 64 {
        bail!("the session key must be at least 64 bytes (128 hex characters)");
    }
    Ok(key)
}

fn load_or_create_key(path: &Path) -> anyhow::Result<Vec<u8>> {
    if let Ok(text) = std::fs::read_to_string(path) {
        return parse_key(&text).with_context(|| format!("session key file {}", path.display()));
    }
    let key = crate::random::bytes::<64>().to_vec();
    write_private(path, &crate::random::hex(&key))
        .with_context(|| format!("writing session key file {}", path.display()))?;
    log::info!("generated a new session key in {}", path.display());
    Ok(key)
}

#[cfg(unix)]
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(contents.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    std::fs::write(path, contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_are_refused() {
        assert!(parse_key("too short").is_err());
        assert_eq!(parse_key(&"ab".repeat(64)).unwrap().len(), 64);
        assert_eq!(parse_key(&"x".repeat(70)).unwrap().len(), 70);
    }

    #[test]
    fn flags_read_one_and_zero() {
        assert!(flag(Some("1".into()), false).unwrap());
        assert!(!flag(Some("0".into()), true).unwrap());
        assert!(flag(None, true).unwrap());
        assert!(flag(Some("maybe".into()), true).is_err());
    }
}
