//! A gzip answer put together from parts compressed apart, so that a large part every viewer
//! shares (a seat map's 250 seats) is compressed once and not for every request.
//!
//! Each part is a raw deflate stream ended by a full flush: it ends on a byte boundary, is not the
//! last block, and refers to nothing before it, so parts can follow each other in any order. The
//! stream ends with an empty final block. The gzip trailer's CRC-32 is combined from the parts'
//! CRCs, so a shared part is never read again.
//!
//! The page around the shared part is cut at its viewer's own strings (the masked CSRF token, their
//! name): the stretches between them are the same for every viewer of that page, so they too are
//! compressed once (see [`PartCache`]), and the viewer's strings are sent as they are (see
//! [`blocks`]). An answer is then put together without compressing anything.

pub mod blocks;
mod cache;

use std::sync::Arc;

use actix_web::HttpRequest;
use actix_web::http::header::ACCEPT_ENCODING;
use flate2::{Compress, Compression, Crc, FlushCompress};

pub use cache::PartCache;

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

/// A piece of an answer put together by [`gzip`].
pub enum Piece<'a> {
    /// Text compressed before.
    Shared(Arc<Deflated>),
    /// The viewer's own bytes: sent as they are, or as a reference back to where the same bytes
    /// were sent before in this answer.
    Own(&'a [u8]),
}

/// Cuts `text` at every occurrence of `own`'s strings into pieces: the stretches between them
/// compressed once per shape of the page in `cache`, the occurrences as the viewer's own. `None` if
/// compressing fails.
pub fn cut<'t>(
    text: &'t str,
    own: &[&str],
    cache: &PartCache,
    out: &mut Vec<Piece<'t>>,
) -> Option<()> {
    // Text that holds the blank itself could be referred into where a viewer's string goes.
    if text.contains(cache::BLANK) {
        return None;
    }
    let mut found: Vec<(usize, usize)> = own
        .iter()
        .filter(|s| !s.is_empty())
        .flat_map(|s| {
            memchr::memmem::find_iter(text.as_bytes(), s.as_bytes()).map(|at| (at, at + s.len()))
        })
        .collect();
    found.sort_unstable();
    // One string inside another (a name inside the token, say) is sent with the outer one.
    let mut blanks: Vec<(usize, usize)> = Vec::with_capacity(found.len());
    for (start, end) in found {
        if blanks.last().is_none_or(|&(_, last)| start >= last) {
            blanks.push((start, end));
        }
    }
    let mut shape = String::with_capacity(text.len());
    let mut at = 0;
    for &(start, end) in &blanks {
        shape.push_str(&text[at..start]);
        shape.extend(std::iter::repeat_n(cache::BLANK, end - start));
        at = end;
    }
    shape.push_str(&text[at..]);
    let stretches = cache.stretches(&shape, &blanks)?;
    for (i, stretch) in stretches.iter().enumerate() {
        out.push(Piece::Shared(stretch.clone()));
        if let Some(&(start, end)) = blanks.get(i) {
            out.push(Piece::Own(&text.as_bytes()[start..end]));
        }
    }
    Some(())
}

/// The gzip file of `pieces`, in their order.
pub fn gzip(pieces: &[Piece<'_>]) -> Vec<u8> {
    let size: usize = pieces
        .iter()
        .map(|p| match p {
            Piece::Shared(d) => d.bytes.len(),
            Piece::Own(b) => b.len() + 5,
        })
        .sum();
    let mut out = Vec::with_capacity(size + 32);
    // Magic, deflate, no flags, no time, no extra flags, unknown system (RFC 1952).
    out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
    let mut crc = Crc::new();
    // Where each of the viewer's strings was last sent, in the uncompressed text.
    let mut sent: Vec<(&[u8], usize)> = Vec::new();
    let mut position = 0usize;
    for piece in pieces {
        match piece {
            Piece::Shared(d) => {
                out.extend_from_slice(&d.bytes);
                crc.combine(&d.crc);
                position += d.crc.amount() as usize;
            }
            Piece::Own(bytes) => {
                let before = sent.iter_mut().find(|(b, _)| b == bytes);
                match before {
                    Some((_, at)) if bytes.len() >= 3 && position - *at <= blocks::WINDOW => {
                        blocks::repeat(&mut out, position - *at, bytes.len());
                        *at = position;
                    }
                    Some((_, at)) => {
                        blocks::stored(&mut out, bytes);
                        *at = position;
                    }
                    None => {
                        blocks::stored(&mut out, bytes);
                        sent.push((bytes, position));
                    }
                }
                crc.update(bytes);
                position += bytes.len();
            }
        }
    }
    blocks::finish(&mut out);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&(position as u32).to_le_bytes());
    out
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
    deflate_more(&mut Compress::new(level, false), data, flush)
}

