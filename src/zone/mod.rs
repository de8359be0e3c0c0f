//! Time-zone rules behind one small trait, and what the engine builds on it:
//! instant to wall clock, wall clock to instant (with the gap and fold rule),
//! and finding the instant an offset changes.
//!
//! Natively the rules come from the bundled IANA database ([`TzdbZone`]); in
//! the browser from `Intl.DateTimeFormat` (the `IntlZone` of the wasm build),
//! so the shipped bundle carries no time-zone database.

#[cfg(not(target_arch = "wasm32"))]
mod tzdb;
#[cfg(not(target_arch = "wasm32"))]
pub use tzdb::TzdbZone;

use crate::error::Error;
use crate::time::{LocalDateTime, Timestamp};

/// The rules of one IANA time zone: the UTC offset in force at any instant.
///
/// ```
/// use support_policy::{TimeZone, TzdbZone, Timestamp};
/// let madrid = TzdbZone::for_name("Europe/Madrid").unwrap();
/// let june = Timestamp::parse_rfc3339("2025-06-13T14:00:00Z").unwrap();
/// assert_eq!(madrid.offset_at(june.as_seconds()), 7200);
/// assert!(TzdbZone::for_name("Mars/Olympus").is_err());
/// ```
pub trait TimeZone {
    /// The zone called `name` (an IANA name or link such as `Asia/Calcutta`);
    /// an error of kind `UnknownTimeZone` that quotes the name otherwise.
    fn for_name(name: &str) -> Result<Self, Error>
    where
        Self: Sized;

    /// The name the zone was asked for by.
    fn name(&self) -> &str;

    /// The UTC offset, in seconds east of Greenwich, in force at the instant
    /// `unix_seconds` seconds after 1970-01-01T00:00:00Z.
    fn offset_at(&self, unix_seconds: i64) -> i32;
}

/// The error for a zone name that is not known.
///
/// ```
/// let err = support_policy::zone::unknown_zone("Mars/Olympus").in_field("timeZone");
/// assert_eq!(err.to_string(), r#"timeZone: unknown time zone "Mars/Olympus""#);
/// ```
pub fn unknown_zone(name: &str) -> Error {
    Error::new(
        crate::error::ErrorKind::UnknownTimeZone,
        format!("unknown time zone {}", crate::error::quote(name)),
    )
}

/// A zone added to the IANA time-zone database in recent years: browsers
/// whose time-zone data is older do not know its name, though it is right.
///
/// ```
/// use support_policy::zone::recent_zone;
/// let z = recent_zone("america/coyhaique").unwrap();
/// assert_eq!((z.name, z.stand_in), ("America/Coyhaique", "America/Punta_Arenas"));
/// assert!(recent_zone("Europe/Madrid").is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecentZone {
    /// The zone's IANA name.
    pub name: &'static str,
    /// An older zone with the same clock: its former name, or a
    /// neighbour whose offsets have been the same since `since`.
    pub stand_in: &'static str,
    /// The year from which the stand-in's clock is the same (through 2100,
    /// by today's rules); `None` when the stand-in is the former name.
    pub since: Option<u16>,
}

/// Zones added to the IANA database since 2016 that an older browser's
/// time-zone data may lack, each with a stand-in. A native test checks
/// every stand-in against the bundled database.
const RECENT_ZONES: &[RecentZone] = &[
    recent("America/Coyhaique", "America/Punta_Arenas", Some(2024)),
    recent("America/Ciudad_Juarez", "America/Denver", Some(2022)),
    recent("Europe/Kyiv", "Europe/Kiev", None),
    recent("Pacific/Kanton", "Pacific/Enderbury", None),
    recent("America/Nuuk", "America/Godthab", None),
    recent("Asia/Yangon", "Asia/Rangoon", None),
    recent("Asia/Qostanay", "Asia/Almaty", Some(2004)),
    recent("Asia/Famagusta", "Asia/Nicosia", Some(2017)),
    recent("Europe/Saratov", "Europe/Samara", Some(2016)),
    recent("Europe/Astrakhan", "Europe/Samara", Some(2016)),
    recent("Europe/Ulyanovsk", "Europe/Samara", Some(2016)),
    recent("Asia/Tomsk", "Asia/Novosibirsk", Some(2016)),
    recent("Asia/Barnaul", "Asia/Novosibirsk", Some(2016)),
];

