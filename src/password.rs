//! argon2id password hashes as PHC strings. Both calls are deliberately slow: handlers use
//! [`hash_off_workers`] and [`verify_off_workers`], which run them on the blocking thread pool, a few at a time.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use std::sync::Arc;

use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::AppError;

/// argon2id with 7 MiB and 5 passes: one of OWASP's equivalent settings (19 MiB with 2 passes is
/// another; each costs about the same time). The server hashes on every login, registration and
/// password change, and the smaller block keeps a burst of them within the memory a small machine
/// gives the server. Hashes made with other settings still verify: the PHC string names its own.
fn hasher() -> Argon2<'static> {
    const PARAMS: Params = match Params::new(7 * 1024, 5, 1, None) {
        Ok(params) => params,
        Err(_) => panic!("invalid argon2 parameters"),
    };
    Argon2::new(Algorithm::Argon2id, Version::V0x13, PARAMS)
}

/// At most one hash per core at a time: more would not finish sooner, and each holds its memory
/// block while it waits for a core.
fn hashing_slots() -> Arc<tokio::sync::Semaphore> {
    static SLOTS: std::sync::OnceLock<Arc<tokio::sync::Semaphore>> = std::sync::OnceLock::new();
    SLOTS
        .get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            Arc::new(tokio::sync::Semaphore::new(cores))
        })
        .clone()
}

/// A hashing slot, held by the hash itself: a request cancelled while its hash runs does not free
/// the slot before the hash is done.
async fn slot() -> Result<tokio::sync::OwnedSemaphorePermit, AppError> {
    hashing_slots()
        .acquire_owned()
        .await
        .map_err(AppError::unexpected)
}

/// [`hash`] on the blocking thread pool, waiting for a free hashing slot first.
pub async fn hash_off_workers(password: String) -> Result<String, AppError> {
    let slot = slot().await?;
    actix_web::web::block(move || {
        let _slot = slot;
        hash(&password)
    })
    .await?
    .map_err(AppError::Unexpected)
}

/// [`verify`] on the blocking thread pool, waiting for a free hashing slot first.
pub async fn verify_off_workers(
    password: String,
    stored: Option<String>,
) -> Result<bool, AppError> {
    let slot = slot().await?;
    Ok(actix_web::web::block(move || {
        let _slot = slot;
        verify(&password, stored.as_deref().unwrap_or_else(|| dummy_hash()))
    })
    .await?)
}

pub fn hash(password: &str) -> anyhow::Result<String> {
    let hash = hasher()
        .hash_password(password.as_bytes())
        .map_err(|e| anyhow::anyhow!("hashing a password failed: {e}"))?;
    Ok(hash.to_string())
}

/// True when `password` matches the stored PHC string; a malformed stored hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(e) => {
            log::error!("stored password hash is malformed: {e}");
            false
        }
    }
}

/// A hash of a random password: verifying against it costs the same as a real one, so a login for an
/// unknown e-mail takes as long as one with a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash(&crate::random::token()).expect("hashing a random password"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashes_are_argon2id_and_verify() {
        let stored = super::hash("correct horse").unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=7168,t=5,p=1$"));
        assert!(super::verify("correct horse", &stored));
        assert!(!super::verify("wrong horse", &stored));
        assert!(!super::verify("x", "not a hash"));
    }

    #[test]
    fn hashes_made_with_the_crates_default_settings_still_verify() {
        use argon2::password_hash::PasswordHasher;
        let old = argon2::Argon2::default()
            .hash_password(b"correct horse")
            .unwrap()
            .to_string();
        assert!(old.contains("m=19456,t=2"));
        assert!(super::verify("correct horse", &old));
        assert!(!super::verify("wrong horse", &old));
    }
}
