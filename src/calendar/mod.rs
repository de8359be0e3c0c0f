//! Support-hours calendars: weekly open windows on the wall clock, closure
//! dates, and the walk over the real instants they open.

use crate::error::{Error, ErrorKind};
use crate::time::civil::{SECONDS_PER_DAY, weekday_from_days};
use crate::time::{Date, LocalDateTime, Timestamp};
use crate::zone::{TimeZone, bisect_change, find_change};

/// One open window on a weekday, in seconds since local midnight: open at
/// `open`, closed from `close` on (`close` may be 24:00).
///
/// ```
/// use support_policy::calendar::Window;
/// let w = Window::from_minutes(8 * 60, 17 * 60).unwrap();
/// assert_eq!((w.open(), w.close()), (28_800, 61_200));
/// assert!(Window::from_minutes(17 * 60, 8 * 60).is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Window {
    open: u32,
    close: u32,
}

impl Window {
    /// A window from `open` to `close` minutes after midnight; `open < close <= 1440`.
    pub fn from_minutes(open: u32, close: u32) -> Result<Window, Error> {
        if open < close && close <= 1440 {
            Ok(Window {
                open: open * 60,
                close: close * 60,
            })
        } else {
            Err(Error::new(
                ErrorKind::InvalidPolicy,
                format!(
                    "window {}-{} must open before it closes, within 00:00-24:00",
                    hhmm(open),
                    hhmm(close)
                ),
            ))
        }
    }

    /// Opening, seconds after local midnight.
    pub fn open(self) -> u32 {
        self.open
    }

    /// Closing, seconds after local midnight.
    pub fn close(self) -> u32 {
        self.close
    }
}

/// `HH:MM` for a count of minutes after midnight.
pub(crate) fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// When support is open: weekly windows on the customer's wall clock, less
/// closure dates. The clock runs during every real instant whose wall-clock
/// time falls inside a window on a day that is not closed (docs/contract.md, section 2).
///
/// ```
/// use support_policy::calendar::{SupportHours, Window};
/// let business = SupportHours::business_days(Window::from_minutes(480, 1020).unwrap());
/// assert!(!business.is_continuous());
/// assert!(SupportHours::continuous().is_continuous());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupportHours {
    /// Windows per weekday (0 = Monday), sorted, not overlapping.
    weekly: [Vec<Window>; 7],
    /// Closed local dates, as sorted day numbers.
    closures: Vec<i64>,
    continuous: bool,
}

impl SupportHours {
    /// Open around the clock, every day (24 x 7 x 365).
    pub fn continuous() -> SupportHours {
        let all = vec![Window {
            open: 0,
            close: SECONDS_PER_DAY as u32,
        }];
        SupportHours {
            weekly: std::array::from_fn(|_| all.clone()),
            closures: Vec::new(),
            continuous: true,
        }
    }

    /// Open in `window` Monday to Friday, closed at weekends.
    pub fn business_days(window: Window) -> SupportHours {
        let weekly = std::array::from_fn(|day| if day < 5 { vec![window] } else { Vec::new() });
        SupportHours {
            weekly,
            closures: Vec::new(),
            continuous: false,
        }
    }

