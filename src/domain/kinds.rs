//! The closed sets of words the database stores as text: roles, seat kinds, seat states, statuses.

use std::fmt;

use crate::i18n::Lang;

/// A stored word that names no variant: the database and the code disagree.
#[derive(Debug, thiserror::Error)]
#[error("unknown value {0:?}")]
pub struct UnknownVariant(pub String);

/// Declares an enum stored as TEXT, with its words, `FromStr`, `Display` and Diesel mappings for any backend.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, diesel::AsExpression, diesel::FromSqlRow)]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownVariant;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownVariant(s.to_owned())),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                Ok(String::from_sql(bytes)?.parse()?)
            }
        }

        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut diesel::serialize::Output<'b, '_, DB>) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(self.as_str(), out)
            }
        }
    };
}

text_enum!(
    /// What a signed-in person may do.
    Role { Customer => "customer", Cashier => "cashier", Admin => "admin" }
);

impl Role {
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Cashier | Role::Admin)
    }
}

text_enum!(
    /// The kind of place a seat is; drawn and priced differently.
    SeatKind { Standard => "standard", Vip => "vip", Wheelchair => "wheelchair", Companion => "companion" }
);

impl SeatKind {
    /// The kind's name in `lang`: "VIP seat", "miejsce VIP".
    pub fn label(self, lang: Lang) -> String {
        lang.t(match self {
            SeatKind::Standard => "kind-standard",
            SeatKind::Vip => "kind-vip",
            SeatKind::Wheelchair => "kind-wheelchair",
            SeatKind::Companion => "kind-companion",
        })
    }
}

text_enum!(
    /// A seat's stored state for one showing. A `Held` seat whose hold has run out counts as free;
    /// a `Blocked` one is sold to no one (see `db::blocks`).
    SeatState { Free => "free", Held => "held", Sold => "sold", Blocked => "blocked" }
);

text_enum!(
    /// How a showing is projected.
    ShowFormat { TwoD => "2D", ThreeD => "3D", Imax => "IMAX" }
);

text_enum!(
    /// Which end of a row its seat 1 is at, seen from the screen's side of the plan.
    Numbering { LeftToRight => "ltr", RightToLeft => "rtl" }
);

text_enum!(
    /// Why a seat is kept from sale.
    BlockReason { Broken => "broken", Camera => "camera", House => "house", Other => "other" }
);

impl BlockReason {
    /// The reason staff gave, as a word or as they would write it ("Broken seat", "camera"); any
    /// other words are another reason. `None` when they gave none.
    pub fn from_words(text: &str) -> Option<BlockReason> {
        let text = text.trim().to_lowercase();
        if text.is_empty() {
            return None;
        }
        Some(
            BlockReason::ALL
                .iter()
                .copied()
                .find(|r| text == r.as_str() || text == r.label() || text.starts_with(r.as_str()))
                .unwrap_or(BlockReason::Other),
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            BlockReason::Broken => "broken seat",
            BlockReason::Camera => "camera position",
            BlockReason::House => "house seat",
            BlockReason::Other => "other reason",
        }
    }
}

text_enum!(
    /// Where a booking is in its life.
    BookingStatus { Pending => "pending", Paid => "paid", Cancelled => "cancelled", Expired => "expired" }
);

text_enum!(
    /// Whether money went in or out.
    PaymentKind { Charge => "charge", Refund => "refund" }
);

text_enum!(
    PaymentMethod { Card => "card", Cash => "cash" }
);

text_enum!(
    /// Where a booking was sold: online by its customer, or at the counter by a cashier.
    Channel { Web => "web", Counter => "counter" }
);

text_enum!(
    PaymentStatus { Approved => "approved", Declined => "declined" }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>().unwrap(), *role);
        }
        for status in BookingStatus::ALL {
            assert_eq!(
                status.to_string().parse::<BookingStatus>().unwrap(),
                *status
            );
        }
        assert!("superuser".parse::<Role>().is_err());
    }

    #[test]
    fn block_reasons_are_read_as_staff_write_them() {
        assert_eq!(BlockReason::from_words("broken"), Some(BlockReason::Broken));
        assert_eq!(
            BlockReason::from_words(" Broken seat "),
            Some(BlockReason::Broken)
        );
        assert_eq!(BlockReason::from_words("Camera"), Some(BlockReason::Camera));
        assert_eq!(
            BlockReason::from_words("house seat"),
            Some(BlockReason::House)
        );
        assert_eq!(
            BlockReason::from_words("VIP guest"),
            Some(BlockReason::Other)
        );
        assert_eq!(BlockReason::from_words("  "), None);
    }

    #[test]
    fn only_cashiers_and_admins_are_staff() {
        assert!(!Role::Customer.is_staff());
        assert!(Role::Cashier.is_staff());
        assert!(Role::Admin.is_staff());
    }
}
