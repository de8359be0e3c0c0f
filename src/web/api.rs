//! The JavaScript API (docs/contract.md, section 3): plain JavaScript
//! objects in and out, read into and written from the serde structs below
//! with serde-wasm-bindgen (`js::from_js`, `js::to_js`), their TypeScript
//! made from the same structs by tsify; errors as JavaScript `Error`s that
//! name the field and the value.

use super::intl_zone::{IntlZone, zone_names};
use super::js::{describe, from_js, js_error, now, to_js};
use crate::error::{Error, ErrorKind};
use crate::ticket::{Answer, DeadlineQuery};
use crate::time::{Rfc3339, Timestamp};
use crate::zone::TimeZone;
use crate::{Clock, Impact, Plan, Priority, Urgency};
use serde::{Deserialize, Serialize};
use tsify::Tsify;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** A support plan. Trial gets the Premium SLA; community has no response target. */
export type Tier = "standard" | "premium" | "trial" | "community";
/** An impact or urgency level. */
export type Level = "high" | "medium" | "low";
/** A ticket priority, P1 (critical) to P4 (low). */
export type Priority = "P1" | "P2" | "P3" | "P4";
"#;

// Each field is read as text by serde-wasm-bindgen; `js::from_js` names
// the first that is not text (or absent) with its value. (Doc comments on
// these structs become the TypeScript's: notes for this crate go here.)
/// What `responseDeadline` takes. Give `impact` and `urgency`, or `priority`, or all three.
#[derive(Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineRequest {
    /// How much of the backup operation is affected.
    #[tsify(optional, type = "Level")]
    pub impact: Option<String>,
    /// How soon it must be addressed.
    #[tsify(optional, type = "Level")]
    pub urgency: Option<String>,
    /// The customer's override of the matrix; it wins.
    #[tsify(optional, type = "Priority")]
    pub priority: Option<String>,
    /// The support plan.
    #[tsify(type = "Tier")]
    pub tier: Option<String>,
    /// IANA time-zone name whose wall clock the support hours follow, e.g. "Europe/Madrid".
    /// A zone newer than the browser's time-zone data throws an error that says so and names
    /// an older zone with the same clock.
    #[tsify(type = "string")]
    pub time_zone: Option<String>,
    /// When the ticket was filed: RFC 3339 with offset or Z ("2025-06-13T14:00:00Z"), or a local
    /// "YYYY-MM-DDTHH:MM[:SS]" read in `timeZone` (a time in a DST gap moves forward by the gap;
    /// in a fold the earlier instant is taken). Omitted: now.
    #[tsify(optional, type = "string")]
    pub filed_at: Option<String>,
}

/// One span the target was counted in: `[from, to)`, exact to the second.
#[derive(Serialize, Tsify)]
pub struct CountedSpan {
    /// Where the span starts (UTC, "YYYY-MM-DDTHH:MM:SSZ").
    #[tsify(type = "string")]
    pub from: Rfc3339,
    /// Where it ends (UTC).
    #[tsify(type = "string")]
    pub to: Rfc3339,
    /// Its length in seconds.
    pub seconds: u32,
}

/// What `responseDeadline` answers: the priority and the target response deadline.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineAnswer {
    /// The priority in force (the override when given).
    #[tsify(type = "Priority")]
    pub priority: Priority,
    /// What the matrix gives for impact and urgency; null when they were not given.
    #[tsify(type = "Priority | null")]
    pub computed_priority: Option<Priority>,
    /// Whether the override differs from the matrix.
    pub overridden: bool,
    /// The support plan.
    #[tsify(type = "Tier")]
    pub tier: Plan,
    /// How the plan's clock runs: business hours, always, or not at all.
    #[tsify(type = "\"business\" | \"continuous\" | \"none\"")]
    pub clock: Clock,
    /// The response-time target in minutes (support's response, not a fix); null for community.
    #[tsify(type = "number | null")]
    pub target_minutes: Option<u32>,
    /// The filing instant, normalised to UTC ("YYYY-MM-DDTHH:MM:SSZ").
    #[tsify(type = "string")]
    pub filed_at: Rfc3339,
    /// The target response deadline in UTC, whole seconds: when the target is used up on the plan's
    /// clock. A target, not a promise; null for community (best-effort help, no target).
    #[tsify(type = "string | null")]
    pub deadline: Option<Rfc3339>,
    /// The same instant at the zone's offset ("2025-06-16T10:00:00+02:00"); null for community.
    #[tsify(type = "string | null")]
    pub deadline_local: Option<Rfc3339>,
    /// The zone, as given (without surrounding spaces).
    pub time_zone: String,
    /// The spans the target was counted in, in order: exact to the second, summing to the
    /// target, the last ending at the deadline; one span for a continuous clock; [] for community.
    pub counted: Vec<CountedSpan>,
}