    /// Hours from windows per weekday (index 0 = Monday) and closure dates.
    /// Windows of a day are sorted; overlapping windows are an error, and so
    /// is a week with no window at all.
    ///
    /// ```
    /// use support_policy::calendar::{SupportHours, Window};
    /// let w = |a, b| Window::from_minutes(a, b).unwrap();
    /// let split = [vec![w(480, 720), w(780, 1020)], vec![], vec![], vec![], vec![], vec![], vec![]];
    /// let hours = SupportHours::new(split, vec!["2025-12-25".parse().unwrap()]).unwrap();
    /// assert_eq!(hours.windows(0).len(), 2);
    /// ```
    pub fn new(mut weekly: [Vec<Window>; 7], closures: Vec<Date>) -> Result<SupportHours, Error> {
        for (day, windows) in weekly.iter_mut().enumerate() {
            insertion_sort(windows);
            for pair in windows.windows(2) {
                if pair[1].open < pair[0].close {
                    return Err(Error::new(
                        ErrorKind::InvalidPolicy,
                        format!(
                            "windows {}-{} and {}-{} on {} overlap",
                            hhmm(pair[0].open / 60),
                            hhmm(pair[0].close / 60),
                            hhmm(pair[1].open / 60),
                            hhmm(pair[1].close / 60),
                            WEEKDAYS[day]
                        ),
                    ));
                }
            }
        }
        if weekly.iter().all(Vec::is_empty) {
            return Err(Error::new(
                ErrorKind::InvalidPolicy,
                "support hours have no open window in the week",
            ));
        }
        let mut closures: Vec<i64> = closures.into_iter().map(Date::day_number).collect();
        insertion_sort(&mut closures);
        closures.dedup();
        let continuous = closures.is_empty()
            && weekly
                .iter()
                .all(|w| w.len() == 1 && w[0].open == 0 && w[0].close == SECONDS_PER_DAY as u32);
        Ok(SupportHours {
            weekly,
            closures,
            continuous,
        })
    }

    /// Whether the clock always runs (no windows to walk).
    pub fn is_continuous(&self) -> bool {
        self.continuous
    }

    /// The windows of weekday `day` (0 = Monday .. 6 = Sunday).
    pub fn windows(&self, day: usize) -> &[Window] {
        self.weekly.get(day).map_or(&[], Vec::as_slice)
    }

    /// The closure dates, sorted.
    pub fn closures(&self) -> impl Iterator<Item = Date> + '_ {
        self.closures.iter().map(|&d| Date(d))
    }

    fn is_closed(&self, day: i64) -> bool {
        self.closures.binary_search(&day).is_ok()
    }

    /// The first open wall-clock interval that ends after `w`, clipped to
    /// start no earlier than `w`; `None` if there is none before year 3000.
    fn next_open_wall(&self, w: i64) -> Option<(i64, i64)> {
        let first_day = w.div_euclid(SECONDS_PER_DAY);
        // Every day is closed at most by a closure date, so a window turns up
        // within a week past the last closure (or the year 3000 ends the search).
        let last_day = LocalDateTime(Timestamp::MAX.as_seconds()).day_number() + 1;
        let mut day = first_day;
        while day <= last_day {
            if !self.is_closed(day) {
                let midnight = day * SECONDS_PER_DAY;
                for window in &self.weekly[usize::from(weekday_from_days(day))] {
                    let (open, close) = (
                        midnight + i64::from(window.open),
                        midnight + i64::from(window.close),
                    );
                    if close > w {
                        return Some((open.max(w), close));
                    }
                }
            }
            day += 1;
        }
        None
    }
}

/// Sorts a short list (a day's windows, a calendar's closures) with little code.
fn insertion_sort<T: Ord>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Weekday names as the policy document writes them, Monday first.
pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// The real instants at which the clock runs, from a starting instant on, as
/// maximal pieces `[start, end)` of constant UTC offset. Jumps from window to
/// window: each piece costs two or three offset look-ups, never a walk over
/// minutes.
pub(crate) struct OpenIntervals<'a, Z: TimeZone + ?Sized> {
    hours: &'a SupportHours,
    zone: &'a Z,
    /// Where the walk stands.
    t: i64,
    /// When a look-up already told it: the offset at `t`, which holds from
    /// `t` through the second instant.
    known: Option<(i32, i64)>,
}

impl<'a, Z: TimeZone + ?Sized> OpenIntervals<'a, Z> {
    pub(crate) fn new(hours: &'a SupportHours, zone: &'a Z, from: Timestamp) -> Self {
        OpenIntervals {
            hours,
            zone,
            t: from.as_seconds(),
            known: None,
        }
    }

