//! The widget's one message catalogue (English and Spanish) and the
//! language-aware wording of targets, durations and levels. Pure: no
//! browser, so it is tested natively. Dates are written by `dates.rs`
//! (the browser's `Intl`).
//!
//! The words follow the policy's own text: a deadline is a *target*
//! ("Target response by …", "Hora objetivo de respuesta"), never a promise
//! or a due date; the hours a target is counted in are *support hours*
//! ("horario de soporte"), the policy's term; Spanish is Spain's, with
//! *usted*.

mod catalogue;

use crate::calendar::SupportHours;
use crate::policy::Clock;
pub use catalogue::{ALL_MESSAGES, Msg, t};

/// A language of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// `es` or anything starting with `es-` is Spanish; `en…` is English;
    /// `None` for other languages (the caller falls back).
    ///
    /// ```
    /// use support_policy::web::widget::i18n::Lang;
    /// assert_eq!(Lang::parse("es-MX"), Some(Lang::Es));
    /// assert_eq!(Lang::parse("fr"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        if tag == "es" || tag.starts_with("es-") {
            Some(Lang::Es)
        } else if tag == "en" || tag.starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The BCP 47 tag used for `Intl` and the `lang` attribute.
    ///
    /// ```
    /// use support_policy::web::widget::i18n::Lang;
    /// assert_eq!(Lang::Es.tag(), "es");
    /// ```
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}

/// A catalogue sentence with its named placeholders filled, in one pass
/// (a value that contains `{name}` stays as it is). An unknown name is
/// left as written.
///
/// ```
/// use support_policy::web::widget::i18n::fill;
/// assert_eq!(fill("in {duration}", &[("duration", "3 h")]), "in 3 h");
/// assert_eq!(fill("{a}{b}", &[("a", "{b}"), ("b", "x")]), "{b}x");
/// ```
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.split_once('}') {
            Some((name, tail)) => match values.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => {
                    out.push_str(value);
                    rest = tail;
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            },
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A sentence filled but for its `{when}`, split there: the words before
/// and after the instant (which the view makes a `<time>`).
///
/// ```
/// use support_policy::web::widget::i18n::{Lang, Msg, t, around_when};
/// let (before, after) = around_when(t(Lang::En, Msg::WithPlanAt), &[("plan", "Premium"), ("target", "1 hour")]);
/// assert_eq!((before.as_str(), after.as_str()), ("With Premium: ", " (1 hour)"));
/// ```
pub fn around_when(template: &str, values: &[(&str, &str)]) -> (String, String) {
    // Split first: a value that contains "{when}" (a host policy's plan name) stays text.
    match template.split_once("{when}") {
        Some((before, after)) => (fill(before, values), fill(after, values)),
        None => (fill(template, values), String::new()),
    }
}

/// A name or value quoted the way the language quotes: "x" or «x».
pub fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => crate::error::quote(text),
        Lang::Es => format!("«{text}»"),
    }
}

/// A problem the widget shows, kept as data so that the catalogue writes it
/// in the visitor's language (an engine message's `to_string()` is never
/// shown alone: where one is kept, it is the developers' detail).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A host option or attribute the widget cannot use; `detail` is the
    /// engine's message (field and value) for the site's developers.
    Setting {
        /// The option's name.
        field: String,
        /// The engine's message.
        detail: String,
    },
    /// A value in a shared link (`#spw:…`) that cannot be used.
    LinkValue {
        /// The link's key (`impact`, `timeZone`, …).
        key: String,
        /// The value as written.
        value: String,
    },
    /// A part of a shared link with a key the widget does not know.
    LinkKey {
        /// The key as written.
        key: String,
    },
    /// A typed filing date outside 1900..2999.
    DateOutOfRange {
        /// The date as typed.
        value: String,
    },
    /// A typed filing date that cannot be read.
    DateUnreadable {
        /// The date as typed.
        value: String,
    },
}

