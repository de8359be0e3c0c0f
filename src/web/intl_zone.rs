//! Time-zone rules from the browser's `Intl.DateTimeFormat`, so the bundle
//! carries no time-zone database.

use crate::error::Error;
use crate::zone::{TimeZone, unknown_zone};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

// Own bindings, kept on purpose: js-sys's `Intl::DateTimeFormat` exposes
// `format` as the getter that returns a bound function, so each of the many
// offset look-ups would go through an extra `Function.prototype.call`; this
// binding calls the method directly. `supportedValuesOf` is bound with
// `catch` because older browsers lack it.
#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat`.
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    pub type DateTimeFormat;

    /// `new Intl.DateTimeFormat(locale, options)`; throws a RangeError for an unknown zone.
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locale: &str, options: &js_sys::Object) -> Result<DateTimeFormat, JsValue>;

    /// `format(epochMilliseconds)`.
    #[wasm_bindgen(method)]
    pub fn format(this: &DateTimeFormat, epoch_millis: f64) -> String;

    /// `resolvedOptions()`.
    #[wasm_bindgen(method, js_name = resolvedOptions)]
    fn resolved_options(this: &DateTimeFormat) -> js_sys::Object;

    /// `Intl.supportedValuesOf(key)` (missing in old browsers, hence catch).
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = supportedValuesOf)]
    fn supported_values_of(key: &str) -> Result<js_sys::Array, JsValue>;
}

/// The fields a formatter shows, as `Intl.DateTimeFormat` options.
pub type Fields = &'static [(&'static str, &'static str)];

/// `MM/DD/YYYY, HH:MM:SS` in en-US: what offset look-ups read.
const NUMERIC: Fields = &[
    ("year", "numeric"),
    ("month", "2-digit"),
    ("day", "2-digit"),
    ("hour", "2-digit"),
    ("minute", "2-digit"),
    ("second", "2-digit"),
];

/// A formatter's locale, zone and fields.
type FormatterKey = (String, String, Fields);

thread_local! {
    /// Formatters by (locale, zone, fields), made on first use.
    /// (A short list: a page shows a handful of zones and two languages.)
    static FORMATTERS: RefCell<Vec<(FormatterKey, Rc<DateTimeFormat>)>> = const { RefCell::new(Vec::new()) };
}

/// A cached `Intl.DateTimeFormat` for `locale`, `zone` and `fields` (24-hour
/// clock). The zone's offsets and the widget's dates (`widget/dates.rs`,
/// which owns the people-facing styles) both come through here.
pub fn formatter(locale: &str, zone: &str, fields: Fields) -> Result<Rc<DateTimeFormat>, Error> {
    // Looked up without allocating: this runs on every zone look-up.
    if let Some(f) = FORMATTERS.with(|cache| {
        cache
            .borrow()
            .iter()
            .find(|((l, z, s), _)| std::ptr::eq(*s, fields) && z == zone && l == locale)
            .map(|(_, f)| f.clone())
    }) {
        return Ok(f);
    }
    if zone.is_empty() || zone.len() > 64 {
        return Err(unknown_zone(zone));
    }
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| js_sys::Reflect::set(&options, &k.into(), &v.into()).is_ok();
    let written =
        set("timeZone", zone) && set("hourCycle", "h23") && fields.iter().all(|(k, v)| set(k, v));
    if !written {
        return Err(unknown_zone(zone));
    }
    let f = Rc::new(DateTimeFormat::new(locale, &options).map_err(|_| unknown_zone(zone))?);
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .push(((locale.to_owned(), zone.to_owned(), fields), f.clone()))
    });
    Ok(f)
}

