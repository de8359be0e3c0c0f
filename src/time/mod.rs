//! Instants, wall-clock date-times and their text forms (RFC 3339).
//!
//! The engine counts time in whole seconds: a [`Timestamp`] is seconds since
//! 1970-01-01T00:00:00Z, a [`LocalDateTime`] is the same count read on a
//! wall clock ("seconds since local 1970-01-01T00:00"), which is what a time
//! zone's offset converts between.

pub(crate) mod civil;

use crate::error::{Error, ErrorKind, quote};
use civil::{SECONDS_PER_DAY, civil_from_days, days_from_civil, days_in_month};
use std::fmt;

/// First second the engine accepts: 1900-01-01T00:00:00 (UTC or local).
const MIN_SECONDS: i64 = -2_208_988_800;
/// Last second the engine accepts: 2999-12-31T23:59:59 (UTC or local).
const MAX_SECONDS: i64 = 32_503_680_000 - 1;

fn check_range(seconds: i64, what: &str, shown: impl FnOnce() -> String) -> Result<i64, Error> {
    if (MIN_SECONDS..=MAX_SECONDS).contains(&seconds) {
        Ok(seconds)
    } else {
        Err(Error::new(
            ErrorKind::OutOfRange,
            format!("{what} {} is outside 1900-01-01..2999-12-31", shown()),
        ))
    }
}

/// A real instant, in whole seconds since 1970-01-01T00:00:00Z, between
/// 1900-01-01T00:00:00Z and 2999-12-31T23:59:59Z.
///
/// ```
/// use support_policy::Timestamp;
/// let t = Timestamp::parse_rfc3339("2025-06-13T16:00:00+02:00").unwrap();
/// assert_eq!(t.to_string(), "2025-06-13T14:00:00Z");
/// assert_eq!(t.as_seconds(), 1_749_823_200);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

impl Timestamp {
    /// The earliest instant accepted, 1900-01-01T00:00:00Z.
    pub const MIN: Timestamp = Timestamp(MIN_SECONDS);
    /// The latest instant accepted, 2999-12-31T23:59:59Z.
    pub const MAX: Timestamp = Timestamp(MAX_SECONDS);

    /// The instant `seconds` after the Unix epoch; an error outside the range.
    ///
    /// ```
    /// use support_policy::Timestamp;
    /// assert_eq!(Timestamp::from_seconds(0).unwrap().to_string(), "1970-01-01T00:00:00Z");
    /// assert!(Timestamp::from_seconds(i64::MAX).is_err());
    /// ```
    pub fn from_seconds(seconds: i64) -> Result<Timestamp, Error> {
        check_range(seconds, "instant", || format!("{seconds}s")).map(Timestamp)
    }

