//! The best N seats of a showing: a pure function of the hall's places and which of them are free.
//!
//! First choice: N free seats side by side in one row (a gap or aisle breaks a row), nearest the
//! hall's sweet spot (about two thirds of the way back, centred), leaving no single free seat
//! stranded beside the block. If no block avoids that, a block that strands one seat is taken;
//! if no row has N free seats together, the seats are split over two neighbouring rows. The answer
//! says which of these it came to. Wheelchair spaces and companion seats are chosen only when asked.

use super::kinds::SeatKind;

/// One place of the hall as the choice sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub id: i32,
    pub row: i32,
    pub col: i32,
    pub kind: SeatKind,
    pub free: bool,
}

/// How far the choice had to give way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relaxed {
    /// Side by side in one row, no seat stranded.
    No,
    /// Side by side in one row, but a single free seat is left beside the block.
    LoneSeat,
    /// Split over two neighbouring rows.
    TwoRows,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// The seats' ids, row by row, left to right.
    pub seats: Vec<i32>,
    pub relaxed: Relaxed,
}

/// A run of places that may be chosen, side by side in one row.
#[derive(Debug, Clone)]
struct Run<'a> {
    row: i32,
    places: Vec<&'a Place>,
}

fn eligible(p: &Place, accessible: bool) -> bool {
    p.free && (accessible || !matches!(p.kind, SeatKind::Wheelchair | SeatKind::Companion))
}

/// The runs of choosable places, row by row: a place that is not choosable, a gap in the columns
/// or the end of a row ends a run.
fn runs(places: &[Place], accessible: bool) -> Vec<Run<'_>> {
    let mut sorted: Vec<&Place> = places.iter().collect();
    sorted.sort_by_key(|p| (p.row, p.col));
    let mut out: Vec<Run> = Vec::new();
    let mut previous: Option<&Place> = None;
    for p in sorted {
        let continues = previous
            .is_some_and(|q| q.row == p.row && q.col + 1 == p.col && eligible(q, accessible));
        if eligible(p, accessible) {
            match out.last_mut() {
                Some(run) if continues => run.places.push(p),
                _ => out.push(Run {
                    row: p.row,
                    places: vec![p],
                }),
            }
        }
        previous = Some(p);
    }
    out
}

/// Where the hall's sweet spot is, in grid units: two thirds back, centred.
fn sweet_spot(places: &[Place]) -> (f64, f64) {
    let rows = places.iter().map(|p| p.row);
    let cols = places.iter().map(|p| p.col);
    let (first, last) = (rows.clone().min().unwrap_or(1), rows.max().unwrap_or(1));
    let (left, right) = (cols.clone().min().unwrap_or(1), cols.max().unwrap_or(1));
    (
        f64::from(first) + f64::from(last - first) * 2.0 / 3.0,
        f64::from(left + right) / 2.0,
    )
}

/// How far a block is from the sweet spot: rows weigh more than seats along a row.
fn distance(spot: (f64, f64), row: f64, centre: f64) -> f64 {
    (row - spot.0).abs() * 3.0 + (centre - spot.1).abs()
}

/// The best `n` seats, or `None` when the showing has not that many choosable free seats that fit
/// even over two rows.
pub fn best(places: &[Place], n: usize, accessible: bool) -> Option<Pick> {
    if n == 0 {
        return None;
    }
    let spot = sweet_spot(places);
    let runs = runs(places, accessible);
    // Each block within a run: (distance, strands a lone seat, seats).
    let mut blocks: Vec<(f64, bool, Vec<i32>)> = Vec::new();
    for run in &runs {
        let len = run.places.len();
        if len < n {
            continue;
        }
        for start in 0..=len - n {
            let block = &run.places[start..start + n];
            let (left, right) = (start, len - start - n);
            let lone = left == 1 || right == 1;
            let centre = f64::from(block[0].col + block[n - 1].col) / 2.0;
            blocks.push((
                distance(spot, f64::from(run.row), centre),
                lone,
                block.iter().map(|p| p.id).collect(),
            ));
        }
    }
    let nearest = |lone: bool| {
        blocks
            .iter()
            .filter(|b| b.1 == lone)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|b| b.2.clone())
    };
    if let Some(seats) = nearest(false) {
        return Some(Pick {
            seats,
            relaxed: Relaxed::No,
        });
    }
    if let Some(seats) = nearest(true) {
        return Some(Pick {
            seats,
            relaxed: Relaxed::LoneSeat,
        });
    }
    two_rows(&runs, n, spot).map(|seats| Pick {
        seats,
        relaxed: Relaxed::TwoRows,
    })
}