const fn recent(name: &'static str, stand_in: &'static str, since: Option<u16>) -> RecentZone {
    RecentZone {
        name,
        stand_in,
        since,
    }
}

/// The recent zone called `name` (any case, spaces around ignored), if it
/// is one: what to say when a browser's time-zone data lacks it.
pub fn recent_zone(name: &str) -> Option<RecentZone> {
    let name = name.trim();
    RECENT_ZONES
        .iter()
        .copied()
        .find(|z| z.name.eq_ignore_ascii_case(name))
}

/// The error for a recent zone that the zone rules in use (a browser's
/// older time-zone data) do not include, naming its stand-in.
///
/// ```
/// use support_policy::zone::{missing_zone, recent_zone};
/// let err = missing_zone(recent_zone("Europe/Kyiv").unwrap()).in_field("timeZone");
/// assert_eq!(
///     err.to_string(),
///     r#"timeZone: this browser's time-zone data does not include "Europe/Kyiv", a zone newer than that data; use its former name "Europe/Kiev""#
/// );
/// ```
pub fn missing_zone(zone: RecentZone) -> Error {
    use crate::error::quote;
    let hint = match zone.since {
        Some(year) => format!(
            "{} has had the same clock since {year}",
            quote(zone.stand_in)
        ),
        None => format!("use its former name {}", quote(zone.stand_in)),
    };
    Error::new(
        crate::error::ErrorKind::MissingTimeZone,
        format!(
            "this browser's time-zone data does not include {}, a zone newer than that data; {hint}",
            quote(zone.name)
        ),
    )
}

/// The error for a zone name the zone rules in use do not know: the
/// message for a recent zone (`missing_zone`) when it is one, else
/// `unknown_zone`.
///
/// ```
/// use support_policy::{ErrorKind, zone::not_found};
/// assert_eq!(not_found("America/Ciudad_Juarez").kind(), ErrorKind::MissingTimeZone);
/// assert_eq!(not_found("Mars/Olympus").kind(), ErrorKind::UnknownTimeZone);
/// ```
pub fn not_found(name: &str) -> Error {
    recent_zone(name).map_or_else(|| unknown_zone(name), missing_zone)
}

/// Every recent zone (what the native tests check).
pub fn recent_zones() -> &'static [RecentZone] {
    RECENT_ZONES
}

/// The wall-clock time in `zone` at `instant`, and the offset in force.
///
/// ```
/// use support_policy::{zone, TimeZone, TzdbZone, Timestamp};
/// let ny = TzdbZone::for_name("America/New_York").unwrap();
/// let t = Timestamp::parse_rfc3339("2025-03-10T14:00:00Z").unwrap();
/// let (local, offset) = zone::to_local(&ny, t);
/// assert_eq!((local.to_string().as_str(), offset), ("2025-03-10T10:00:00", -14_400));
/// ```
pub fn to_local<Z: TimeZone + ?Sized>(zone: &Z, instant: Timestamp) -> (LocalDateTime, i32) {
    let offset = zone.offset_at(instant.as_seconds());
    (
        LocalDateTime(instant.as_seconds() + i64::from(offset)),
        offset,
    )
}

/// What happened when a typed wall-clock time was read in a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalAdjustment {
    /// The wall-clock time exists exactly once.
    Exact,
    /// The time fell in a gap (clocks jumped forward); it was moved forward by
    /// `gap_seconds`, the size of the jump.
    Gap {
        /// How far the time was moved forward, in seconds.
        gap_seconds: i64,
    },
    /// The time occurred twice (clocks went back); the earlier instant was
    /// taken. `later` is the other one.
    Fold {
        /// The second occurrence of the same wall-clock time.
        later: Timestamp,
    },
}

/// A typed wall-clock time read in a zone (docs/contract.md, section 2, rule 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResolvedLocal {
    /// The instant the engine uses.
    pub instant: Timestamp,
    /// Whether a gap or fold changed the reading.
    pub adjustment: LocalAdjustment,
}

