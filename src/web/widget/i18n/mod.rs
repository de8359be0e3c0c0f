//! The widget's languages: their texts (one ICU MessageFormat file per
//! language, `messages/LANG.json`; English built in, the others added when
//! fetched), the message formatter with CLDR plurals, and the
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
use crate::error::{Error, ErrorKind};
use crate::policy::{Clock, LANGUAGES, Policy, Text, read_messages};
pub use catalogue::{ALL_MESSAGES, Msg};
use std::cell::RefCell;
use std::rc::Rc;

/// A language of the widget: one of the seven the vendor publishes its
/// policy page in ([`LANGUAGES`]), or one a host added with
/// [`add_language`]. Its texts may not be loaded yet: every text it lacks
/// reads in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang(u8);

#[allow(non_upper_case_globals, missing_docs)]
impl Lang {
    pub const En: Lang = Lang(0);
    pub const Es: Lang = Lang(1);
    pub const It: Lang = Lang(2);
    pub const Fr: Lang = Lang(3);
    pub const Pt: Lang = Lang(4);
    pub const Nl: Lang = Lang(5);
    pub const Pl: Lang = Lang(6);
}

impl Lang {
    /// The language of a BCP 47 tag, by its primary subtag (`es-MX` is
    /// Spanish); `None` for a language the widget does not know (the
    /// caller falls back).
    ///
    /// ```
    /// use support_policy::web::widget::i18n::Lang;
    /// assert_eq!(Lang::parse("es-MX"), Some(Lang::Es));
    /// assert_eq!(Lang::parse("pt-BR"), Some(Lang::Pt));
    /// assert_eq!(Lang::parse("de"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        REGISTRY.with(|r| {
            r.borrow()
                .tags
                .iter()
                .position(|t| t.eq_ignore_ascii_case(primary))
                .and_then(|i| u8::try_from(i).ok())
                .map(Lang)
        })
    }

    /// The language's tag (`en`, `es` …), for `Intl` and the `lang`
    /// attribute.
    ///
    /// ```
    /// use support_policy::web::widget::i18n::Lang;
    /// assert_eq!(Lang::Pl.tag(), "pl");
    /// ```
    pub fn tag(self) -> &'static str {
        REGISTRY.with(|r| {
            r.borrow()
                .tags
                .get(usize::from(self.0))
                .copied()
                .unwrap_or("en")
        })
    }

    /// Every language known, the seven first.
    pub fn all() -> Vec<Lang> {
        let count = REGISTRY.with(|r| r.borrow().tags.len());
        (0..count)
            .filter_map(|i| u8::try_from(i).ok())
            .map(Lang)
            .collect()
    }

    /// Whether this language's texts are loaded (English always is).
    pub fn is_loaded(self) -> bool {
        self == Lang::En || catalogue(self).is_some()
    }
}

/// One language's texts: the catalogue's, by [`Msg`], and the built-in
/// policy's, by key. Loaded once and kept for the page's life.
struct Catalogue {
    texts: Vec<&'static str>,
    policy: Vec<(&'static str, &'static str)>,
}

impl Catalogue {
    fn from_pairs(pairs: Vec<(String, String)>) -> Catalogue {
        let mut texts = vec![""; catalogue::KEYS.len()];
        let mut policy = Vec::new();
        for (key, text) in pairs {
            let text: &'static str = Box::leak(text.into_boxed_str());
            if key.starts_with("policy.") {
                policy.push((&*Box::leak(key.into_boxed_str()), text));
            } else if let Some(i) = catalogue::KEYS.iter().position(|k| *k == key) {
                texts[i] = text;
            }
        }
        Catalogue { texts, policy }
    }
}

struct Registry {
    tags: Vec<&'static str>,
    catalogues: Vec<Option<&'static Catalogue>>,
    builtin: Option<Rc<Policy>>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry {
        tags: LANGUAGES.to_vec(),
        catalogues: Vec::new(),
        builtin: None,
    });
}