thread_local! {
    /// The browser's zone, asked once (making a formatter is slow).
    static BROWSER_ZONE: String = DateTimeFormat::new("en-US", &js_sys::Object::new())
        .ok()
        .and_then(|f| js_sys::Reflect::get(&f.resolved_options(), &"timeZone".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "UTC".to_owned());
}

/// The browser's own time zone (`UTC` if it does not say).
pub fn browser_zone() -> String {
    BROWSER_ZONE.with(String::clone)
}

/// No two offset changes of one zone are this close (the native test
/// `offset_changes_are_further_apart_than_the_probe_step` checks every zone
/// from 1900 to 2100: more than twice the probe step apart). So two samples
/// at most this far apart with the same offset prove it constant between.
const SAME_OFFSET_SPAN: i64 = 2 * crate::zone::PROBE_STEP;

/// At most this many samples are kept per zone (then the cache starts over).
const MAX_SAMPLES: usize = 1024;

/// Offsets already read from Intl for one zone: `(instant, offset)`, sorted.
#[derive(Default)]
struct OffsetSamples(Vec<(i64, i32)>);

impl OffsetSamples {
    /// The offset at `t` when the samples settle it: a sample at `t`, or
    /// equal offsets on both sides of `t` within [`SAME_OFFSET_SPAN`].
    fn get(&self, t: i64) -> Option<i32> {
        let at = self.0.partition_point(|&(s, _)| s < t);
        let after = self.0.get(at)?;
        if after.0 == t {
            return Some(after.1);
        }
        let before = self.0.get(at.checked_sub(1)?)?;
        (before.1 == after.1 && after.0 - before.0 <= SAME_OFFSET_SPAN).then_some(after.1)
    }

    fn insert(&mut self, t: i64, offset: i32) {
        if self.0.len() >= MAX_SAMPLES {
            self.0.clear();
        }
        let at = self.0.partition_point(|&(s, _)| s < t);
        if self.0.get(at).is_none_or(|&(s, _)| s != t) {
            self.0.insert(at, (t, offset));
        }
    }
}

thread_local! {
    /// Each zone's samples, shared by every `IntlZone` of that name.
    static SAMPLES: RefCell<Vec<(String, Rc<RefCell<OffsetSamples>>)>> = const { RefCell::new(Vec::new()) };
}

fn samples_for(name: &str) -> Rc<RefCell<OffsetSamples>> {
    SAMPLES.with(|all| {
        let mut all = all.borrow_mut();
        if let Some((_, s)) = all.iter().find(|(n, _)| n == name) {
            return s.clone();
        }
        let s = Rc::new(RefCell::new(OffsetSamples::default()));
        all.push((name.to_owned(), s.clone()));
        s
    })
}

/// A zone whose rules come from the browser's `Intl` (the wasm build's
/// [`TimeZone`]). Offsets read from Intl are kept per zone, so a look-up
/// between two samples of the same offset less than six days apart asks
/// Intl nothing (most of a deadline walk's look-ups).
#[derive(Clone)]
pub struct IntlZone {
    name: String,
    /// `None` only for the UTC stand-in of a browser without Intl zones.
    format: Option<Rc<DateTimeFormat>>,
    samples: Rc<RefCell<OffsetSamples>>,
}

impl IntlZone {
    /// UTC without asking Intl, for a browser whose Intl knows no zones.
    pub fn utc_without_intl() -> IntlZone {
        IntlZone {
            name: "UTC".to_owned(),
            format: None,
            samples: Rc::default(),
        }
    }

    /// The offset at `unix_seconds` read from Intl itself, bypassing the
    /// samples (what the cache is tested against).
    pub fn offset_at_uncached(&self, unix_seconds: i64) -> i32 {
        // "MM/DD/YYYY, HH:MM:SS" in the zone; read the six numbers.
        let Some(format) = &self.format else { return 0 };
        let text = format.format(unix_seconds as f64 * 1000.0);
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

    /// Forgets every zone's samples (tests start from a cold cache).
    pub fn clear_offset_cache() {
        SAMPLES.with(|all| {
            for (_, s) in all.borrow().iter() {
                s.borrow_mut().0.clear();
            }
        });
    }
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
        // A real zone newer than this browser's data gets its own message.
        let format = formatter("en-US", name, NUMERIC).map_err(|_| crate::zone::not_found(name))?;
        Ok(IntlZone {
            format: Some(format),
            samples: samples_for(name),
            name: name.to_owned(),
        })
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn offset_at(&self, unix_seconds: i64) -> i32 {
        if let Some(offset) = self.samples.borrow().get(unix_seconds) {
            return offset;
        }
        let offset = self.offset_at_uncached(unix_seconds);
        self.samples.borrow_mut().insert(unix_seconds, offset);
        offset
    }
}

/// The browser's zone names, asked for on first use (not at start-up).
#[derive(Clone, Default)]
pub struct ZoneNames(Rc<std::cell::OnceCell<Vec<String>>>);

impl ZoneNames {
    /// The names (asking the browser the first time).
    pub fn get(&self) -> &[String] {
        self.0.get_or_init(zone_names)
    }
}

impl PartialEq for ZoneNames {
    fn eq(&self, other: &ZoneNames) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for ZoneNames {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ZoneNames")
    }
}

/// Every zone name the browser supports, plus `UTC`, sorted.
pub fn zone_names() -> Vec<String> {
    let mut names: Vec<String> = supported_values_of("timeZone")
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    // The list comes sorted; UTC goes in its place.
    if let Err(at) = names.binary_search_by(|n| n.as_str().cmp("UTC")) {
        names.insert(at, "UTC".to_owned());
    }
    names
}
