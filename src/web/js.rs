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

// The JavaScript half of this boundary (scripts/build inlines it into the
// glue): property reads and writes cost one call across each from wasm.
#[wasm_bindgen(module = "/src/web/boundary.js")]
extern "C" {
    /// The values of `names` in `value`, or the first own key outside them;
    /// an error when reading one throws (a getter, a proxy).
    #[wasm_bindgen(catch, js_name = fieldsOf)]
    fn fields_of(value: &JsValue, names: &js_sys::Array) -> Result<JsValue, JsValue>;

    /// The text fields `names` of `value` packed in one string, or
    /// undefined when `fieldsOf` must be asked instead.
    #[wasm_bindgen(catch, js_name = textFieldsOf)]
    fn text_fields_of(value: &JsValue, names: &js_sys::Array) -> Result<Option<String>, JsValue>;

    /// The JavaScript API's answer object (docs/contract.md, section 3, keys in order);
    /// `dates` is filedAt, deadline and deadlineLocal joined by spaces.
    #[wasm_bindgen(js_name = makeAnswer)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn make_answer(
        priority: &JsValue,
        computed_priority: &JsValue,
        overridden: bool,
        plan: &JsValue,
        clock: &JsValue,
        target_minutes: Option<u32>,
        dates: &str,
        time_zone: &JsValue,
    ) -> JsValue;

    // (Both go through a glue shim, a string argument and `catch`: an
    // import taking only JavaScript values would be imported from the
    // snippet's own module, and scripts/minify-names.mjs wants one.)

    /// The widget's answer for its host: `answer` (undefined: none) with
    /// the ticket's impact and urgency, frozen.
    #[wasm_bindgen(js_name = widgetAnswer)]
    pub(crate) fn widget_answer(answer: &JsValue, impact: &str, urgency: &str) -> JsValue;

    /// Makes `root` record the event listeners added to it (Yew's, which
    /// Yew never takes off).
    #[wasm_bindgen(catch, js_name = trackListeners)]
    pub(crate) fn track_listeners(root: &web_sys::Element) -> Result<(), JsValue>;

    /// Takes off every listener `root` recorded.
    #[wasm_bindgen(catch, js_name = releaseListeners)]
    pub(crate) fn release_listeners(root: &web_sys::Element) -> Result<(), JsValue>;

    /// The city names of language `lang` (`zones/LANG.txt` beside the
    /// glue), or undefined when there are none or they cannot be fetched.
    /// The CLDR plural category of `n` in `lang` (`Intl.PluralRules`).
    #[wasm_bindgen(js_name = pluralCategory)]
    pub(crate) fn plural_category(lang: &str, n: f64) -> String;

    #[wasm_bindgen(js_name = loadCities)]
    pub(crate) fn load_cities(lang: &str) -> js_sys::Promise;

    /// Calls `callback` once the browser has painted (a frame, then a task).
    #[wasm_bindgen(catch, js_name = afterPaint)]
    pub(crate) fn after_paint(callback: &JsValue) -> Result<(), JsValue>;

    /// Dispatches `support-policy-change` (bubbles, composed) on `element`.
    #[wasm_bindgen(catch, js_name = emitChange)]
    pub(crate) fn emit_change(element: &web_sys::Element, answer: &JsValue) -> Result<(), JsValue>;
}

thread_local! {
    /// Each field list as a JavaScript array of names, made once.
    static NAME_LISTS: std::cell::RefCell<Vec<(&'static [&'static str], js_sys::Array)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// `fields` as a JavaScript array of names, made once.
fn name_list(fields: &'static [&'static str]) -> js_sys::Array {
    NAME_LISTS.with(|lists| {
        let mut lists = lists.borrow_mut();
        if let Some((_, names)) = lists.iter().find(|(f, _)| std::ptr::eq(*f, fields)) {
            return names.clone();
        }
        let names: js_sys::Array = fields.iter().map(|f| JsValue::from_str(f)).collect();
        lists.push((fields, names.clone()));
        names
    })
}

/// The text fields `fields` of a JavaScript object in one call across, in
/// that order (`None` absent), when every one is a string or absent and no
/// key is unknown; otherwise `None`, and [`read_fields`] with
/// [`text_field`] say what is wrong. (Field by field, the reads and text
/// conversions were a third of an API call's time.)
pub(crate) fn read_text_fields<const N: usize>(
    value: &JsValue,
    fields: &'static [&'static str],
) -> Option<[Option<String>; N]> {
    debug_assert_eq!(fields.len(), N, "read_text_fields: {N} names expected");
    if fields.len() != N {
        return None;
    }
    // A throwing getter: `read_fields` says so, naming the object.
    let packed = text_fields_of(value, &name_list(fields)).ok()??;
    // Each field "" when absent, "=" + text when given, joined by NUL.
    let mut texts: [Option<String>; N] = std::array::from_fn(|_| None);
    let mut parts = packed.split('\0');
    for text in &mut texts {
        *text = parts.next()?.strip_prefix('=').map(str::to_owned);
    }
    parts.next().is_none().then_some(texts)
}

/// The values of `fields` in a JavaScript object, in that order; a key
/// outside `fields` is an error (a misspelt option is not silently ignored).
pub(crate) fn read_fields(
    value: &JsValue,
    what: &str,
    fields: &'static [&'static str],
) -> Result<Vec<JsValue>, Error> {
    if !value.is_object() {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("expected an object, got {}", describe(value)),
        )
        .in_field(what));
    }
    let found = fields_of(value, &name_list(fields)).map_err(|thrown| {
        let why = thrown
            .dyn_ref::<js_sys::Error>()
            .map_or_else(|| describe(&thrown), |e| String::from(e.message()));
        Error::new(
            ErrorKind::InvalidArgument,
            format!("reading a field threw: {why}"),
        )
        .in_field(what)
    })?;
    if let Some(key) = found.as_string() {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "unknown field `{key}`, expected one of {}",
                fields.join(", ")
            ),
        )
        .in_field(key));
    }
    Ok(found.unchecked_into::<js_sys::Array>().iter().collect())
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
        if let Some((_, v)) = names.iter().find(|(n, _)| std::ptr::eq(*n, name)) {
            return v.clone();
        }
        let v = JsValue::from_str(name);
        names.push((name, v.clone()));
        v
    })
}

thread_local! {
    /// The last zone name handed back, as a JavaScript string.
    static ZONE_NAME: std::cell::RefCell<(String, JsValue)> =
        const { std::cell::RefCell::new((String::new(), JsValue::UNDEFINED)) };
}

/// A zone's name as a JavaScript string; the last one is kept, since
/// callers ask about one zone many times.
pub(crate) fn zone_name(name: &str) -> JsValue {
    ZONE_NAME.with(|last| {
        let mut last = last.borrow_mut();
        if last.0 != name {
            *last = (name.to_owned(), JsValue::from_str(name));
        }
        last.1.clone()
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

/// Offers `text` as a file named `name`: a download from a `blob:`
/// address (no request leaves the page), revoked once it has started.
pub(crate) fn save_file(text: &str, mime: &str, name: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoke once the download has started.
    let revoke = url.clone();
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&revoke);
    })
    .forget();
    Some(())
}
