//! What a new password must be, said the same way wherever one is chosen (registration, a change
//! on the account page).

/// The fewest characters a password may have.
pub const MIN_LENGTH: usize = 8;
/// The most characters a password may have: hashing a longer one costs more for no more safety.
pub const MAX_LENGTH: usize = 256;

/// Why a new password is refused, in words for the person choosing it; `Ok` when it will do.
pub fn judge(password: &str) -> Result<(), String> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        Err(format!("Use at least {MIN_LENGTH} characters."))
    } else if length > MAX_LENGTH {
        Err(format!("Use at most {MAX_LENGTH} characters."))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_limits_are_kept() {
        assert!(judge("short").is_err());
        assert!(judge("long enough").is_ok());
        assert!(judge(&"x".repeat(MAX_LENGTH + 1)).is_err());
    }
}
