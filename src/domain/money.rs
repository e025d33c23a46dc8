//! Money is integer minor units (cents); this is where prices are computed and shown.

use super::kinds::SeatKind;
use crate::i18n::Msg;

/// Formats minor units as "28.50 PLN".
pub fn format(cents: i64, currency: &str) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02} {currency}", abs / 100, abs % 100)
}

/// The price of one ticket: the showing's base price scaled by the ticket type's share (rounded half up),
/// plus the VIP surcharge on VIP seats.
pub fn ticket_price(
    base_cents: i64,
    price_percent: i32,
    kind: SeatKind,
    vip_surcharge_cents: i64,
) -> i64 {
    with_surcharge(
        (base_cents * i64::from(price_percent) + 50) / 100,
        kind,
        vip_surcharge_cents,
    )
}

/// A ticket's price on a seat of `kind`: VIP seats cost the surcharge more; wheelchair spaces and
/// companion seats never cost more than a standard seat.
pub fn with_surcharge(cents: i64, kind: SeatKind, vip_surcharge_cents: i64) -> i64 {
    if kind == SeatKind::Vip {
        cents + vip_surcharge_cents
    } else {
        cents
    }
}

/// The most a price typed in the back office may be, in minor units.
pub const MOST_PRICE: i64 = 1_000_000;

/// A price as staff type it ("12.50", "12,50", "12") in minor units.
pub fn parse(text: &str) -> Result<i64, Msg> {
    let text = text.trim();
    let bad = || Msg::new("field-not-a-price").arg("text", text);
    if text.is_empty() {
        return Err(Msg::new("field-price-missing"));
    }
    let (whole, fraction) = match text.split_once(['.', ',']) {
        Some((w, f)) => (w, f),
        None => (text, ""),
    };
    if whole.is_empty()
        || whole.len() > 7
        || fraction.len() > 2
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return Err(bad());
    }
    let whole: i64 = whole.parse().map_err(|_| bad())?;
    let fraction: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().map_err(|_| bad())? * 10,
        _ => fraction.parse().map_err(|_| bad())?,
    };
    let cents = whole * 100 + fraction;
    if cents > MOST_PRICE {
        return Err(Msg::new("field-price-too-high").arg("most", MOST_PRICE / 100));
    }
    Ok(cents)
}

/// Minor units as staff type them back, and as the reports' CSV files write them: "12.50",
/// "-0.50" (a day that refunded more than it sold).
pub fn plain(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_prices_as_typed() {
        assert_eq!(parse("12.50"), Ok(1250));
        assert_eq!(parse(" 12,5 "), Ok(1250));
        assert_eq!(parse("12"), Ok(1200));
        assert_eq!(parse("0.05"), Ok(5));
        for bad in [
            "", "-1", "12.505", "1e3", ".5", "abc", "99999999", "10000.01",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(plain(1250), "12.50");
        assert_eq!(plain(-1250), "-12.50");
        assert_eq!(plain(-5), "-0.05");
    }

    #[test]
    fn formats_whole_and_fractional_amounts() {
        assert_eq!(format(2800, "PLN"), "28.00 PLN");
        assert_eq!(format(5, "PLN"), "0.05 PLN");
        assert_eq!(format(-1999, "EUR"), "-19.99 EUR");
    }

    #[test]
    fn prices_round_half_up_and_add_vip_surcharge() {
        assert_eq!(ticket_price(2800, 100, SeatKind::Standard, 1000), 2800);
        assert_eq!(ticket_price(2850, 70, SeatKind::Standard, 1000), 1995);
        assert_eq!(ticket_price(2855, 50, SeatKind::Companion, 1000), 1428);
        assert_eq!(ticket_price(2800, 60, SeatKind::Vip, 1000), 2680);
    }
}
