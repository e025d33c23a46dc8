//! Hall seat layouts written as text, one line per row: how demo halls (and later the admin's layout
//! editor) describe where seats, aisles and gaps are.
//!
//! A line is `LABEL: cells`; each cell is `s` standard, `v` VIP, `w` wheelchair space, `c` companion
//! seat, or `.` for an aisle or gap. Seats are numbered from 1, left to right, skipping gaps.

use super::kinds::SeatKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutSeat {
    pub row_label: String,
    pub number: i32,
    pub kind: SeatKind,
    pub grid_row: i32,
    pub grid_col: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub grid_rows: i32,
    pub grid_cols: i32,
    pub seats: Vec<LayoutSeat>,
}

pub fn parse(text: &str) -> Result<Layout, String> {
    let mut seats = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let mut grid_cols = 0;
    let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    for (index, line) in lines.enumerate() {
        let grid_row = index as i32 + 1;
        let (label, cells) = line.split_once(':').ok_or_else(|| {
            format!("Line {grid_row} needs a row label and a colon, like \"A: ssss\".")
        })?;
        let label = label.trim().to_uppercase();
        if label.is_empty() || label.len() > 3 || !label.chars().all(|c| c.is_ascii_alphanumeric())
        {
            return Err(format!(
                "Line {grid_row}: a row label is one to three letters or digits."
            ));
        }
        if labels.contains(&label) {
            return Err(format!("Row {label} appears twice."));
        }
        labels.push(label.clone());
        let mut number = 0;
        let cells = cells.trim();
        for (col, cell) in cells.chars().enumerate() {
            let kind = match cell {
                '.' => continue,
                's' => SeatKind::Standard,
                'v' => SeatKind::Vip,
                'w' => SeatKind::Wheelchair,
                'c' => SeatKind::Companion,
                other => {
                    return Err(format!(
                        "Row {label}: {other:?} is not a seat kind (use s, v, w, c or .)."
                    ));
                }
            };
            number += 1;
            seats.push(LayoutSeat {
                row_label: label.clone(),
                number,
                kind,
                grid_row,
                grid_col: col as i32 + 1,
            });
        }
        grid_cols = grid_cols.max(cells.chars().count() as i32);
    }
    if seats.is_empty() {
        return Err("A hall needs at least one seat.".into());
    }
    Ok(Layout {
        grid_rows: labels.len() as i32,
        grid_cols,
        seats,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_seats_left_to_right_skipping_gaps() {
        let layout = parse("A: wc..ss\nB: ssssss").unwrap();
        assert_eq!((layout.grid_rows, layout.grid_cols), (2, 6));
        let a: Vec<_> = layout
            .seats
            .iter()
            .filter(|s| s.row_label == "A")
            .map(|s| (s.number, s.grid_col, s.kind))
            .collect();
        assert_eq!(
            a,
            [
                (1, 1, SeatKind::Wheelchair),
                (2, 2, SeatKind::Companion),
                (3, 5, SeatKind::Standard),
                (4, 6, SeatKind::Standard)
            ]
        );
        assert_eq!(layout.seats.len(), 10);
    }

    #[test]
    fn refuses_unknown_cells_duplicate_rows_and_empty_halls() {
        assert!(parse("A: ssx").is_err());
        assert!(parse("A: ss\nA: ss").is_err());
        assert!(parse("A: ...").is_err());
        assert!(parse("ssss").is_err());
    }
}
