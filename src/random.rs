//! Random tokens from the operating system's source.

/// 32 random bytes as 64 hex characters.
pub fn token() -> String {
    hex(&bytes::<32>())
}

pub fn bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).expect("the operating system's random source failed");
    buf
}

pub fn hex(bytes: &[u8]) -> String {
    // Every page masks its CSRF token afresh: one allocation, not one per byte.
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A password for an administrator to hand over once, such as `k7pq-3mzx-w9ha-e4tn`: 16 letters
/// and digits that cannot be mistaken for one another (about 79 bits).
pub fn one_time_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut out = String::with_capacity(19);
    let mut picked = 0;
    while picked < 16 {
        for b in bytes::<32>() {
            // Rejection keeps every character equally likely (248 = 8 × 31).
            if b < 248 && picked < 16 {
                if picked > 0 && picked % 4 == 0 {
                    out.push('-');
                }
                out.push(ALPHABET[usize::from(b) % ALPHABET.len()] as char);
                picked += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn hex_round_trips() {
        let bytes = super::bytes::<16>();
        assert_eq!(super::from_hex(&super::hex(&bytes)).unwrap(), bytes);
        assert_eq!(super::hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(super::from_hex("zz"), None);
        assert_eq!(super::token().len(), 64);
    }

    #[test]
    fn one_time_passwords_are_four_groups_of_unmistakable_characters() {
        let a = super::one_time_password();
        assert_eq!(a.len(), 19);
        let groups: Vec<&str> = a.split('-').collect();
        assert_eq!(groups.len(), 4);
        assert!(groups.iter().all(|g| g.len() == 4));
        assert!(!a.contains(['0', '1', 'l', 'o', 'i']), "{a}");
        assert_ne!(a, super::one_time_password());
    }
}
