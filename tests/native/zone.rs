//! The time-zone layer: the probe step's premise, gap and fold reading.

use chrono::{Offset, TimeZone as _};
use support_policy::zone::{self, LocalAdjustment, PROBE_STEP};
use support_policy::{LocalDateTime, TimeZone, Timestamp, TzdbZone};

fn chrono_offset(tz: &chrono_tz::Tz, t: i64) -> i32 {
    let utc = chrono::DateTime::from_timestamp(t, 0).unwrap().naive_utc();
    tz.offset_from_utc_datetime(&utc).fix().local_minus_utc()
}

/// The deadline walk looks the offset up at most every PROBE_STEP seconds and
/// assumes no change hides between two equal look-ups. Scan every zone from
/// 1900 to 2100 at a resolution finer than the step and check that
/// consecutive changes are always further apart than the step.
#[test]
fn offset_changes_are_further_apart_than_the_probe_step() {
    let (start, end) = (-2_208_988_800_i64, 4_102_444_800_i64);
    let resolution = 6 * 3600;
    assert!(resolution * 4 <= PROBE_STEP);
    // The margin: the closest changes must be at least twice the step apart.
    let mut closest = (i64::MAX, "", 0);
    for tz in chrono_tz::TZ_VARIANTS.iter() {
        let mut previous_change = None;
        let mut offset = chrono_offset(tz, start);
        let mut t = start;
        while t < end {
            let next = chrono_offset(tz, t + resolution);
            if next != offset {
                if let Some(p) = previous_change {
                    if t - p < closest.0 {
                        closest = (t - p, tz.name(), t);
                    }
                }
                previous_change = Some(t);
                offset = next;
            }
            t += resolution;
        }
    }
    eprintln!("closest offset changes: {closest:?}");
    // Changes seen in neighbouring samples are within `resolution` of their
    // true instants, so their true distance is at least closest - resolution.
    assert!(closest.0 - resolution > 2 * PROBE_STEP, "{closest:?}");
}

#[test]
fn offsets_agree_with_chrono_tz_for_every_zone() {
    for tz in chrono_tz::TZ_VARIANTS.iter() {
        let ours = TzdbZone::for_name(tz.name()).unwrap();
        for t in [
            -2_208_988_800,
            0,
            1_000_000_000,
            1_750_000_000,
            4_000_000_000,
        ] {
            assert_eq!(
                ours.offset_at(t),
                chrono_offset(tz, t),
                "{} at {t}",
                tz.name()
            );
        }
    }
}

fn resolve(zone: &str, local: &str) -> (String, LocalAdjustment) {
    let z = TzdbZone::for_name(zone).unwrap();
    let r = zone::resolve_local(&z, LocalDateTime::parse(local).unwrap()).unwrap();
    (
        r.instant
            .to_rfc3339_with_offset(z.offset_at(r.instant.as_seconds())),
        r.adjustment,
    )
}

#[test]
fn typed_times_in_gaps_move_forward_by_the_gap() {
    let (t, adj) = resolve("America/New_York", "2025-03-09T02:30");
    assert_eq!(t, "2025-03-09T03:30:00-04:00");
    assert_eq!(adj, LocalAdjustment::Gap { gap_seconds: 3600 });
    // Lord Howe springs forward by 30 minutes at 02:00.
    let (t, adj) = resolve("Australia/Lord_Howe", "2025-10-05T02:10");
    assert_eq!(t, "2025-10-05T02:40:00+11:00");
    assert_eq!(adj, LocalAdjustment::Gap { gap_seconds: 1800 });
    // Santiago: local midnight of 2024-09-08 never happened.
    let (t, adj) = resolve("America/Santiago", "2024-09-08T00:00");
    assert_eq!(t, "2024-09-08T01:00:00-03:00");
    assert_eq!(adj, LocalAdjustment::Gap { gap_seconds: 3600 });
    // Apia skipped the whole of 2011-12-30.
    let (t, adj) = resolve("Pacific/Apia", "2011-12-30T12:00");
    assert_eq!(t, "2011-12-31T12:00:00+14:00");
    assert_eq!(
        adj,
        LocalAdjustment::Gap {
            gap_seconds: 86_400
        }
    );
}

#[test]
fn typed_times_in_folds_take_the_earlier_instant() {
    let (t, adj) = resolve("America/New_York", "2025-11-02T01:30");
    assert_eq!(t, "2025-11-02T01:30:00-04:00");
    match adj {
        LocalAdjustment::Fold { later } => assert_eq!(later.to_rfc3339(), "2025-11-02T06:30:00Z"),
        other => panic!("expected a fold, got {other:?}"),
    }
    let (t, _) = resolve("Europe/Dublin", "2025-10-26T01:30");
    assert_eq!(t, "2025-10-26T01:30:00+01:00");
    let (t, adj) = resolve("Europe/Madrid", "2025-06-13T16:00");
    assert_eq!(
        (t.as_str(), adj),
        ("2025-06-13T16:00:00+02:00", LocalAdjustment::Exact)
    );
}

#[test]
fn unknown_zones_are_errors_naming_the_zone() {
    for name in ["Mars/Olympus", "", "europe/madrid ", "../../etc/passwd"] {
        let err = TzdbZone::for_name(name).unwrap_err();
        assert!(err.to_string().contains(&format!("{name:?}")), "{err}");
    }
    assert_eq!(
        TzdbZone::for_name("Asia/Calcutta").unwrap().offset_at(0),
        19_800
    );
}

/// Each recent zone is a real zone, and its stand-in has kept the same clock
/// since the year the table gives (the year the clocks became the same)
/// through 2100 (a former name: always), by the bundled database: what the
/// browser's message for a zone it lacks says.
#[test]
fn recent_zones_have_stand_ins_with_the_same_clock() {
    use support_policy::zone::recent_zones;
    let (start, end) = (-2_208_988_800_i64, 4_102_444_800_i64); // 1900..2100
    let step = 3 * 3600;
    let mut wrong = Vec::new();
    for z in recent_zones() {
        let zone: chrono_tz::Tz = z
            .name
            .parse()
            .unwrap_or_else(|_| panic!("{} is not in chrono-tz", z.name));
        let stand_in: chrono_tz::Tz = z
            .stand_in
            .parse()
            .unwrap_or_else(|_| panic!("{}", z.stand_in));
        // The first instant from which the two agree through 2100.
        let mut same_from = Some(start);
        let mut t = start;
        while t < end {
            if chrono_offset(&zone, t) != chrono_offset(&stand_in, t) {
                same_from = (t + step < end).then_some(t + step);
            }
            t += step;
        }
        let year = same_from.map(|t| {
            Timestamp::from_seconds(t).unwrap().to_rfc3339()[..4]
                .parse::<u16>()
                .unwrap()
        });
        // "Since" is the year the clocks became the same (None: always were).
        let expected = match year {
            Some(1900) => None,
            other => other,
        };
        if expected != z.since {
            wrong.push(format!(
                "{}: {} the same since {:?}, table says {:?}",
                z.name, z.stand_in, expected, z.since
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
