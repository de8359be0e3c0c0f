//! Browser tests (wasm-bindgen-test, headless Chromium): the JavaScript API
//! with time-zone rules from the browser's Intl.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test, bench or example crate

use chrono::{Offset, TimeZone as _};
use serde::Deserialize;
use support_policy::TimeZone;
use support_policy::web::IntlZone;
use support_policy::web::api::{classify, policy, response_deadline, time_zones};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON parses")
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &key.into()).unwrap()
}

fn text(obj: &JsValue, key: &str) -> Option<String> {
    get(obj, key).as_string()
}

fn error_message(err: wasm_bindgen::JsError) -> String {
    let value: JsValue = err.into();
    let error: js_sys::Error = value.dyn_into().expect("a JavaScript Error");
    error.message().into()
}

#[path = "cases/model.rs"]
mod model;
use model::Cases;

/// The verbatim copy of ../shared/cases/deadlines.json (the native suite checks it is current).
const CASES: &str = include_str!("cases/deadlines.json");

#[wasm_bindgen_test]
fn every_worked_deadline_through_the_js_api() {
    let cases: Cases = serde_json::from_str(CASES).unwrap();
    assert!(cases.cases.len() >= 90);
    let mut failures = Vec::new();
    for c in &cases.cases {
        let request = serde_json::json!({
            "impact": c.impact, "urgency": c.urgency, "tier": c.plan, "timeZone": c.time_zone, "filedAt": c.filed_at,
        });
        let answer = response_deadline(js(&request.to_string())).map_err(error_message);
        let got = answer.as_ref().map(|a| {
            (
                text(a, "priority").unwrap_or_default(),
                get(a, "targetMinutes").as_f64().map(|m| m as u32),
                text(a, "deadline"),
                text(a, "deadlineLocal"),
                text(a, "timeZone"),
            )
        });
        let want = (
            c.priority.clone(),
            c.target_minutes,
            c.deadline.clone(),
            c.deadline_local.clone(),
            Some(c.time_zone.clone()),
        );
        if got.as_ref() != Ok(&want) {
            failures.push(format!("{}: got {got:?}, want {want:?}", c.note));
        }
        if c.deadline.is_none() {
            let a = answer.unwrap();
            assert!(
                get(&a, "deadline").is_null() && get(&a, "targetMinutes").is_null(),
                "{}: null, not undefined",
                c.note
            );
            assert_eq!(text(&a, "clock").as_deref(), Some("none"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[wasm_bindgen_test]
fn answers_have_the_spec_shape() {
    let a = response_deadline(js(
        r#"{"impact":"high","urgency":"medium","tier":"standard","timeZone":"Europe/Madrid","filedAt":"2025-06-13T14:00:00Z"}"#,
    ))
    .unwrap();
    let keys: Vec<String> = js_sys::Object::keys(a.unchecked_ref::<js_sys::Object>())
        .iter()
        .filter_map(|k| k.as_string())
        .collect();
    assert_eq!(
        keys,
        [
            "priority",
            "computedPriority",
            "overridden",
            "tier",
            "clock",
            "targetMinutes",
            "filedAt",
            "deadline",
            "deadlineLocal",
            "timeZone",
            "counted"
        ]
    );
    // The spans the target was counted in (contract section 3): Friday 16:00–17:00
    // and Monday 08:00–10:00 in Madrid, as the contract's example gives them.
    let counted = get(&a, "counted");
    let spans: Vec<(String, String, f64)> = counted
        .unchecked_ref::<js_sys::Array>()
        .iter()
        .map(|s| {
            (
                text(&s, "from").unwrap_or_default(),
                text(&s, "to").unwrap_or_default(),
                get(&s, "seconds").as_f64().unwrap_or(f64::NAN),
            )
        })
        .collect();
    assert_eq!(
        spans,
        [
            (
                "2025-06-13T14:00:00Z".to_owned(),
                "2025-06-13T15:00:00Z".to_owned(),
                3600.0
            ),
            (
                "2025-06-16T06:00:00Z".to_owned(),
                "2025-06-16T08:00:00Z".to_owned(),
                7200.0
            ),
        ]
    );
    assert_eq!(
        text(&a, "deadline").as_deref(),
        Some("2025-06-16T08:00:00Z")
    );
    assert_eq!(text(&a, "clock").as_deref(), Some("business"));
    assert_eq!(get(&a, "overridden").as_bool(), Some(false));
    assert_eq!(classify("high".into(), "medium".into()).unwrap(), "P2");
    // A local filing time is read in the zone; a link name works.
    let a = response_deadline(js(r#"{"priority":"P1","tier":"premium","timeZone":"Asia/Calcutta","filedAt":"2025-06-13T10:00"}"#)).unwrap();
    assert_eq!(text(&a, "filedAt").as_deref(), Some("2025-06-13T04:30:00Z"));
    assert_eq!(
        text(&a, "deadlineLocal").as_deref(),
        Some("2025-06-13T10:15:00+05:30")
    );
    // Omitted filing time: now.
    let before = js_sys::Date::now();
    let a =
        response_deadline(js(r#"{"priority":"P4","tier":"premium","timeZone":"UTC"}"#)).unwrap();
    let filed = js_sys::Date::parse(&text(&a, "filedAt").unwrap());
    assert!(
        filed >= before - 1000.0 && filed <= js_sys::Date::now() + 1000.0,
        "{filed} vs {before}"
    );
}

#[wasm_bindgen_test]
fn absent_fields_and_zones_as_given() {
    // null is absent; the answer's timeZone is the request's, each time.
    let zones = ["Europe/Madrid", "Asia/Kolkata", "Europe/Madrid", " UTC "];
    for zone in zones {
        let request = format!(
            r#"{{"priority":"P1","impact":null,"urgency":null,"tier":"premium","timeZone":"{zone}","filedAt":"2025-06-13T14:00:00Z"}}"#
        );
        let a = response_deadline(js(&request)).unwrap();
        assert_eq!(text(&a, "timeZone").as_deref(), Some(zone.trim()), "{zone}");
        assert_eq!(text(&a, "filedAt").as_deref(), Some("2025-06-13T14:00:00Z"));
        assert!(get(&a, "computedPriority").is_null());
    }
    // Fields read from the prototype too, as before.
    let proto = js(r#"{"priority":"P4","tier":"community","timeZone":"UTC"}"#);
    let request = js_sys::Object::create(proto.unchecked_ref::<js_sys::Object>());
    let a = response_deadline(request.into()).unwrap();
    assert_eq!(text(&a, "clock").as_deref(), Some("none"));
    assert!(get(&a, "deadline").is_null() && get(&a, "deadlineLocal").is_null());
}

#[wasm_bindgen_test]
fn a_throwing_getter_is_a_named_error_and_the_module_keeps_working() {
    // { tier: "premium", get timeZone() { throw new Error("boom") }, priority: "P1" }
    let request = js(r#"{"tier":"premium","priority":"P1"}"#);
    let getter = js_sys::Object::new();
    let thrower = js_sys::Function::new_no_args("throw new Error('boom')");
    js_sys::Reflect::set(&getter, &"get".into(), &thrower).unwrap();
    js_sys::Reflect::set(&getter, &"enumerable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(
        request.unchecked_ref::<js_sys::Object>(),
        &"timeZone".into(),
        &getter,
    );
    let message = error_message(response_deadline(request).unwrap_err());
    assert_eq!(message, "request: reading a field threw: boom");
    let a = response_deadline(js(
        r#"{"priority":"P1","tier":"premium","timeZone":"UTC","filedAt":"2025-06-13T14:00:00Z"}"#,
    ))
    .unwrap();
    assert_eq!(
        text(&a, "deadline").as_deref(),
        Some("2025-06-13T14:15:00Z")
    );
}

/// `request` through `responseDeadline` from JavaScript, which catches what
/// is thrown through the module: "ok", or the thrown error's message.
fn from_javascript(request: JsValue) -> String {
    let call = wasm_bindgen::closure::Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(
        |request: JsValue| response_deadline(request).map_err(JsValue::from),
    );
    let run = js_sys::Function::new_with_args(
        "call, request",
        "try { call(request); return 'ok' } catch (e) { return String(e && e.message) }",
    );
    run.call2(&JsValue::NULL, call.as_ref(), &request)
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn a_proxy_that_throws_late_or_a_getter_that_calls_back_leaves_the_module_working() {
    let good =
        r#"{"priority":"P1","tier":"premium","timeZone":"UTC","filedAt":"2025-06-13T14:00:00Z"}"#;
    let deadline = |request: &str| text(&response_deadline(js(request)).unwrap(), "deadline");
    // serde-wasm-bindgen asks `in` for the absent fields (impact, urgency,
    // filedAt): a `has` trap that throws is thrown through the module.
    let proxy = js_sys::Function::new_no_args(
        "return new Proxy({ tier: 'premium', priority: 'P1', timeZone: 'UTC' }, \
         { has() { throw new Error('has trap') } })",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    assert_eq!(from_javascript(proxy), "has trap");
    assert_eq!(deadline(good).as_deref(), Some("2025-06-13T14:15:00Z"));
    // A getter that asks for another deadline while the module reads it (its
    // second read: the first is the unknown-key check's).
    let nested = wasm_bindgen::closure::Closure::<dyn Fn() -> JsValue>::new(move || {
        response_deadline(js(good)).unwrap()
    });
    let request = js_sys::Function::new_with_args(
        "nested",
        "let reads = 0; return { tier: 'premium', priority: 'P1', filedAt: '2025-06-13T14:00:00Z', \
         get timeZone() { if (++reads === 2) this.inner = nested(); return 'UTC' } }",
    )
    .call1(&JsValue::NULL, nested.as_ref())
    .unwrap();
    assert_eq!(from_javascript(request.clone()), "ok");
    assert_eq!(
        text(&get(&request, "inner"), "deadline").as_deref(),
        Some("2025-06-13T14:15:00Z")
    );
    assert_eq!(deadline(good).as_deref(), Some("2025-06-13T14:15:00Z"));
}

#[wasm_bindgen_test]
fn policy_and_time_zones() {
    let doc = policy();
    assert_eq!(
        get(&get(&get(&doc, "matrix"), "high"), "medium")
            .as_string()
            .as_deref(),
        Some("P2")
    );
    // Maps become plain objects, not Map instances.
    let calendars = get(&doc, "calendars");
    assert!(!calendars.is_instance_of::<js_sys::Map>());
    assert_eq!(
        get(&get(&calendars, "business"), "weekly")
            .unchecked_ref::<js_sys::Array>()
            .length(),
        1
    );
    let zones = time_zones();
    assert!(zones.len() > 300, "{} zones", zones.len());
    for z in [
        "UTC",
        "Europe/Madrid",
        "America/New_York",
        "Pacific/Chatham",
        "Antarctica/Troll",
    ] {
        assert!(zones.iter().any(|n| n == z), "{z} missing");
    }
    for z in &zones {
        assert!(IntlZone::for_name(z).is_ok(), "{z} listed but not accepted");
    }
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_naming_the_field_and_the_module_keeps_working() {
    let good = r#"{"impact":"high","urgency":"high","tier":"standard","timeZone":"Europe/Madrid","filedAt":"2025-06-13T14:00:00Z"}"#;
    let bad: &[(&str, &str)] = &[
        (
            r#"{"impact":"huge","urgency":"high","tier":"standard","timeZone":"UTC"}"#,
            r#"impact: unknown impact "huge""#,
        ),
        (
            r#"{"impact":3,"urgency":"high","tier":"standard","timeZone":"UTC"}"#,
            "impact: expected a string, got 3",
        ),
        (
            r#"{"impact":"high","urgency":"soon","tier":"standard","timeZone":"UTC"}"#,
            r#"urgency: unknown urgency "soon""#,
        ),
        (
            r#"{"priority":"P5","tier":"standard","timeZone":"UTC"}"#,
            r#"priority: unknown priority "P5""#,
        ),
        (
            r#"{"priority":"P1","tier":"gold","timeZone":"UTC"}"#,
            r#"tier: unknown support plan "gold""#,
        ),
        (r#"{"priority":"P1","timeZone":"UTC"}"#, "tier: missing"),
        (
            r#"{"priority":"P1","tier":"standard","timeZone":"Mars/Olympus"}"#,
            r#"timeZone: unknown time zone "Mars/Olympus""#,
        ),
        (
            r#"{"priority":"P1","tier":"standard","timeZone":""}"#,
            r#"timeZone: unknown time zone """#,
        ),
        (
            r#"{"priority":"P1","tier":"standard"}"#,
            "timeZone: missing",
        ),
        (
            r#"{"priority":"P1","tier":"standard","timeZone":"UTC","filedAt":"yesterday"}"#,
            r#"filedAt: cannot read "yesterday""#,
        ),
        (
            r#"{"priority":"P1","tier":"standard","timeZone":"UTC","filedAt":"1850-01-01T00:00:00Z"}"#,
            "filedAt: date \"1850-01-01T00:00:00Z\" is outside 1900-01-01..2999-12-31",
        ),
        (
            r#"{"priority":"P1","tier":"standard","timeZone":"UTC","filedAt":"2025-02-30T10:00"}"#,
            "filedAt: cannot read \"2025-02-30T10:00\": no such date",
        ),
        (
            r#"{"priority":"P1","tier":"standard","timeZone":"UTC","timezone":"UTC"}"#,
            "timezone: unknown field `timezone`",
        ),
        (
            r#"{"priority":"P1","tier":"standard","timeZone":"UTC","filedAt":12}"#,
            "filedAt: expected a string, got 12",
        ),
        // A NUL in a text takes the field-by-field path (web/js.rs packs
        // texts with NUL between them) and is still named.
        (
            r#"{"impact":"hi\u0000gh","urgency":"high","tier":"standard","timeZone":"UTC"}"#,
            r#"impact: unknown impact "hi"#,
        ),
        (
            r#"{"priority":"P1","tier":["premium"],"timeZone":"UTC"}"#,
            r#"tier: expected a string, got ["premium"]"#,
        ),
        ("null", "request: expected an object"),
        (r#""P1""#, "request: expected an object"),
    ];
    for (request, want) in bad {
        let message = error_message(response_deadline(js(request)).unwrap_err());
        assert!(
            message.starts_with(want),
            "{request}: got {message:?}, want {want:?}"
        );
        // The module keeps answering.
        let a = response_deadline(js(good)).unwrap();
        assert_eq!(
            text(&a, "deadline").as_deref(),
            Some("2025-06-13T15:00:00Z")
        );
    }
    let message = error_message(response_deadline(JsValue::UNDEFINED).unwrap_err());
    assert!(
        message.starts_with("request: expected an object"),
        "{message}"
    );
    assert_eq!(
        error_message(classify("huge".into(), "high".into()).unwrap_err()),
        r#"impact: unknown impact "huge" (expected high, medium or low)"#
    );
    assert!(
        error_message(classify("high".into(), JsValue::from(2)).unwrap_err())
            .starts_with("urgency: expected")
    );
    assert_eq!(classify("low".into(), "low".into()).unwrap(), "P4");
}

#[derive(Deserialize)]
struct Difference {
    zone: String,
    from: i64,
    why: String,
}

#[derive(Deserialize)]
struct Differences {
    differences: Vec<Difference>,
}

/// Where the browser's tzdata and chrono-tz's tzdb 2025b disagree (shared
/// with the end-to-end differential test). A mismatch elsewhere fails.
fn known_differences() -> Vec<Difference> {
    serde_json::from_str::<Differences>(include_str!("tzdb-differences.json"))
        .unwrap()
        .differences
}

fn chrono_offset(tz: &chrono_tz::Tz, t: i64) -> i32 {
    let utc = chrono::DateTime::from_timestamp(t, 0).unwrap().naive_utc();
    tz.offset_from_utc_datetime(&utc).fix().local_minus_utc()
}

/// Intl's rules against chrono-tz's every 30 minutes from 6 hours before to 6
/// hours after each offset change from 2000 to 2030, in every zone that has
/// changes then and that the browser knows.
/// Every offset change of `tz` in `[start, end)`, to the second (chrono-tz).
fn offset_changes(tz: &chrono_tz::Tz, start: i64, end: i64) -> Vec<i64> {
    let mut changes = Vec::new();
    let mut t = start;
    let mut offset = chrono_offset(tz, t);
    while t < end {
        let next = t + 86_400;
        let o = chrono_offset(tz, next);
        if o != offset {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if chrono_offset(tz, mid) == offset {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            changes.push(hi);
            offset = o;
        }
        t = next;
    }
    changes
}

/// Every zone both chrono-tz and the browser know, with its offset changes
/// from 2000 to 2030 (zones without any are left out).
fn zones_with_changes_2000_to_2030()
-> impl Iterator<Item = (&'static chrono_tz::Tz, IntlZone, Vec<i64>)> {
    let (start, end) = (946_684_800_i64, 1_924_992_000_i64); // 2000-01-01 .. 2031-01-01
    chrono_tz::TZ_VARIANTS.iter().filter_map(move |tz| {
        let intl = IntlZone::for_name(tz.name()).ok()?;
        let changes = offset_changes(tz, start, end);
        (!changes.is_empty()).then_some((tz, intl, changes))
    })
}

/// The offset cache inside `IntlZone` answers exactly what Intl answers:
/// around every change 2000–2030 in every zone, looked up from a cold cache
/// in a scrambled order (and a day, three days and six days away), each
/// cached answer equals Intl's own.
#[wasm_bindgen_test]
fn cached_offsets_equal_intl_around_every_change_2000_to_2030() {
    let (mut zones, mut samples, mut mismatches) = (0, 0, Vec::new());
    for (tz, intl, changes) in zones_with_changes_2000_to_2030() {
        zones += 1;
        IntlZone::clear_offset_cache();
        for change in &changes {
            // -12..=12 half hours in the order 7k mod 25, then further out.
            let near = (0..25).map(|k| (k * 7 % 25 - 12) * 1800);
            let far = [
                -6 * 86_400,
                -3 * 86_400,
                -86_400,
                86_400,
                3 * 86_400,
                6 * 86_400,
            ];
            for d in near.chain(far) {
                let t = change + d;
                samples += 1;
                let (cached, intl_says) = (intl.offset_at(t), intl.offset_at_uncached(t));
                if cached != intl_says {
                    mismatches.push((tz.name(), t, cached, intl_says));
                }
            }
        }
    }
    web_sys_log(&format!(
        "offset cache vs Intl: {zones} zones, {samples} samples, {} mismatches",
        mismatches.len()
    ));
    assert!(zones >= 60, "only {zones} zones");
    assert!(
        mismatches.is_empty(),
        "{:?}",
        &mismatches[..mismatches.len().min(10)]
    );
}

#[wasm_bindgen_test]
fn intl_rules_match_chrono_tz_around_every_change_2000_to_2030() {
    let case_zones: Vec<String> = serde_json::from_str::<Cases>(CASES)
        .unwrap()
        .cases
        .into_iter()
        .map(|c| c.time_zone)
        .collect();
    let browser_zones = time_zones();
    let (mut zones_checked, mut changes_checked, mut samples) = (0, 0, 0);
    let mut checked_names = Vec::new();
    let mut mismatches = Vec::new();
    for (tz, intl, changes) in zones_with_changes_2000_to_2030() {
        zones_checked += 1;
        checked_names.push(tz.name());
        for change in &changes {
            changes_checked += 1;
            for k in -12..=12 {
                let t = change + k * 1800;
                samples += 1;
                let (want, got) = (chrono_offset(tz, t), intl.offset_at(t));
                if want != got {
                    mismatches.push((tz.name(), t, want, got));
                }
            }
        }
    }
    web_sys_log(&format!(
        "Intl vs chrono-tz: {zones_checked} zones, {changes_checked} changes, {samples} samples, {} mismatches (browser lists {} zones)",
        mismatches.len(),
        browser_zones.len()
    ));
    assert!(zones_checked >= 60, "only {zones_checked} zones checked");
    for z in [
        "America/New_York",
        "Europe/Madrid",
        "Australia/Lord_Howe",
        "America/Santiago",
        "America/Havana",
        "Antarctica/Troll",
        "Pacific/Chatham",
        "Africa/Casablanca",
        "Pacific/Apia",
    ] {
        assert!(
            case_zones.iter().any(|c| c == z) || z == "Pacific/Apia",
            "{z} is a case zone"
        );
        assert!(checked_names.contains(&z), "{z} was not cross-checked");
    }
    let differences = known_differences();
    let known =
        |m: &(&str, i64, i32, i32)| differences.iter().find(|k| k.zone == m.0 && m.1 >= k.from);
    for d in &differences {
        let n = mismatches
            .iter()
            .filter(|m| m.0 == d.zone && known(m).is_some())
            .count();
        web_sys_log(&format!(
            "known tzdb difference: {}: {n} samples differ ({})",
            d.zone, d.why
        ));
    }
    mismatches.retain(|m| known(m).is_none());
    let mut by_zone: Vec<String> = Vec::new();
    for name in checked_names
        .iter()
        .filter(|n| mismatches.iter().any(|m| m.0 == **n))
    {
        let mine: Vec<_> = mismatches.iter().filter(|m| m.0 == *name).collect();
        by_zone.push(format!(
            "{name}: {} samples from {} to {}, e.g. {} chrono-tz {} Intl {}",
            mine.len(),
            support_policy::Timestamp::from_seconds(mine[0].1).unwrap(),
            support_policy::Timestamp::from_seconds(mine[mine.len() - 1].1).unwrap(),
            mine[0].1,
            mine[0].2,
            mine[0].3
        ));
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        by_zone.join("\n")
    );
}

fn web_sys_log(message: &str) {
    wasm_bindgen_test::console_log!("{message}");
}

#[wasm_bindgen_test]
fn cldr_integer_plurals_agree_with_the_browsers_intl_plural_rules() {
    // The native rules (used by native tests and the page generator) and the
    // browser's Intl.PluralRules (used by the widget) agree for the seven.
    use support_policy::policy::LANGUAGES;
    use support_policy::web::widget::i18n::{Lang, cldr_integer_plural, plural_category};
    for tag in LANGUAGES {
        let lang = Lang::parse(tag).unwrap();
        for n in (0..3000).chain([1_000_000, 2_000_000, 1_000_001]) {
            assert_eq!(
                plural_category(lang, n),
                cldr_integer_plural(tag, n),
                "{tag} {n}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn a_language_file_added_through_the_api_is_read_and_bad_ones_are_refused() {
    use support_policy::web::api::add_language;
    add_language("pl", JsValue::from_str(r#"{"Impact": "Wpływ"}"#)).unwrap();
    add_language("pl", js(r#"{"Impact": "Wpływ"}"#)).unwrap();
    let err = error_message(add_language("pl", JsValue::from_f64(3.0)).unwrap_err());
    assert!(
        err.starts_with("messages: expected a language file"),
        "{err}"
    );
    let err = error_message(add_language("pl", JsValue::from_str(r#"{"Impact": 3}"#)).unwrap_err());
    assert!(err.starts_with("messages: expected a string"), "{err}");
    let err = error_message(add_language("english!", JsValue::from_str("{}")).unwrap_err());
    assert!(err.starts_with("lang:"), "{err}");
}
