//! Hall seat layouts written as text: what the back office's layout editor reads, and how it shows a
//! saved layout again.
//!
//! One line per row, the row nearest the screen first. Each character is a cell: `S` a standard
//! seat, `V` VIP, `W` a wheelchair space, `C` a companion seat, `.` (or a space) a gap or aisle; any
//! case. Rows are labelled A, B, C… in order, skipping lines without seats (a cross aisle); a line
//! may name its own label instead, as `J: SSSS` (a hall that skips I). Seats are numbered from 1 at
//! the left or the right end of the row, skipping gaps.

use std::fmt;

use super::kinds::{Numbering, SeatKind};
use crate::i18n::{Lang, Msg};

/// The largest plan the seat map draws, either way.
pub const MOST_CELLS: usize = 100;

/// Errors beyond this many would only repeat each other; the editor lists the first ones.
const MOST_ERRORS: usize = 12;

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
    /// Row by row from the screen, left to right.
    pub seats: Vec<LayoutSeat>,
}

impl Layout {
    pub fn count(&self, kind: SeatKind) -> usize {
        self.seats.iter().filter(|s| s.kind == kind).count()
    }
}

/// A mistake in the text, where the editor can point at it (1-based, as a text editor counts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutError {
    pub line: usize,
    pub column: Option<usize>,
    pub message: Msg,
}

impl LayoutError {
    /// The mistake with its place, in `lang`: "Line 2, column 3: …", "Wiersz 2, kolumna 3: …".
    pub fn say(&self, lang: Lang) -> String {
        let message = lang.say(&self.message.clone().into());
        match (self.line, self.column) {
            (0, _) => message,
            (line, Some(column)) => lang.t_with(
                "admin-layout-line-column",
                &[
                    ("line", line.into()),
                    ("column", column.into()),
                    ("message", message.into()),
                ],
            ),
            (line, None) => lang.t2("admin-layout-line", "line", line, "message", message),
        }
    }
}

/// In English, as the log shows it.
impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Lang::En))
    }
}

