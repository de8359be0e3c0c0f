//! The fuzz harnesses, shared by the cargo-fuzz targets (fuzz/) and the
//! corpus replay that runs in CI (tests/native/fuzz_replay.rs). Each one checks
//! properties, not only the absence of panics.
#![allow(dead_code)]

use support_policy::zone::{self, LocalAdjustment};
use support_policy::{
    DeadlineQuery, FiledAt, LocalDateTime, Policy, TimeZone, Timestamp, TzdbZone,
};

/// Policy documents: accepted ones survive a round trip through JSON;
/// refused ones name a path under `policy`.
pub fn policy_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Policy::from_json(text) {
        Ok(policy) => {
            let again = Policy::from_json(&policy.document().to_json().to_string())
                .expect("a written policy reads back");
            assert_eq!(again, policy);
        }
        Err(e) => assert!(e.field().is_some_and(|f| f.starts_with("policy")), "{e}"),
    }
}

/// Requests: the bytes are six fields separated by NUL. Answers are
/// consistent; errors name one of the fields.
pub fn request(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text
        .split('\0')
        .map(|s| (!s.is_empty()).then(|| s.to_owned()));
    let mut next = || parts.next().flatten();
    let query = DeadlineQuery {
        impact: next(),
        urgency: next(),
        priority: next(),
        plan: next(),
        time_zone: next(),
        filed_at: next(),
    };
    let now = Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").expect("a fixed now");
    let policy = Policy::zmanda();
    match query
        .read::<TzdbZone>()
        .and_then(|t| t.answer(&policy, now))
    {
        Ok(a) => {
            if let Some(d) = a.deadline {
                assert!(d >= a.filed_at);
                assert_eq!(a.target_minutes.is_some(), a.deadline.is_some());
            }
            if !a.overridden {
                assert_eq!(Some(a.priority), a.computed_priority);
            }
        }
        Err(e) => {
            let field = e.field().unwrap_or_default().to_owned();
            assert!(
                [
                    "impact", "urgency", "priority", "tier", "timeZone", "filedAt", "deadline"
                ]
                .contains(&field.as_str()),
                "{e}"
            );
        }
    }
}

/// Typed local date-times: what reads also writes back the same, and reads
/// in a zone to an instant whose wall clock shows it (or later, in a gap).
pub fn local_datetime(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = FiledAt::parse(text);
    let _ = Timestamp::parse_rfc3339(text);
    let Ok(local) = LocalDateTime::parse(text) else {
        return;
    };
    let written = local.to_string();
    assert_eq!(
        LocalDateTime::parse(&written).expect("written text reads back"),
        local
    );
    for name in [
        "America/New_York",
        "Pacific/Apia",
        "Australia/Lord_Howe",
        "America/Santiago",
        "UTC",
    ] {
        let z = TzdbZone::for_name(name).expect("a known zone");
        let Ok(r) = zone::resolve_local(&z, local) else {
            continue;
        };
        let (shown, _) = zone::to_local(&z, r.instant);
        match r.adjustment {
            LocalAdjustment::Exact | LocalAdjustment::Fold { .. } => {
                assert_eq!(shown, local, "{name}")
            }
            LocalAdjustment::Gap { gap_seconds } => {
                assert!(gap_seconds > 0);
                assert!(shown > local, "{name}");
            }
        }
    }
}