/// Reads the wall-clock time `local` in `zone`: in a gap it moves forward by
/// the gap, in a fold it takes the earlier instant, and it says which happened.
///
/// ```
/// use support_policy::{zone::{self, LocalAdjustment}, LocalDateTime, TimeZone, TzdbZone};
/// let ny = TzdbZone::for_name("America/New_York").unwrap();
/// let gap = zone::resolve_local(&ny, LocalDateTime::parse("2025-03-09T02:30").unwrap()).unwrap();
/// assert_eq!(gap.instant.to_string(), "2025-03-09T07:30:00Z"); // 03:30 EDT
/// assert_eq!(gap.adjustment, LocalAdjustment::Gap { gap_seconds: 3600 });
/// let fold = zone::resolve_local(&ny, LocalDateTime::parse("2025-11-02T01:30").unwrap()).unwrap();
/// assert_eq!(fold.instant.to_string(), "2025-11-02T05:30:00Z"); // 01:30 EDT, the earlier
/// ```
pub fn resolve_local<Z: TimeZone + ?Sized>(
    zone: &Z,
    local: LocalDateTime,
) -> Result<ResolvedLocal, Error> {
    const DAY: i64 = 86_400;
    let w = local.0;
    let before = i64::from(zone.offset_at(w - DAY));
    let after = i64::from(zone.offset_at(w + DAY));
    let fits = |offset: i64| i64::from(zone.offset_at(w - offset)) == offset;
    let (instant, adjustment) = match (fits(before), fits(after)) {
        (true, true) if before != after => {
            let (early, late) = if w - before <= w - after {
                (w - before, w - after)
            } else {
                (w - after, w - before)
            };
            (
                early,
                LocalAdjustment::Fold {
                    later: Timestamp::raw(late),
                },
            )
        }
        (true, _) => (w - before, LocalAdjustment::Exact),
        (false, true) => (w - after, LocalAdjustment::Exact),
        (false, false) => {
            // A gap: read the time with the offset in force before the jump,
            // which lands the same distance past the jump as the time was past
            // the start of the gap.
            let instant = w - before;
            let shown = i64::from(zone.offset_at(instant)) + instant;
            (
                instant,
                LocalAdjustment::Gap {
                    gap_seconds: shown - w,
                },
            )
        }
    };
    Ok(ResolvedLocal {
        instant: Timestamp::from_seconds(instant)?,
        adjustment,
    })
}

/// The longest step, in seconds, the engine takes between two offset
/// look-ups: three days, so a whole weekend costs one look-up. Two offset changes of one zone never come closer than
/// about a week in the IANA database from 1900 to 2100 (the shortest gap is
/// America/Boa_Vista's 6.96 days in October 2000; the test
/// `offset_changes_are_further_apart_than_the_probe_step` checks every zone),
/// so a step whose two ends have the same offset has no change inside.
///
/// ```
/// assert_eq!(support_policy::zone::PROBE_STEP, 3 * 86_400);
/// ```
pub const PROBE_STEP: i64 = 3 * 86_400;

/// Probes the offset from `from` (where it is `offset`) to `to`, at most
/// [`PROBE_STEP`] apart, and returns the first bracket `(lo, hi, offset at hi)`
/// with a different offset at `hi`: the change lies in `(lo, hi]`. `None`
/// when the offset holds through `to`.
pub(crate) fn find_change<Z: TimeZone + ?Sized>(
    zone: &Z,
    from: i64,
    offset: i32,
    to: i64,
) -> Option<(i64, i64, i32)> {
    let mut lo = from;
    while lo < to {
        let hi = (lo + PROBE_STEP).min(to);
        let at_hi = zone.offset_at(hi);
        if at_hi != offset {
            return Some((lo, hi, at_hi));
        }
        lo = hi;
    }
    None
}

/// The exact instant of the change in the bracket `(lo, hi]`: the first
/// instant whose offset is not `offset` (the offset at `lo`).
pub(crate) fn bisect_change<Z: TimeZone + ?Sized>(
    zone: &Z,
    mut lo: i64,
    mut hi: i64,
    offset: i32,
) -> i64 {
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if zone.offset_at(mid) == offset {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    hi
}