    /// The instant `millis` milliseconds after the epoch (as from `Date.now()`),
    /// rounded up to the next whole second.
    ///
    /// ```
    /// use support_policy::Timestamp;
    /// assert_eq!(Timestamp::from_millis_ceil(1_500.0).unwrap().as_seconds(), 2);
    /// assert!(Timestamp::from_millis_ceil(f64::NAN).is_err());
    /// ```
    pub fn from_millis_ceil(millis: f64) -> Result<Timestamp, Error> {
        if !millis.is_finite() || millis.abs() > 1e16 {
            return Err(Error::new(
                ErrorKind::OutOfRange,
                "instant is not a valid time",
            ));
        }
        Timestamp::from_seconds((millis / 1000.0).ceil() as i64)
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    ///
    /// ```
    /// use support_policy::Timestamp;
    /// assert_eq!(Timestamp::from_seconds(42).unwrap().as_seconds(), 42);
    /// ```
    pub fn as_seconds(self) -> i64 {
        self.0
    }

    /// Reads an RFC 3339 date-time with `Z` or a numeric offset, for example
    /// `2025-06-13T14:00:00Z` or `2025-06-13T16:00:00.250+02:00`. A fraction of a
    /// second rounds up to the next whole second, so a deadline computed from it
    /// is never earlier than the real one.
    ///
    /// ```
    /// use support_policy::Timestamp;
    /// let t = Timestamp::parse_rfc3339("2025-06-13T14:00:00.001Z").unwrap();
    /// assert_eq!(t.to_string(), "2025-06-13T14:00:01Z");
    /// assert!(Timestamp::parse_rfc3339("2025-06-13T14:00:00").is_err());
    /// ```
    pub fn parse_rfc3339(text: &str) -> Result<Timestamp, Error> {
        let (local, rest) = parse_date_time_prefix(text)?;
        let offset = parse_offset(rest).ok_or_else(|| {
            invalid(
                text,
                "expected RFC 3339 with an offset or Z, like 2025-06-13T14:00:00Z",
            )
        })?;
        let seconds = local.0 - i64::from(offset);
        check_range(seconds, "instant", || quote(text)).map(Timestamp)
    }

    /// The instant as RFC 3339 in UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    ///
    /// ```
    /// use support_policy::Timestamp;
    /// let t = Timestamp::from_seconds(1_749_823_200).unwrap();
    /// assert_eq!(t.to_rfc3339(), "2025-06-13T14:00:00Z");
    /// ```
    pub fn to_rfc3339(self) -> String {
        self.rfc3339().as_str().to_owned()
    }

    /// The instant as RFC 3339 read at UTC offset `offset_seconds`, for example
    /// `2025-06-16T10:00:00+02:00`. An offset with seconds (old local mean
    /// times) is written `+HH:MM:SS` so the instant stays exact.
    ///
    /// ```
    /// use support_policy::Timestamp;
    /// let t = Timestamp::from_seconds(1_750_060_800).unwrap();
    /// assert_eq!(t.to_rfc3339_with_offset(7200), "2025-06-16T10:00:00+02:00");
    /// assert_eq!(t.to_rfc3339_with_offset(-16_200), "2025-06-16T03:30:00-04:30");
    /// assert_eq!(t.to_rfc3339_with_offset(1172), "2025-06-16T08:19:32+00:19:32");
    /// ```
    pub fn to_rfc3339_with_offset(self, offset_seconds: i32) -> String {
        self.rfc3339_with_offset(offset_seconds).as_str().to_owned()
    }

    /// [`Self::to_rfc3339`]'s text without a `String` (the API writes a
    /// dozen per answer).
    pub fn rfc3339(self) -> Rfc3339 {
        let mut text = Rfc3339::new(LocalDateTime(self.0));
        text.push(b'Z');
        text
    }

    /// [`Self::to_rfc3339_with_offset`]'s text without a `String`.
    pub fn rfc3339_with_offset(self, offset_seconds: i32) -> Rfc3339 {
        let mut text = Rfc3339::new(LocalDateTime(self.0 + i64::from(offset_seconds)));
        text.push(if offset_seconds < 0 { b'-' } else { b'+' });
        let abs = offset_seconds.unsigned_abs();
        let (h, m, s) = (abs / 3600, abs / 60 % 60, abs % 60);
        text.push_two_digits(h);
        text.push(b':');
        text.push_two_digits(m);
        if s != 0 {
            text.push(b':');
            text.push_two_digits(s);
        }
        text
    }

    pub(crate) fn raw(seconds: i64) -> Timestamp {
        Timestamp(seconds)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}Z", LocalDateTime(self.0))
    }
}

/// An instant's RFC 3339 text, held in place: `YYYY-MM-DDTHH:MM:SS`, then
/// `Z` or an offset (at most 28 bytes). Digits by hand: they run for every
/// answer, and the formatting machinery was a tenth of an API call's time in
/// the browser. Serialised as its text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Rfc3339 {
    bytes: [u8; 28],
    len: usize,
}