/// `data` through `compress`, which may have compressed text before it (that `data` may refer
/// back to), ended by `flush`.
fn deflate_more(compress: &mut Compress, data: &[u8], flush: FlushCompress) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 + 64);
    let start = compress.total_in();
    loop {
        let read = (compress.total_in() - start) as usize;
        match compress.compress_vec(&data[read..], &mut out, flush) {
            Ok(_) if read_all(compress, start, data) && out.len() < out.capacity() => {
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

fn read_all(compress: &Compress, start: u64, data: &[u8]) -> bool {
    (compress.total_in() - start) as usize == data.len()
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
        let shared = Arc::new(Deflated::part(middle.as_bytes()).unwrap());
        let cache = PartCache::default();
        let token = "5f".repeat(64);
        for (head, tail) in [
            (
                format!("<p>head</p><i>{token}</i><b>Ann</b>"),
                format!("<p>{token}</p>"),
            ),
            (String::new(), String::new()),
            ("x".to_owned(), token.clone()),
            (format!("{token}{token}"), "Ann".to_owned()),
        ] {
            let mut pieces = Vec::new();
            cut(&head, &[&token, "Ann"], &cache, &mut pieces).unwrap();
            pieces.push(Piece::Shared(shared.clone()));
            cut(&tail, &[&token, "Ann"], &cache, &mut pieces).unwrap();
            let file = gzip(&pieces);
            assert_eq!(gunzip(&file), format!("{head}{middle}{tail}"));
            assert!(file.len() * 4 < middle.len(), "{} bytes", file.len());
        }
        assert_eq!(gunzip(&gzip(&[])), "");
    }

    #[test]
    fn a_repeated_own_string_is_sent_once() {
        let cache = PartCache::default();
        let token = "a1b2c3d4".repeat(16);
        let page = format!("<meta content=\"{token}\"><form><input value=\"{token}\"></form>");
        let mut pieces = Vec::new();
        cut(&page, &[&token], &cache, &mut pieces).unwrap();
        let once = gzip(&pieces);
        assert_eq!(gunzip(&once), page);
        assert!(
            once.len() < page.len() - token.len() + 60,
            "{} bytes",
            once.len()
        );
        // The stretches between the tokens are kept: another token reuses them.
        let kept = cache.len();
        let other = "9f8e7d6c".repeat(16);
        let second = page.replace(&token, &other);
        let mut pieces = Vec::new();
        cut(&second, &[&other], &cache, &mut pieces).unwrap();
        assert_eq!(gunzip(&gzip(&pieces)), second);
        assert_eq!(cache.len(), kept);
    }

    #[test]
    fn shared_text_like_a_viewers_string_never_refers_into_it() {
        let cache = PartCache::default();
        let first = "c0ffee".repeat(20);
        let page = |token: &str| format!("<p>{first}</p><i>{token}</i><p>{first}{first}</p>");
        for token in [
            first.clone(),
            "deadbe".repeat(20),
            "c0ffee".repeat(19) + "000000",
        ] {
            let text = page(&token);
            let mut pieces = Vec::new();
            cut(&text, &[&token], &cache, &mut pieces).unwrap();
            assert_eq!(gunzip(&gzip(&pieces)), text);
        }
        let mut pieces = Vec::new();
        assert!(cut("a\u{1}b", &["b"], &cache, &mut pieces).is_none());
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
