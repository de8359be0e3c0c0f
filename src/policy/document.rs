//! The policy document: the JSON form of everything in the policy. [`super::Policy`] is its validated, compiled form.

use crate::level::{Impact, Priority, Tier, Urgency};

/// A text in both languages of the widget.
///
/// ```
/// use support_policy::policy::Text;
/// let t = Text::new("Impact", "Impacto");
/// assert_eq!(t.get("es"), "Impacto");
/// assert_eq!(t.get("fr"), "Impact"); // English for any other language
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: String,
    /// Spanish.
    pub es: String,
}

impl Text {
    /// A text from its English and Spanish forms.
    pub fn new(en: &str, es: &str) -> Text {
        Text {
            en: en.to_owned(),
            es: es.to_owned(),
        }
    }

    /// The text in `lang` (`"es"` or anything starting with `es-`), English otherwise.
    pub fn get(&self, lang: &str) -> &str {
        if lang == "es" || lang.starts_with("es-") {
            &self.es
        } else {
            &self.en
        }
    }
}

macro_rules! by_level {
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
    };
}

by_level!(
    /// One entry per impact level.
    ByImpact, Impact, [high = High, medium = Medium, low = Low]
);
by_level!(
    /// One entry per urgency level.
    ByUrgency, Urgency, [high = High, medium = Medium, low = Low]
);
by_level!(
    /// One entry per support plan.
    ByTier, Tier, [standard = Standard, premium = Premium, trial = Trial, community = Community]
);

/// One entry per priority, keyed `P1`..`P4` in JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ByPriority<T> {
    #[allow(missing_docs)]
    pub p1: T,
    #[allow(missing_docs)]
    pub p2: T,
    #[allow(missing_docs)]
    pub p3: T,
    #[allow(missing_docs)]
    pub p4: T,
}

impl<T> ByPriority<T> {
    /// The entry for `priority`.
    pub fn get(&self, priority: Priority) -> &T {
        match priority {
            Priority::P1 => &self.p1,
            Priority::P2 => &self.p2,
            Priority::P3 => &self.p3,
            Priority::P4 => &self.p4,
        }
    }
}

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

/// The name of a level and an optional hint for choosing it. Zmanda's
/// policy describes priorities, not levels, so its document gives no hints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelText {
    /// The level's name ("High").
    pub name: Text,
    /// A hint for choosing it (optional; shown under the level when given).
    pub hint: Option<Text>,
}

/// Names and hints of the impact and urgency levels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Levels {
    /// Impact levels.
    pub impact: ByImpact<LevelText>,
    /// Urgency levels.
    pub urgency: ByUrgency<LevelText>,
}

/// What a priority means, with the policy's example.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriorityText {
    /// Short title ("Critical impact").
    pub title: Text,
    /// What qualifies.
    pub description: Text,
    /// The policy's example ticket.
    pub example: Text,
}

/// An open window on some weekdays, on the wall clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WindowDocument {
    /// Weekdays, `mon` .. `sun`.
    pub days: Vec<String>,
    /// Opening time, `HH:MM`.
    pub open: String,
    /// Closing time, `HH:MM` (up to `24:00`).
    pub close: String,
}

/// A support-hours calendar: either continuous, or weekly windows less
/// closure dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarDocument {
    /// How the hours read ("Monday to Friday 08:00-17:00, your local time").
    pub name: Text,
    /// Open around the clock, every day.
    pub continuous: bool,
    /// Weekly open windows (none when continuous).
    pub weekly: Vec<WindowDocument>,
    /// Local dates on which support is closed all day, `YYYY-MM-DD`.
    pub closures: Vec<String>,
}

/// A support plan: its clock, its targets and what it includes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanDocument {
    /// The plan's name.
    pub name: Text,
    /// One line about the plan (the trial and community rules live here).
    pub summary: Text,
    /// The id of the calendar whose hours run the clock; `null` for no target.
    pub calendar: Option<String>,
    /// Response-time targets in minutes per priority; `null` for no target.
    pub targets: Option<ByPriority<u32>>,
    /// What the plan includes, per feature row id: a list of items.
    pub features: Entries<Vec<Text>>,
}

/// A row of the plan comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeatureRow {
    /// The key plans use in `features`.
    pub id: String,
    /// The row's label.
    pub label: Text,
}

/// The whole policy as a document (the JSON form of a policy).
///
/// ```
/// use support_policy::Policy;
/// let doc = Policy::zmanda().document().clone();
/// assert_eq!(doc.version, 1);
/// assert_eq!(doc.matrix.high.high, support_policy::Priority::P1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyDocument {
    /// Format version; this engine reads version 1.
    pub version: u32,
    /// The policy's title.
    pub name: Text,
    /// Names and hints of impact and urgency levels.
    pub levels: Levels,
    /// The priority matrix: `matrix[urgency][impact]`.
    pub matrix: ByUrgency<ByImpact<Priority>>,
    /// What each priority means.
    pub priorities: ByPriority<PriorityText>,
    /// Support-hours calendars by id.
    pub calendars: Entries<CalendarDocument>,
    /// The four plans.
    pub plans: ByTier<PlanDocument>,
    /// Rows of the plan comparison, in order.
    pub feature_rows: Vec<FeatureRow>,
}

impl PolicyDocument {
    /// The top-level field names as JSON spells them.
    pub const FIELDS: &'static [&'static str] = &[
        "version",
        "name",
        "levels",
        "matrix",
        "priorities",
        "calendars",
        "plans",
        "featureRows",
    ];
}
