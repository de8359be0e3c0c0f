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
                a.deadline_local(),
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
