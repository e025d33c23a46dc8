//! Deflate blocks written by hand for the few bytes of an answer that are its viewer's own (a masked
//! CSRF token, a name): too short and too random for a compressor to be worth starting, and a
//! token repeated in one page is sent once and then as a reference back to it (RFC 1951).
//!
//! Every block written here ends on a byte boundary and is not the last, like the parts compressed
//! with a full flush that it sits between.

/// Appends `data` as stored blocks (at most 65,535 bytes each).
pub fn stored(out: &mut Vec<u8>, data: &[u8]) {
    for chunk in data.chunks(usize::from(u16::MAX)) {
        let len = u16::try_from(chunk.len()).unwrap_or(u16::MAX);
        // Not final, stored; the rest of the header byte is padding.
        out.push(0);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
}

/// The empty final block that ends the stream.
pub fn finish(out: &mut Vec<u8>) {
    out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
}

/// The farthest back a reference reaches.
pub const WINDOW: usize = 32 * 1024;

/// Appends a block that repeats the `len` bytes found `distance` bytes back in the uncompressed
/// stream (`distance` at most [`WINDOW`], `len` at least 3), then an empty stored block, which
/// brings the stream back to a byte boundary.
pub fn repeat(out: &mut Vec<u8>, distance: usize, len: usize) {
    debug_assert!((1..=WINDOW).contains(&distance) && len >= 3);
    let mut bits = Bits {
        out,
        acc: 0,
        count: 0,
    };
    // Not final, fixed Huffman codes.
    bits.put(0b010, 3);
    let mut left = len;
    while left > 0 {
        // A match is 3 to 258 bytes; never leave fewer than 3 for the next one.
        let take = match left {
            0..=258 => left,
            259..=260 => left - 3,
            _ => 258,
        };
        let (symbol, extra, extra_bits) = length_code(take);
        bits.symbol(symbol);
        bits.put(extra, extra_bits);
        let (code, extra, extra_bits) = distance_code(distance);
        bits.code(code, 5);
        bits.put(extra, extra_bits);
        left -= take;
    }
    // End of block, then an empty stored block's header (not final, stored).
    bits.symbol(256);
    bits.put(0, 3);
    bits.align();
    out.extend_from_slice(&[0, 0, 0xff, 0xff]);
}

/// Bits written from the least significant end, as deflate reads them.
struct Bits<'a> {
    out: &'a mut Vec<u8>,
    acc: u32,
    count: u32,
}

impl Bits<'_> {
    fn put(&mut self, value: u32, count: u32) {
        self.acc |= value << self.count;
        self.count += count;
        while self.count >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.count -= 8;
        }
    }

    /// A Huffman code, which deflate packs starting from its most significant bit.
    fn code(&mut self, code: u32, len: u32) {
        self.put(code.reverse_bits() >> (32 - len), len);
    }

    /// A literal/length symbol in the fixed code (only the ones written here: 256 to 285).
    fn symbol(&mut self, symbol: u32) {
        if symbol < 280 {
            self.code(symbol - 256, 7);
        } else {
            self.code(0b1100_0000 + symbol - 280, 8);
        }
    }

    fn align(&mut self) {
        if self.count > 0 {
            self.out.push(self.acc as u8);
        }
        self.acc = 0;
        self.count = 0;
    }
}

/// The symbol of a match length (3..=258), its extra bits' value and their number.
fn length_code(len: usize) -> (u32, u32, u32) {
    const BASES: [u16; 29] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
        131, 163, 195, 227, 258,
    ];
    const EXTRA: [u32; 29] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ];
    let len = len as u16;
    let i = BASES.iter().rposition(|&b| b <= len).unwrap_or(0);
    (257 + i as u32, u32::from(len - BASES[i]), EXTRA[i])
}

/// The code of a match distance (1..=32768), its extra bits' value and their number.
fn distance_code(distance: usize) -> (u32, u32, u32) {
    const BASES: [u32; 30] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
        2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ];
    let distance = distance as u32;
    let i = BASES.iter().rposition(|&b| b <= distance).unwrap_or(0);
    let extra_bits = if i < 4 { 0 } else { (i as u32 - 2) / 2 };
    (i as u32, distance - BASES[i], extra_bits)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn inflate(stream: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::DeflateDecoder::new(stream)
            .read_to_end(&mut out)
            .expect("a deflate stream");
        out
    }

    #[test]
    fn stored_and_repeated_bytes_read_back() {
        let token = b"0123456789abcdef".repeat(8);
        for gap in [0usize, 1, 5, 300, 5000, 30_000] {
            for len in [3usize, 4, 10, 11, 128, 258, 259, 260, 261, 600] {
                let piece = &token.repeat(5)[..len];
                let filler = vec![b'x'; gap];
                let mut stream = Vec::new();
                stored(&mut stream, piece);
                stored(&mut stream, &filler);
                if gap + len <= WINDOW {
                    repeat(&mut stream, gap + len, len);
                } else {
                    stored(&mut stream, piece);
                }
                finish(&mut stream);
                let expected = [piece, &filler[..], piece].concat();
                assert_eq!(inflate(&stream), expected, "gap {gap}, len {len}");
            }
        }
    }

    #[test]
    fn a_repeat_costs_a_few_bytes() {
        let mut stream = Vec::new();
        repeat(&mut stream, 4000, 128);
        assert!(stream.len() <= 12, "{} bytes", stream.len());
    }

    #[test]
    fn long_stored_data_is_split_into_blocks() {
        let data: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let mut stream = Vec::new();
        stored(&mut stream, &data);
        finish(&mut stream);
        assert_eq!(inflate(&stream), data);
    }
}
