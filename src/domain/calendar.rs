//! A showing as an iCalendar event (RFC 5545), for a ticket's "add to calendar": text escaped, long
//! lines folded at 75 octets, CRLF line ends, times in UTC.

use chrono::NaiveDateTime;

/// One event: the times are UTC.
pub struct Event<'a> {
    /// Unique and stable for the booking, so that importing it again updates the event.
    pub uid: &'a str,
    pub stamp: NaiveDateTime,
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    /// `CONFIRMED`, `TENTATIVE` or `CANCELLED`.
    pub status: &'static str,
}

/// The calendar file with the one event.
pub fn ics(event: &Event<'_>) -> String {
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Cinema booking//Tickets//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape(event.uid)),
        format!("DTSTAMP:{}", utc(event.stamp)),
        format!("DTSTART:{}", utc(event.starts)),
        format!("DTEND:{}", utc(event.ends)),
        format!("SUMMARY:{}", escape(event.summary)),
        format!("LOCATION:{}", escape(event.location)),
        format!("DESCRIPTION:{}", escape(event.description)),
        format!("STATUS:{}", event.status),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    let mut out = String::new();
    for line in lines {
        fold_into(&mut out, &line);
    }
    out
}

fn utc(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// TEXT values: backslashes, semicolons, commas and line breaks escaped; other controls dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` and CRLF, folded so that no line is longer than 75 octets (a continuation
/// starts with a space), never inside a character.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn event<'a>(description: &'a str) -> Event<'a> {
        Event {
            uid: "ABC123@cinema",
            stamp: at("2026-12-03 10:00"),
            starts: at("2026-12-04 18:30"),
            ends: at("2026-12-04 20:15"),
            summary: "Kraków, nocą; part 2",
            location: "Kino Aurora, ul. Marszałkowska 104/122, 00-017 Warszawa",
            description,
            status: "CONFIRMED",
        }
    }

    #[test]
    fn the_event_has_utc_times_and_escaped_text() {
        let ics = ics(&event("Seats: F12\nF13 \\ back"));
        assert!(
            ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
            "{ics}"
        );
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(ics.contains("\r\nDTSTART:20261204T183000Z\r\n"));
        assert!(ics.contains("\r\nDTEND:20261204T201500Z\r\n"));
        assert!(ics.contains("\r\nSUMMARY:Kraków\\, nocą\\; part 2\r\n"));
        assert!(ics.contains("DESCRIPTION:Seats: F12\\nF13 \\\\ back\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let long = "żółć ".repeat(40);
        let ics = ics(&event(&long));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("DESCRIPTION:{long}\r\n")));
    }
}
