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

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use crate::db::seat_map::GridVersion;

/// Drawings of more showings than this at once are not worth keeping; the cache starts over.
const MOST_SHOWINGS: usize = 64;

/// What a drawing was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeatsKey {
    pub grid: GridVersion,
}

#[derive(Default)]
pub struct SeatsCache {
    drawings: Mutex<HashMap<i32, (SeatsKey, Arc<str>)>>,
}

impl SeatsCache {
    /// The showing's seats as drawn from `key`, if that drawing is kept.
    pub fn get(&self, showing_id: i32, key: SeatsKey) -> Option<Arc<str>> {
        self.lock()
            .get(&showing_id)
            .filter(|(kept, _)| *kept == key)
            .map(|(_, html)| html.clone())
    }

    pub fn put(&self, showing_id: i32, key: SeatsKey, html: Arc<str>) {
        let mut drawings = self.lock();
        if drawings.len() >= MOST_SHOWINGS && !drawings.contains_key(&showing_id) {
            drawings.clear();
        }
        drawings.insert(showing_id, (key, html));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i32, (SeatsKey, Arc<str>)>> {
        self.drawings.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
