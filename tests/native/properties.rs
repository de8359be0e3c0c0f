//! Deadline properties against a slow reference written here: walk real time
//! minute by minute, ask chrono-tz for the wall-clock time, count open minutes.

use crate::reference;

use proptest::prelude::*;
use reference::RefCalendar;
use support_policy::calendar::{self, SupportHours};
use support_policy::{TimeZone, Timestamp, TzdbZone};

fn calendars() -> impl Strategy<Value = RefCalendar> {
    prop_oneof![3 => Just(RefCalendar::business()), 1 => Just(RefCalendar::split_with_closures())]
}

fn zones() -> impl Strategy<Value = chrono_tz::Tz> {
    (0..chrono_tz::TZ_VARIANTS.len()).prop_map(|i| chrono_tz::TZ_VARIANTS[i])
}

const FROM_1970: i64 = 0;
const TO_2037: i64 = 2_114_380_800; // 2037-01-01

fn zone(tz: chrono_tz::Tz) -> TzdbZone {
    TzdbZone::for_name(tz.name()).unwrap()
}

fn ts(s: i64) -> Timestamp {
    Timestamp::from_seconds(s).unwrap()
}

fn due(cal: &SupportHours, z: &TzdbZone, filed: i64, minutes: u32) -> i64 {
    calendar::deadline(cal, z, ts(filed), u64::from(minutes) * 60)
        .unwrap()
        .as_seconds()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn equals_the_minute_by_minute_reference(
        cal in calendars(), tz in zones(), minute in FROM_1970 / 60..TO_2037 / 60, target in 0u32..=3000,
    ) {
        let filed = minute * 60;
        let z = zone(tz);
        // The reference steps whole minutes; it is exact when the offset is whole minutes.
        prop_assume!(z.offset_at(filed) % 60 == 0 && z.offset_at(filed + 30 * 86_400) % 60 == 0);
        prop_assert_eq!(due(&cal.engine(), &z, filed, target), cal.deadline(tz, filed, target));
    }

    #[test]
    fn equals_the_reference_around_offset_changes(
        cal in calendars(), tz in zones(), minute in FROM_1970 / 60..TO_2037 / 60, back in 0i64..8 * 24 * 60, target in 1u32..=3000,
    ) {
        // The next offset change within a year, then file up to 8 days before it.
        let z = zone(tz);
        let start = minute * 60;
        let change = (1..=366 * 24).map(|h| start + h * 3600).find(|&t| z.offset_at(t) != z.offset_at(start));
        // Zones without changes (most of them since 1970) are tested as they are.
        let filed = change.map_or(start, |c| (c / 60 - back) * 60);
        prop_assume!(z.offset_at(filed) % 60 == 0 && z.offset_at(filed + 30 * 86_400) % 60 == 0);
        prop_assert_eq!(due(&cal.engine(), &z, filed, target), cal.deadline(tz, filed, target));
    }

    #[test]
    fn deadline_is_never_before_filing_and_lands_in_open_hours(
        cal in calendars(), tz in zones(), filed in FROM_1970..TO_2037, target in 1u32..=3000,
    ) {
        let z = zone(tz);
        let d = due(&cal.engine(), &z, filed, target);
        prop_assert!(d > filed);
        // The last second before the deadline is open: local time in (open, close].
        prop_assert!(calendar::is_open(&cal.engine(), &z, ts(d - 1)));
        prop_assert!(cal.open_at(tz, d - 1) || z.offset_at(d - 1) % 60 != 0);
    }

    #[test]
    fn monotonic_in_the_filing_instant(
        cal in calendars(), tz in zones(), filed in FROM_1970..TO_2037, later in 0i64..10 * 86_400, target in 0u32..=3000,
    ) {
        let (z, hours) = (zone(tz), cal.engine());
        prop_assert!(due(&hours, &z, filed, target) <= due(&hours, &z, filed + later, target));
    }

    #[test]
    fn consecutive_targets_add_up(
        cal in calendars(), tz in zones(), filed in FROM_1970..TO_2037, a in 0u32..=1500, b in 0u32..=1500,
    ) {
        let (z, hours) = (zone(tz), cal.engine());
        let first = due(&hours, &z, filed, a);
        prop_assert_eq!(due(&hours, &z, first, b), due(&hours, &z, filed, a + b));
    }

    #[test]
    fn filed_while_closed_equals_filed_at_the_next_opening(
        cal in calendars(), tz in zones(), filed in FROM_1970..TO_2037, target in 1u32..=3000,
    ) {
        let (z, hours) = (zone(tz), cal.engine());
        let opening = calendar::next_opening(&hours, &z, ts(filed)).unwrap().as_seconds();
        prop_assert!(opening >= filed);
        prop_assert_eq!(opening == filed, calendar::is_open(&hours, &z, ts(filed)));
        prop_assert_eq!(due(&hours, &z, filed, target), due(&hours, &z, opening, target));
    }

    #[test]
    fn open_windows_cover_exactly_the_open_time(
        cal in calendars(), tz in zones(), filed in FROM_1970..TO_2037, target in 1u32..=3000,
    ) {
        let (z, hours) = (zone(tz), cal.engine());
        let d = due(&hours, &z, filed, target);
        let windows = calendar::open_windows_between(&hours, &z, ts(filed), ts(d), 1000);
        let open: i64 = windows.iter().map(|(a, b)| b.as_seconds() - a.as_seconds()).sum();
        prop_assert_eq!(open, i64::from(target) * 60);
        for pair in windows.windows(2) {
            prop_assert!(pair[0].1 < pair[1].0, "windows are separate and ordered");
        }
    }

    #[test]
    fn counted_spans_sum_to_the_target_and_end_at_the_deadline(
        cal in calendars(), tz in zones(), filed in FROM_1970..TO_2037, target_seconds in 0u64..=200_000, continuous in 0u8..4,
    ) {
        // Seconds, not minutes: a ticket filed at 16:00:30 counts 59 min 30 s on its first day.
        let (z, hours) = (zone(tz), if continuous == 0 { SupportHours::continuous() } else { cal.engine() });
        let d = calendar::deadline(&hours, &z, ts(filed), target_seconds).unwrap().as_seconds();
        let spans = calendar::counted_spans(&hours, &z, ts(filed), target_seconds).unwrap();
        let sum: i64 = spans.iter().map(|(a, b)| b.as_seconds() - a.as_seconds()).sum();
        prop_assert_eq!(sum, i64::try_from(target_seconds).unwrap());
        prop_assert_eq!(spans.last().map_or(filed, |s| s.1.as_seconds()), d);
        prop_assert!(spans.first().is_none_or(|s| s.0.as_seconds() >= filed));
        for (a, b) in &spans {
            prop_assert!(a < b, "no empty span");
            prop_assert!(calendar::is_open(&hours, &z, *a), "a span starts in open hours");
        }
        for pair in spans.windows(2) {
            prop_assert!(pair[0].1 <= pair[1].0, "spans are ordered");
        }
        if hours.is_continuous() {
            prop_assert!(spans.len() <= 1, "one span around the clock");
        }
    }

    #[test]
    fn premium_is_real_elapsed_time(tz in zones(), filed in FROM_1970..TO_2037, target in 0u32..=3000) {
        let d = due(&SupportHours::continuous(), &zone(tz), filed, target);
        prop_assert_eq!(d, filed + i64::from(target) * 60);
    }
}

#[test]
fn counted_spans_are_one_local_day_each_when_windows_meet_at_midnight() {
    // Open all day Monday to Friday: 30 hours from Monday 12:00 UTC are
    // Monday 12:00–24:00 and Tuesday 00:00–18:00, two spans, not one.
    use support_policy::calendar::Window;
    let all_day = Window::from_minutes(0, 1440).unwrap();
    let weekly = std::array::from_fn(|d| if d < 5 { vec![all_day] } else { Vec::new() });
    let hours = SupportHours::new(weekly, Vec::new()).unwrap();
    let utc = TzdbZone::for_name("UTC").unwrap();
    let monday_noon = Timestamp::parse_rfc3339("2025-06-16T12:00:00Z").unwrap();
    let spans = calendar::counted_spans(&hours, &utc, monday_noon, 30 * 3600).unwrap();
    let text: Vec<String> = spans.iter().map(|(a, b)| format!("{a}/{b}")).collect();
    assert_eq!(
        text,
        [
            "2025-06-16T12:00:00Z/2025-06-17T00:00:00Z",
            "2025-06-17T00:00:00Z/2025-06-17T18:00:00Z"
        ]
    );
}