impl Rfc3339 {
    /// `local`'s date and time (an instant's years, 1831 to 3068 at any
    /// `i32` offset, have four digits; others would be written modulo 10000).
    fn new(local: LocalDateTime) -> Rfc3339 {
        let mut text = Rfc3339 {
            bytes: *b"0000-00-00T00:00:00000000000",
            len: 19,
        };
        let (y, mo, d) = local.date();
        let (h, mi, s) = local.time();
        let year = y.rem_euclid(10_000).unsigned_abs();
        let fields = [
            (0, year / 100),
            (2, year % 100),
            (5, mo.into()),
            (8, d.into()),
            (11, h.into()),
            (14, mi.into()),
            (17, s.into()),
        ];
        for (at, n) in fields {
            text.put_two_digits(at, n);
        }
        text
    }

    fn put_two_digits(&mut self, at: usize, n: u32) {
        if let Some([tens, ones]) = self.bytes.get_mut(at..at + 2) {
            *tens = b'0' + (n / 10 % 10) as u8;
            *ones = b'0' + (n % 10) as u8;
        }
    }

    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = byte;
            self.len += 1;
        }
    }

    /// Appends `n` (below 100) as two digits.
    fn push_two_digits(&mut self, n: u32) {
        self.push(b'0' + (n / 10 % 10) as u8);
        self.push(b'0' + (n % 10) as u8);
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..self.len).unwrap_or_default();
        std::str::from_utf8(bytes).unwrap_or_default()
    }
}

impl fmt::Display for Rfc3339 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Rfc3339 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl serde::Serialize for Rfc3339 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A wall-clock date and time with no zone: what a person types or reads off
/// a clock, counted in seconds since local 1970-01-01T00:00.
///
/// ```
/// use support_policy::LocalDateTime;
/// let t = LocalDateTime::parse("2025-03-09T02:30").unwrap();
/// assert_eq!(t.to_string(), "2025-03-09T02:30:00");
/// assert_eq!(t.weekday(), 6); // Sunday
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime(pub(crate) i64);

impl LocalDateTime {
    /// The wall-clock time `year-month-day hour:minute:second`; an error when a
    /// field is out of its range or the date is outside 1900..2999.
    ///
    /// ```
    /// use support_policy::LocalDateTime;
    /// let t = LocalDateTime::new(2025, 6, 13, 16, 0, 0).unwrap();
    /// assert_eq!(t.to_string(), "2025-06-13T16:00:00");
    /// assert!(LocalDateTime::new(2025, 2, 29, 0, 0, 0).is_err());
    /// ```
    pub fn new(
        year: i32,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
    ) -> Result<LocalDateTime, Error> {
        let shown = || format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}");
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(invalid(&shown(), "no such date"));
        }
        if hour > 23 || minute > 59 || second > 59 {
            return Err(invalid(&shown(), "no such time of day"));
        }
        let seconds = days_from_civil(year, month, day) * SECONDS_PER_DAY
            + i64::from(hour) * 3600
            + i64::from(minute) * 60
            + i64::from(second);
        check_range(seconds, "date", || quote(&shown())).map(LocalDateTime)
    }

    /// Reads `YYYY-MM-DDTHH:MM`, `YYYY-MM-DDTHH:MM:SS` or with a fraction of a
    /// second (rounded up). A space may stand for the `T`.
    ///
    /// ```
    /// use support_policy::LocalDateTime;
    /// assert!(LocalDateTime::parse("2025-06-13 16:00").is_ok());
    /// assert!(LocalDateTime::parse("2025-06-13T16:00Z").is_err());
    /// assert!(LocalDateTime::parse("13/06/2025").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<LocalDateTime, Error> {
        let (local, rest) = parse_date_time_prefix(text)?;
        if !rest.is_empty() {
            return Err(invalid(
                text,
                "expected a local date-time like 2025-06-13T16:00",
            ));
        }
        Ok(local)
    }

    /// Days since 1970-01-01 of this date.
    pub(crate) fn day_number(self) -> i64 {
        self.0.div_euclid(SECONDS_PER_DAY)
    }

    /// Seconds since local midnight.
    pub(crate) fn second_of_day(self) -> i64 {
        self.0.rem_euclid(SECONDS_PER_DAY)
    }

    /// Day of the week, 0 = Monday .. 6 = Sunday.
    ///
    /// ```
    /// use support_policy::LocalDateTime;
    /// assert_eq!(LocalDateTime::parse("2025-06-13T08:00").unwrap().weekday(), 4); // Friday
    /// ```
    pub fn weekday(self) -> u8 {
        civil::weekday_from_days(self.day_number())
    }

    /// The date part as `(year, month, day)`.
    ///
    /// ```
    /// use support_policy::LocalDateTime;
    /// assert_eq!(LocalDateTime::parse("2028-02-29T12:00").unwrap().date(), (2028, 2, 29));
    /// ```
    pub fn date(self) -> (i32, u8, u8) {
        civil_from_days(self.day_number())
    }

    /// The time of day as `(hour, minute, second)`.
    ///
    /// ```
    /// use support_policy::LocalDateTime;
    /// assert_eq!(LocalDateTime::parse("2028-02-29T12:34:56").unwrap().time(), (12, 34, 56));
    /// ```
    pub fn time(self) -> (u8, u8, u8) {
        let s = self.second_of_day();
        ((s / 3600) as u8, (s / 60 % 60) as u8, (s % 60) as u8)
    }
}