impl DeadlineAnswer {
    /// The engine's answer for `time_zone`, as the contract words it.
    pub fn new(answer: &Answer, time_zone: &str) -> DeadlineAnswer {
        DeadlineAnswer {
            priority: answer.priority,
            computed_priority: answer.computed_priority,
            overridden: answer.overridden,
            tier: answer.plan,
            clock: answer.clock,
            target_minutes: answer.target_minutes,
            filed_at: answer.filed_at.rfc3339(),
            deadline: answer.deadline.map(Timestamp::rfc3339),
            deadline_local: answer.deadline_local(),
            time_zone: time_zone.to_owned(),
            counted: answer
                .counted
                .iter()
                .map(|&(from, to)| CountedSpan {
                    from: from.rfc3339(),
                    to: to.rfc3339(),
                    seconds: u32::try_from(to.as_seconds() - from.as_seconds()).unwrap_or(u32::MAX),
                })
                .collect(),
        }
    }
}

// Written out rather than `#[serde(flatten)]` of a `DeadlineAnswer`:
// flattening serialises through a map (more code in the bundle).
/// The widget's answer (`element.answer`, the `support-policy-change` event's detail): `responseDeadline`'s answer with the ticket's impact and urgency first. Frozen, its spans too.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct WidgetAnswer {
    /// The chosen impact.
    #[tsify(type = "Level")]
    pub impact: Impact,
    /// The chosen urgency.
    #[tsify(type = "Level")]
    pub urgency: Urgency,
    /// As `DeadlineAnswer.priority`.
    #[tsify(type = "Priority")]
    pub priority: Priority,
    /// As `DeadlineAnswer.computedPriority`.
    #[tsify(type = "Priority | null")]
    pub computed_priority: Option<Priority>,
    /// As `DeadlineAnswer.overridden`.
    pub overridden: bool,
    /// As `DeadlineAnswer.tier`.
    #[tsify(type = "Tier")]
    pub tier: Plan,
    /// As `DeadlineAnswer.clock`.
    #[tsify(type = "\"business\" | \"continuous\" | \"none\"")]
    pub clock: Clock,
    /// As `DeadlineAnswer.targetMinutes`.
    #[tsify(type = "number | null")]
    pub target_minutes: Option<u32>,
    /// As `DeadlineAnswer.filedAt`.
    #[tsify(type = "string")]
    pub filed_at: Rfc3339,
    /// As `DeadlineAnswer.deadline`.
    #[tsify(type = "string | null")]
    pub deadline: Option<Rfc3339>,
    /// As `DeadlineAnswer.deadlineLocal`.
    #[tsify(type = "string | null")]
    pub deadline_local: Option<Rfc3339>,
    /// As `DeadlineAnswer.timeZone`.
    pub time_zone: String,
    /// As `DeadlineAnswer.counted`.
    pub counted: Vec<CountedSpan>,
}

impl WidgetAnswer {
    /// `answer` with the ticket's `impact` and `urgency`.
    pub fn new(impact: Impact, urgency: Urgency, answer: DeadlineAnswer) -> WidgetAnswer {
        let DeadlineAnswer {
            priority,
            computed_priority,
            overridden,
            tier,
            clock,
            target_minutes,
            filed_at,
            deadline,
            deadline_local,
            time_zone,
            counted,
        } = answer;
        WidgetAnswer {
            impact,
            urgency,
            priority,
            computed_priority,
            overridden,
            tier,
            clock,
            target_minutes,
            filed_at,
            deadline,
            deadline_local,
            time_zone,
            counted,
        }
    }
}

/// The widget's answer as the host sees it, frozen through (the object, its
/// `counted` list and each span: every listener and `element.answer` see the
/// same answer); `null` without one.
pub(crate) fn widget_answer_js(answer: Option<WidgetAnswer>) -> JsValue {
    let Some(a) = answer else {
        return JsValue::NULL;
    };
    let value = to_js(&a);
    let freeze = |v: &JsValue| {
        js_sys::Object::freeze(v.unchecked_ref::<js_sys::Object>());
    };
    if let Ok(counted) = js_sys::Reflect::get(&value, &JsValue::from_str("counted")) {
        if let Some(spans) = counted.dyn_ref::<js_sys::Array>() {
            spans.iter().for_each(|span| freeze(&span));
        }
        freeze(&counted);
    }
    freeze(&value);
    value
}

/// The engine's query from a request object (the first field, in
/// `DeadlineRequest`'s order, that is not text or absent is named with its
/// value).
fn read_query(value: &JsValue) -> Result<DeadlineQuery, Error> {
    let r: DeadlineRequest = from_js(value, "request")?;
    Ok(DeadlineQuery {
        impact: r.impact,
        urgency: r.urgency,
        priority: r.priority,
        plan: r.tier,
        time_zone: r.time_zone,
        filed_at: r.filed_at,
    })
}