    /// The next open piece, or `None` when support never opens again before 3000.
    pub(crate) fn next_piece(&mut self) -> Option<(i64, i64)> {
        if self.hours.continuous {
            let (start, end) = (self.t, Timestamp::MAX.as_seconds() + 1);
            self.t = end;
            return (start < end).then_some((start, end));
        }
        loop {
            if self.t > Timestamp::MAX.as_seconds() {
                return None;
            }
            let (offset, holds_until) = self
                .known
                .take()
                .unwrap_or_else(|| (self.zone.offset_at(self.t), self.t));
            let o = i64::from(offset);
            let (wall_start, wall_end) = self.hours.next_open_wall(self.t + o)?;
            let start = wall_start - o;
            if start > holds_until {
                if let Some((lo, hi, after)) = find_change(self.zone, holds_until, offset, start) {
                    // The offset changes while support is closed: find where
                    // the wall clock first reads open after the change.
                    let (t, offset) = self.after_change_while_closed(lo, hi, offset, after);
                    self.t = t;
                    self.known = offset.map(|o| (o, t));
                    continue;
                }
            }
            let end = wall_end - o;
            // One look-up checks this piece and the way to the next opening.
            let next_start = self
                .hours
                .next_open_wall(wall_end)
                .map(|(next, _)| next - o);
            let reach = match next_start {
                Some(next) if next - start <= crate::zone::PROBE_STEP => next,
                _ => end,
            };
            let change = match find_change(self.zone, start, offset, reach) {
                None => {
                    (self.t, self.known) = (end, Some((offset, reach)));
                    return Some((start, end));
                }
                Some(_) if reach > end => find_change(self.zone, start, offset, end),
                found => found,
            };
            return Some(match change {
                None => {
                    (self.t, self.known) = (end, Some((offset, end)));
                    (start, end)
                }
                Some((lo, hi, after)) => {
                    // The offset changes while support is open: the piece
                    // ends at the exact instant of the change.
                    let change = bisect_change(self.zone, lo, hi, offset);
                    (self.t, self.known) = (change, (change == hi).then_some((after, change)));
                    (start, change)
                }
            });
        }
    }

    /// Support is closed from `lo` on under `before`, and the offset changes
    /// to `after` somewhere in `(lo, hi]`. Returns where to read the wall
    /// clock again (and the offset there, when known) without bisecting when
    /// the first opening under `after` shows which side of the change it is on.
    fn after_change_while_closed(
        &self,
        mut lo: i64,
        hi: i64,
        before: i32,
        after: i32,
    ) -> (i64, Option<i32>) {
        loop {
            // The first wall-clock opening after lo, read with the new offset.
            let Some((wall_open, _)) = self.hours.next_open_wall(lo + 1 + i64::from(after)) else {
                return (hi, Some(after));
            };
            let candidate = wall_open - i64::from(after);
            if candidate >= hi {
                // Nothing opens between the change and hi, where the new offset holds.
                return (hi, Some(after));
            }
            match self.zone.offset_at(candidate) {
                // The change came before the candidate: it is the opening.
                o if o == after => return (candidate, Some(after)),
                // The change comes after the candidate (still closed there).
                o if o == before => lo = candidate,
                // A third offset: find the exact change and start again from it.
                _ => return (bisect_change(self.zone, lo, hi, before), None),
            }
        }
    }
}

fn beyond_range() -> Error {
    Error::new(
        ErrorKind::OutOfRange,
        "the deadline would fall after 2999-12-31",
    )
}

/// Whether support is open at `instant` in `zone`.
///
/// ```
/// use support_policy::{calendar::{is_open, SupportHours, Window}, Timestamp, TimeZone, TzdbZone};
/// let hours = SupportHours::business_days(Window::from_minutes(480, 1020).unwrap());
/// let madrid = TzdbZone::for_name("Europe/Madrid").unwrap();
/// let friday_4pm = Timestamp::parse_rfc3339("2025-06-13T16:00:00+02:00").unwrap();
/// let friday_5pm = Timestamp::parse_rfc3339("2025-06-13T17:00:00+02:00").unwrap();
/// assert!(is_open(&hours, &madrid, friday_4pm));
/// assert!(!is_open(&hours, &madrid, friday_5pm));
/// ```
pub fn is_open<Z: TimeZone + ?Sized>(hours: &SupportHours, zone: &Z, instant: Timestamp) -> bool {
    if hours.continuous {
        return true;
    }
    let wall = instant.as_seconds() + i64::from(zone.offset_at(instant.as_seconds()));
    matches!(hours.next_open_wall(wall), Some((start, _)) if start == wall)
}