/// The label of the `index`-th row of seats (from 0): A…Z, then AA, AB…
pub fn row_name(index: usize) -> String {
    let mut n = index;
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

fn kind_of(cell: char) -> Option<Option<SeatKind>> {
    Some(match cell.to_ascii_uppercase() {
        '.' | ' ' => None,
        'S' => Some(SeatKind::Standard),
        'V' => Some(SeatKind::Vip),
        'W' => Some(SeatKind::Wheelchair),
        'C' => Some(SeatKind::Companion),
        _ => return None,
    })
}

fn letter(kind: SeatKind) -> char {
    match kind {
        SeatKind::Standard => 'S',
        SeatKind::Vip => 'V',
        SeatKind::Wheelchair => 'W',
        SeatKind::Companion => 'C',
    }
}

/// Reads a layout, or says every mistake in it (up to a dozen) with its line and column.
pub fn parse(text: &str, numbering: Numbering) -> Result<Layout, Vec<LayoutError>> {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l).trim_end())
        .collect();
    let first = lines.iter().position(|l| !l.is_empty());
    let last = lines.iter().rposition(|l| !l.is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return Err(vec![LayoutError {
            line: 0,
            column: None,
            message: Msg::new("admin-layout-empty"),
        }]);
    };
    let mut errors = Vec::new();
    let mut seats = Vec::new();
    let mut labels: Vec<(String, usize)> = Vec::new();
    let mut grid_cols = 0;
    let rows = last - first + 1;
    if rows > MOST_CELLS {
        errors.push(LayoutError {
            line: first + MOST_CELLS + 1,
            column: None,
            message: Msg::new("admin-layout-too-many-lines").arg("most", MOST_CELLS),
        });
    }
    for (offset, raw) in lines[first..=last].iter().enumerate().take(MOST_CELLS) {
        let line = first + offset + 1;
        let grid_row = offset as i32 + 1;
        let (named, cells, start) = split_label(raw);
        let mut row = Vec::new();
        let mut width = 0;
        for (i, cell) in cells.chars().enumerate() {
            let column = start + i + 1;
            width = i + 1;
            match kind_of(cell) {
                Some(Some(kind)) => row.push((kind, i as i32 + 1)),
                Some(None) => {}
                None => errors.push(LayoutError {
                    line,
                    column: Some(column),
                    message: Msg::new("admin-layout-not-a-seat").arg("cell", cell.to_string()),
                }),
            }
        }
        if width > MOST_CELLS {
            errors.push(LayoutError {
                line,
                column: Some(start + MOST_CELLS + 1),
                message: Msg::new("admin-layout-too-wide").arg("most", MOST_CELLS),
            });
        }
        grid_cols = grid_cols.max(width);
        if row.is_empty() {
            if let Some(label) = named {
                errors.push(LayoutError {
                    line,
                    column: None,
                    message: Msg::new("admin-layout-row-empty").arg("label", label),
                });
            }
            continue;
        }
        let label = match named {
            Some(label) => match check_label(label) {
                Ok(label) => label,
                Err(message) => {
                    errors.push(LayoutError {
                        line,
                        column: Some(1),
                        message,
                    });
                    continue;
                }
            },
            None => row_name(labels.len()),
        };
        if let Some((_, before)) = labels.iter().find(|(l, _)| *l == label) {
            errors.push(LayoutError {
                line,
                column: None,
                message: Msg::new("admin-layout-row-repeated")
                    .arg("label", &label)
                    .arg("line", *before),
            });
            continue;
        }
        labels.push((label.clone(), line));
        let count = row.len() as i32;
        for (i, (kind, grid_col)) in row.into_iter().enumerate() {
            let number = match numbering {
                Numbering::LeftToRight => i as i32 + 1,
                Numbering::RightToLeft => count - i as i32,
            };
            seats.push(LayoutSeat {
                row_label: label.clone(),
                number,
                kind,
                grid_row,
                grid_col,
            });
        }
    }
    if errors.is_empty() && seats.is_empty() {
        errors.push(LayoutError {
            line: 0,
            column: None,
            message: Msg::new("admin-layout-no-seats"),
        });
    }
    if !errors.is_empty() {
        errors.truncate(MOST_ERRORS);
        return Err(errors);
    }
    Ok(Layout {
        grid_rows: rows as i32,
        grid_cols: grid_cols as i32,
        seats,
    })
}

/// A line's own label (`J: SSSS`), the cells after it, and the column the cells start after.
fn split_label(line: &str) -> (Option<&str>, &str, usize) {
    match line.split_once(':') {
        Some((label, rest)) => {
            let cells = rest.trim_start();
            let start = line.len() - cells.len();
            (Some(label.trim()), cells, line[..start].chars().count())
        }
        None => (None, line, 0),
    }
}

fn check_label(label: &str) -> Result<String, Msg> {
    let label = label.to_uppercase();
    // Letters only: staff name a seat as its row and then its number (`J12`), which a row
    // label ending in a digit would make ambiguous.
    if label.is_empty() || label.len() > 3 || !label.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(Msg::new("admin-layout-bad-label"));
    }
    Ok(label)
}

/// The text that [`parse`] reads back into these seats: a row's label is written out only where
/// it is not the one the row would get anyway.
pub fn to_text(seats: &[LayoutSeat], grid_rows: i32) -> String {
    let mut lines = Vec::new();
    let mut seat_rows = 0;
    for grid_row in 1..=grid_rows {
        let row: Vec<&LayoutSeat> = seats.iter().filter(|s| s.grid_row == grid_row).collect();
        let width = row.iter().map(|s| s.grid_col).max().unwrap_or(0);
        let mut line = String::new();
        if let Some(first) = row.first() {
            if first.row_label != row_name(seat_rows) {
                line.push_str(&first.row_label);
                line.push_str(": ");
            }
            seat_rows += 1;
        }
        if row.is_empty() {
            // A row without seats (a cross aisle) is written as a gap, so that a plan whose first
            // line is one reads back with its rows where they were.
            line.push('.');
        }
        for col in 1..=width {
            line.push(
                row.iter()
                    .find(|s| s.grid_col == col)
                    .map_or('.', |s| letter(s.kind)),
            );
        }
        lines.push(line);
    }
    lines.join("\n")
}