impl Problem {
    /// A host option's problem from the engine's `field: message` text.
    pub fn setting(detail: impl Into<String>) -> Problem {
        let detail = detail.into();
        let field = detail
            .split_once(": ")
            .map_or("options", |(f, _)| f)
            .to_owned();
        Problem::Setting { field, detail }
    }

    /// A typed filing date's problem, by the engine error's kind.
    pub fn date(err: &crate::Error, typed: &str) -> Problem {
        let value = typed.to_owned();
        match err.kind() {
            crate::ErrorKind::OutOfRange => Problem::DateOutOfRange { value },
            _ => Problem::DateUnreadable { value },
        }
    }

    /// Whether it came from a shared link (replaced when the link changes).
    pub fn from_link(&self) -> bool {
        matches!(self, Problem::LinkValue { .. } | Problem::LinkKey { .. })
    }
}

/// The problem in words, a whole sentence of the catalogue.
///
/// ```
/// use support_policy::web::widget::i18n::{Lang, Problem, problem_words};
/// let p = Problem::DateOutOfRange { value: "1800-01-01T10:00".into() };
/// assert_eq!(
///     problem_words(Lang::Es, &p),
///     "La fecha de apertura «1800-01-01T10:00» está fuera del periodo que cubre la calculadora (de 1900 a 2999)."
/// );
/// ```
pub fn problem_words(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::Setting { field, detail } => {
            let detail = detail.trim_end_matches('.');
            fill(
                t(lang, Msg::SettingProblem),
                &[
                    ("field", &quoted(lang, field)),
                    ("detail", &format!("{detail}.")),
                ],
            )
        }
        Problem::LinkValue { key, value } => {
            // English names the thing in running text; Spanish quotes the control's label.
            let label = match (lang, key.as_str()) {
                (Lang::En, "impact") => "impact".to_owned(),
                (Lang::En, "urgency") => "urgency".to_owned(),
                (Lang::En, "tier") => "support plan".to_owned(),
                (Lang::En, "timeZone") => "time zone".to_owned(),
                (Lang::En, "filedAt") => "filing date".to_owned(),
                (Lang::En, "priority") => "priority override".to_owned(),
                (Lang::Es, "impact") => format!("«{}»", t(lang, Msg::Impact)),
                (Lang::Es, "urgency") => format!("«{}»", t(lang, Msg::Urgency)),
                (Lang::Es, "tier") => format!("«{}»", t(lang, Msg::SupportPlan)),
                (Lang::Es, "timeZone") => format!("«{}»", t(lang, Msg::TimeZone)),
                (Lang::Es, "filedAt") => format!("«{}»", t(lang, Msg::FiledAt)),
                (Lang::Es, "priority") => format!("«{}»", t(lang, Msg::OverridePriority)),
                (_, other) => quoted(lang, other),
            };
            fill(
                t(lang, Msg::LinkValueProblem),
                &[("label", &label), ("value", &quoted(lang, value))],
            )
        }
        Problem::LinkKey { key } => fill(
            t(lang, Msg::LinkKeyProblem),
            &[("value", &quoted(lang, key))],
        ),
        Problem::DateOutOfRange { value } => fill(
            t(lang, Msg::DateOutOfRange),
            &[("value", &quoted(lang, value))],
        ),
        Problem::DateUnreadable { value } => fill(
            t(lang, Msg::DateUnreadable),
            &[("value", &quoted(lang, value))],
        ),
    }
}

