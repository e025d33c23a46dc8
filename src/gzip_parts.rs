//! A gzip answer put together from parts compressed apart, so that a large part every viewer
//! shares (a seat map's 250 seats) is compressed once and not for every request.
//!
//! Each part is a raw deflate stream ended by a full flush: it ends on a byte boundary, is not the
//! last block, and refers to nothing before it, so parts can follow each other in any order. The
//! last part is finished instead (its final block). The gzip trailer's CRC-32 is combined from the
//! parts' CRCs, so the shared part is never read again.

use actix_web::HttpRequest;
use actix_web::http::header::ACCEPT_ENCODING;
use flate2::{Compress, Compression, Crc, FlushCompress};

/// One part, compressed.
pub struct Deflated {
    bytes: Vec<u8>,
    crc: Crc,
}

impl Deflated {
    /// Compresses `data` as a part that more parts follow, as small as deflate makes it: a shared
    /// part is compressed once and sent many times.
    pub fn part(data: &[u8]) -> Option<Deflated> {
        Some(Deflated {
            bytes: deflate(data, Compression::best(), FlushCompress::Full)?,
            crc: crc_of(data),
        })
    }
}

/// The gzip file of `head`, the shared `middle` and `tail`, in that order.
pub fn gzip(head: &[u8], middle: &Deflated, tail: &[u8]) -> Option<Vec<u8>> {
    // The parts of one answer are small and compressed every time: the fastest level.
    let head_part = deflate(head, Compression::fast(), FlushCompress::Full)?;
    let tail_part = deflate(tail, Compression::fast(), FlushCompress::Finish)?;
    let mut crc = crc_of(head);
    crc.combine(&middle.crc);
    crc.combine(&crc_of(tail));
    let mut out = Vec::with_capacity(18 + head_part.len() + middle.bytes.len() + tail_part.len());
    // Magic, deflate, no flags, no time, no extra flags, unknown system (RFC 1952).
    out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
    out.extend_from_slice(&head_part);
    out.extend_from_slice(&middle.bytes);
    out.extend_from_slice(&tail_part);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&crc.amount().to_le_bytes());
    Some(out)
}

/// Whether the client takes gzip (`Accept-Encoding: gzip`, not `gzip;q=0`).
pub fn accepted(req: &HttpRequest) -> bool {
    req.headers()
        .get_all(ACCEPT_ENCODING)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut fields = coding.split(';').map(str::trim);
            fields
                .next()
                .is_some_and(|c| c.eq_ignore_ascii_case("gzip"))
                && !fields.any(|p| {
                    p.strip_prefix("q=")
                        .and_then(|q| q.parse::<f32>().ok())
                        .is_some_and(|q| q <= 0.0)
                })
        })
}

fn crc_of(data: &[u8]) -> Crc {
    let mut crc = Crc::new();
    crc.update(data);
    crc
}

/// `None` if the deflater fails (it does not, compressing into memory; a truncated part would
/// corrupt the answer, so the caller then sends it uncompressed).
fn deflate(data: &[u8], level: Compression, flush: FlushCompress) -> Option<Vec<u8>> {
    let mut compress = Compress::new(level, false);
    let mut out = Vec::with_capacity(data.len() / 4 + 64);
    loop {
        let read = compress.total_in() as usize;
        match compress.compress_vec(&data[read..], &mut out, flush) {
            Ok(_) if compress.total_in() as usize == data.len() && out.len() < out.capacity() => {
                return Some(out);
            }
            Ok(_) => out.reserve(out.capacity().max(64)),
            Err(e) => {
                log::warn!("deflate failed: {e}");
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn gunzip(bytes: &[u8]) -> String {
        let mut out = String::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_string(&mut out)
            .expect("a gzip file");
        out
    }

    #[test]
    fn parts_compressed_apart_read_back_as_one_text() {
        let middle: String = (0..2000)
            .map(|i| format!("<b id=\"s{i}\">{i}</b>"))
            .collect();
        let shared = Deflated::part(middle.as_bytes()).unwrap();
        for (head, tail) in [("<p>head</p>", "<p>tail</p>"), ("", ""), ("x", "")] {
            let file = gzip(head.as_bytes(), &shared, tail.as_bytes()).unwrap();
            assert_eq!(gunzip(&file), format!("{head}{middle}{tail}"));
            assert!(file.len() * 4 < middle.len(), "{} bytes", file.len());
        }
        let empty = Deflated::part(b"").unwrap();
        assert_eq!(gunzip(&gzip(b"a", &empty, b"b").unwrap()), "ab");
    }

    #[test]
    fn gzip_is_taken_unless_refused() {
        let with = |value: &str| {
            let req = actix_web::test::TestRequest::default()
                .insert_header((ACCEPT_ENCODING, value))
                .to_http_request();
            accepted(&req)
        };
        assert!(with("gzip, deflate, br, zstd"));
        assert!(with("br;q=1.0, GZIP;q=0.5"));
        assert!(!with("gzip;q=0"));
        assert!(!with("br, zstd"));
        assert!(!with("identity"));
        assert!(!accepted(
            &actix_web::test::TestRequest::default().to_http_request()
        ));
    }
}
