//! Every worked deadline in `cases/deadlines.json` (from an independent
//! brute-force reference), reproduced through the same request reader the
//! JavaScript API uses.

use support_policy::{DeadlineQuery, Policy, Timestamp, TzdbZone};

use crate::model;
use model::Cases;

fn manifest_path(rel: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn load(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn copy_of_cases_equals_shared_where_it_exists() {
    let ours = load(&manifest_path("tests/cases/deadlines.json"));
    let shared = manifest_path("../shared/cases/deadlines.json");
    if shared.exists() {
        assert_eq!(
            ours,
            load(&shared),
            "tests/cases/deadlines.json differs from ../shared/cases/deadlines.json: copy it again"
        );
    } else {
        eprintln!(
            "../shared/cases/deadlines.json is not here; using the verbatim copy under tests/cases"
        );
    }
}

#[test]
fn every_worked_deadline_is_reproduced() {
    let cases: Cases = serde_json::from_str(&load(&manifest_path("tests/cases/deadlines.json")))
        .expect("cases parse");
    assert!(
        cases.cases.len() >= 90,
        "expected the whole case file, got {}",
        cases.cases.len()
    );
    let policy = Policy::zmanda();
    let now = Timestamp::from_seconds(0).unwrap();
    let mut failures = Vec::new();
    for case in &cases.cases {
        let query = DeadlineQuery {
            impact: Some(case.impact.clone()),
            urgency: Some(case.urgency.clone()),
            priority: None,
            plan: Some(case.plan.clone()),
            time_zone: Some(case.time_zone.clone()),
            filed_at: Some(case.filed_at.clone()),
        };
        let answer = query
            .read::<TzdbZone>()
            .and_then(|t| t.answer(&policy, now));
        let got = answer.map(|a| {
            (
                a.priority.to_string(),
                a.target_minutes,
                a.deadline.map(|d| d.to_rfc3339()),
                a.deadline_local().map(|t| t.to_string()),
            )
        });
        let want = (
            case.priority.clone(),
            case.target_minutes,
            case.deadline.clone(),
            case.deadline_local.clone(),
        );
        if got.as_ref() != Ok(&want) {
            failures.push(format!("{}: got {got:?}, want {want:?}", case.note));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.cases.len(),
        failures.join("\n")
    );
}

/// Every worked case's `counted` spans (contract section 3): in order,
/// each within the plan's hours in the case's zone, summing to the target
/// to the second, the first from filing or later and the last ending at the
/// deadline; one span for a continuous clock.
#[test]
fn every_worked_case_counts_its_target_in_spans_that_reach_the_deadline() {
    let cases: Cases = serde_json::from_str(&load(&manifest_path("tests/cases/deadlines.json")))
        .expect("cases parse");
    let policy = Policy::zmanda();
    let now = Timestamp::from_seconds(0).unwrap();
    for case in &cases.cases {
        let query = DeadlineQuery {
            impact: Some(case.impact.clone()),
            urgency: Some(case.urgency.clone()),
            priority: None,
            plan: Some(case.plan.clone()),
            time_zone: Some(case.time_zone.clone()),
            filed_at: Some(case.filed_at.clone()),
        };
        let ticket = query.read::<TzdbZone>().unwrap();
        let a = ticket.answer(&policy, now).unwrap();
        let Some(minutes) = a.target_minutes else {
            assert!(a.counted.is_empty(), "{}: no target, no spans", case.note);
            continue;
        };
        let mut at = a.filed_at;
        let mut sum = 0i64;
        for &(from, to) in &a.counted {
            assert!(from >= at && to > from, "{}: spans in order", case.note);
            let hours = &policy.sla(a.plan).unwrap().hours;
            let middle =
                Timestamp::from_seconds((from.as_seconds() + to.as_seconds()) / 2).unwrap();
            assert!(
                support_policy::calendar::is_open(hours, &ticket.zone, middle),
                "{}: {from}/{to} is within support hours",
                case.note
            );
            sum += to.as_seconds() - from.as_seconds();
            at = to;
        }
        assert_eq!(
            sum,
            i64::from(minutes) * 60,
            "{}: the spans sum to the target",
            case.note
        );
        assert_eq!(
            Some(at),
            a.deadline,
            "{}: the last span ends at the deadline",
            case.note
        );
        if a.clock == support_policy::Clock::Continuous {
            assert_eq!(
                a.counted.len(),
                1,
                "{}: around the clock, one span",
                case.note
            );
        }
    }
}
