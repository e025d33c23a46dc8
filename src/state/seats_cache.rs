//! The seats of a seat map as drawn for viewers who hold none of them, kept while they stay the same.
//!
//! Drawing 250 seats was a quarter of a seat map page's time, and reading their states another
//! sixth; yet every viewer who holds no seat of the showing sees exactly the same seats. So that
//! drawing is kept, under the showing's grid version (its seat-state version and the moment its next
//! live hold runs out, which change with any seat's state) and its hall's layout version. Each
//! request still asks the database for those versions; a drawing whose versions differ is not used.
//! So an instance never shows seats older than the database says they are, and several instances
//! need not tell each other anything. A viewer with a basket in the showing always gets a fresh
//! drawing, since some seats are theirs.
//!
//! Beside a drawing its gzip part is kept, made the first time a client that takes gzip asks for
//! that drawing: the page around it is compressed per request, the seats once.

use crate::i18n::Lang;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use crate::db::seat_map::GridVersion;
use crate::gzip_parts::Deflated;

/// Drawings of more showings than this at once are not worth keeping; the cache starts over.
const MOST_SHOWINGS: usize = 64;

/// What a drawing was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeatsKey {
    pub grid: GridVersion,
    /// The seats' labels for screen readers are words in this language.
    pub lang: Lang,
}

struct Kept {
    key: SeatsKey,
    html: Arc<str>,
    deflated: Option<Arc<Deflated>>,
}

#[derive(Default)]
pub struct SeatsCache {
    drawings: Mutex<HashMap<(i32, Lang), Kept>>,
}

impl SeatsCache {
    /// The showing's seats as drawn from `key`, if that drawing is kept.
    pub fn get(&self, showing_id: i32, key: SeatsKey) -> Option<Arc<str>> {
        self.lock()
            .get(&(showing_id, key.lang))
            .filter(|kept| kept.key == key)
            .map(|kept| kept.html.clone())
    }

    /// The gzip part of `html`, the showing's drawing under `key`: the kept one, or made now (and
    /// kept while the drawing is).
    pub fn deflated(
        &self,
        showing_id: i32,
        key: SeatsKey,
        html: &Arc<str>,
    ) -> Option<Arc<Deflated>> {
        let same = |kept: &Kept| kept.key == key && Arc::ptr_eq(&kept.html, html);
        if let Some(deflated) = self
            .lock()
            .get(&(showing_id, key.lang))
            .filter(|kept| same(kept))
            .and_then(|kept| kept.deflated.clone())
        {
            return Some(deflated);
        }
        // Compressed outside the lock: other showings' viewers need not wait for it.
        let deflated = Arc::new(Deflated::part(html.as_bytes())?);
        if let Some(kept) = self
            .lock()
            .get_mut(&(showing_id, key.lang))
            .filter(|kept| same(kept))
        {
            kept.deflated = Some(deflated.clone());
        }
        Some(deflated)
    }

    pub fn put(&self, showing_id: i32, key: SeatsKey, html: Arc<str>) {
        let mut drawings = self.lock();
        if drawings.len() >= MOST_SHOWINGS && !drawings.contains_key(&(showing_id, key.lang)) {
            drawings.clear();
        }
        drawings.insert(
            (showing_id, key.lang),
            Kept {
                key,
                html,
                deflated: None,
            },
        );
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(i32, Lang), Kept>> {
        self.drawings.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
