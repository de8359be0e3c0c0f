//! The one JavaScript boundary of the API and the widget: plain objects
//! read into serde structs and written from them with serde-wasm-bindgen
//! (unknown keys are errors, and an error names the field and the value),
//! errors as JavaScript `Error`s, and the browser's clock.

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
    /// The first own key of `value` outside `names`, if any (one call
    /// across); an error when reading a field throws (a getter, a proxy).
    #[wasm_bindgen(catch, js_name = unknownKey)]
    fn unknown_key(value: &JsValue, names: &js_sys::Set) -> Result<Option<String>, JsValue>;

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

/// The field names serde's derive gives struct `T` (its `deserialize_struct`
/// call's list), for the unknown-key check: serde-wasm-bindgen reads a
/// struct's fields by name and never sees the keys it lacks.
pub(crate) fn field_names<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{Deserializer, Visitor};
    /// The only outcome of asking (no message: nothing is allocated, this
    /// runs on every request).
    #[derive(Debug)]
    struct Done;
    impl std::fmt::Display for Done {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("field names taken")
        }
    }
    impl std::error::Error for Done {}
    impl serde::de::Error for Done {
        fn custom<M: std::fmt::Display>(_: M) -> Done {
            Done
        }
    }
    struct Names<'a>(&'a mut &'static [&'static str]);
    impl<'de> Deserializer<'de> for Names<'_> {
        type Error = Done;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Done> {
            Err(Done)
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Done> {
            *self.0 = fields;
            Err(Done)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    let mut names: &'static [&'static str] = &[];
    let _ = T::deserialize(Names(&mut names));
    names
}

thread_local! {
    /// Each struct's field names as a JavaScript `Set`, made once.
    static NAMES: std::cell::RefCell<Vec<(&'static [&'static str], js_sys::Set)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// `fields` as a JavaScript `Set` of names, made once per struct.
fn names_of(fields: &'static [&'static str]) -> js_sys::Set {
    NAMES.with(|lists| {
        let mut lists = lists.borrow_mut();
        if let Some((_, names)) = lists.iter().find(|(f, _)| std::ptr::eq(*f, fields)) {
            return names.clone();
        }
        let names = js_sys::Set::new(&JsValue::UNDEFINED);
        for field in fields {
            names.add(&JsValue::from_str(field));
        }
        lists.push((fields, names.clone()));
        names
    })
}

/// Reads struct `T` from a plain JavaScript object with serde-wasm-bindgen.
/// `what` names the object in errors: not an object is `what: expected an
/// object, got …`; a key `T` lacks is `key: unknown field `key`, expected
/// one of …`. `T`'s fields are text (`Option<String>`, absent, `undefined`
/// and `null` being `None`) or taken as given (serde-wasm-bindgen's
/// `preserve`, checked by their own readers), so the one value serde refuses
/// is text that is not: that field, the first in `T`'s order as serde reads
/// them, is named with its value (`urgency: expected a string, got 5`).
/// serde's own wording names neither (and, as published, brought core's
/// float formatter into the bundle: 16 KB raw, 8.6 KB brotli;
/// vendor/README.md).
pub(crate) fn from_js<T: serde::de::DeserializeOwned>(
    value: &JsValue,
    what: &str,
) -> Result<T, Error> {
    let invalid =
        |text: String, field: &str| Error::new(ErrorKind::InvalidArgument, text).in_field(field);
    if !value.is_object() {
        return Err(invalid(
            format!("expected an object, got {}", describe(value)),
            what,
        ));
    }
    let fields = field_names::<T>();
    let unknown = unknown_key(value, &names_of(fields)).map_err(|thrown| {
        let why = thrown
            .dyn_ref::<js_sys::Error>()
            .map_or_else(|| describe(&thrown), |e| String::from(e.message()));
        invalid(format!("reading a field threw: {why}"), what)
    })?;
    if let Some(key) = unknown {
        return Err(invalid(
            format!(
                "unknown field `{key}`, expected one of {}",
                fields.join(", ")
            ),
            &key,
        ));
    }
    serde_wasm_bindgen::from_value(value.clone()).map_err(|refused| {
        // The first field whose value is neither absent nor text (every
        // field was read once above without throwing). This holds only while
        // every field of a struct read here is text or taken as given: a
        // field of another type refused by serde would be blamed on the first
        // non-text field before it.
        let not_text = fields.iter().find_map(|field| {
            let given = js_sys::Reflect::get(value, &JsValue::from_str(field)).ok()?;
            text_field(&given, field).err()
        });
        // Else (a getter that answers differently the second time) serde's
        // own words, without the "Error: " of its JavaScript error.
        not_text.unwrap_or_else(|| {
            let refused = JsValue::from(refused);
            let why = refused
                .dyn_ref::<js_sys::Error>()
                .map_or_else(|| describe(&refused), |e| String::from(e.message()));
            invalid(why, what)
        })
    })
}

/// Writes `value` as a plain JavaScript object with serde-wasm-bindgen:
/// `None` is `null` (the contract's nulls); structs are plain objects,
/// their keys in the struct's order.
pub(crate) fn to_js<T: serde::Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
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
