//! The policy: matrix, plans, custom documents and their validation.

use serde_json::{Value, json};
use support_policy::{
    Clock, DeadlineQuery, ErrorKind, Impact, Plan, Policy, Priority, Timestamp, TzdbZone, Urgency,
    calendar,
};

fn zmanda_json() -> Value {
    serde_json::from_str::<serde_json::Value>(&Policy::zmanda().document().to_json().to_string())
        .unwrap()
}

#[test]
fn the_built_in_json_is_what_the_writer_writes() {
    // The wasm build's policy() serves this file instead of carrying the writer.
    assert_eq!(
        support_policy::policy::ZMANDA_JSON.trim_end(),
        Policy::zmanda().document().to_json().to_string(),
        "src/policy/zmanda.json is stale: cargo run --example print_policy > src/policy/zmanda.json"
    );
}

#[test]
fn built_in_policy_is_valid() {
    let doc = Policy::zmanda().document().clone();
    let policy = Policy::from_document(doc).expect("the built-in policy validates");
    assert_eq!(policy, Policy::zmanda());
    assert!(
        Plan::ALL
            .iter()
            .all(|&t| (policy.sla(t).is_some()) == (t != Plan::Community))
    );
}

#[test]
fn the_whole_matrix() {
    use Impact as I;
    use Priority::*;
    use Urgency as U;
    let expected = [
        (U::High, [(I::High, P1), (I::Medium, P2), (I::Low, P3)]),
        (U::Medium, [(I::High, P2), (I::Medium, P3), (I::Low, P4)]),
        (U::Low, [(I::High, P3), (I::Medium, P4), (I::Low, P4)]),
    ];
    let policy = Policy::zmanda();
    for (urgency, row) in expected {
        for (impact, priority) in row {
            assert_eq!(
                policy.classify(impact, urgency),
                priority,
                "{impact} impact, {urgency} urgency"
            );
        }
    }
}

#[test]
fn every_plan_has_the_published_targets_and_clock() {
    let policy = Policy::zmanda();
    let table = [
        (
            Plan::Standard,
            Clock::Business,
            [Some(60), Some(180), Some(480), Some(1440)],
        ),
        (
            Plan::Premium,
            Clock::Continuous,
            [Some(15), Some(60), Some(240), Some(480)],
        ),
        (
            Plan::Trial,
            Clock::Continuous,
            [Some(15), Some(60), Some(240), Some(480)],
        ),
        (Plan::Community, Clock::None, [None; 4]),
    ];
    for (plan, clock, targets) in table {
        assert_eq!(policy.clock(plan), clock, "{plan}");
        for (p, want) in Priority::ALL.iter().zip(targets) {
            assert_eq!(policy.target_minutes(plan, *p), want, "{plan} {p}");
        }
    }
}

fn custom_policy() -> Policy {
    let mut doc = zmanda_json();
    doc["calendars"]["split"] = json!({
        "name": {"en": "Weekdays 08-12 and 13-17, closed on 2025-06-16", "es": "Laborables 08-12 y 13-17"},
        "weekly": [
            {"days": ["mon", "tue", "wed", "thu", "fri"], "open": "08:00", "close": "12:00"},
            {"days": ["mon", "tue", "wed", "thu", "fri"], "open": "13:00", "close": "17:00"}
        ],
        "closures": ["2025-06-16", "2025-12-25"]
    });
    doc["plans"]["standard"]["calendar"] = json!("split");
    Policy::from_json(&doc.to_string()).expect("custom policy validates")
}

fn deadline(policy: &Policy, plan: &str, priority: &str, zone: &str, filed: &str) -> String {
    let q = DeadlineQuery {
        priority: Some(priority.into()),
        plan: Some(plan.into()),
        time_zone: Some(zone.into()),
        filed_at: Some(filed.into()),
        ..Default::default()
    };
    let a = q
        .read::<TzdbZone>()
        .unwrap()
        .answer(policy, Timestamp::from_seconds(0).unwrap())
        .unwrap();
    a.deadline_local().unwrap().to_string()
}