/// The first instant at or after `instant` at which support is open.
///
/// ```
/// use support_policy::{calendar::{next_opening, SupportHours, Window}, Timestamp, TimeZone, TzdbZone};
/// let hours = SupportHours::business_days(Window::from_minutes(480, 1020).unwrap());
/// let madrid = TzdbZone::for_name("Europe/Madrid").unwrap();
/// let saturday = Timestamp::parse_rfc3339("2025-06-14T10:00:00Z").unwrap();
/// assert_eq!(next_opening(&hours, &madrid, saturday).unwrap().to_string(), "2025-06-16T06:00:00Z");
/// ```
pub fn next_opening<Z: TimeZone + ?Sized>(
    hours: &SupportHours,
    zone: &Z,
    instant: Timestamp,
) -> Result<Timestamp, Error> {
    let (start, _) = OpenIntervals::new(hours, zone, instant)
        .next_piece()
        .ok_or_else(beyond_range)?;
    Timestamp::from_seconds(start)
}

/// The open windows that overlap `[from, to)`, clipped to it, as real
/// instants; pieces split only by an offset change are joined. At most
/// `limit` windows are returned.
///
/// ```
/// use support_policy::{calendar::{open_windows_between, SupportHours, Window}, Timestamp, TimeZone, TzdbZone};
/// let hours = SupportHours::business_days(Window::from_minutes(480, 1020).unwrap());
/// let utc = TzdbZone::for_name("UTC").unwrap();
/// let from = Timestamp::parse_rfc3339("2025-06-13T16:00:00Z").unwrap(); // Friday
/// let to = Timestamp::parse_rfc3339("2025-06-16T10:00:00Z").unwrap();   // Monday
/// let windows = open_windows_between(&hours, &utc, from, to, 10);
/// assert_eq!(windows.len(), 2);
/// assert_eq!(windows[1].0.to_string(), "2025-06-16T08:00:00Z");
/// ```
pub fn open_windows_between<Z: TimeZone + ?Sized>(
    hours: &SupportHours,
    zone: &Z,
    from: Timestamp,
    to: Timestamp,
    limit: usize,
) -> Vec<(Timestamp, Timestamp)> {
    let mut out: Vec<(Timestamp, Timestamp)> = Vec::new();
    let mut pieces = OpenIntervals::new(hours, zone, from);
    while let Some((start, end)) = pieces.next_piece() {
        if start >= to.as_seconds() {
            break;
        }
        let end = Timestamp::raw(end.min(to.as_seconds()));
        let len = out.len();
        match out.last_mut() {
            Some(last) if last.1.as_seconds() == start => last.1 = end,
            _ if len == limit => break,
            _ => out.push((Timestamp::raw(start), end)),
        }
    }
    out
}

/// The deadline: the earliest instant at which the clock, started at `filed`,
/// has run for `target_seconds` (docs/contract.md, section 2). A target used up exactly at
/// closing time is due at closing time; a ticket filed while closed starts
/// the clock at the next opening; a target of 0 is due when filed.
///
/// ```
/// use support_policy::{calendar::{deadline, SupportHours, Window}, Timestamp, TimeZone, TzdbZone};
/// let hours = SupportHours::business_days(Window::from_minutes(480, 1020).unwrap());
/// let madrid = TzdbZone::for_name("Europe/Madrid").unwrap();
/// let friday_4pm = Timestamp::parse_rfc3339("2025-06-13T14:00:00Z").unwrap();
/// let due = deadline(&hours, &madrid, friday_4pm, 3 * 3600).unwrap();
/// assert_eq!(due.to_string(), "2025-06-16T08:00:00Z"); // Monday 10:00 in Madrid
/// ```
pub fn deadline<Z: TimeZone + ?Sized>(
    hours: &SupportHours,
    zone: &Z,
    filed: Timestamp,
    target_seconds: u64,
) -> Result<Timestamp, Error> {
    walk(hours, zone, filed, target_seconds, |_, _| ())
}