#[inline(never)]
fn catalogue(lang: Lang) -> Option<&'static Catalogue> {
    if lang == Lang::En {
        return None;
    }
    let found = REGISTRY.with(|r| {
        r.borrow()
            .catalogues
            .get(usize::from(lang.0))
            .copied()
            .flatten()
    });
    // Natively (tests, the page generator) the seven files are at hand.
    #[cfg(not(target_arch = "wasm32"))]
    if found.is_none() && LANGUAGES.contains(&lang.tag()) {
        return load_file(lang.tag()).ok().and_then(|_| catalogue(lang));
    }
    found
}

/// Loads a language's texts from its file's text (`messages/LANG.json`:
/// one flat JSON object of ICU MessageFormat strings). `tag` is one of the
/// seven or a host's own language (two or three letters); a text the file
/// lacks reads in English. English is built in and cannot be replaced.
///
/// ```
/// use support_policy::web::widget::i18n::{add_language, t, Lang, Msg};
/// let fr = add_language("fr", r#"{"Impact": "Impact (fr)"}"#).unwrap();
/// assert_eq!(fr, Lang::Fr);
/// assert_eq!(t(fr, Msg::Impact), "Impact (fr)");
/// assert_eq!(t(fr, Msg::Urgency), "Urgency"); // not in the file: English
/// let de = add_language("de", r#"{"Impact": "Auswirkung"}"#).unwrap();
/// assert_eq!(de.tag(), "de");
/// assert!(add_language("english!", "{}").unwrap_err().to_string().starts_with("lang:"));
/// ```
pub fn add_language(tag: &str, file: &str) -> Result<Lang, Error> {
    let tag = tag.trim();
    let valid = (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_alphabetic());
    if !valid || tag.eq_ignore_ascii_case("en") {
        return Err(Error::new(
            ErrorKind::InvalidPolicy,
            format!(
                "{} is not a language a file can add (a two- or three-letter tag other than en)",
                crate::error::quote(tag)
            ),
        )
        .in_field("lang"));
    }
    let pairs = read_messages(file)?;
    let known = REGISTRY.with(|r| r.borrow().tags.len());
    let lang = match Lang::parse(tag) {
        Some(lang) => lang,
        None if known >= 64 => {
            return Err(Error::new(
                ErrorKind::InvalidPolicy,
                format!(
                    "{} would be a 65th language; 64 is the most a page may add",
                    crate::error::quote(tag)
                ),
            )
            .in_field("lang"));
        }
        None => REGISTRY.with(|r| {
            let mut r = r.borrow_mut();
            let tag: &'static str = Box::leak(tag.to_ascii_lowercase().into_boxed_str());
            r.tags.push(tag);
            Lang(u8::try_from(r.tags.len() - 1).unwrap_or(u8::MAX))
        }),
    };
    let c: &'static Catalogue = Box::leak(Box::new(Catalogue::from_pairs(pairs)));
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let i = usize::from(lang.0);
        if r.catalogues.len() <= i {
            r.catalogues.resize(i + 1, None);
        }
        r.catalogues[i] = Some(c);
        r.builtin = None;
    });
    Ok(lang)
}

/// Loads every language file of this checkout (`messages/*.json`), for
/// native tests and the page generator (each language is also loaded on
/// its first use natively).
#[cfg(not(target_arch = "wasm32"))]
pub fn load_all_languages() -> Result<(), Error> {
    LANGUAGES[1..]
        .iter()
        .try_for_each(|tag| load_file(tag).map(|_| ()))
}

