//! The host's options (from `mount` or the custom element's attributes),
//! checked field by field: a bad one becomes a message and its default.

use super::i18n::Lang;
use crate::error::{Error, ErrorKind};
use crate::level::{Impact, Tier, Urgency};
use crate::policy::Policy;
use crate::web::api::{read_fields, text_field};
use crate::web::intl_zone::IntlZone;
use crate::zone::TimeZone;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// The options as JavaScript gives them (all text, all optional).
#[derive(Default)]
struct RawOptions {
    lang: Option<String>,
    tier: Option<String>,
    time_zone: Option<String>,
    impact: Option<String>,
    urgency: Option<String>,
    policy: JsValue,
    clock: JsValue,
}

impl RawOptions {
    fn read(value: &JsValue) -> Result<RawOptions, Error> {
        let values = read_fields(value, "options", FIELDS)?;
        let text = |i: usize| text_field(&values[i], FIELDS[i]);
        Ok(RawOptions {
            lang: text(0)?,
            tier: text(1)?,
            time_zone: text(2)?,
            impact: text(3)?,
            urgency: text(4)?,
            policy: values[5].clone(),
            clock: values[6].clone(),
        })
    }
}

const FIELDS: &[&str] = &[
    "lang", "tier", "timeZone", "impact", "urgency", "policy", "clock",
];

/// Checked options.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Language (option, else the page's, else the browser's).
    pub lang: Lang,
    /// Plan to start with.
    pub tier: Option<Tier>,
    /// Zone to start with (a name the browser knows).
    pub time_zone: Option<String>,
    /// Impact to start with.
    pub impact: Option<Impact>,
    /// Urgency to start with.
    pub urgency: Option<Urgency>,
    /// The policy in force.
    pub policy: Rc<Policy>,
    /// A host clock (a function returning epoch milliseconds) instead of
    /// the browser's, for hosts that run the widget on another time.
    pub clock: Option<js_sys::Function>,
    /// One message per refused option, each naming it and its value.
    pub errors: Vec<String>,
    /// The `policy` option as given, so an unchanged one is not read again.
    policy_source: JsValue,
    /// Why that policy was refused, if it was.
    policy_error: Option<String>,
}

/// The current time by a host's clock (a function returning epoch
/// milliseconds), else by the browser's.
pub fn now_by(clock: Option<&js_sys::Function>) -> crate::Timestamp {
    let millis = clock
        .and_then(|f| f.call0(&JsValue::UNDEFINED).ok())
        .and_then(|v| v.as_f64())
        .unwrap_or_else(js_sys::Date::now);
    crate::Timestamp::from_millis_ceil(millis).unwrap_or(crate::Timestamp::MIN)
}

impl Options {
    /// The current time by the host's clock, or the browser's.
    pub fn now(&self) -> crate::Timestamp {
        now_by(self.clock.as_ref())
    }
}

/// The page's language, else the browser's.
fn ambient_lang() -> Lang {
    let window = web_sys::window();
    let page = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    let browser = window.and_then(|w| w.navigator().language());
    page.as_deref()
        .and_then(Lang::parse)
        .or_else(|| browser.as_deref().and_then(Lang::parse))
        .unwrap_or(Lang::En)
}

fn parse_field<T: std::str::FromStr<Err = Error>>(
    value: Option<String>,
    field: &str,
    errors: &mut Vec<String>,
) -> Option<T> {
    let text = value?;
    match text.parse() {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(e.in_field(field).to_string());
            None
        }
    }
}

/// Reads a host policy: a document object, or its JSON text. Both go
/// through the engine's one JSON reader, so the messages are the engine's.
fn read_policy(value: JsValue) -> Result<Policy, Error> {
    let json = match value.as_string() {
        Some(text) => text,
        None => js_sys::JSON::stringify(&value)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidPolicy,
                    "expected a policy document object or its JSON text",
                )
                .in_field("policy")
            })?,
    };
    Policy::from_json(&json)
}

impl Options {
    /// Checks a JavaScript options object; never fails: each problem becomes
    /// a message in `errors` and the option keeps its default.
    /// `previous` (the options read last time) lends its policy when the
    /// `policy` option has not changed, so an attribute change does not read
    /// and check the host's policy document again.
    pub fn read(value: &JsValue, previous: Option<&Options>) -> Options {
        let mut errors = Vec::new();
        let raw: RawOptions = if value.is_undefined() || value.is_null() {
            RawOptions::default()
        } else {
            RawOptions::read(value).unwrap_or_else(|e| {
                errors.push(e.to_string());
                RawOptions::default()
            })
        };
        let lang = match raw.lang {
            Some(tag) => Lang::parse(&tag).unwrap_or_else(|| {
                errors.push(format!(
                    "lang: unsupported language {} (expected en or es)",
                    crate::error::quote(&tag)
                ));
                ambient_lang()
            }),
            None => ambient_lang(),
        };
        let time_zone = raw
            .time_zone
            .and_then(|name| match IntlZone::for_name(name.trim()) {
                Ok(_) => Some(name.trim().to_owned()),
                Err(e) => {
                    errors.push(e.in_field("timeZone").to_string());
                    None
                }
            });
        let (policy, policy_error) = match previous {
            Some(p) if p.policy_source == raw.policy => (p.policy.clone(), p.policy_error.clone()),
            _ if raw.policy.is_undefined() || raw.policy.is_null() => {
                (crate::web::default_policy(), None)
            }
            _ => match read_policy(raw.policy.clone()) {
                Ok(p) => (Rc::new(p), None),
                Err(e) => (crate::web::default_policy(), Some(e.to_string())),
            },
        };
        errors.extend(policy_error.clone());
        let clock = if raw.clock.is_undefined() || raw.clock.is_null() {
            None
        } else {
            match raw.clock.dyn_into::<js_sys::Function>() {
                Ok(f) => Some(f),
                Err(v) => {
                    errors.push(format!(
                        "clock: expected a function returning milliseconds, got {}",
                        crate::web::api::describe(&v)
                    ));
                    None
                }
            }
        };
        Options {
            policy_source: raw.policy,
            policy_error,
            clock,
            lang,
            tier: parse_field(raw.tier, "tier", &mut errors),
            time_zone,
            impact: parse_field(raw.impact, "impact", &mut errors),
            urgency: parse_field(raw.urgency, "urgency", &mut errors),
            policy,
            errors,
        }
    }
}
