//! Booking codes: short, random, read aloud at the counter, so without look-alike characters.

/// No 0/O, 1/I/L: a code read from a phone screen or over the phone must not be ambiguous.
pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
pub const LENGTH: usize = 8;

/// A fresh random code. 31^8 (about 8.5e11) codes make a collision rare; the unique index catches one.
pub fn generate() -> String {
    let mut code = String::with_capacity(LENGTH);
    let mut buf = [0u8; 32];
    while code.len() < LENGTH {
        getrandom::fill(&mut buf).expect("the operating system's random source failed");
        // Rejection sampling keeps every character equally likely.
        let limit = 256 - (256 % ALPHABET.len());
        for &b in &buf {
            if (b as usize) < limit && code.len() < LENGTH {
                code.push(ALPHABET[b as usize % ALPHABET.len()] as char);
            }
        }
    }
    code
}

/// Accepts a code as typed (any case, surrounding space); `None` if it cannot be a code.
pub fn parse(input: &str) -> Option<String> {
    let code = input.trim().to_ascii_uppercase();
    (code.len() == LENGTH && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_parse_and_differ() {
        let a = generate();
        let b = generate();
        assert_eq!(parse(&a).as_deref(), Some(a.as_str()));
        assert_ne!(a, b);
    }

    #[test]
    fn parse_accepts_lower_case_and_refuses_ambiguous_characters() {
        assert_eq!(parse(" abcd2345 ").as_deref(), Some("ABCD2345"));
        assert_eq!(parse("ABCD234O"), None);
        assert_eq!(parse("ABCD2341"), None);
        assert_eq!(parse("ABC"), None);
        assert_eq!(parse("../../etc"), None);
    }
}