/// The priority the matrix gives to `impact` and `urgency` (`"P1"`..`"P4"`).
#[wasm_bindgen(unchecked_return_type = "Priority")]
pub fn classify(
    #[wasm_bindgen(unchecked_param_type = "Level")] impact: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Level")] urgency: JsValue,
) -> Result<String, JsError> {
    let read = |value: JsValue, field: &str| {
        value.as_string().ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "expected \"high\", \"medium\" or \"low\", got {}",
                    describe(&value)
                ),
            )
            .in_field(field)
        })
    };
    let impact: Impact = read(impact, "impact")
        .and_then(|s| s.parse().map_err(|e: Error| e.in_field("impact")))
        .map_err(|e| js_error(&e))?;
    let urgency: Urgency = read(urgency, "urgency")
        .and_then(|s| s.parse().map_err(|e: Error| e.in_field("urgency")))
        .map_err(|e| js_error(&e))?;
    Ok(super::default_policy()
        .classify(impact, urgency)
        .as_str()
        .to_owned())
}

/// The priority and target response deadline of a ticket (see `DeadlineRequest`).
#[wasm_bindgen(js_name = responseDeadline, unchecked_return_type = "DeadlineAnswer")]
pub fn response_deadline(
    #[wasm_bindgen(unchecked_param_type = "DeadlineRequest")] request: JsValue,
) -> Result<JsValue, JsError> {
    let query = read_query(&request).map_err(|e| js_error(&e))?;
    let ticket = query.read::<IntlZone>().map_err(|e| js_error(&e))?;
    // The clock is read only when the ticket is filed now.
    let now = match ticket.filed_at {
        crate::ticket::FiledAt::Now => now(),
        _ => Timestamp::MIN,
    };
    let answer = ticket
        .answer(&super::default_policy(), now)
        .map_err(|e| js_error(&e))?;
    Ok(to_js(&DeadlineAnswer::new(&answer, ticket.zone.name())))
}

/// Zmanda's built-in policy document as a plain object, its texts in
/// English and in every language added so far.
#[wasm_bindgen(unchecked_return_type = "object")]
pub fn policy() -> JsValue {
    // The built-in document's JSON, written at build time by the document's
    // own writer (a native test keeps it so): the bundle carries no writer.
    let doc = js_sys::JSON::parse(crate::policy::ZMANDA_JSON).unwrap_or(JsValue::NULL);
    // With the texts of every language loaded so far, each beside its
    // English (`policy.priorities.P1.title` → doc.priorities.P1.title.fr).
    for (tag, texts) in crate::web::widget::i18n::loaded_policy_texts() {
        for (key, text) in texts {
            let mut node = doc.clone();
            for step in key.split('.').skip(1) {
                node = js_sys::Reflect::get(&node, &JsValue::from_str(step))
                    .unwrap_or(JsValue::UNDEFINED);
            }
            if node.is_object() {
                let _ =
                    js_sys::Reflect::set(&node, &JsValue::from_str(tag), &JsValue::from_str(text));
            }
        }
    }
    doc
}

/// Adds a language's texts: `messages` is a language file
/// (`lang/LANG.json`, one flat object of ICU MessageFormat strings), as its
/// JSON text or as the object `JSON.parse` made of it. `lang` is one of the
/// seven (`es`, `it`, `fr`, `pt`, `nl`, `pl`) or a host's own two- or
/// three-letter language; a text the file lacks reads in English. Widgets
/// mounted afterwards, or updated with that `lang`, speak it. The loader
/// calls this for the visitor's language.
#[wasm_bindgen(js_name = addLanguage)]
pub fn add_language(
    lang: &str,
    #[wasm_bindgen(unchecked_param_type = "string | Record<string, string>")] messages: JsValue,
) -> Result<(), JsError> {
    let text = match messages.as_string() {
        Some(text) => text,
        None => js_sys::JSON::stringify(&messages)
            .ok()
            .and_then(|s| s.as_string())
            .filter(|_| messages.is_object())
            .ok_or_else(|| {
                js_error(
                    &Error::new(
                        ErrorKind::InvalidArgument,
                        format!(
                            "expected a language file's JSON text or object, got {}",
                            describe(&messages)
                        ),
                    )
                    .in_field("messages"),
                )
            })?,
    };
    crate::web::widget::i18n::add_language(lang, &text)
        .map(|_| ())
        .map_err(|e| js_error(&e))
}

/// Every IANA zone name the widget accepts: what this browser supports, plus `UTC`.
#[wasm_bindgen(js_name = timeZones)]
pub fn time_zones() -> Vec<String> {
    zone_names()
}