#[test]
fn custom_policy_with_closures_and_two_windows_a_day() {
    let policy = custom_policy();
    // Friday 11:30 + 3 h: 30 min to noon, lunch, 13:00-17:00 gives 2.5 h more by 15:30.
    assert_eq!(
        deadline(
            &policy,
            "standard",
            "P2",
            "Europe/Madrid",
            "2025-06-13T11:30"
        ),
        "2025-06-13T15:30:00+02:00"
    );
    // Friday 16:00 + 3 h: 1 h Friday, Monday 16th closed, Tuesday 08:00-10:00.
    assert_eq!(
        deadline(
            &policy,
            "standard",
            "P2",
            "Europe/Madrid",
            "2025-06-13T16:00"
        ),
        "2025-06-17T10:00:00+02:00"
    );
    // Exactly used up at noon: due at noon, not after lunch.
    assert_eq!(
        deadline(
            &policy,
            "standard",
            "P1",
            "Europe/Madrid",
            "2025-06-13T11:00"
        ),
        "2025-06-13T12:00:00+02:00"
    );
    // Premium is untouched.
    assert_eq!(
        deadline(
            &policy,
            "premium",
            "P1",
            "Europe/Madrid",
            "2025-06-16T11:00"
        ),
        "2025-06-16T11:15:00+02:00"
    );
    let hours = &policy.sla(Plan::Standard).unwrap().hours;
    let madrid = support_policy::TimeZone::for_name("Europe/Madrid")
        .map(|z: TzdbZone| z)
        .unwrap();
    let from = Timestamp::parse_rfc3339("2025-06-13T00:00:00+02:00").unwrap();
    let to = Timestamp::parse_rfc3339("2025-06-18T00:00:00+02:00").unwrap();
    let windows = calendar::open_windows_between(hours, &madrid, from, to, 100);
    let shown: Vec<String> = windows.iter().map(|(a, b)| format!("{a}/{b}")).collect();
    assert_eq!(
        shown,
        [
            "2025-06-13T06:00:00Z/2025-06-13T10:00:00Z",
            "2025-06-13T11:00:00Z/2025-06-13T15:00:00Z",
            "2025-06-17T06:00:00Z/2025-06-17T10:00:00Z",
            "2025-06-17T11:00:00Z/2025-06-17T15:00:00Z",
        ]
    );
}

#[test]
fn overrides_win_and_say_so() {
    let q = DeadlineQuery {
        impact: Some("low".into()),
        urgency: Some("low".into()),
        priority: Some("P1".into()),
        plan: Some("premium".into()),
        time_zone: Some("UTC".into()),
        filed_at: Some("2025-06-13T14:00:00Z".into()),
    };
    let a = q
        .read::<TzdbZone>()
        .unwrap()
        .answer(&Policy::zmanda(), Timestamp::from_seconds(0).unwrap())
        .unwrap();
    assert_eq!(
        (a.priority, a.computed_priority, a.overridden),
        (Priority::P1, Some(Priority::P4), true)
    );
    assert_eq!(a.deadline.unwrap().to_string(), "2025-06-13T14:15:00Z");
}

#[test]
fn absent_filing_time_means_the_now_argument() {
    let q = DeadlineQuery {
        priority: Some("P1".into()),
        plan: Some("premium".into()),
        time_zone: Some("UTC".into()),
        ..Default::default()
    };
    let now = Timestamp::parse_rfc3339("2030-01-01T00:00:00Z").unwrap();
    let a = q
        .read::<TzdbZone>()
        .unwrap()
        .answer(&Policy::zmanda(), now)
        .unwrap();
    assert_eq!(a.filed_at, now);
    assert_eq!(a.deadline.unwrap().to_string(), "2030-01-01T00:15:00Z");
}

fn policy_error(mutate: impl FnOnce(&mut Value)) -> String {
    let mut doc = zmanda_json();
    mutate(&mut doc);
    let err = Policy::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidPolicy, "{err}");
    err.to_string()
}

