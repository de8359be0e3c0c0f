//! Time-zone rules from the browser's `Intl.DateTimeFormat`, so the bundle
//! carries no time-zone database.

use crate::error::Error;
use crate::zone::{unknown_zone, TimeZone};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat`.
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;

    /// `new Intl.DateTimeFormat(locale, options)`; throws a RangeError for an unknown zone.
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locale: &str, options: &js_sys::Object) -> Result<DateTimeFormat, JsValue>;

    /// `format(epochMilliseconds)`.
    #[wasm_bindgen(method)]
    fn format(this: &DateTimeFormat, epoch_millis: f64) -> String;

    /// `Intl.supportedValuesOf(key)` (missing in old browsers, hence catch).
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = supportedValuesOf)]
    fn supported_values_of(key: &str) -> Result<js_sys::Array, JsValue>;
}

thread_local! {
    /// One formatter per zone name, made on first use.
    static FORMATTERS: RefCell<HashMap<String, Rc<DateTimeFormat>>> = RefCell::new(HashMap::new());
}

fn formatter(name: &str) -> Result<Rc<DateTimeFormat>, Error> {
    if let Some(f) = FORMATTERS.with(|cache| cache.borrow().get(name).cloned()) {
        return Ok(f);
    }
    if name.is_empty() || name.len() > 64 {
        return Err(unknown_zone(name));
    }
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| js_sys::Reflect::set(&options, &key.into(), &value.into());
    let written = [
        set("timeZone", name),
        set("hourCycle", "h23"),
        set("year", "numeric"),
        set("month", "2-digit"),
        set("day", "2-digit"),
        set("hour", "2-digit"),
        set("minute", "2-digit"),
        set("second", "2-digit"),
    ];
    if written.iter().any(Result::is_err) {
        return Err(unknown_zone(name));
    }
    let f = Rc::new(DateTimeFormat::new("en-US", &options).map_err(|_| unknown_zone(name))?);
    FORMATTERS.with(|cache| cache.borrow_mut().insert(name.to_owned(), f.clone()));
    Ok(f)
}

/// A zone whose rules come from the browser's `Intl` (the wasm build's
/// [`TimeZone`]).
#[derive(Clone)]
pub struct IntlZone {
    name: String,
    format: Rc<DateTimeFormat>,
}

impl std::fmt::Debug for IntlZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IntlZone")
            .field("name", &self.name)
            .finish()
    }
}

impl PartialEq for IntlZone {
    fn eq(&self, other: &IntlZone) -> bool {
        self.name == other.name
    }
}

impl TimeZone for IntlZone {
    fn for_name(name: &str) -> Result<IntlZone, Error> {
        Ok(IntlZone {
            name: name.to_owned(),
            format: formatter(name)?,
        })
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn offset_at(&self, unix_seconds: i64) -> i32 {
        // "MM/DD/YYYY, HH:MM:SS" in the zone; read the six numbers.
        let text = self.format.format(unix_seconds as f64 * 1000.0);
        let mut numbers = [0i64; 6];
        let mut count = 0;
        let mut current: Option<i64> = None;
        for b in text.bytes().chain(std::iter::once(b' ')) {
            if b.is_ascii_digit() {
                current = Some(current.unwrap_or(0) * 10 + i64::from(b - b'0'));
            } else if let Some(n) = current.take() {
                if count < numbers.len() {
                    numbers[count] = n;
                }
                count += 1;
            }
        }
        if count != 6 {
            return 0;
        }
        let [month, day, year, hour, minute, second] = numbers;
        let days = crate::time::civil::days_from_civil(year as i32, month as u8, day as u8);
        let wall = days * 86_400 + (hour % 24) * 3600 + minute * 60 + second;
        (wall - unix_seconds) as i32
    }
}

/// Every zone name the browser supports, plus `UTC`, sorted.
pub fn zone_names() -> Vec<String> {
    let mut names: Vec<String> = supported_values_of("timeZone")
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    if !names.iter().any(|n| n == "UTC") {
        names.push("UTC".to_owned());
    }
    names.sort();
    names
}
