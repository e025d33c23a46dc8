//! The compressed stretches of pages, kept by the page's shape: its text with each of the viewer's
//! own strings blanked out.
//!
//! A shape's stretches are compressed in one deflate stream, each ended by a sync flush, so a
//! stretch may refer back to the stretches before it as deflate would in one piece of text. The
//! viewer's strings are blanked with control characters that page text never holds: nothing refers
//! into them, so another viewer's strings of the same lengths can stand there instead, and the
//! stretches compressed for the first viewer of a shape serve every other.
//!
//! Kept by the text itself, not by what it was made from: a stretch is used only for exactly the
//! same text, so nothing a page shows can be stale, whatever changed. A page shown to one viewer
//! alone (with a flash message) is kept like the rest; when the cache is full it starts over,
//! which bounds its memory (a shape is about 10 KB of text and 2 KB compressed).
//!
//! A shape depends on the lengths of the viewer's strings (a signed-in name), so many showings seen
//! by names of many lengths may need more shapes than are kept. A miss compresses the page around
//! the seats once (about 4 KB of text, tens of microseconds), which is what every answer cost
//! before this cache: the worst case is the old one, not worse.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use flate2::{Compress, Compression, FlushCompress};

use super::{Deflated, crc_of, deflate_more};

/// Shapes beyond this many are not worth keeping; the cache starts over.
const MOST_SHAPES: usize = 256;

/// What stands in for a viewer's string in a shape: a control character no page text holds.
pub const BLANK: char = '\u{1}';

/// A shape's stretches, compressed, in order.
pub type Stretches = Arc<[Arc<Deflated>]>;

#[derive(Default)]
pub struct PartCache {
    shapes: RwLock<HashMap<Box<str>, Stretches>>,
}

impl PartCache {
    /// The stretches of `shape` between its blanks (`blanks`: their byte ranges, in order),
    /// compressed: as kept, or now (and then kept). `None` if compressing fails.
    pub fn stretches(&self, shape: &str, blanks: &[(usize, usize)]) -> Option<Stretches> {
        if let Some(kept) = self
            .shapes
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(shape)
        {
            return Some(kept.clone());
        }
        // Compressed outside the lock: other answers need not wait for it.
        let made: Stretches = compress(shape, blanks)?.into();
        let mut shapes = self.shapes.write().unwrap_or_else(PoisonError::into_inner);
        if shapes.len() >= MOST_SHAPES {
            shapes.clear();
        }
        shapes.insert(shape.into(), made.clone());
        Some(made)
    }

    /// How many shapes are kept.
    pub fn len(&self) -> usize {
        self.shapes
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The stretches between `blanks`, one per gap (empty ones too), compressed as one stream whose
/// blanks' own output is left out.
fn compress(shape: &str, blanks: &[(usize, usize)]) -> Option<Vec<Arc<Deflated>>> {
    let mut compress = Compress::new(Compression::best(), false);
    let mut stretches = Vec::with_capacity(blanks.len() + 1);
    let mut at = 0;
    for &(start, end) in blanks.iter().chain([(shape.len(), shape.len())].iter()) {
        let text = &shape.as_bytes()[at..start];
        stretches.push(Arc::new(Deflated {
            bytes: deflate_more(&mut compress, text, FlushCompress::Sync)?,
            crc: crc_of(text),
        }));
        if end > start {
            // The blank goes through the stream, so distances after it are right; its bytes are
            // replaced by the viewer's string's.
            deflate_more(
                &mut compress,
                &shape.as_bytes()[start..end],
                FlushCompress::Sync,
            )?;
        }
        at = end;
    }
    Some(stretches)
}