/// A change to a policy document, and the start of the error it must give.
type Mutation = (Box<dyn FnOnce(&mut Value)>, &'static str);

#[test]
fn policy_errors_name_the_json_path_and_value() {
    let cases: Vec<Mutation> = vec![
        (
            Box::new(|d| d["matrix"]["low"]["medium"] = json!("P7")),
            r#"policy.matrix.low.medium: unknown priority "P7""#,
        ),
        (
            Box::new(|d| {
                d["matrix"]["low"]
                    .as_object_mut()
                    .unwrap()
                    .remove("high")
                    .map(drop)
                    .unwrap_or(())
            }),
            "policy.matrix.low: missing field `high`",
        ),
        (
            Box::new(|d| d["plans"]["premium"]["targets"]["P3"] = json!(0)),
            "policy.plans.premium.targets.P3: target 0 minutes",
        ),
        (
            Box::new(|d| d["plans"]["premium"]["targets"]["P3"] = json!("4h")),
            "policy.plans.premium.targets.P3: expected a whole number, got \"4h\"",
        ),
        (
            Box::new(|d| d["plans"]["standard"]["targets"] = Value::Null),
            "policy.plans.standard.targets: missing",
        ),
        (
            Box::new(|d| d["calendars"]["business"]["weekly"][0]["open"] = json!("8am")),
            r#"policy.calendars.business.weekly[0].open: cannot read "8am" as HH:MM"#,
        ),
        (
            Box::new(|d| d["calendars"]["business"]["weekly"][0]["close"] = json!("07:00")),
            "policy.calendars.business.weekly[0]: window 08:00-07:00 must open before it closes",
        ),
        (
            Box::new(|d| d["calendars"]["business"]["weekly"][0]["days"][2] = json!("wednesday")),
            r#"policy.calendars.business.weekly[0].days[2]: unknown weekday "wednesday""#,
        ),
        (
            Box::new(|d| d["calendars"]["business"]["closures"] = json!(["2025-02-30"])),
            r#"policy.calendars.business.closures[0]: cannot read "2025-02-30": no such date"#,
        ),
        (
            Box::new(|d| d["calendars"]["business"]["weekly"] = json!([])),
            "policy.calendars.business.weekly: missing",
        ),
        (
            Box::new(|d| {
                d["calendars"]["business"]["weekly"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"days": ["mon"], "open": "16:00", "close": "18:00"}))
            }),
            "policy.calendars.business.weekly: windows 08:00-17:00 and 16:00-18:00 on mon overlap",
        ),
        (
            Box::new(|d| d["priorities"]["P2"]["title"]["es"] = json!(" ")),
            r#"policy.priorities.P2.title.es: empty text " ""#,
        ),
        (
            Box::new(|d| d["version"] = json!(2)),
            "policy.version: unsupported version 2",
        ),
        (
            Box::new(|d| d["extra"] = json!(true)),
            "policy.extra: unknown field `extra`, expected one of `version`",
        ),
        (
            Box::new(|d| d["plans"]["trial"]["features"]["colour"] = json!([])),
            r#"policy.plans.trial.features: unknown feature row "colour""#,
        ),
    ];
    for (mutate, want) in cases {
        let got = policy_error(mutate);
        assert!(
            got.starts_with(want),
            "got {got:?}, want it to start with {want:?}"
        );
    }
    let err = Policy::from_json("{\"version\": 1,").unwrap_err();
    assert!(err.to_string().starts_with("policy: "), "{err}");
    let err = Policy::from_json("[]").unwrap_err();
    assert_eq!(err.to_string(), "policy: expected an object, got []");
}

