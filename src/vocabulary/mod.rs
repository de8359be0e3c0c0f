//! The policy's vocabulary: impact, urgency, priority and support plan.

use crate::error::{Error, ErrorKind, quote};
use std::fmt;
use std::str::FromStr;

macro_rules! vocabulary_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal, $expected:literal,
        [$($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)?]
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in the policy's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in the JavaScript API and in policy documents.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Position in [`Self::ALL`].
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        // Written as its API word, as a unit variant: serde-wasm-bindgen
        // hands JavaScript a string it made once (a `&'static str` serialised
        // as text would be decoded again on every answer); JSON writes the word.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_unit_variant(stringify!($name), *self as u32, self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = Error;

            fn from_str(s: &str) -> Result<$name, Error> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(s.trim()))
                    .ok_or_else(|| {
                        Error::new(
                            ErrorKind::UnknownValue,
                            format!(concat!("unknown ", $what, " {} (expected ", $expected, ")"), quote(s)),
                        )
                    })
            }
        }
    };
}

vocabulary_enum!(
    /// How much of the customer's backup operation a problem affects.
    ///
    /// ```
    /// use support_policy::Impact;
    /// assert_eq!("High".parse::<Impact>().unwrap(), Impact::High);
    /// assert_eq!(Impact::Low.as_str(), "low");
    /// ```
    Impact, "impact", "high, medium or low",
    [
        /// High impact.
        High = "high",
        /// Medium impact.
        Medium = "medium",
        /// Low impact.
        Low = "low",
    ]
);

vocabulary_enum!(
    /// How soon the customer needs the problem addressed.
    ///
    /// ```
    /// use support_policy::Urgency;
    /// assert_eq!("medium".parse::<Urgency>().unwrap(), Urgency::Medium);
    /// assert!("soon".parse::<Urgency>().is_err());
    /// ```
    Urgency, "urgency", "high, medium or low",
    [
        /// High urgency.
        High = "high",
        /// Medium urgency.
        Medium = "medium",
        /// Low urgency.
        Low = "low",
    ]
);

vocabulary_enum!(
    /// A ticket priority, P1 (critical) to P4 (low).
    ///
    /// ```
    /// use support_policy::Priority;
    /// assert_eq!("p2".parse::<Priority>().unwrap(), Priority::P2);
    /// assert_eq!(Priority::P4.to_string(), "P4");
    /// ```
    Priority, "priority", "P1, P2, P3 or P4",
    [
        /// Critical impact.
        P1 = "P1",
        /// High impact.
        P2 = "P2",
        /// Medium impact.
        P3 = "P3",
        /// Low impact.
        P4 = "P4",
    ]
);

vocabulary_enum!(
    /// A support plan (the API calls it `tier`).
    ///
    /// ```
    /// use support_policy::Plan;
    /// assert_eq!("trial".parse::<Plan>().unwrap(), Plan::Trial);
    /// assert_eq!(Plan::ALL.len(), 4);
    /// ```
    Plan, "support plan", "standard, premium, trial or community",
    [
        /// Standard: business hours, Monday to Friday 08:00-17:00 local.
        Standard = "standard",
        /// Premium: 24 x 7 x 365.
        Premium = "premium",
        /// Trial: the Premium SLA during the evaluation.
        Trial = "trial",
        /// Amanda community: best-effort e-mail, no response target.
        Community = "community",
    ]
);
