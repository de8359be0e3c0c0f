//! The one JavaScript boundary of the API and the widget: reading an
//! options or request object field by name (unknown keys are errors),
//! text fields, errors as JavaScript `Error`s that name the field and the
//! value, JavaScript strings made once, and the browser's clock.

use crate::error::{Error, ErrorKind};
use crate::time::Timestamp;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// A JavaScript `Error` carrying the engine's message.
pub(crate) fn js_error(err: &Error) -> JsError {
    JsError::new(&err.to_string())
}

/// A short description of a JavaScript value for an error message:
/// JSON where it has one (`3`, `"x"`, `[1]`), else its type.
pub(crate) fn describe(value: &JsValue) -> String {
    if value.is_undefined() {
        return "undefined".to_owned();
    }
    let json = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string());
    let text = json.unwrap_or_else(|| value.js_typeof().as_string().unwrap_or_default());
    let mut shown: String = text.chars().take(60).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    shown
}

/// The values of `fields` in a JavaScript object, in that order; a key
/// outside `fields` is an error (a misspelt option is not silently ignored).
pub(crate) fn read_fields(
    value: &JsValue,
    what: &str,
    fields: &[&'static str],
) -> Result<Vec<JsValue>, Error> {
    if !value.is_object() {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("expected an object, got {}", describe(value)),
        )
        .in_field(what));
    }
    let names: Vec<JsValue> = fields.iter().map(|f| js_name(f)).collect();
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        // Compared as JavaScript strings: no text crosses for a known key.
        if !names.contains(&key) {
            let key = key.as_string().unwrap_or_default();
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "unknown field `{key}`, expected one of {}",
                    fields.join(", ")
                ),
            )
            .in_field(key));
        }
    }
    Ok(names
        .iter()
        .map(|name| js_sys::Reflect::get(value, name).unwrap_or(JsValue::UNDEFINED))
        .collect())
}

thread_local! {
    /// Field names as JavaScript strings, made once each.
    static JS_NAMES: std::cell::RefCell<Vec<(&'static str, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `name` as a JavaScript string, made once (making one decodes UTF-8,
/// which was the largest cost of an API call).
pub(crate) fn js_name(name: &'static str) -> JsValue {
    JS_NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some((_, v)) = names.iter().find(|(n, _)| *n == name) {
            return v.clone();
        }
        let v = JsValue::from_str(name);
        names.push((name, v.clone()));
        v
    })
}

/// A text field: a string, or absent (`undefined` or `null`).
pub(crate) fn text_field(value: &JsValue, field: &str) -> Result<Option<String>, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        Error::new(
            ErrorKind::InvalidArgument,
            format!("expected a string, got {}", describe(value)),
        )
        .in_field(field)
    })
}

/// The current time, from the browser's clock (the engine never reads it).
pub(crate) fn now() -> Timestamp {
    Timestamp::from_millis_ceil(js_sys::Date::now()).unwrap_or(Timestamp::MIN)
}
