//! The host's options (from `mount` or the custom element's attributes),
//! checked field by field: a bad one becomes a message and its default.

use super::dates::current_zone;
use super::handoff::TicketUrl;
use super::i18n::{Lang, Problem};
use super::state::Settings;
use crate::error::{Error, ErrorKind};
use crate::policy::Policy;
use crate::web::intl_zone::IntlZone;
use crate::web::js::{from_js, text_field};
use crate::zone::TimeZone;
use serde::Deserialize;
use std::rc::Rc;
use tsify::Tsify;
use wasm_bindgen::{JsCast, JsValue};

// Each option crosses as given (serde-wasm-bindgen's `preserve`) and is
// checked on its own in `Options::read`, so that one bad option becomes a
// message and its default while the others still apply. (Doc comments
// become the TypeScript's.)
/// Options for `mount` (the same as the custom element's attributes).
#[derive(Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MountOptions {
    /// "en", "es", "it", "fr", "pt", "nl" or "pl" (or one added with `addLanguage`); default: the nearest `lang` up to the page's; a language the widget does not speak gives English; the browser's only when no element gives one.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "string")]
    pub lang: JsValue,
    /// The plan selected at start.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "Tier")]
    pub tier: JsValue,
    /// The time zone at start; default: the browser's.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "string")]
    pub time_zone: JsValue,
    /// Impact selected at start.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "Level")]
    pub impact: JsValue,
    /// Urgency selected at start.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "Level")]
    pub urgency: JsValue,
    /// A replacement policy document (validated; on error the widget says so and uses the default).
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "object | string")]
    pub policy: JsValue,
    /// A clock to follow instead of the browser's: returns epoch milliseconds (tests, demos).
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "() => number")]
    pub clock: JsValue,
    /// A ticket form's address with placeholders {priority}, {impact}, {urgency}, {tier}, {timeZone},
    /// {filedAt}, {deadline} (RFC 3339 UTC; empty for community). The widget shows an "Open a ticket"
    /// link with the values URL-encoded. Only https: (or http: on localhost) is accepted.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "string")]
    pub ticket_url: JsValue,
    /// Keep the choices in the page's URL fragment (#spw:…) and restore them on load.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "boolean")]
    pub sync_url: JsValue,
    /// "auto" (default: the visitor's system setting), "light" or "dark". The custom element
    /// resolves "auto" against the host page's own light/dark switch first.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "\"auto\" | \"light\" | \"dark\"")]
    pub theme: JsValue,
}

/// Light or dark: `Auto` follows `prefers-color-scheme` (the custom
/// element resolves `auto` against the host page's own switch first and
/// passes `light` or `dark` when the page has one).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// The visitor's system setting.
    #[default]
    Auto,
    /// Light, whatever the system says.
    Light,
    /// Dark, whatever the system says.
    Dark,
}

impl Theme {
    /// The widget root's class list.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Auto => "widget",
            Theme::Light => "widget light",
            Theme::Dark => "widget dark",
        }
    }
}

/// Checked options: the settings the reducer sees, plus what stays in the
/// browser layer (the host clock, the policy as given).
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// What the widget's state takes from the host.
    pub settings: Settings<IntlZone>,
    /// A host clock (a function returning epoch milliseconds) instead of
    /// the browser's, for hosts that run the widget on another time.
    pub clock: Option<js_sys::Function>,
    /// The `policy` option as given, so an unchanged one is not read again.
    policy_source: JsValue,
    /// Why that policy was refused, if it was.
    policy_error: Option<String>,
    /// Light, dark, or the system's.
    pub theme: Theme,
}

/// The current time by a host's clock (a function returning epoch
/// milliseconds), else by the browser's.
pub fn now_by(clock: Option<&js_sys::Function>) -> crate::Timestamp {
    clock
        .and_then(|f| f.call0(&JsValue::UNDEFINED).ok())
        .and_then(|v| v.as_f64())
        .map_or_else(crate::web::js::now, |millis| {
            crate::Timestamp::from_millis_ceil(millis).unwrap_or(crate::Timestamp::MIN)
        })
}

impl Options {
    /// The current time by the host's clock, or the browser's.
    pub fn now(&self) -> crate::Timestamp {
        now_by(self.clock.as_ref())
    }
}

/// The language of the nearest element from `host` up that has a `lang`
/// (a Spanish section of an English page): that language when the widget
/// speaks it, else English (a page in another language gets English, not
/// the browser's language). The browser's language only when no element up
/// to the page's root gives one (docs/contract.md, section 4).
fn ambient_lang(host: &web_sys::Element) -> Lang {
    let mut node = Some(host.clone());
    while let Some(element) = node {
        if let Some(tag) = element
            .get_attribute("lang")
            .filter(|l| !l.trim().is_empty())
        {
            return Lang::parse(&tag).unwrap_or(Lang::En);
        }
        // Up through a shadow root to its host (a widget inside another component).
        node = element.parent_element().or_else(|| {
            element
                .get_root_node()
                .dyn_into::<web_sys::ShadowRoot>()
                .ok()
                .map(|root| root.host())
        });
    }
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or(Lang::En)
}

fn parse_field<T: std::str::FromStr<Err = Error>>(
    value: Option<String>,
    field: &str,
    errors: &mut Vec<String>,
) -> Option<T> {
    let text = value?;
    text.parse()
        .map_err(|e: Error| errors.push(e.in_field(field).to_string()))
        .ok()
}