/// Why a typed zone is not used: a zone newer than the browser's data
/// (with its stand-in), or an unknown name; `in_use` is the zone the
/// result still uses.
///
/// ```
/// use support_policy::web::widget::i18n::{Lang, zone_words};
/// assert_eq!(
///     zone_words(Lang::Es, "Mars/Olympus", "Europe/Madrid"),
///     "Zona horaria desconocida «Mars/Olympus»; el resultado sigue usando Europe/Madrid."
/// );
/// ```
pub fn zone_words(lang: Lang, typed: &str, in_use: &str) -> String {
    let typed_q = quoted(lang, typed);
    match crate::zone::recent_zone(typed) {
        Some(recent) => {
            let stand_in = quoted(lang, recent.stand_in);
            let typed_q = quoted(lang, recent.name);
            match recent.since {
                Some(year) => fill(
                    t(lang, Msg::ZoneNewer),
                    &[
                        ("typed", &typed_q),
                        ("stand_in", &stand_in),
                        ("year", &year.to_string()),
                        ("zone", in_use),
                    ],
                ),
                None => fill(
                    t(lang, Msg::ZoneRenamed),
                    &[
                        ("typed", &typed_q),
                        ("stand_in", &stand_in),
                        ("zone", in_use),
                    ],
                ),
            }
        }
        None => fill(
            t(lang, Msg::ZoneUnknown),
            &[("typed", &typed_q), ("zone", in_use)],
        ),
    }
}

/// What the one live region says after a change by the person or the host
/// (never for the clock): the new answer in one sentence. The policy's
/// name of the priority's level reads as the level's name, never as the
/// ticket's impact.
///
/// ```
/// use support_policy::web::widget::i18n::{Lang, announcement};
/// assert_eq!(
///     announcement(Lang::En, "P2", "High impact", "Monday, 16 June 2025 at 10:00 CEST"),
///     "P2, the policy's “High impact” level. Target response by Monday, 16 June 2025 at 10:00 CEST."
/// );
/// assert_eq!(
///     announcement(Lang::Es, "P2", "Impacto alto", "lunes, 16 de junio de 2025, 10:00 CEST"),
///     "P2, nivel «Impacto alto» de la política. Hora objetivo de respuesta: lunes, 16 de junio de 2025, 10:00 CEST."
/// );
/// ```
pub fn announcement(lang: Lang, priority: &str, title: &str, when: &str) -> String {
    fill(
        t(lang, Msg::Announce),
        &[("priority", priority), ("title", title), ("when", when)],
    )
}

/// The same for a plan without a response target (community help).
///
/// ```
/// use support_policy::web::widget::i18n::{Lang, announcement_no_target};
/// assert_eq!(announcement_no_target(Lang::Es, "Comunidad"), "Comunidad: sin objetivo de respuesta");
/// ```
pub fn announcement_no_target(lang: Lang, plan: &str) -> String {
    fill(t(lang, Msg::AnnounceNoTarget), &[("plan", plan)])
}

/// The priority with the policy's name of its level, as the summary and
/// the override list write it: "P2, the policy's “High impact” level".
///
/// ```
/// use support_policy::web::widget::i18n::{Lang, priority_level};
/// assert_eq!(priority_level(Lang::Es, "P2", "Impacto alto"), "P2, nivel «Impacto alto» de la política");
/// ```
pub fn priority_level(lang: Lang, priority: &str, title: &str) -> String {
    fill(
        t(lang, Msg::PriorityLevel),
        &[("priority", priority), ("title", title)],
    )
}