#[cfg(not(target_arch = "wasm32"))]
fn load_file(tag: &str) -> Result<Lang, Error> {
    let path = format!(
        "{}/src/web/widget/i18n/messages/{tag}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let file = std::fs::read_to_string(&path)
        .map_err(|e| Error::new(ErrorKind::InvalidPolicy, format!("{path}: {e}")))?;
    add_language(tag, &file)
}

/// The text of `msg` in `lang`: its file's, else English.
///
/// ```
/// use support_policy::web::widget::i18n::{t, Lang, Msg};
/// assert_eq!(t(Lang::En, Msg::TargetBy), "Target response by");
/// ```
// Not inlined: it is called from some two hundred places.
#[inline(never)]
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    let i = msg as usize;
    catalogue(lang)
        .and_then(|c| c.texts.get(i).copied())
        .filter(|text| !text.is_empty())
        .unwrap_or_else(|| english(i))
}

/// Every loaded language's texts of the built-in policy: its tag and the
/// `policy.…` keys with their texts (for the API's `policy()`).
pub fn loaded_policy_texts() -> Vec<(&'static str, &'static [(&'static str, &'static str)])> {
    Lang::all()
        .into_iter()
        .skip(1)
        .filter_map(|l| Some((l.tag(), catalogue(l)?.policy.as_slice())))
        .collect()
}

/// The English text of the `i`th message (built in).
fn english(i: usize) -> &'static str {
    let end = catalogue::ENGLISH_ENDS.get(i).copied().unwrap_or_default();
    let start = match i.checked_sub(1) {
        Some(before) => catalogue::ENGLISH_ENDS.get(before).copied().unwrap_or(end),
        None => 0,
    };
    catalogue::ENGLISH
        .get(usize::from(start)..usize::from(end))
        .unwrap_or_default()
}

/// The built-in policy with its texts in English and every language
/// loaded so far (one shared copy, rebuilt when a language is added).
pub fn builtin_policy() -> Rc<Policy> {
    if let Some(policy) = REGISTRY.with(|r| r.borrow().builtin.clone()) {
        return policy;
    }
    let others: Vec<(&'static str, &'static Catalogue)> = Lang::all()
        .into_iter()
        .skip(1)
        .filter_map(|l| Some((l.tag(), catalogue(l)?)))
        .collect();
    let find = |c: &Catalogue, key: &str| c.policy.iter().find(|(k, _)| *k == key).map(|(_, t)| *t);
    let policy = Rc::new(Policy::zmanda_with(&|key| {
        let mut text = Text::english(crate::policy::english_policy_text(key)?);
        for (tag, c) in &others {
            if let Some(t) = find(c, key) {
                text = text.with(tag, t);
            }
        }
        Some(text)
    }));
    REGISTRY.with(|r| r.borrow_mut().builtin = Some(policy.clone()));
    policy
}

/// The CLDR plural category of the whole number `n` in `lang`: the
/// browser's `Intl.PluralRules` in the browser; natively, CLDR's integer
/// rules of the seven languages (a browser test checks them against
/// `Intl`).
pub fn plural_category(lang: Lang, n: u64) -> &'static str {
    #[cfg(target_arch = "wasm32")]
    {
        let category = crate::web::js::plural_category(lang.tag(), n as f64);
        match category.as_str() {
            "zero" => "zero",
            "one" => "one",
            "two" => "two",
            "few" => "few",
            "many" => "many",
            _ => "other",
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        cldr_integer_plural(lang.tag(), n)
    }
}

/// CLDR 48's plural rules for whole numbers in the seven languages.
///
/// ```
/// use support_policy::web::widget::i18n::cldr_integer_plural;
/// assert_eq!(cldr_integer_plural("pl", 22), "few");
/// assert_eq!(cldr_integer_plural("pl", 12), "many");
/// assert_eq!(cldr_integer_plural("fr", 0), "one");
/// assert_eq!(cldr_integer_plural("es", 1_000_000), "many");
/// ```
pub fn cldr_integer_plural(tag: &str, n: u64) -> &'static str {
    let million = n != 0 && n % 1_000_000 == 0;
    match tag {
        "fr" | "pt" if n <= 1 => "one",
        "fr" | "pt" | "es" | "it" if million => "many",
        "pl" if n == 1 => "one",
        "pl" if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) => "few",
        "pl" => "many",
        "fr" | "pt" => "other",
        _ if n == 1 => "one",
        _ => "other",
    }
}

