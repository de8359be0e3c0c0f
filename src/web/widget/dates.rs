//! Instants and zones written for people, by the browser's `Intl`: the
//! reader's date style, "today 17:00", a zone's readable name.

use super::cities::{Cities, find_city};
use super::i18n::{Lang, Msg, t};
use super::reading::{DateStyle, Dates};
use crate::time::Timestamp;
use crate::web::intl_zone::{Fields, IntlZone, formatter};
use crate::zone::TimeZone;

thread_local! {
    /// The reader's browser language (`navigator.language`), asked once.
    static BROWSER_LOCALE: Option<String> = web_sys::window().and_then(|w| w.navigator().language());
}

/// The locale dates are written in: the browser's own when it is of the
/// widget's language (so an en-US reader sees US dates), else the
/// language file's own (`Locale`: en-GB, es-ES, pt-BR …).
pub fn locale(lang: Lang) -> String {
    BROWSER_LOCALE
        .with(|l| l.clone())
        .filter(|l| Lang::parse(l) == Some(lang))
        .unwrap_or_else(|| t(lang, Msg::Locale).to_owned())
}

/// The `Intl.DateTimeFormat` fields of each style (on a 24-hour clock in
/// every locale, `formatter`'s `hourCycle: "h23"`: "08:00" and "16:15", as
/// the policy writes its hours).
fn fields(style: DateStyle) -> Fields {
    match style {
        DateStyle::Long => &[
            ("weekday", "long"),
            ("year", "numeric"),
            ("month", "long"),
            ("day", "numeric"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
            ("timeZoneName", "short"),
        ],
        DateStyle::Short => &[
            ("weekday", "short"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
        ],
        DateStyle::Time => &[("hour", "2-digit"), ("minute", "2-digit")],
        DateStyle::Day => &[("weekday", "long"), ("month", "long"), ("day", "numeric")],
        DateStyle::DayTime => &[
            ("weekday", "long"),
            ("month", "long"),
            ("day", "numeric"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
        ],
    }
}

/// `instant` shown in `zone` for people reading `locale`, rounded up to the
/// minute (a display never shows a deadline earlier than the real one).
fn format_instant(locale: &str, zone: &str, style: DateStyle, unix_seconds: i64) -> String {
    let minute = (unix_seconds + 59).div_euclid(60) * 60;
    match formatter(locale, zone, fields(style)) {
        Ok(f) => f.format(minute as f64 * 1000.0),
        Err(_) => Timestamp::from_seconds(minute)
            .map(|t| t.to_rfc3339())
            .unwrap_or_default(),
    }
}

/// An instant in `zone`, written for readers of `lang`, rounded up to the minute.
pub fn when(lang: Lang, zone: &str, style: DateStyle, unix_seconds: i64) -> String {
    format_instant(&locale(lang), zone, style, unix_seconds)
}

/// Instants written by the browser's `Intl` (what `reading.rs` asks for).
pub struct IntlDates;

impl Dates for IntlDates {
    fn write(&self, lang: Lang, zone: &str, style: DateStyle, unix_seconds: i64) -> String {
        when(lang, zone, style, unix_seconds)
    }
}

/// A zone as people read it: its city and its UTC offset now,
/// "Madrid · UTC+02:00", "UTC".
pub fn zone_label(zone: &IntlZone, now: Timestamp, cities: Option<&Cities>) -> String {
    let name = zone.name();
    let offset = zone.offset_at(now.as_seconds());
    let sign = if offset < 0 { '−' } else { '+' };
    let minutes = offset.unsigned_abs() / 60;
    let utc = format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60);
    if name.eq_ignore_ascii_case("UTC") || name.eq_ignore_ascii_case("Etc/UTC") {
        return "UTC".to_owned();
    }
    let city = cities
        .and_then(|c| {
            c.name_of(name)
                .or_else(|| former_name(name).and_then(|old| c.name_of(old)))
        })
        .map_or_else(
            || name.rsplit('/').next().unwrap_or(name).replace('_', " "),
            str::to_owned,
        );
    format!("{city} · {utc}")
}

/// Legacy zone names and their current ones (the IANA `backward` links a
/// browser may still report as its own zone).
const RENAMED: &[(&str, &str)] = &[
    ("Asia/Calcutta", "Asia/Kolkata"),
    ("Asia/Saigon", "Asia/Ho_Chi_Minh"),
    ("Asia/Katmandu", "Asia/Kathmandu"),
    ("Asia/Rangoon", "Asia/Yangon"),
    ("Asia/Dacca", "Asia/Dhaka"),
    ("Asia/Thimbu", "Asia/Thimphu"),
    ("Asia/Ulan_Bator", "Asia/Ulaanbaatar"),
    ("Asia/Macao", "Asia/Macau"),
    ("Asia/Ujung_Pandang", "Asia/Makassar"),
    ("Asia/Chongqing", "Asia/Shanghai"),
    ("Europe/Kiev", "Europe/Kyiv"),
    ("Europe/Uzhgorod", "Europe/Kyiv"),
    ("Europe/Zaporozhye", "Europe/Kyiv"),
    ("Atlantic/Faeroe", "Atlantic/Faroe"),
    ("America/Godthab", "America/Nuuk"),
    ("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ("America/Catamarca", "America/Argentina/Catamarca"),
    ("America/Cordoba", "America/Argentina/Cordoba"),
    ("America/Jujuy", "America/Argentina/Jujuy"),
    ("America/Mendoza", "America/Argentina/Mendoza"),
    ("America/Indianapolis", "America/Indiana/Indianapolis"),
    ("America/Louisville", "America/Kentucky/Louisville"),
    ("Pacific/Truk", "Pacific/Chuuk"),
    ("Pacific/Ponape", "Pacific/Pohnpei"),
    ("Pacific/Enderbury", "Pacific/Kanton"),
    ("Africa/Asmera", "Africa/Asmara"),
];

/// The former name of a renamed zone (CLDR keys its names by the former).
pub fn former_name(zone: &str) -> Option<&'static str> {
    RENAMED
        .iter()
        .find(|(_, new)| *new == zone)
        .map(|(old, _)| *old)
}

/// The zone's current name where it was renamed and the browser knows the
/// new one (`Asia/Calcutta` → `Asia/Kolkata`); else the zone as it is.
pub fn current_zone(zone: IntlZone) -> IntlZone {
    RENAMED
        .iter()
        .find(|(old, _)| old.eq_ignore_ascii_case(zone.name()))
        .and_then(|(_, new)| IntlZone::for_name(new).ok())
        .unwrap_or(zone)
}

/// Finds the zone a person typed: an IANA name in any case, a name the
/// browser accepts though it does not list it (an alias such as
/// `Asia/Calcutta`), or a city, in the visitor's language (`cities`) or
/// as the IANA name writes it, with or without accents; the zone comes in
/// its current name.
pub fn find_zone(text: &str, names: &[String], cities: Option<&Cities>) -> Option<IntlZone> {
    let wanted = text.trim();
    if wanted.is_empty() || wanted.len() > 64 {
        return None;
    }
    let listed = names.iter().find(|n| n.eq_ignore_ascii_case(wanted));
    let name = match listed {
        Some(name) => Some(name.as_str()),
        None if wanted.contains('/') || wanted.eq_ignore_ascii_case("utc") => Some(wanted),
        None => find_city(wanted, names, cities),
    }?;
    IntlZone::for_name(name).ok().map(current_zone)
}
