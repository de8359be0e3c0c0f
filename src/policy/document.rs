//! The policy document: the JSON form of everything in the policy.
//! [`super::Policy`] is its validated, compiled form.
//!
//! Each record is one [`record!`]: its fields with their Rust name, type,
//! JSON key, how each is read and the doc line, spelled once. The macro
//! makes the struct, its `KEYS` and `FIELDS`, and its reader and writer
//! from the field-level methods of `read.rs` and `write.rs`; validation
//! (`mod.rs`) names paths with each record's `KEYS`.

use crate::vocabulary::{Impact, Plan, Priority, Urgency};

/// Declares one record of the policy document: the struct, its fields'
/// JSON keys (`KEYS` by field, for the paths validation names; `FIELDS` in
/// order), its reader and its writer. A field is
/// `name: Type = "jsonKey" how`, where `how` is how it is read:
///
/// | how          | reading                               | writing |
/// |--------------|---------------------------------------|---------|
/// | `required`   | must be there                         | always  |
/// | `optional`   | an `Option`: absent or `null` is None | `null` for None |
/// | `or_default` | absent or `null`: the type's default  | always  |
///
/// `how` is the name of the method that reads the field
/// (`read::Fields::required` …) and of the one that writes it
/// (`write::Fields::required` …). Adding a field is one line in the record;
/// the reader, the writer and the error paths follow.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident / $keys:ident {
            $( $(#[$field_meta:meta])* $field:ident : $type:ty = $key:literal $how:ident, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $type, )*
        }

        /// The JSON keys of a record's fields.
        #[derive(Clone, Copy, Debug)]
        #[allow(dead_code)]
        pub(crate) struct $keys {
            $( pub(crate) $field: &'static str, )*
        }

        impl $name {
            /// Its fields' JSON keys, by field (for error paths).
            #[allow(dead_code)]
            pub(crate) const KEYS: $keys = $keys { $( $field: $key, )* };
            /// Its fields' JSON keys, in order.
            pub const FIELDS: &'static [&'static str] = &[$($key),*];
        }

        impl super::read::Read for $name {
            fn read(node: &super::read::Node) -> Result<$name, crate::error::Error> {
                let fields = node.fields($name::FIELDS)?;
                Ok($name { $( $field: fields.$how($key)?, )* })
            }
        }

        impl super::write::Write for $name {
            fn write(&self) -> super::json::Json {
                let mut fields = super::write::Fields::default();
                $( fields.$how($key, &self.$field); )*
                fields.finish()
            }
        }
    };
}

/// A text in the widget's languages: English, always, each other language
/// optional (a missing one reads as English, text by text). Each is a
/// non-empty string; the reader and writer are by hand, in `read.rs` and
/// `write.rs`.
///
/// ```
/// use support_policy::policy::Text;
/// let t = Text::new("Impact", "Impacto");
/// assert_eq!(t.get("es"), "Impacto");
/// assert_eq!(t.get("fr"), "Impact"); // English where there is no French
/// let t = t.with("fr", "Impact (fr)");
/// assert_eq!(t.get("fr-CA"), "Impact (fr)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: String,
    /// The other languages' texts, by language tag (`es`, `fr` …), in the
    /// order of [`LANGUAGES`].
    pub other: Vec<(&'static str, String)>,
}

/// The languages a policy text may be written in, English first: the seven
/// the vendor publishes its policy page in. Adding a language is adding its
/// tag here and its file of texts (`src/web/widget/i18n/messages/`).
pub const LANGUAGES: &[&str] = &["en", "es", "it", "fr", "pt", "nl", "pl"];

impl Text {
    /// Its fields' JSON keys, in order.
    pub const FIELDS: &'static [&'static str] = LANGUAGES;
}

record! {
    /// The name of a level and an optional hint for choosing it. Zmanda's
    /// policy describes priorities, not levels, so its document gives no hints.
    pub struct LevelText / LevelTextKeys {
        /// The level's name ("High").
        name: Text = "name" required,
        /// A hint for choosing it (optional; shown under the level when given).
        hint: Option<Text> = "hint" optional,
    }
}