/// The spans the target was counted in, from filing to the deadline, in
/// order: `[start, end)` real instants, exact to the second, summing to
/// `target_seconds`, the last ending at the [`deadline`] (the same walk
/// computes both, so they cannot disagree). Pieces split only by an
/// offset change are joined, so a span is one open window on one local day
/// (or, around the clock, the whole target); a target of 0 has none.
///
/// ```
/// use support_policy::{calendar::{counted_spans, SupportHours, Window}, Timestamp, TimeZone, TzdbZone};
/// let hours = SupportHours::business_days(Window::from_minutes(480, 1020).unwrap());
/// let madrid = TzdbZone::for_name("Europe/Madrid").unwrap();
/// let friday_4pm = Timestamp::parse_rfc3339("2025-06-13T14:00:00Z").unwrap();
/// let spans = counted_spans(&hours, &madrid, friday_4pm, 3 * 3600).unwrap();
/// let text: Vec<String> = spans.iter().map(|(a, b)| format!("{a}/{b}")).collect();
/// assert_eq!(text, ["2025-06-13T14:00:00Z/2025-06-13T15:00:00Z", "2025-06-16T06:00:00Z/2025-06-16T08:00:00Z"]);
/// ```
pub fn counted_spans<Z: TimeZone + ?Sized>(
    hours: &SupportHours,
    zone: &Z,
    filed: Timestamp,
    target_seconds: u64,
) -> Result<Vec<(Timestamp, Timestamp)>, Error> {
    deadline_and_spans(hours, zone, filed, target_seconds).map(|(_, spans)| spans)
}

/// The [`deadline`] and the [`counted_spans`] that reach it, from one walk.
///
/// ```
/// use support_policy::{calendar::{deadline_and_spans, SupportHours, Window}, Timestamp, TimeZone, TzdbZone};
/// let hours = SupportHours::business_days(Window::from_minutes(480, 1020).unwrap());
/// let madrid = TzdbZone::for_name("Europe/Madrid").unwrap();
/// let filed = Timestamp::parse_rfc3339("2025-06-13T14:00:00Z").unwrap();
/// let (due, spans) = deadline_and_spans(&hours, &madrid, filed, 3 * 3600).unwrap();
/// assert_eq!(due.to_string(), "2025-06-16T08:00:00Z");
/// assert_eq!(spans.last().unwrap().1, due);
/// ```
pub fn deadline_and_spans<Z: TimeZone + ?Sized>(
    hours: &SupportHours,
    zone: &Z,
    filed: Timestamp,
    target_seconds: u64,
) -> Result<(Timestamp, Vec<(Timestamp, Timestamp)>), Error> {
    let mut spans: Vec<(Timestamp, Timestamp)> = Vec::new();
    let day = |t: i64| {
        crate::zone::to_local(zone, Timestamp::raw(t))
            .0
            .day_number()
    };
    let due = walk(hours, zone, filed, target_seconds, |start, end| {
        match spans.last_mut() {
            // Split by an offset change (not windows meeting at midnight).
            Some(last)
                if last.1.as_seconds() == start
                    && (hours.continuous || day(last.0.as_seconds()) == day(start)) =>
            {
                last.1 = Timestamp::raw(end)
            }
            _ => spans.push((Timestamp::raw(start), Timestamp::raw(end))),
        }
    })?;
    Ok((due, spans))
}

/// The walk behind [`deadline`] and [`counted_spans`]: runs the clock from
/// `filed` for `target_seconds`, telling `counted` each piece it counts.
fn walk<Z: TimeZone + ?Sized>(
    hours: &SupportHours,
    zone: &Z,
    filed: Timestamp,
    target_seconds: u64,
    mut counted: impl FnMut(i64, i64),
) -> Result<Timestamp, Error> {
    let mut remaining = i64::try_from(target_seconds).map_err(|_| beyond_range())?;
    if remaining == 0 {
        return Ok(filed);
    }
    let mut pieces = OpenIntervals::new(hours, zone, filed);
    loop {
        let (start, end) = pieces.next_piece().ok_or_else(beyond_range)?;
        if remaining <= end - start {
            let due = Timestamp::from_seconds(start + remaining).map_err(|_| beyond_range())?;
            counted(start, start + remaining);
            return Ok(due);
        }
        counted(start, end);
        remaining -= end - start;
    }
}
