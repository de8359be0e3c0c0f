//! Random and hostile input into every parser: errors, never panics.

use proptest::prelude::*;
use support_policy::{
    Date, DeadlineQuery, FiledAt, Impact, LocalDateTime, Plan, Policy, Priority, TimeZone,
    Timestamp, TzdbZone, Urgency,
};

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[a-zA-Z0-9:\\- ]{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "P1",
            "high",
            "08:00",
            "24:00",
            "mon",
            "2025-12-25",
            "business",
            "always",
            "en",
            "es"
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop::sample::select(
                    support_policy::policy::PolicyDocument::FIELDS
                        .iter()
                        .copied()
                        .chain([
                            "high",
                            "medium",
                            "low",
                            "P1",
                            "P2",
                            "P3",
                            "P4",
                            "weekly",
                            "open",
                            "close",
                            "days",
                            "closures",
                            "targets",
                            "calendar",
                            "standard",
                            "premium",
                            "trial",
                            "community",
                            "en",
                            "es",
                            "continuous",
                            "x",
                        ])
                        .collect::<Vec<_>>(),
                )
                .prop_map(String::from),
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A valid document with one value somewhere replaced by a random one.
fn mutated_policy() -> impl Strategy<Value = String> {
    let doc = serde_json::from_str::<serde_json::Value>(
        &Policy::zmanda().document().to_json().to_string(),
    )
    .unwrap();
    let mut paths = Vec::new();
    fn walk(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
        out.push(at.clone());
        match v {
            serde_json::Value::Object(m) => m
                .iter()
                .for_each(|(k, v)| walk(v, format!("{at}/{k}"), out)),
            serde_json::Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, format!("{at}/{i}"), out)),
            _ => {}
        }
    }
    walk(&doc, String::new(), &mut paths);
    (prop::sample::select(paths), json_value()).prop_map(move |(path, value)| {
        let mut d = doc.clone();
        if let Some(slot) = d.pointer_mut(&path) {
            *slot = value;
        }
        d.to_string()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn text_parsers_never_panic(s in "\\PC{0,40}") {
        let _ = s.parse::<Impact>();
        let _ = s.parse::<Urgency>();
        let _ = s.parse::<Priority>();
        let _ = s.parse::<Plan>();
        let _ = s.parse::<Date>();
        let _ = Timestamp::parse_rfc3339(&s);
        let _ = LocalDateTime::parse(&s);
        let _ = FiledAt::parse(&s);
        let _ = TzdbZone::for_name(&s);
        let _ = Policy::from_json(&s);
    }

    #[test]
    fn date_like_text_never_panics(s in "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})?") {
        let zone = TzdbZone::for_name("America/Havana").unwrap();
        if let Ok(FiledAt::Local(local)) = FiledAt::parse(&s) {
            let _ = support_policy::zone::resolve_local(&zone, local);
        }
    }

    #[test]
    fn random_json_policies_are_refused_or_accepted_without_panic(v in json_value()) {
        let _ = Policy::from_json(&v.to_string());
    }

    #[test]
    fn mutated_policies_are_refused_with_a_path_or_accepted(json in mutated_policy()) {
        match Policy::from_json(&json) {
            Ok(p) => { let _ = p.classify(Impact::High, Urgency::High); }
            Err(e) => prop_assert!(e.field().is_some_and(|f| f.starts_with("policy")), "{e}"),
        }
    }

    #[test]
    fn random_requests_never_panic(v in json_value(), now in -2_208_988_800i64..32_503_680_000) {
        if let Ok(q) = serde_json::from_value::<DeadlineQuery>(v) {
            if let Ok(ticket) = q.read::<TzdbZone>() {
                let _ = ticket.answer(&Policy::zmanda(), Timestamp::from_seconds(now).unwrap());
            }
        }
    }

    #[test]
    fn random_field_values_give_errors_naming_the_field(
        field in 0usize..6, value in "\\PC{0,24}", now in 0i64..2_000_000_000,
    ) {
        let mut q = DeadlineQuery {
            impact: Some("high".into()), urgency: Some("low".into()), plan: Some("standard".into()),
            time_zone: Some("Europe/Madrid".into()), filed_at: Some("2025-06-13T14:00:00Z".into()), priority: None,
        };
        let names = ["impact", "urgency", "priority", "tier", "timeZone", "filedAt"];
        let slot = [&mut q.impact, &mut q.urgency, &mut q.priority, &mut q.plan, &mut q.time_zone, &mut q.filed_at];
        *slot.into_iter().nth(field).unwrap() = Some(value);
        if let Err(e) = q.read::<TzdbZone>().and_then(|t| t.answer(&Policy::zmanda(), Timestamp::from_seconds(now).unwrap())) {
            prop_assert_eq!(e.field(), Some(names[field]), "{}", e);
        }
    }
}

#[test]
fn deeply_nested_json_is_refused_not_a_stack_overflow() {
    for text in [
        "[".repeat(100_000),
        "{\"a\":".repeat(100_000),
        format!("{}1{}", "[".repeat(64), "]".repeat(64)),
    ] {
        let err = Policy::from_json(&text).unwrap_err();
        assert!(err.to_string().starts_with("policy: "), "{err}");
    }
    let err = Policy::from_json(&"[".repeat(100_000)).unwrap_err();
    assert!(err.to_string().contains("nested too deeply"), "{err}");
}
