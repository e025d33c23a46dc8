//! Seats named as staff type them: `F12 F13`, `F12-15` or `F12-F15` for a run of one row, separated
//! by spaces or commas, in any case.

use crate::i18n::Msg;

/// More seats than this in one request are a typing mistake, not a block.
const MOST: usize = 500;

/// As [`read`], with the refusal in English.
pub fn parse(text: &str) -> Result<Vec<(String, i32)>, String> {
    read(text).map_err(|m| m.to_string())
}

/// The seats named, as (row, number), in the order typed and without repeats; or why the text
/// names no seats, to be said in the reader's language.
pub fn read(text: &str) -> Result<Vec<(String, i32)>, Msg> {
    let mut seats: Vec<(String, i32)> = Vec::new();
    for token in text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|t| !t.is_empty())
    {
        let bad = || Msg::new("admin-seats-not-a-seat").arg("token", token);
        let (first, last) = match token.split_once('-') {
            Some((a, b)) => {
                let (row, from) = one(a).ok_or_else(bad)?;
                let to = match b.parse::<i32>() {
                    Ok(n) => n,
                    Err(_) => {
                        let (other, n) = one(b).ok_or_else(bad)?;
                        if other != row {
                            return Err(Msg::new("admin-seats-two-rows")
                                .arg("token", token)
                                .arg("example", format!("{row}{from}-{}", from + 3)));
                        }
                        n
                    }
                };
                ((row.clone(), from), (row, to))
            }
            None => {
                let seat = one(token).ok_or_else(bad)?;
                (seat.clone(), seat)
            }
        };
        if last.1 < first.1 {
            return Err(Msg::new("admin-seats-backwards")
                .arg("token", token)
                .arg("example", format!("{}{}-{}", first.0, last.1, first.1)));
        }
        let (row, from, to) = (first.0, first.1, last.1);
        if (to - from) as usize >= MOST {
            return Err(Msg::new("admin-seats-run-too-long")
                .arg("token", token)
                .arg("most", MOST));
        }
        for number in from..=to {
            let seat = (row.clone(), number);
            if !seats.contains(&seat) {
                seats.push(seat);
            }
        }
        if seats.len() > MOST {
            return Err(Msg::new("admin-seats-too-many").arg("most", MOST));
        }
    }
    if seats.is_empty() {
        return Err(Msg::new("admin-seats-none"));
    }
    Ok(seats)
}

/// `F12` as ("F", 12): one to three letters or digits, then a number from 1.
fn one(token: &str) -> Option<(String, i32)> {
    let split = token.rfind(|c: char| !c.is_ascii_digit())? + 1;
    let (row, number) = token.split_at(split);
    let number: i32 = number.parse().ok().filter(|n| *n >= 1)?;
    (!row.is_empty() && row.len() <= 3 && row.chars().all(|c| c.is_ascii_alphanumeric()))
        .then(|| (row.to_uppercase(), number))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seats(text: &str) -> Vec<String> {
        parse(text)
            .unwrap()
            .into_iter()
            .map(|(r, n)| format!("{r}{n}"))
            .collect()
    }

    #[test]
    fn single_seats_runs_and_any_case() {
        assert_eq!(seats("F12 f13"), ["F12", "F13"]);
        assert_eq!(seats("F12-14, g2"), ["F12", "F13", "F14", "G2"]);
        assert!(parse("F14-F12").unwrap_err().contains("backwards"));
        assert!(parse("F15-12").unwrap_err().contains("F12-15"));
        assert_eq!(seats("F12 F12 F12-13"), ["F12", "F13"]);
        assert_eq!(seats("AA3"), ["AA3"]);
    }

    #[test]
    fn refusals_are_messages_to_be_said_in_the_readers_language() {
        let refused = read("F15-12").unwrap_err();
        assert_eq!(refused.id, "admin-seats-backwards");
        assert_eq!(
            crate::i18n::Lang::Pl.say(&refused.into()),
            "„F15-12” ma numery w odwrotnej kolejności: wpisz najpierw mniejszy numer, na przykład F12-15."
        );
        assert_eq!(read("").unwrap_err().id, "admin-seats-none");
    }

    #[test]
    fn refuses_what_names_no_seat() {
        for bad in [
            "", "  ", "F", "12", "F0", "F12-G14", "F-3", "ABCD1", "F1-900",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }
}
