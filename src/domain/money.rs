//! Money is integer minor units (cents); this is where prices are computed and shown.

use super::kinds::SeatKind;

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
    let scaled = (base_cents * i64::from(price_percent) + 50) / 100;
    if kind == SeatKind::Vip {
        scaled + vip_surcharge_cents
    } else {
        scaled
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
