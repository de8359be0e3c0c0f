//! The JavaScript API (docs/contract.md, section 3): plain JavaScript
//! objects in and out (`JsValue`s read and made by `js.rs`, typed for
//! TypeScript by the section below), errors as JavaScript `Error`s that
//! name the field and the value.

use super::intl_zone::{IntlZone, zone_names};
use super::js::{
    describe, js_error, js_name, make_answer, now, read_fields, read_text_fields, text_field,
    zone_name,
};
use crate::error::{Error, ErrorKind};
use crate::ticket::{Answer, DeadlineQuery};
use crate::time::Timestamp;
use crate::zone::TimeZone;
use crate::{Impact, Urgency};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** A support plan. Trial gets the Premium SLA; community has no response target. */
export type Tier = "standard" | "premium" | "trial" | "community";
/** An impact or urgency level. */
export type Level = "high" | "medium" | "low";
/** A ticket priority, P1 (critical) to P4 (low). */
export type Priority = "P1" | "P2" | "P3" | "P4";

/** What `responseDeadline` takes. Give `impact` and `urgency`, or `priority`, or all three. */
export interface DeadlineRequest {
  /** How much of the backup operation is affected. */
  impact?: Level;
  /** How soon it must be addressed. */
  urgency?: Level;
  /** The customer's override of the matrix; it wins. */
  priority?: Priority;
  /** The support plan. */
  tier: Tier;
  /**
   * IANA time-zone name whose wall clock the support hours follow, e.g. "Europe/Madrid".
   * A zone newer than the browser's time-zone data throws an error that says so and names
   * an older zone with the same clock.
   */
  timeZone: string;
  /**
   * When the ticket was filed: RFC 3339 with offset or Z ("2025-06-13T14:00:00Z"), or a local
   * "YYYY-MM-DDTHH:MM[:SS]" read in `timeZone` (a time in a DST gap moves forward by the gap;
   * in a fold the earlier instant is taken). Omitted: now.
   */
  filedAt?: string;
}

/** What `responseDeadline` answers: the priority and the target response deadline. */
export interface DeadlineAnswer {
  /** The priority in force (the override when given). */
  priority: Priority;
  /** What the matrix gives for impact and urgency; null when they were not given. */
  computedPriority: Priority | null;
  /** Whether the override differs from the matrix. */
  overridden: boolean;
  /** The support plan. */
  tier: Tier;
  /** How the plan's clock runs: business hours, always, or not at all. */
  clock: "business" | "continuous" | "none";
  /** The response-time target in minutes (support's response, not a fix); null for community. */
  targetMinutes: number | null;
  /** The filing instant, normalised to UTC ("YYYY-MM-DDTHH:MM:SSZ"). */
  filedAt: string;
  /**
   * The target response deadline in UTC, whole seconds: when the target is used up on the plan's
   * clock. A target, not a promise; null for community (best-effort help, no target).
   */
  deadline: string | null;
  /** The same instant at the zone's offset ("2025-06-16T10:00:00+02:00"); null for community. */
  deadlineLocal: string | null;
  /** The zone, as given. */
  timeZone: string;
}

/** The widget's answer (`element.answer`, the `support-policy-change` event's detail): `responseDeadline`'s answer with the ticket's impact and urgency. */
export interface WidgetAnswer extends DeadlineAnswer {
  /** The chosen impact. */
  impact: Level;
  /** The chosen urgency. */
  urgency: Level;
}

/** Options for `mount` (the same as the custom element's attributes). */
export interface MountOptions {
  /** "en", "es", "it", "fr", "pt", "nl" or "pl" (or one added with `addLanguage`); default: the nearest `lang` up to the page's; a language the widget does not speak gives English; the browser's only when no element gives one. */
  lang?: string;
  /** The plan selected at start. */
  tier?: Tier;
  /** The time zone at start; default: the browser's. */
  timeZone?: string;
  /** Impact selected at start. */
  impact?: Level;
  /** Urgency selected at start. */
  urgency?: Level;
  /** A replacement policy document (validated; on error the widget says so and uses the default). */
  policy?: object | string;
  /** A clock to follow instead of the browser's: returns epoch milliseconds (tests, demos). */
  clock?: () => number;
  /**
   * A ticket form's address with placeholders {priority}, {impact}, {urgency}, {tier}, {timeZone},
   * {filedAt}, {deadline} (RFC 3339 UTC; empty for community). The widget shows an "Open a ticket"
   * link with the values URL-encoded. Only https: (or http: on localhost) is accepted.
   */
  ticketUrl?: string;
  /** Keep the choices in the page's URL fragment (#spw:…) and restore them on load. */
  syncUrl?: boolean;
  /**
   * "auto" (default: the visitor's system setting), "light" or "dark". The custom element
   * resolves "auto" against the host page's own light/dark switch first.
   */
  theme?: "auto" | "light" | "dark";
}
"#;

/// Reads the typed request from a JavaScript object: in one call across
/// when every field is a string or absent (`js::read_text_fields`), else
/// field by field, which names the field and value that are wrong.
fn read_query(value: &JsValue) -> Result<DeadlineQuery, Error> {
    let fields = DeadlineQuery::FIELDS;
    let [impact, urgency, priority, plan, time_zone, filed_at] =
        match read_text_fields(value, fields) {
            Some(texts) => texts,
            None => {
                let values = read_fields(value, "request", fields)?;
                let mut texts: [Option<String>; 6] = Default::default();
                for ((text, value), field) in texts.iter_mut().zip(&values).zip(fields) {
                    *text = text_field(value, field)?;
                }
                texts
            }
        };
    // By name, in DeadlineQuery::FIELDS's order.
    Ok(DeadlineQuery {
        impact,
        urgency,
        priority,
        plan,
        time_zone,
        filed_at,
    })
}

/// The answer as a plain object with the fields in the contract's order; `None` is
/// `null`. Made in JavaScript (`js::make_answer`): setting ten properties
/// from wasm is ten calls across. The three dates cross as one string, one
/// text decoding instead of three (formatting them in JavaScript from
/// numbers was slower still). (serde-wasm-bindgen's serializer, used
/// before, cost about 3 KB gzip.) `time_zone` is the request's own string
/// when it can be.
pub(crate) fn answer_to_js(answer: &Answer, time_zone: JsValue) -> JsValue {
    let mut dates = answer.filed_at.to_rfc3339();
    if let Some(deadline) = answer.deadline {
        dates.push(' ');
        dates.push_str(&deadline.to_rfc3339());
    }
    if let Some(local) = answer.deadline_local() {
        dates.push(' ');
        dates.push_str(&local);
    }
    make_answer(
        &js_name(answer.priority.as_str()),
        &answer
            .computed_priority
            .map_or(JsValue::NULL, |p| js_name(p.as_str())),
        answer.overridden,
        &js_name(answer.plan.as_str()),
        &js_name(answer.clock.as_str()),
        answer.target_minutes,
        &dates,
        &time_zone,
    )
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
    let zone_value = zone_name(ticket.zone.name());
    Ok(answer_to_js(&answer, zone_value))
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
