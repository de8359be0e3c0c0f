//! The JavaScript API (SPEC section 3): typed structs at the boundary,
//! errors as JavaScript `Error`s that name the field and the value.

use super::intl_zone::{IntlZone, zone_names};
use super::js::{describe, js_error, js_name, now, read_fields, text_field};
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
  /** IANA time-zone name whose wall clock the support hours follow, e.g. "Europe/Madrid". */
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

/** Options for `mount` (the same as the custom element's attributes). */
export interface MountOptions {
  /** "en" or "es"; default: the page's language, else the browser's. */
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
}
"#;

/// The answer as the JavaScript API returns it (SPEC section 3, field for field).
struct JsAnswer {
    priority: &'static str,
    computed_priority: Option<&'static str>,
    overridden: bool,
    tier: &'static str,
    clock: &'static str,
    target_minutes: Option<u32>,
    filed_at: String,
    deadline: Option<String>,
    deadline_local: Option<String>,
}

impl JsAnswer {
    fn new(answer: &Answer) -> JsAnswer {
        JsAnswer {
            priority: answer.priority.as_str(),
            computed_priority: answer.computed_priority.map(|p| p.as_str()),
            overridden: answer.overridden,
            tier: answer.tier.as_str(),
            clock: answer.clock.as_str(),
            target_minutes: answer.target_minutes,
            filed_at: answer.filed_at.to_rfc3339(),
            deadline: answer.deadline.map(Timestamp::to_rfc3339),
            deadline_local: answer.deadline_local(),
        }
    }
}

/// Reads the typed request from a JavaScript object.
/// Also gives the request's `timeZone` value, to hand back unchanged.
fn read_query(value: &JsValue) -> Result<(DeadlineQuery, JsValue), Error> {
    let values = read_fields(value, "request", DeadlineQuery::FIELDS)?;
    // By name, in DeadlineQuery::FIELDS's order.
    let Ok([impact, urgency, priority, tier, time_zone, filed_at]) =
        <[JsValue; 6]>::try_from(values)
    else {
        return Err(
            Error::new(ErrorKind::InvalidArgument, "expected six fields").in_field("request"),
        );
    };
    let query = DeadlineQuery {
        impact: text_field(&impact, "impact")?,
        urgency: text_field(&urgency, "urgency")?,
        priority: text_field(&priority, "priority")?,
        tier: text_field(&tier, "tier")?,
        time_zone: text_field(&time_zone, "timeZone")?,
        filed_at: text_field(&filed_at, "filedAt")?,
    };
    Ok((query, time_zone))
}

/// The answer's keys, in SPEC order.
const ANSWER_KEYS: [&str; 10] = [
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
];

impl JsAnswer {
    /// A plain object with the fields in SPEC order; `None` is `null`.
    /// (Written by hand: serde-wasm-bindgen's serializer cost about 3 KB
    /// gzip.) `time_zone` is the request's own string when it can be.
    fn to_js(&self, time_zone: JsValue) -> JsValue {
        let object = js_sys::Object::new();
        let values: [JsValue; 10] = [
            js_name(self.priority),
            self.computed_priority.map_or(JsValue::NULL, js_name),
            JsValue::from_bool(self.overridden),
            js_name(self.tier),
            js_name(self.clock),
            self.target_minutes
                .map_or(JsValue::NULL, |m| JsValue::from_f64(f64::from(m))),
            JsValue::NULL,
            JsValue::NULL,
            JsValue::NULL,
            time_zone,
        ];
        // The three dates cross into JavaScript as one string, cut there:
        // one text decoding instead of three.
        let dates = [
            Some(&self.filed_at),
            self.deadline.as_ref(),
            self.deadline_local.as_ref(),
        ];
        let joined: String = dates.iter().flatten().map(|d| d.as_str()).collect();
        let joined = js_sys::JsString::from(joined.as_str());
        let mut values = values;
        let mut at = 0u32;
        for (slot, date) in values[6..9].iter_mut().zip(dates) {
            if let Some(date) = date {
                // RFC 3339 text is ASCII: bytes and UTF-16 units agree.
                let end = at + date.len() as u32;
                *slot = joined.slice(at, end).into();
                at = end;
            }
        }
        for (key, value) in ANSWER_KEYS.into_iter().zip(values) {
            let _ = js_sys::Reflect::set(&object, &js_name(key), &value);
        }
        object.into()
    }
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
    let (query, zone_value) = read_query(&request).map_err(|e| js_error(&e))?;
    let ticket = query.read::<IntlZone>().map_err(|e| js_error(&e))?;
    let answer = ticket
        .answer(&super::default_policy(), now())
        .map_err(|e| js_error(&e))?;
    // The zone as given: the request's string itself, unless it was trimmed.
    let name = ticket.zone.name();
    let zone_value = if query.time_zone.as_deref() == Some(name) {
        zone_value
    } else {
        JsValue::from_str(name)
    };
    Ok(JsAnswer::new(&answer).to_js(zone_value))
}

/// The active policy document as a plain object.
#[wasm_bindgen(unchecked_return_type = "object")]
pub fn policy() -> JsValue {
    // Through JSON text: the document's own writer, no second serializer.
    let json = super::default_policy().document().to_json().to_string();
    js_sys::JSON::parse(&json).unwrap_or(JsValue::NULL)
}

/// Every IANA zone name the widget accepts: what this browser supports, plus `UTC`.
#[wasm_bindgen(js_name = timeZones)]
pub fn time_zones() -> Vec<String> {
    zone_names()
}