/// A catalogue sentence (ICU MessageFormat) with its named placeholders
/// filled, in one pass (a value that contains `{name}` stays as it is; an
/// unknown name is left as written). `{n, plural, one {…} other {…}}`
/// picks the branch of `n`'s CLDR category in `lang` (an exact `=n`
/// first, `other` when the category has none), `#` in it being `n`.
///
/// ```
/// use support_policy::web::widget::i18n::{fill, Lang};
/// assert_eq!(fill(Lang::En, "in {duration}", &[("duration", "3 h")]), "in 3 h");
/// assert_eq!(fill(Lang::En, "{a}{b}", &[("a", "{b}"), ("b", "x")]), "{b}x");
/// let days = "{count, plural, one {# day} other {# days}}";
/// assert_eq!(fill(Lang::En, days, &[("count", "1")]), "1 day");
/// assert_eq!(fill(Lang::En, days, &[("count", "3")]), "3 days");
/// // A value that ends in a full stop ends the sentence too.
/// assert_eq!(fill(Lang::En, "in {d}.", &[("d", "3 godz.")]), "in 3 godz.");
/// ```
#[inline(never)]
pub fn fill(lang: Lang, template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    fill_into(&mut out, lang, template, values, None);
    out
}

/// The end of the brace group that starts at `open` (nested groups
/// counted), or `None` when it is not closed.
fn group_end(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate().skip(open) {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn fill_into(
    out: &mut String,
    lang: Lang,
    template: &str,
    values: &[(&str, &str)],
    hash: Option<&str>,
) {
    let mut rest = template;
    loop {
        let next = rest
            .find(['{', '#'])
            .filter(|&i| rest.as_bytes()[i] == b'{' || hash.is_some());
        let Some(start) = next else { break };
        out.push_str(&rest[..start]);
        if rest.as_bytes()[start] == b'#' {
            out.push_str(hash.unwrap_or("#"));
            rest = &rest[start + 1..];
            continue;
        }
        let Some(end) = group_end(rest, start) else {
            out.push_str(&rest[start..]);
            return;
        };
        let inner = &rest[start + 1..end];
        match inner.split_once(',') {
            None => match values.iter().find(|(n, _)| *n == inner.trim()) {
                Some((_, value)) => {
                    out.push_str(value);
                    // One full stop where a value ("3 godz.") ends a sentence.
                    if value.ends_with('.') && rest[end + 1..].starts_with('.') {
                        rest = &rest[end + 2..];
                        continue;
                    }
                }
                None => out.push_str(&rest[start..=end]),
            },
            Some((name, spec)) => {
                let number = values
                    .iter()
                    .find(|(n, _)| *n == name.trim())
                    .map(|(_, v)| *v)
                    .unwrap_or_default();
                match plural_branch(lang, spec, number) {
                    Some(branch) => fill_into(out, lang, branch, values, Some(number)),
                    None => out.push_str(&rest[start..=end]),
                }
            }
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
}

/// The branch of ` plural, one {…} other {…}` that `number` takes.
fn plural_branch<'a>(lang: Lang, spec: &'a str, number: &str) -> Option<&'a str> {
    let (kind, branches) = spec.split_once(',')?;
    if kind.trim() != "plural" {
        return None;
    }
    let n: u64 = number.trim().parse().ok()?;
    let category = plural_category(lang, n);
    let exact = format!("={n}");
    let (mut chosen, mut other) = (None, None);
    let mut rest = branches;
    while let Some(open) = rest.find('{') {
        let selector = rest[..open].trim();
        let end = group_end(rest, open)?;
        let body = &rest[open + 1..end];
        if selector == exact {
            return Some(body);
        }
        if selector == category && chosen.is_none() {
            chosen = Some(body);
        }
        if selector == "other" {
            other = Some(body);
        }
        rest = &rest[end + 1..];
    }
    chosen.or(other)
}

/// A sentence filled but for its `{when}`, split there: the words before
/// and after the instant (which the view makes a `<time>`).
///
/// ```
/// use support_policy::web::widget::i18n::{Lang, Msg, t, around_when};
/// let (before, after) = around_when(Lang::En, t(Lang::En, Msg::WithPlanAt), &[("plan", "Premium"), ("target", "1 hour")]);
/// assert_eq!((before.as_str(), after.as_str()), ("With Premium: ", " (1 hour)"));
/// ```
pub fn around_when(lang: Lang, template: &str, values: &[(&str, &str)]) -> (String, String) {
    // Split first: a value that contains "{when}" (a host policy's plan name) stays text.
    match template.split_once("{when}") {
        Some((before, after)) => (fill(lang, before, values), fill(lang, after, values)),
        None => (fill(lang, template, values), String::new()),
    }
}

/// A name or value quoted the way the language quotes: "x", «x», „x”.
pub fn quoted(lang: Lang, text: &str) -> String {
    if lang == Lang::En {
        return crate::error::quote(text);
    }
    fill(lang, t(lang, Msg::Quoted), &[("text", text)])
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
                lang,
                t(lang, Msg::SettingProblem),
                &[
                    ("field", &quoted(lang, field)),
                    ("detail", &format!("{detail}.")),
                ],
            )
        }
        Problem::LinkValue { key, value } => {
            // Each language names the setting its own way (English in running
            // text, others by the control's quoted label).
            let label = match key.as_str() {
                "impact" => t(lang, Msg::LinkImpact).to_owned(),
                "urgency" => t(lang, Msg::LinkUrgency).to_owned(),
                "tier" => t(lang, Msg::LinkPlan).to_owned(),
                "timeZone" => t(lang, Msg::LinkZone).to_owned(),
                "filedAt" => t(lang, Msg::LinkFiled).to_owned(),
                "priority" => t(lang, Msg::LinkPriority).to_owned(),
                other => quoted(lang, other),
            };
            fill(
                lang,
                t(lang, Msg::LinkValueProblem),
                &[("label", &label), ("value", &quoted(lang, value))],
            )
        }
        Problem::LinkKey { key } => fill(
            lang,
            t(lang, Msg::LinkKeyProblem),
            &[("value", &quoted(lang, key))],
        ),
        Problem::DateOutOfRange { value } => fill(
            lang,
            t(lang, Msg::DateOutOfRange),
            &[("value", &quoted(lang, value))],
        ),
        Problem::DateUnreadable { value } => fill(
            lang,
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
                    lang,
                    t(lang, Msg::ZoneNewer),
                    &[
                        ("typed", &typed_q),
                        ("stand_in", &stand_in),
                        ("year", &year.to_string()),
                        ("zone", in_use),
                    ],
                ),
                None => fill(
                    lang,
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
            lang,
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
        lang,
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
    fill(lang, t(lang, Msg::AnnounceNoTarget), &[("plan", plan)])
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
        lang,
        t(lang, Msg::PriorityLevel),
        &[("priority", priority), ("title", title)],
    )
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
    if clock == Clock::Business {
        amount
    } else {
        fill(lang, t(lang, Msg::AroundTheClock), &[("amount", &amount)])
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
    let msg = match (hours, business) {
        (true, true) => Msg::SupportHours,
        (true, false) => Msg::Hours,
        (false, true) => Msg::SupportMinutes,
        (false, false) => Msg::Minutes,
    };
    fill(lang, t(lang, msg), &[("count", &n.to_string())])
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
    let msg = if exact {
        Msg::WorkingDaysExactly
    } else {
        Msg::WorkingDaysAbout
    };
    Some(fill(
        lang,
        t(lang, msg),
        &[("days", &format!("{whole}{fraction}"))],
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
    fill(lang, t(lang, Msg::AtClosing), &[("time", close)])
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
        Some(time) => fill(lang, t(lang, Msg::OutsideHoursStartAt), &[("time", time)]),
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
        parts.push(unit(lang, Msg::DurationDays, d));
    }
    if h > 0 {
        parts.push(unit(lang, Msg::DurationHours, h));
    }
    if (m > 0 && d == 0) || parts.is_empty() {
        parts.push(unit(lang, Msg::DurationMinutes, m));
    }
    parts.join(" ")
}

/// A figure with its short unit: "3 h", "2 days", "5 godz.".
fn unit(lang: Lang, msg: Msg, n: i64) -> String {
    fill(lang, t(lang, msg), &[("count", &n.to_string())])
}

/// A counted span exactly, to the second, in hours, minutes and seconds:
/// "9 h", "59 min 30 s", "1 h 0 min 1 s" is written "1 h 1 s".
///
/// ```
/// use support_policy::web::widget::i18n::{exact_duration_words, Lang};
/// assert_eq!(exact_duration_words(Lang::En, 3570), "59\u{a0}min 30\u{a0}s");
/// assert_eq!(exact_duration_words(Lang::En, 9 * 3600), "9\u{a0}h");
/// assert_eq!(exact_duration_words(Lang::En, 3601), "1\u{a0}h 1\u{a0}s");
/// ```
pub fn exact_duration_words(lang: Lang, seconds: i64) -> String {
    let s = seconds.max(0);
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(unit(lang, Msg::DurationHours, h));
    }
    if m > 0 {
        parts.push(unit(lang, Msg::DurationMinutes, m));
    }
    if sec > 0 || parts.is_empty() {
        parts.push(unit(lang, Msg::DurationSeconds, sec));
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
            lang,
            t(lang, Msg::DueIn),
            &[("duration", &duration_words(lang, deadline - now))],
        )
    } else {
        fill(
            lang,
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
    let msg = match kind {
        LevelKind::Impact => Msg::ImpactLevel,
        LevelKind::Urgency => Msg::UrgencyLevel,
    };
    capitalised(&fill(lang, t(lang, msg), &[("level", &lower_first(name))]))
}

/// `text` with its first letter in upper case: ASCII, Latin-1 and Latin
/// Extended-A letters (every letter of the seven languages), by code point
/// arithmetic rather than Unicode case tables, which would weigh on the wasm.
///
/// ```
/// use support_policy::web::widget::i18n::capitalised;
/// assert_eq!(capitalised("miércoles"), "Miércoles");
/// assert_eq!(capitalised("środa"), "Środa");
/// assert_eq!(capitalised("élan"), "Élan");
/// assert_eq!(capitalised("ılık"), "ılık");
/// ```
pub fn capitalised(text: &str) -> String {
    change_first(text, true)
}

/// `text` with its first letter in lower case (the same letters as
/// [`capitalised`]), for a level's name inside a phrase.
///
/// ```
/// use support_policy::web::widget::i18n::lower_first;
/// assert_eq!(lower_first("Élevé"), "élevé");
/// assert_eq!(lower_first("Średni"), "średni");
/// assert_eq!(lower_first("High"), "high");
/// ```
pub fn lower_first(text: &str) -> String {
    change_first(text, false)
}

fn change_first(text: &str, upper: bool) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let n = u32::from(first);
    let changed = if upper {
        match n {
            0xE0..=0xFE if n != 0xF7 => n - 0x20,
            0x100..=0x137 | 0x14A..=0x177 if n % 2 == 1 && n != 0x131 => n - 1,
            0x139..=0x148 | 0x179..=0x17E if n % 2 == 0 => n - 1,
            _ => u32::from(first.to_ascii_uppercase()),
        }
    } else {
        match n {
            0xC0..=0xDE if n != 0xD7 => n + 0x20,
            0x100..=0x137 | 0x14A..=0x177 if n % 2 == 0 && n != 0x130 => n + 1,
            0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => n + 1,
            _ => u32::from(first.to_ascii_lowercase()),
        }
    };
    let first = char::from_u32(changed).unwrap_or(first);
    std::iter::once(first).chain(chars).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