#[test]
fn request_errors_name_the_field_and_value() {
    let base = DeadlineQuery {
        impact: Some("high".into()),
        urgency: Some("high".into()),
        plan: Some("standard".into()),
        time_zone: Some("Europe/Madrid".into()),
        filed_at: Some("2025-06-13T14:00:00Z".into()),
        ..Default::default()
    };
    // (field as the JS API spells it, its value, the message's start)
    let cases: [(&str, Option<&str>, &str); 12] = [
        ("impact", Some("huge"), r#"impact: unknown impact "huge""#),
        ("urgency", Some(""), r#"urgency: unknown urgency """#),
        ("priority", Some("P0"), r#"priority: unknown priority "P0""#),
        ("tier", Some("gold"), r#"tier: unknown support plan "gold""#),
        ("tier", None, "tier: missing"),
        (
            "timeZone",
            Some("Mars/Olympus"),
            r#"timeZone: unknown time zone "Mars/Olympus""#,
        ),
        ("timeZone", None, "timeZone: missing"),
        ("impact", None, "impact: missing"),
        (
            "filedAt",
            Some("tomorrow"),
            r#"filedAt: cannot read "tomorrow""#,
        ),
        (
            "filedAt",
            Some("1899-12-31T23:59:59Z"),
            r#"filedAt: date "1899-12-31T23:59:59Z" is outside 1900-01-01..2999-12-31"#,
        ),
        (
            "filedAt",
            Some("3000-01-01T00:00"),
            r#"filedAt: date "3000-01-01T00:00" is outside"#,
        ),
        (
            "filedAt",
            Some("2025-02-29T10:00"),
            r#"filedAt: cannot read "2025-02-29T10:00""#,
        ),
    ];
    let cases = cases.map(|(field, value, want)| {
        let mut q = base.clone();
        let slot = match field {
            "impact" => &mut q.impact,
            "urgency" => &mut q.urgency,
            "priority" => &mut q.priority,
            "tier" => &mut q.plan,
            "timeZone" => &mut q.time_zone,
            "filedAt" => &mut q.filed_at,
            other => panic!("no field {other}"),
        };
        *slot = value.map(str::to_owned);
        (q, want)
    });
    for (q, want) in cases {
        let err = q
            .read::<TzdbZone>()
            .and_then(|t| t.answer(&Policy::zmanda(), Timestamp::from_seconds(0).unwrap()))
            .unwrap_err();
        assert!(
            err.to_string().starts_with(want),
            "got {:?}, want {want:?}",
            err.to_string()
        );
    }
}

#[test]
fn deadlines_past_the_year_2999_are_errors() {
    let q = DeadlineQuery {
        priority: Some("P4".into()),
        plan: Some("standard".into()),
        time_zone: Some("UTC".into()),
        filed_at: Some("2999-12-31T16:00:00Z".into()),
        ..Default::default()
    };
    let err = q
        .read::<TzdbZone>()
        .unwrap()
        .answer(&Policy::zmanda(), Timestamp::from_seconds(0).unwrap())
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
    assert!(err.to_string().starts_with("deadline: "), "{err}");
}

/// The writer writes every field of a record, `None` as `null` (a level
/// without a hint, a plan without a calendar or targets) and a default as
/// it is (a continuous calendar's empty `weekly`); the reader takes an
/// absent `optional` or `or_default` field as `None` or the default.
#[test]
fn the_document_is_written_whole_and_read_with_fields_left_out() {
    let doc = zmanda_json();
    for kind in ["impact", "urgency"] {
        for (level, text) in doc["levels"][kind].as_object().unwrap() {
            assert!(
                text["hint"].is_null() && text.get("hint").is_some(),
                "{kind}.{level}: {text}"
            );
        }
    }
    let community = &doc["plans"]["community"];
    assert!(
        community["calendar"].is_null() && community["targets"].is_null(),
        "{community}"
    );
    let always = doc["calendars"]
        .as_object()
        .unwrap()
        .values()
        .find(|c| c["continuous"] == true)
        .unwrap();
    assert!(
        always["weekly"] == Value::Array(vec![]) && always["closures"] == Value::Array(vec![]),
        "{always}"
    );
    assert!(doc["plans"]["trial"].get("features").is_some());

    let mut left_out = doc.clone();
    for calendar in left_out["calendars"].as_object_mut().unwrap().values_mut() {
        let calendar = calendar.as_object_mut().unwrap();
        if calendar["continuous"] == true {
            calendar.remove("weekly");
            calendar.remove("closures");
        }
    }
    // (serde_json's objects sort their keys: compare with the same document read whole.)
    let policy = Policy::from_json(&left_out.to_string()).unwrap();
    assert_eq!(
        policy,
        Policy::from_json(&doc.to_string()).unwrap(),
        "absent or_default fields read as their defaults"
    );

    let mut without_features = doc.clone();
    without_features["plans"]["community"]
        .as_object_mut()
        .unwrap()
        .remove("features");
    without_features["levels"]["impact"]["high"]
        .as_object_mut()
        .unwrap()
        .remove("hint");
    let policy = Policy::from_json(&without_features.to_string()).unwrap();
    assert!(
        policy
            .document()
            .plans
            .community
            .features
            .iter()
            .next()
            .is_none()
    );
    assert!(policy.document().levels.impact.high.hint.is_none());
}
