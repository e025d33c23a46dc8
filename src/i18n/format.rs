//! Numbers, money and dates as each language writes them: "1234.50 PLN" and "Thu 3 Dec" in
//! English, "1 234,50 zł" and "czw 3 gru" in Polish.

use chrono::{DateTime, Locale, NaiveDate, TimeZone};

use super::Lang;

impl Lang {
    fn locale(self) -> Locale {
        match self {
            Lang::En => Locale::en_GB,
            Lang::Pl => Locale::pl_PL,
        }
    }

    /// Minor units with the currency, as this language writes a price.
    pub fn money(self, cents: i64, currency: &str) -> String {
        match self {
            Lang::En => crate::domain::money::format(cents, currency),
            Lang::Pl => {
                let sign = if cents < 0 { "-" } else { "" };
                let abs = cents.unsigned_abs();
                let symbol = if currency == "PLN" { "zł" } else { currency };
                // No-break spaces: a price never breaks across lines.
                format!(
                    "{sign}{},{:02}\u{a0}{symbol}",
                    grouped(abs / 100, '\u{a0}'),
                    abs % 100
                )
            }
        }
    }

    /// A time with a `strftime` pattern, day and month names in this language.
    pub fn time<Tz: TimeZone>(self, t: &DateTime<Tz>, pattern: &str) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        t.format_localized(pattern, self.locale()).to_string()
    }

    pub fn date(self, d: NaiveDate, pattern: &str) -> String {
        d.format_localized(pattern, self.locale()).to_string()
    }

    /// "Thu 3 Dec" / "czw 3 gru".
    pub fn short_day(self, d: NaiveDate) -> String {
        self.date(d, "%a %-d %b")
    }
}

/// Thousands separated by `sep` from the fifth digit on, as Polish writes amounts (1234, 12 345).
fn grouped(n: u64, sep: char) -> String {
    let digits = n.to_string();
    if digits.len() < 5 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_in_each_language() {
        assert_eq!(Lang::En.money(2850, "PLN"), "28.50 PLN");
        assert_eq!(Lang::Pl.money(2850, "PLN"), "28,50\u{a0}zł");
        assert_eq!(Lang::Pl.money(12_345_678, "PLN"), "123\u{a0}456,78\u{a0}zł");
        assert_eq!(Lang::Pl.money(123_400, "PLN"), "1234,00\u{a0}zł");
        assert_eq!(Lang::Pl.money(-50, "EUR"), "-0,50\u{a0}EUR");
    }

    #[test]
    fn days_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(Lang::En.short_day(d), "Thu 3 Dec");
        assert_eq!(Lang::Pl.short_day(d), "czw 3 gru");
    }
}