/// Reads a host policy: a document object, or its JSON text. Both go
/// through the engine's one JSON reader, so the messages are the engine's.
#[cfg(feature = "host-policy")]
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

/// The default bundle carries only the built-in policy (the reader is
/// about 14 KB gzip); a host's document needs the full bundle.
#[cfg(not(feature = "host-policy"))]
fn read_policy(_: JsValue) -> Result<Policy, Error> {
    Err(Error::new(
        ErrorKind::InvalidPolicy,
        "this bundle reads no host policy documents; load support-policy-widget-full.js instead",
    )
    .in_field("policy"))
}

/// `syncUrl`: `true`/`false`, or the attribute's text (present is on,
/// `"false"` is off).
fn read_flag(value: &JsValue, field: &str, errors: &mut Vec<String>) -> bool {
    if let Some(b) = value.as_bool() {
        return b;
    }
    if value.is_undefined() || value.is_null() {
        return false;
    }
    match value.as_string().as_deref().map(str::trim) {
        Some("" | "true" | "sync-url" | "syncUrl") => true,
        Some("false") => false,
        _ => {
            errors.push(format!(
                "{field}: expected true or false, got {}",
                crate::web::js::describe(value)
            ));
            false
        }
    }
}

impl Options {
    /// Checks a JavaScript options object; never fails: each problem becomes
    /// a message in `errors` and the option keeps its default.
    /// `previous` (the options read last time) lends its policy when the
    /// `policy` option has not changed, so an attribute change does not read
    /// and check the host's policy document again.
    /// `host` is the widget's element, whose nearest `lang` is the default.
    pub fn read(value: &JsValue, previous: Option<&Options>, host: &web_sys::Element) -> Options {
        let mut errors = Vec::new();
        let given: MountOptions = if value.is_undefined() || value.is_null() {
            MountOptions::default()
        } else {
            from_js(value, "options").unwrap_or_else(|e| {
                errors.push(e.to_string());
                MountOptions::default()
            })
        };
        let MountOptions {
            lang,
            tier: plan,
            time_zone,
            impact,
            urgency,
            policy,
            clock,
            ticket_url,
            sync_url,
            theme,
        } = given;
        let mut text = |value: &JsValue, field: &str| {
            text_field(value, field)
                .map_err(|e| errors.push(e.to_string()))
                .ok()
                .flatten()
        };
        let (lang, plan, time_zone, impact, urgency, ticket_url, theme) = (
            text(&lang, "lang"),
            text(&plan, "tier"),
            text(&time_zone, "timeZone"),
            text(&impact, "impact"),
            text(&urgency, "urgency"),
            text(&ticket_url, "ticketUrl"),
            text(&theme, "theme"),
        );
        let lang = match lang {
            Some(tag) => Lang::parse(&tag).unwrap_or_else(|| {
                errors.push(format!(
                    "lang: unsupported language {} (expected one of {})",
                    crate::error::quote(&tag),
                    crate::policy::LANGUAGES.join(", ")
                ));
                ambient_lang(host)
            }),
            None => ambient_lang(host),
        };
        let theme = match theme.as_deref().map(str::trim) {
            None | Some("auto") => Theme::Auto,
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            Some(other) => {
                errors.push(format!(
                    "theme: unknown theme {} (expected auto, light or dark)",
                    crate::error::quote(other)
                ));
                Theme::Auto
            }
        };
        let zone = time_zone.and_then(|name| match IntlZone::for_name(name.trim()) {
            Ok(zone) => Some(current_zone(zone)),
            Err(e) => {
                errors.push(e.in_field("timeZone").to_string());
                None
            }
        });
        let (policy_doc, policy_error) = match previous {
            Some(p) if p.policy_source == policy => {
                (p.settings.policy.clone(), p.policy_error.clone())
            }
            _ if policy.is_undefined() || policy.is_null() => (crate::web::default_policy(), None),
            _ => match read_policy(policy.clone()) {
                Ok(p) => (Rc::new(p), None),
                Err(e) => (crate::web::default_policy(), Some(e.to_string())),
            },
        };
        errors.extend(policy_error.clone());
        let clock = if clock.is_undefined() || clock.is_null() {
            None
        } else {
            match clock.dyn_into::<js_sys::Function>() {
                Ok(f) => Some(f),
                Err(v) => {
                    errors.push(format!(
                        "clock: expected a function returning milliseconds, got {}",
                        crate::web::js::describe(&v)
                    ));
                    None
                }
            }
        };
        let ticket_url = ticket_url.and_then(|t| {
            TicketUrl::parse(t.trim())
                .map_err(|e| errors.push(e.to_string()))
                .ok()
        });
        let sync_url = read_flag(&sync_url, "syncUrl", &mut errors);
        let settings = Settings {
            lang,
            plan: parse_field(plan, "tier", &mut errors),
            impact: parse_field(impact, "impact", &mut errors),
            urgency: parse_field(urgency, "urgency", &mut errors),
            zone,
            policy: policy_doc,
            ticket_url,
            sync_url,
            errors: errors.into_iter().map(Problem::setting).collect(),
        };
        Options {
            settings,
            clock,
            policy_source: policy,
            policy_error,
            theme,
        }
    }
}
