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
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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

#[cfg(test)]
mod tests {
    #[test]
    fn hex_round_trips() {
        let bytes = super::bytes::<16>();
        assert_eq!(super::from_hex(&super::hex(&bytes)).unwrap(), bytes);
        assert_eq!(super::from_hex("zz"), None);
        assert_eq!(super::token().len(), 64);
    }
}