/// How the seats are numbered, read back from them: right to left when seat 1 of a row with
/// more than one seat is at its right end.
pub fn numbering_of(seats: &[LayoutSeat]) -> Numbering {
    let mut rows = seats.chunk_by(|a, b| a.grid_row == b.grid_row);
    let rtl = rows.any(|row| row.len() > 1 && row[0].number > row[row.len() - 1].number);
    if rtl {
        Numbering::RightToLeft
    } else {
        Numbering::LeftToRight
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ltr(text: &str) -> Result<Layout, Vec<LayoutError>> {
        parse(text, Numbering::LeftToRight)
    }

    #[test]
    fn labels_rows_from_the_screen_and_numbers_seats_skipping_gaps() {
        let layout = ltr("WC..SS\nSSSSSS").unwrap();
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
        assert!(layout.seats[4..].iter().all(|s| s.row_label == "B"));
    }

    #[test]
    fn right_to_left_numbers_from_the_right_end() {
        let layout = parse("SS.S", Numbering::RightToLeft).unwrap();
        let numbers: Vec<_> = layout
            .seats
            .iter()
            .map(|s| (s.grid_col, s.number))
            .collect();
        assert_eq!(numbers, [(1, 3), (2, 2), (4, 1)]);
        assert_eq!(numbering_of(&layout.seats), Numbering::RightToLeft);
    }

    #[test]
    fn a_cross_aisle_takes_a_line_but_no_label_and_lines_may_name_their_row() {
        let layout = ltr("ssss\n\n....\nsvvs\nJ: ssss").unwrap();
        assert_eq!(layout.grid_rows, 5);
        let labels: Vec<_> = layout
            .seats
            .iter()
            .map(|s| (s.row_label.as_str(), s.grid_row))
            .collect();
        assert_eq!(labels[0], ("A", 1));
        assert_eq!(labels[4], ("B", 4));
        assert_eq!(labels[8], ("J", 5));
    }

    #[test]
    fn errors_name_the_line_and_column_of_each_mistake() {
        let errors = ltr("SSSS\nSSXS\nSS?S").unwrap_err();
        let places: Vec<_> = errors.iter().map(|e| (e.line, e.column)).collect();
        assert_eq!(places, [(2, Some(3)), (3, Some(3))]);
        assert!(
            errors[0]
                .to_string()
                .starts_with("Line 2, column 3: “X” is not a seat")
        );
        // Columns count from the start of the line, label included.
        let errors = ltr("K: SSQ").unwrap_err();
        assert_eq!((errors[0].line, errors[0].column), (1, Some(6)));
    }

    #[test]
    fn refuses_duplicate_rows_empty_halls_and_oversized_plans() {
        let errors = ltr("B: SS\nSS").unwrap_err();
        assert_eq!(errors[0].line, 2);
        assert!(ltr("...\n..").is_err());
        assert!(ltr("  \n").is_err());
        assert!(ltr(&"S".repeat(101)).is_err());
        assert!(ltr(&"S\n".repeat(101)).is_err());
        assert!(ltr("ABCD: SS").is_err());
        assert!(
            ltr("A1: SS").is_err(),
            "a label ending in a digit would read as a seat"
        );
    }

    #[test]
    fn the_text_of_a_layout_reads_back_into_the_same_seats() {
        for (text, numbering) in [
            ("WC..SSSS\nSSSS.SSSS\n\n..VVVV", Numbering::LeftToRight),
            ("A: SSS\nJ: S.S\nSSSS", Numbering::LeftToRight),
            ("SS.SS\n.SSS.", Numbering::RightToLeft),
            ("....\nSSSS\n\nSSSS", Numbering::LeftToRight),
        ] {
            let layout = parse(text, numbering).unwrap();
            let again = to_text(&layout.seats, layout.grid_rows);
            assert_eq!(parse(&again, numbering).unwrap(), layout, "{again}");
            assert_eq!(numbering_of(&layout.seats), numbering);
        }
    }

    #[test]
    fn rows_after_z_are_labelled_aa_ab() {
        assert_eq!(row_name(0), "A");
        assert_eq!(row_name(25), "Z");
        assert_eq!(row_name(26), "AA");
        assert_eq!(row_name(27), "AB");
    }
}