fn plural(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// The target in words, one style for every figure: minutes under an hour,
/// whole hours otherwise ("15 minutes", "1 hour", "24 support hours"); the
/// policy's own term, *support hours*, for a clock that runs in them.
///
/// ```
/// use support_policy::web::widget::i18n::{target_words, Lang};
/// use support_policy::Clock;
/// assert_eq!(target_words(Lang::En, 1440, Clock::Business), "24 support hours");
/// assert_eq!(target_words(Lang::En, 60, Clock::Continuous), "1 hour, counted around the clock");
/// assert_eq!(target_words(Lang::Es, 15, Clock::Continuous), "15 minutos, contando las 24 horas del día");
/// ```
pub fn target_words(lang: Lang, minutes: u32, clock: Clock) -> String {
    let amount = amount_words(lang, minutes, clock == Clock::Business);
    match (lang, clock == Clock::Business) {
        (_, true) => amount,
        (Lang::En, false) => format!("{amount}, counted around the clock"),
        (Lang::Es, false) => format!("{amount}, contando las 24 horas del día"),
    }
}

/// "3 hours", "3 support hours", "15 minutos", "3 horas de soporte".
///
/// ```
/// use support_policy::web::widget::i18n::{amount_words, Lang};
/// assert_eq!(amount_words(Lang::Es, 180, true), "3 horas de soporte");
/// assert_eq!(amount_words(Lang::En, 60, true), "1 support hour");
/// ```
pub fn amount_words(lang: Lang, minutes: u32, business: bool) -> String {
    let n = u64::from(minutes);
    let (n, hours) = if n % 60 == 0 {
        (n / 60, true)
    } else {
        (n, false)
    };
    let unit = match (lang, hours, business) {
        (Lang::En, true, true) => plural(n, "support hour", "support hours"),
        (Lang::En, true, false) => plural(n, "hour", "hours"),
        (Lang::En, false, true) => plural(n, "support minute", "support minutes"),
        (Lang::En, false, false) => plural(n, "minute", "minutes"),
        (Lang::Es, true, true) => plural(n, "hora de soporte", "horas de soporte"),
        (Lang::Es, true, false) => plural(n, "hora", "horas"),
        (Lang::Es, false, true) => plural(n, "minuto de soporte", "minutos de soporte"),
        (Lang::Es, false, false) => plural(n, "minuto", "minutos"),
    };
    format!("{n} {unit}")
}

/// A business-hours target in working days, when it is longer than one
/// open day: "about 2⅔ working days" for 24 hours of 08:00–17:00 days.
/// `None` for a continuous clock or a target within one day.
///
/// ```
/// use support_policy::web::widget::i18n::{working_days_words, Lang};
/// use support_policy::Policy;
/// use support_policy::Plan;
/// let policy = Policy::zmanda();
/// let hours = &policy.sla(Plan::Standard).unwrap().hours;
/// assert_eq!(working_days_words(Lang::En, 1440, hours).as_deref(), Some("about 2⅔ working days"));
/// assert_eq!(working_days_words(Lang::Es, 1440, hours).as_deref(), Some("unos 2⅔ días laborables"));
/// assert_eq!(working_days_words(Lang::En, 480, hours), None);
/// ```
pub fn working_days_words(lang: Lang, minutes: u32, hours: &SupportHours) -> Option<String> {
    if hours.is_continuous() {
        return None;
    }
    let (mut open, mut days) = (0u64, 0u64);
    for day in 0..7 {
        let day_minutes: u64 = hours
            .windows(day)
            .iter()
            .map(|w| u64::from(w.close() - w.open()) / 60)
            .sum();
        if day_minutes > 0 {
            open += day_minutes;
            days += 1;
        }
    }
    // Thirds and quarters of the average open day, to the nearest twelfth.
    let twelfths = (u64::from(minutes) * days * 12 + open / 2).checked_div(open)?;
    if twelfths <= 12 {
        return None;
    }
    let (whole, part) = (twelfths / 12, twelfths % 12);
    let fraction = match part {
        0 => "",
        1 | 2 => "",
        3 => "¼",
        4 => "⅓",
        5..=7 => "½",
        8 => "⅔",
        9 => "¾",
        _ => "",
    };
    let whole = if part >= 10 { whole + 1 } else { whole };
    let exact = u64::from(minutes) * days % open == 0 && part == 0;
    let about = match (lang, exact) {
        (_, true) => "",
        (Lang::En, false) => "about ",
        (Lang::Es, false) => "unos ",
    };
    Some(format!(
        "{about}{whole}{fraction} {}",
        t(lang, Msg::WorkingDays)
    ))
}

/// The one closing time shared by every open window, `HH:MM` (`None` when
/// the windows close at different times, or the clock is continuous).
///
/// ```
/// use support_policy::web::widget::i18n::closing_time;
/// use support_policy::{Policy, Plan};
/// let policy = Policy::zmanda();
/// let hours = &policy.sla(Plan::Standard).unwrap().hours;
/// assert_eq!(closing_time(hours).as_deref(), Some("17:00"));
/// ```
pub fn closing_time(hours: &SupportHours) -> Option<String> {
    let mut closes = (0..7).flat_map(|d| hours.windows(d).iter().map(|w| w.close() / 60));
    let first = closes.next()?;
    if closes.any(|c| c != first) || first >= 24 * 60 {
        return None;
    }
    Some(format!("{:02}:{:02}", first / 60, first % 60))
}

/// The one opening time shared by every open window, `HH:MM` (`None` when
/// the windows open at different times, or the clock is continuous).
///
/// ```
/// use support_policy::web::widget::i18n::opening_time;
/// use support_policy::{Policy, Plan};
/// let policy = Policy::zmanda();
/// assert_eq!(opening_time(&policy.sla(Plan::Standard).unwrap().hours).as_deref(), Some("08:00"));
/// assert_eq!(opening_time(&policy.sla(Plan::Premium).unwrap().hours), None);
/// ```
pub fn opening_time(hours: &SupportHours) -> Option<String> {
    if hours.is_continuous() {
        return None;
    }
    let mut opens = (0..7).flat_map(|d| hours.windows(d).iter().map(|w| w.open() / 60));
    let first = opens.next()?;
    if opens.any(|o| o != first) {
        return None;
    }
    Some(format!("{:02}:{:02}", first / 60, first % 60))
}

/// The calculator's rule for a ticket filed exactly at closing time, in
/// one sentence that says it is the calculator's, not the policy's.
///
/// ```
/// use support_policy::web::widget::i18n::{at_closing_words, Lang};
/// assert!(at_closing_words(Lang::En, "17:00").starts_with("The policy does not say whether 17:00 itself is within support hours; this calculator treats"));
/// assert!(at_closing_words(Lang::Es, "17:00").contains("esta calculadora considera fuera del horario de soporte un ticket abierto exactamente a las 17:00"));
/// ```
pub fn at_closing_words(lang: Lang, close: &str) -> String {
    fill(t(lang, Msg::AtClosing), &[("time", close)])
}

/// When a ticket filed outside support hours starts counting, with the
/// opening time when every window opens at the same time.
///
/// ```
/// use support_policy::web::widget::i18n::{outside_hours_words, Lang};
/// assert!(outside_hours_words(Lang::En, Some("08:00")).contains("at 08:00 the same day if filed before 08:00"));
/// assert_eq!(outside_hours_words(Lang::En, None), "For a ticket filed outside support hours, counting starts at the next opening.");
/// ```
pub fn outside_hours_words(lang: Lang, open: Option<&str>) -> String {
    match open {
        Some(time) => fill(t(lang, Msg::OutsideHoursStartAt), &[("time", time)]),
        None => t(lang, Msg::OutsideHoursStart).to_owned(),
    }
}

/// The rules a target counted in support hours follows, in the widget's
/// notes and on the policy pages alike (one source): when a ticket filed
/// outside them starts counting, the calculator's closing-minute rule, and
/// its holidays rule when the calendar lists none.
///
/// ```
/// use support_policy::web::widget::i18n::{hours_rules, Lang};
/// use support_policy::{Policy, Plan};
/// let policy = Policy::zmanda();
/// let rules = hours_rules(Lang::En, &policy.sla(Plan::Standard).unwrap().hours);
/// assert_eq!(rules.len(), 3);
/// assert!(rules[2].starts_with("The policy does not mention public holidays"));
/// ```
pub fn hours_rules(lang: Lang, hours: &SupportHours) -> Vec<String> {
    let mut rules = vec![outside_hours_words(lang, opening_time(hours).as_deref())];
    rules.extend(closing_time(hours).map(|close| at_closing_words(lang, &close)));
    if hours.closures().next().is_none() {
        rules.push(t(lang, Msg::NoHolidays).to_owned());
    }
    rules
}

/// A span of seconds in words, to the minute (rounded up), each figure
/// held to its unit by a no-break space: "2 days 3 h 5 min". From one day
/// on, minutes are left out ("528 days 17 h").
///
/// ```
/// use support_policy::web::widget::i18n::{duration_words, Lang};
/// assert_eq!(duration_words(Lang::En, 3 * 3600 + 4 * 60 + 1), "3\u{a0}h 5\u{a0}min");
/// assert_eq!(duration_words(Lang::En, 2 * 86_400 + 3 * 3600 + 4 * 60 + 1), "2\u{a0}days 3\u{a0}h");
/// assert_eq!(duration_words(Lang::Es, 86_400), "1\u{a0}día");
/// assert_eq!(duration_words(Lang::En, 0), "0\u{a0}min");
/// ```
pub fn duration_words(lang: Lang, seconds: i64) -> String {
    let minutes = (seconds.max(0) + 59) / 60;
    let (d, h, m) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(format!("{d}\u{a0}{}", day_unit(lang, d.unsigned_abs())));
    }
    if h > 0 {
        parts.push(format!("{h}\u{a0}h"));
    }
    if (m > 0 && d == 0) || parts.is_empty() {
        parts.push(format!("{m}\u{a0}min"));
    }
    parts.join(" ")
}