record! {
    /// Names and hints of the impact and urgency levels.
    pub struct Levels / LevelsKeys {
        /// Impact levels.
        impact: ByImpact<LevelText> = "impact" required,
        /// Urgency levels.
        urgency: ByUrgency<LevelText> = "urgency" required,
    }
}

record! {
    /// What a priority means, with the policy's example.
    pub struct PriorityText / PriorityTextKeys {
        /// Short title ("Critical impact").
        title: Text = "title" required,
        /// What qualifies.
        description: Text = "description" required,
        /// The policy's example ticket.
        example: Text = "example" required,
    }
}

record! {
    /// An open window on some weekdays, on the wall clock.
    pub struct WindowDocument / WindowKeys {
        /// Weekdays, `mon` .. `sun`.
        days: Vec<String> = "days" required,
        /// Opening time, `HH:MM`.
        open: String = "open" required,
        /// Closing time, `HH:MM` (up to `24:00`).
        close: String = "close" required,
    }
}

record! {
    /// A support-hours calendar: either continuous, or weekly windows less
    /// closure dates.
    pub struct CalendarDocument / CalendarKeys {
        /// How the hours read ("Monday to Friday 08:00-17:00, your local time").
        name: Text = "name" required,
        /// Open around the clock, every day.
        continuous: bool = "continuous" or_default,
        /// Weekly open windows (none when continuous).
        weekly: Vec<WindowDocument> = "weekly" or_default,
        /// Local dates on which support is closed all day, `YYYY-MM-DD`.
        closures: Vec<String> = "closures" or_default,
    }
}

record! {
    /// A support plan: its clock, its targets and what it includes.
    pub struct PlanDocument / PlanKeys {
        /// The plan's name.
        name: Text = "name" required,
        /// One line about the plan (the trial and community rules live here).
        summary: Text = "summary" required,
        /// The id of the calendar whose hours run the clock; `null` for no target.
        calendar: Option<String> = "calendar" optional,
        /// Response-time targets in minutes per priority; `null` for no target.
        targets: Option<ByPriority<u32>> = "targets" optional,
        /// What the plan includes, per feature row id: a list of items.
        features: Entries<Vec<Text>> = "features" or_default,
    }
}

record! {
    /// A row of the plan comparison.
    pub struct FeatureRow / FeatureRowKeys {
        /// The key plans use in `features`.
        id: String = "id" required,
        /// The row's label.
        label: Text = "label" required,
    }
}

record! {
    /// The whole policy as a document (the JSON form of a policy).
    ///
    /// ```
    /// use support_policy::Policy;
    /// let doc = Policy::zmanda().document().clone();
    /// assert_eq!(doc.version, 1);
    /// assert_eq!(doc.matrix.high.high, support_policy::Priority::P1);
    /// ```
    pub struct PolicyDocument / PolicyKeys {
        /// Format version; this engine reads version 1.
        version: u32 = "version" required,
        /// The policy's title.
        name: Text = "name" required,
        /// Names and hints of impact and urgency levels.
        levels: Levels = "levels" required,
        /// The priority matrix: `matrix[urgency][impact]`.
        matrix: ByUrgency<ByImpact<Priority>> = "matrix" required,
        /// What each priority means.
        priorities: ByPriority<PriorityText> = "priorities" required,
        /// Support-hours calendars by id.
        calendars: Entries<CalendarDocument> = "calendars" required,
        /// The four plans.
        plans: ByPlan<PlanDocument> = "plans" required,
        /// Rows of the plan comparison, in order.
        feature_rows: Vec<FeatureRow> = "featureRows" required,
    }
}

impl Text {
    /// A text from its English and Spanish forms.
    pub fn new(en: &str, es: &str) -> Text {
        Text::english(en).with("es", es)
    }

    /// A text in English only.
    pub fn english(en: &str) -> Text {
        Text {
            en: en.to_owned(),
            other: Vec::new(),
        }
    }

