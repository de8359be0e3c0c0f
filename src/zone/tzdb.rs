//! Time-zone rules from the IANA database bundled by `chrono-tz` (native builds).

use super::{TimeZone, unknown_zone};
use crate::error::Error;
use chrono::{Offset, TimeZone as _};

/// A zone from the bundled IANA database (tzdb as shipped by `chrono-tz`).
///
/// ```
/// use support_policy::{TimeZone, TzdbZone};
/// let kolkata = TzdbZone::for_name("Asia/Calcutta").unwrap(); // a link
/// assert_eq!(kolkata.offset_at(0), 19_800);
/// assert_eq!(kolkata.name(), "Asia/Calcutta");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TzdbZone {
    tz: chrono_tz::Tz,
}

impl TzdbZone {
    /// Every zone and link name in the bundled database.
    ///
    /// ```
    /// use support_policy::TzdbZone;
    /// assert!(TzdbZone::names().any(|n| n == "Pacific/Chatham"));
    /// ```
    pub fn names() -> impl Iterator<Item = &'static str> {
        chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name())
    }
}

impl TimeZone for TzdbZone {
    fn for_name(name: &str) -> Result<TzdbZone, Error> {
        name.parse::<chrono_tz::Tz>()
            .map(|tz| TzdbZone { tz })
            .map_err(|_| unknown_zone(name))
    }

    fn name(&self) -> &str {
        self.tz.name()
    }

    fn offset_at(&self, unix_seconds: i64) -> i32 {
        match chrono::DateTime::from_timestamp(unix_seconds, 0) {
            Some(utc) => self
                .tz
                .offset_from_utc_datetime(&utc.naive_utc())
                .fix()
                .local_minus_utc(),
            None => 0,
        }
    }
}