fn day_unit(lang: Lang, n: u64) -> &'static str {
    match lang {
        Lang::En => plural(n, "day", "days"),
        Lang::Es => plural(n, "día", "días"),
    }
}

/// A counted span exactly, to the second, in hours, minutes and seconds:
/// "9 h", "59 min 30 s", "1 h 0 min 1 s" is written "1 h 1 s".
///
/// ```
/// use support_policy::web::widget::i18n::exact_duration_words;
/// assert_eq!(exact_duration_words(3570), "59\u{a0}min 30\u{a0}s");
/// assert_eq!(exact_duration_words(9 * 3600), "9\u{a0}h");
/// assert_eq!(exact_duration_words(3601), "1\u{a0}h 1\u{a0}s");
/// ```
pub fn exact_duration_words(seconds: i64) -> String {
    let s = seconds.max(0);
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{h}\u{a0}h"));
    }
    if m > 0 {
        parts.push(format!("{m}\u{a0}min"));
    }
    if sec > 0 || parts.is_empty() {
        parts.push(format!("{sec}\u{a0}s"));
    }
    parts.join(" ")
}

/// How far away `deadline` is from `now`, in calendar time: "2 h 5 min
/// from now", "the target response time passed 3 min ago".
///
/// ```
/// use support_policy::web::widget::i18n::{until_words, Lang};
/// assert_eq!(until_words(Lang::En, 0, 7500), "2\u{a0}h 5\u{a0}min from now");
/// assert_eq!(until_words(Lang::En, 180, 0), "the target response time passed 3\u{a0}min ago");
/// assert_eq!(until_words(Lang::Es, 180, 0), "la hora objetivo pasó hace 3\u{a0}min");
/// ```
pub fn until_words(lang: Lang, now: i64, deadline: i64) -> String {
    if deadline >= now {
        fill(
            t(lang, Msg::DueIn),
            &[("duration", &duration_words(lang, deadline - now))],
        )
    } else {
        fill(
            t(lang, Msg::PastTarget),
            &[("duration", &duration_words(lang, now - deadline))],
        )
    }
}

/// Which of the two levels a phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelKind {
    /// Impact.
    Impact,
    /// Urgency.
    Urgency,
}

/// A level with its kind, in each language's order: "High impact",
/// "Impacto alto", "Urgencia media".
///
/// ```
/// use support_policy::web::widget::i18n::{level_phrase, Lang, LevelKind};
/// assert_eq!(level_phrase(Lang::En, LevelKind::Impact, "High"), "High impact");
/// assert_eq!(level_phrase(Lang::Es, LevelKind::Urgency, "Media"), "Urgencia media");
/// ```
pub fn level_phrase(lang: Lang, kind: LevelKind, name: &str) -> String {
    let noun = match kind {
        LevelKind::Impact => t(lang, Msg::Impact),
        LevelKind::Urgency => t(lang, Msg::Urgency),
    };
    match lang {
        Lang::En => format!("{name} {}", noun.to_ascii_lowercase()),
        Lang::Es => format!("{noun} {}", name.to_ascii_lowercase()),
    }
}

#[cfg(test)]
mod tests;