    /// The same text with `text` as its form in `lang` (one of
    /// [`LANGUAGES`]; another tag, or `en`, leaves it as it is).
    pub fn with(mut self, lang: &str, text: &str) -> Text {
        if let Some(&tag) = LANGUAGES.iter().skip(1).find(|&&l| l == lang) {
            match self.other.iter_mut().find(|(l, _)| *l == tag) {
                Some((_, old)) => *old = text.to_owned(),
                None => {
                    self.other.push((tag, text.to_owned()));
                    let order = |l: &str| LANGUAGES.iter().position(|&x| x == l);
                    self.other.sort_by_key(|(l, _)| order(l));
                }
            }
        }
        self
    }

    /// The text in `lang` (a tag such as `fr` or `fr-CA`), English where
    /// it has none in that language.
    pub fn get(&self, lang: &str) -> &str {
        let primary = lang.split('-').next().unwrap_or(lang);
        self.other
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(primary))
            .map_or(&self.en, |(_, text)| text)
    }
}

/// A record with one entry per value of a closed set (levels, plans,
/// priorities), keyed in JSON by each value's name (`high`, `standard`,
/// `P1`), so those keys are spelled only in `vocabulary/mod.rs`.
pub(crate) trait Keyed: Sized {
    /// What each entry holds.
    type Entry;
    /// The keys as JSON spells them, in the policy's order.
    const KEYS: &'static [&'static str];
    /// The entries, in the same order.
    fn entries(&self) -> impl Iterator<Item = &Self::Entry>;
    /// One entry per key from `f`, in order; stops at the first error.
    fn try_build<E>(f: impl FnMut(&'static str) -> Result<Self::Entry, E>) -> Result<Self, E>;
}

macro_rules! keyed_by {
    ($(#[$meta:meta])* $name:ident, $key:ty, [$($field:ident = $variant:ident),+]) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name<T> {
            $(
                #[allow(missing_docs)]
                pub $field: T,
            )+
        }

        impl<T> $name<T> {
            /// The entry for `key`.
            pub fn get(&self, key: $key) -> &T {
                match key {
                    $(<$key>::$variant => &self.$field),+
                }
            }
        }

        impl<T> Keyed for $name<T> {
            type Entry = T;
            const KEYS: &'static [&'static str] = &[$(<$key>::$variant.as_str()),+];
            fn entries(&self) -> impl Iterator<Item = &T> {
                [$(&self.$field),+].into_iter()
            }
            fn try_build<E>(mut f: impl FnMut(&'static str) -> Result<T, E>) -> Result<Self, E> {
                Ok($name { $($field: f(<$key>::$variant.as_str())?),+ })
            }
        }
    };
}

keyed_by!(
    /// One entry per impact level.
    ByImpact, Impact, [high = High, medium = Medium, low = Low]
);
keyed_by!(
    /// One entry per urgency level.
    ByUrgency, Urgency, [high = High, medium = Medium, low = Low]
);
keyed_by!(
    /// One entry per support plan.
    ByPlan, Plan, [standard = Standard, premium = Premium, trial = Trial, community = Community]
);
keyed_by!(
    /// One entry per priority, keyed `P1`..`P4` in JSON.
    ByPriority, Priority, [p1 = P1, p2 = P2, p3 = P3, p4 = P4]
);

/// Named entries in document order (a JSON object whose keys are ids).
///
/// ```
/// use support_policy::policy::Entries;
/// let mut e = Entries::default();
/// e.insert("b".into(), 2);
/// e.insert("a".into(), 1);
/// e.insert("b".into(), 3);
/// assert_eq!(e.get("b"), Some(&3));
/// assert_eq!(e.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["b", "a"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entries<T>(Vec<(String, T)>);

impl<T> Default for Entries<T> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<T> Entries<T> {
    /// The entry called `key`.
    pub fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Sets `key` (in place if it exists, else at the end).
    pub fn insert(&mut self, key: String, value: T) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    /// The entries in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }
}