impl fmt::Display for LocalDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::with_capacity(19);
        self.push_to(&mut text);
        f.write_str(&text)
    }
}

impl LocalDateTime {
    /// Appends `YYYY-MM-DDTHH:MM:SS` (the year as it is outside 0..=9999).
    fn push_to(self, out: &mut String) {
        let (y, mo, d) = self.date();
        if (0..=9999).contains(&y) {
            out.push_str(Rfc3339::new(self).as_str());
        } else {
            let (h, mi, s) = self.time();
            out.push_str(&format!("{y}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}"));
        }
    }
}

/// A calendar date with no time and no zone (closure dates).
///
/// ```
/// use support_policy::Date;
/// let d: Date = "2025-12-25".parse().unwrap();
/// assert_eq!(d.to_string(), "2025-12-25");
/// assert!("2025-13-01".parse::<Date>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub(crate) i64);

impl Date {
    /// Days since 1970-01-01.
    pub(crate) fn day_number(self) -> i64 {
        self.0
    }
}

impl std::str::FromStr for Date {
    type Err = Error;

    fn from_str(text: &str) -> Result<Date, Error> {
        let mut cur = Cursor::new(text);
        let (y, m, d) = cur
            .date()
            .ok_or_else(|| invalid(text, "expected a date like 2025-12-25"))?;
        if !cur.rest().is_empty() {
            return Err(invalid(text, "expected a date like 2025-12-25"));
        }
        Ok(Date(checked_days(text, y, m, d)?))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = civil_from_days(self.0);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

fn invalid(text: &str, why: &str) -> Error {
    Error::new(
        ErrorKind::InvalidDateTime,
        format!("cannot read {}: {why}", quote(text)),
    )
}

/// Reads `YYYY-MM-DD[T ]HH:MM[:SS[.fff]]` and returns the rest of the text.
fn parse_date_time_prefix(text: &str) -> Result<(LocalDateTime, &str), Error> {
    let bad = || invalid(text, "expected a date-time like 2025-06-13T14:00:00Z");
    let mut cur = Cursor::new(text.trim());
    let date = cur.date().ok_or_else(bad)?;
    if !(cur.eat(b'T') || cur.eat(b't') || cur.eat(b' ')) {
        return Err(bad());
    }
    let hour = cur.digits(2).ok_or_else(bad)?;
    if !cur.eat(b':') {
        return Err(bad());
    }
    let minute = cur.digits(2).ok_or_else(bad)?;
    let mut second = 0;
    let mut round_up = false;
    if cur.eat(b':') {
        second = cur.digits(2).ok_or_else(bad)?;
        if cur.eat(b'.') || cur.eat(b',') {
            let mut any = false;
            while let Some(d) = cur.digit() {
                any = true;
                round_up |= d != 0;
            }
            if !any {
                return Err(bad());
            }
        }
    }
    let (y, mo, d) = date;
    let days = checked_days(text, y, mo, d)?;
    if hour > 23 || minute > 59 || second > 59 {
        return Err(invalid(text, "no such time of day"));
    }
    let seconds = days * SECONDS_PER_DAY
        + i64::from(hour) * 3600
        + i64::from(minute) * 60
        + i64::from(second)
        + i64::from(round_up);
    let seconds = check_range(seconds, "date", || quote(text))?;
    Ok((LocalDateTime(seconds), cur.rest()))
}

/// Days since 1970-01-01 of a written date, checked to exist and to lie in 1900..2999.
fn checked_days(text: &str, y: i32, m: u8, d: u8) -> Result<i64, Error> {
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return Err(invalid(text, "no such date"));
    }
    if !(1900..=2999).contains(&y) {
        return Err(Error::new(
            ErrorKind::OutOfRange,
            format!("date {} is outside 1900-01-01..2999-12-31", quote(text)),
        ));
    }
    Ok(days_from_civil(y, m, d))
}

/// Reads `Z`, `z` or `±HH:MM` (and nothing after it); `None` if it is not that.
fn parse_offset(rest: &str) -> Option<i32> {
    let mut cur = Cursor::new(rest);
    let offset = if cur.eat(b'Z') || cur.eat(b'z') {
        0
    } else {
        let sign = if cur.eat(b'+') {
            1
        } else if cur.eat(b'-') {
            -1
        } else {
            return None;
        };
        let h = cur.digits(2)?;
        if !cur.eat(b':') {
            return None;
        }
        let m = cur.digits(2)?;
        if h > 23 || m > 59 {
            return None;
        }
        sign * (h as i32 * 3600 + m as i32 * 60)
    };
    cur.rest().is_empty().then_some(offset)
}

/// A tiny byte cursor for the fixed-width formats above.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
    text: &'a str,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Cursor<'a> {
        Cursor {
            bytes: text.as_bytes(),
            pos: 0,
            text,
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.bytes.get(self.pos) == Some(&b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn digit(&mut self) -> Option<u32> {
        let b = *self.bytes.get(self.pos)?;
        if b.is_ascii_digit() {
            self.pos += 1;
            Some(u32::from(b - b'0'))
        } else {
            None
        }
    }

    fn digits(&mut self, n: usize) -> Option<u32> {
        let mut v = 0;
        for _ in 0..n {
            v = v * 10 + self.digit()?;
        }
        Some(v)
    }

    /// `YYYY-MM-DD` as written (not yet checked to be a real date).
    fn date(&mut self) -> Option<(i32, u8, u8)> {
        let y = self.digits(4)? as i32;
        if !self.eat(b'-') {
            return None;
        }
        let m = self.digits(2)? as u8;
        if !self.eat(b'-') {
            return None;
        }
        let d = self.digits(2)? as u8;
        Some((y, m, d))
    }

    fn rest(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::parse_offset;

    #[test]
    fn offsets_read_z_and_signed_hours_and_minutes() {
        assert_eq!(parse_offset("Z"), Some(0));
        assert_eq!(parse_offset("z"), Some(0));
        assert_eq!(parse_offset("+02:00"), Some(7200));
        assert_eq!(parse_offset("-04:30"), Some(-16_200));
        assert_eq!(parse_offset("+23:59"), Some(86_340));
        for bad in [
            "",
            "+2:00",
            "+0200",
            "+24:00",
            "-01:60",
            "Z ",
            "+02:00:00",
            "UTC",
        ] {
            assert_eq!(parse_offset(bad), None, "{bad:?}");
        }
    }
}
