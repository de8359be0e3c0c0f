//! Nanoseconds per deadline, next to the minute-by-minute reference.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test, bench or example crate

#[path = "../tests/reference/mod.rs"]
mod reference;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use support_policy::calendar::{SupportHours, deadline};
use support_policy::{Plan, Policy, Priority, TimeZone, Timestamp, TzdbZone};

fn benches(c: &mut Criterion) {
    let policy = Policy::zmanda();
    let standard = &policy.sla(Plan::Standard).unwrap().hours;
    let premium = SupportHours::continuous();
    let zone = TzdbZone::for_name("America/New_York").unwrap();
    let tz: chrono_tz::Tz = "America/New_York".parse().unwrap();
    // Friday 16:00 EST before the spring-forward weekend.
    let friday = Timestamp::parse_rfc3339("2025-03-07T16:00:00-05:00").unwrap();
    let p4 = u64::from(policy.target_minutes(Plan::Standard, Priority::P4).unwrap());
    let p1 = u64::from(policy.target_minutes(Plan::Premium, Priority::P1).unwrap());
    let slow = reference::RefCalendar::business();
    let madrid = TzdbZone::for_name("Europe/Madrid").unwrap();
    let madrid_tz: chrono_tz::Tz = "Europe/Madrid".parse().unwrap();
    let june_friday = Timestamp::parse_rfc3339("2025-06-13T16:00:00+02:00").unwrap();

    let mut group = c.benchmark_group("deadline");
    group.bench_function("standard P4 across a DST weekend (engine)", |b| {
        b.iter(|| deadline(standard, &zone, black_box(friday), black_box(p4 * 60)))
    });
    group.bench_function("premium P1 (engine)", |b| {
        b.iter(|| deadline(&premium, &zone, black_box(friday), black_box(p1 * 60)))
    });
    group.bench_function(
        "standard P4 across a DST weekend (minute-by-minute reference)",
        |b| b.iter(|| slow.deadline(tz, black_box(friday.as_seconds()), black_box(p4 as u32))),
    );
    group.bench_function("standard P4 across a plain weekend (engine)", |b| {
        b.iter(|| {
            deadline(
                standard,
                &madrid,
                black_box(june_friday),
                black_box(p4 * 60),
            )
        })
    });
    group.bench_function(
        "standard P4 across a plain weekend (minute-by-minute reference)",
        |b| {
            b.iter(|| {
                slow.deadline(
                    madrid_tz,
                    black_box(june_friday.as_seconds()),
                    black_box(p4 as u32),
                )
            })
        },
    );
    group.bench_function("one offset look-up (chrono-tz)", |b| {
        b.iter(|| zone.offset_at(black_box(friday.as_seconds())))
    });
    group.finish();
}

criterion_group!(deadline_benches, benches);
criterion_main!(deadline_benches);