/// `k` seats of a run in one row and `n - k` of a run in the next row, nearest the sweet spot.
fn two_rows(runs: &[Run<'_>], n: usize, spot: (f64, f64)) -> Option<Vec<i32>> {
    let mut best: Option<(f64, Vec<i32>)> = None;
    for a in runs {
        for b in runs.iter().filter(|b| b.row == a.row + 1) {
            for k in 1..n {
                let (front, back) = (k, n - k);
                if a.places.len() < front || b.places.len() < back {
                    continue;
                }
                for i in 0..=a.places.len() - front {
                    for j in 0..=b.places.len() - back {
                        let first = &a.places[i..i + front];
                        let second = &b.places[j..j + back];
                        let centre = |s: &[&Place]| f64::from(s[0].col + s[s.len() - 1].col) / 2.0;
                        // Keep the two parts one above the other: their centres' offset counts.
                        let d = distance(
                            spot,
                            f64::from(a.row) + 0.5,
                            (centre(first) + centre(second)) / 2.0,
                        ) + (centre(first) - centre(second)).abs();
                        if best.as_ref().is_none_or(|(bd, _)| d < *bd) {
                            let seats = first.iter().chain(second).map(|p| p.id).collect();
                            best = Some((d, seats));
                        }
                    }
                }
            }
        }
    }
    best.map(|(_, seats)| seats)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A hall drawn as text: `.` no place, `o` a free seat, `x` a taken one, `w` a free wheelchair space.
    fn hall(text: &str) -> Vec<Place> {
        let mut id = 0;
        let mut out = Vec::new();
        for (r, line) in text.lines().enumerate() {
            for (c, ch) in line.chars().enumerate() {
                let (free, kind) = match ch {
                    'o' => (true, SeatKind::Standard),
                    'x' => (false, SeatKind::Standard),
                    'w' => (true, SeatKind::Wheelchair),
                    _ => continue,
                };
                id += 1;
                out.push(Place {
                    id,
                    row: r as i32 + 1,
                    col: c as i32 + 1,
                    kind,
                    free,
                });
            }
        }
        out
    }

    fn labels(places: &[Place], pick: &Pick) -> Vec<(i32, i32)> {
        pick.seats
            .iter()
            .map(|id| {
                let p = places.iter().find(|p| p.id == *id).unwrap();
                (p.row, p.col)
            })
            .collect()
    }

    #[test]
    fn picks_a_centred_block_two_thirds_back() {
        let places = hall("oooooooo\noooooooo\noooooooo\noooooooo");
        let pick = best(&places, 2, false).unwrap();
        assert_eq!(pick.relaxed, Relaxed::No);
        assert_eq!(labels(&places, &pick), [(3, 4), (3, 5)]);
    }

    #[test]
    fn an_aisle_breaks_a_block_and_a_lone_seat_is_avoided() {
        // Row 1: three free seats then an aisle; taking two of them would strand one.
        let places = hall("ooo.xxxx\nxxxxoooo");
        let pick = best(&places, 2, false).unwrap();
        assert_eq!(pick.relaxed, Relaxed::No);
        assert_eq!(labels(&places, &pick), [(2, 5), (2, 6)]);
        let pick = best(&places, 4, false).unwrap();
        assert_eq!(labels(&places, &pick), [(2, 5), (2, 6), (2, 7), (2, 8)]);
    }

    #[test]
    fn relaxes_to_a_lone_seat_then_to_two_rows_and_says_so() {
        let places = hall("xooox");
        let pick = best(&places, 2, false).unwrap();
        assert_eq!(pick.relaxed, Relaxed::LoneSeat);
        let places = hall("xooxx\nxxoox");
        let pick = best(&places, 4, false).unwrap();
        assert_eq!(pick.relaxed, Relaxed::TwoRows);
        assert_eq!(pick.seats.len(), 4);
        assert!(best(&hall("xoxox"), 2, false).is_none());
    }

    #[test]
    fn wheelchair_spaces_only_when_asked() {
        let places = hall("xwwx");
        assert!(best(&places, 2, false).is_none());
        assert_eq!(best(&places, 2, true).unwrap().seats.len(), 2);
    }

    fn arbitrary_hall() -> impl Strategy<Value = Vec<Place>> {
        prop::collection::vec(prop::collection::vec(0u8..4, 1..12), 1..6).prop_map(|rows| {
            let mut id = 0;
            let mut out = Vec::new();
            for (r, row) in rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    if *cell == 0 {
                        continue;
                    }
                    id += 1;
                    out.push(Place {
                        id,
                        row: r as i32 + 1,
                        col: c as i32 + 1,
                        kind: SeatKind::Standard,
                        free: *cell != 1,
                    });
                }
            }
            out
        })
    }

    /// Whether some block of `n` in one row strands no free seat: the same rule, found by brute force.
    fn some_block_strands_none(places: &[Place], n: usize) -> bool {
        let at = |r: i32, c: i32| places.iter().find(|p| p.row == r && p.col == c);
        places.iter().any(|start| {
            let block: Vec<_> = (0..n as i32)
                .map(|k| at(start.row, start.col + k))
                .collect();
            if !block.iter().all(|p| p.is_some_and(|p| p.free)) {
                return false;
            }
            let free = |c: i32| at(start.row, c).is_some_and(|p| p.free);
            let left_lone = free(start.col - 1) && !free(start.col - 2);
            let end = start.col + n as i32;
            let right_lone = free(end) && !free(end + 1);
            !left_lone && !right_lone
        })
    }

    proptest! {
        #[test]
        fn a_first_choice_is_free_adjacent_and_strands_no_seat(places in arbitrary_hall(), n in 1usize..5) {
            let pick = best(&places, n, false);
            if let Some(pick) = &pick {
                prop_assert_eq!(pick.seats.len(), n);
                let chosen: Vec<&Place> = pick.seats.iter().map(|id| places.iter().find(|p| p.id == *id).unwrap()).collect();
                prop_assert!(chosen.iter().all(|p| p.free));
                if pick.relaxed != Relaxed::TwoRows {
                    prop_assert!(chosen.windows(2).all(|w| w[0].row == w[1].row && w[0].col + 1 == w[1].col));
                }
            }
            let strands_none = some_block_strands_none(&places, n);
            prop_assert_eq!(
                pick.as_ref().is_some_and(|p| p.relaxed == Relaxed::No),
                strands_none
            );
        }
    }
}
