//! The policy: the document, its validation, and the questions the engine
//! answers from it (priority from the matrix, target and clock per plan).

mod document;
mod json;
mod messages;
mod read;
mod write;
mod zmanda;

// For the widget's level choices (wasm32 only).
#[cfg(target_arch = "wasm32")]
pub(crate) use document::Keyed;
pub use document::{
    ByImpact, ByPlan, ByPriority, ByUrgency, CalendarDocument, Entries, FeatureRow, LANGUAGES,
    LevelText, Levels, PlanDocument, PolicyDocument, PriorityText, Text, WindowDocument,
};
pub use json::Json;
pub use messages::{english_policy_text, read_messages};
pub use zmanda::Texts;

/// Zmanda's built-in policy document as JSON text: exactly what
/// [`PolicyDocument::to_json`] writes for [`Policy::zmanda`] (a native test
/// keeps the two equal; after changing `zmanda.rs`, run
/// `cargo run --example print_policy > src/policy/zmanda.json`). The wasm
/// build's `policy()` hands it to `JSON.parse`, so no bundle carries a JSON
/// writer (2.7 KB gzip of payload, measured).
///
/// ```
/// use support_policy::{Policy, policy::ZMANDA_JSON};
/// assert_eq!(Policy::from_json(ZMANDA_JSON).unwrap(), Policy::zmanda());
/// ```
pub const ZMANDA_JSON: &str = include_str!("zmanda.json");

use crate::calendar::{SupportHours, WEEKDAYS, Window};
use crate::error::{Error, ErrorKind, quote};
use crate::time::Date;
use crate::vocabulary::{Impact, Plan, Priority, Urgency};

/// How a plan's response clock runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// Only during support hours (Standard: Monday to Friday 08:00-17:00 local).
    Business,
    /// Always (Premium and Trial: 24 x 7 x 365).
    Continuous,
    /// No response target (Community).
    None,
}

impl Clock {
    /// The name used by the JavaScript API: `business`, `continuous`, `none`.
    ///
    /// ```
    /// assert_eq!(support_policy::Clock::Business.as_str(), "business");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Clock::Business => "business",
            Clock::Continuous => "continuous",
            Clock::None => "none",
        }
    }
}

// As the vocabulary's words (`vocabulary/mod.rs`): a unit variant, its API word.
impl serde::Serialize for Clock {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit_variant("Clock", *self as u32, self.as_str())
    }
}

/// A plan's service level: the hours its clock runs in and its targets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sla {
    /// Id of the calendar in the document.
    pub calendar_id: String,
    /// When the clock runs.
    pub hours: SupportHours,
    /// Targets in minutes per priority.
    pub targets: ByPriority<u32>,
}

/// A validated policy, ready to answer questions.
///
/// ```
/// use support_policy::{Impact, Policy, Priority, Plan, Urgency};
/// let policy = Policy::zmanda();
/// assert_eq!(policy.classify(Impact::High, Urgency::Medium), Priority::P2);
/// assert_eq!(policy.target_minutes(Plan::Standard, Priority::P2), Some(180));
/// assert_eq!(policy.target_minutes(Plan::Community, Priority::P1), None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    document: PolicyDocument,
    slas: [Option<Sla>; 4],
}

impl Policy {
    /// Zmanda's published support policy (built in; nothing is parsed).
    ///
    /// Built directly, without [`Policy::from_document`]'s checks, so the
    /// default wasm bundle carries no validation code; the test
    /// `built_in_policy_is_valid` checks that validating the same document
    /// gives this very policy.
    pub fn zmanda() -> Policy {
        Policy::zmanda_with(&|key| english_policy_text(key).map(Text::english))
    }

    /// Zmanda's policy with its texts from `texts` (the widget passes every
    /// language it has loaded; [`Policy::zmanda`] passes English).
    pub fn zmanda_with(texts: Texts) -> Policy {
        let document = zmanda::document(texts);
        let slas = std::array::from_fn(|i| {
            let plan = document.plans.get(*Plan::ALL.get(i)?);
            let (id, targets) = (plan.calendar.as_ref()?, plan.targets.as_ref()?);
            Some(Sla {
                calendar_id: id.clone(),
                hours: zmanda::hours(id),
                targets: targets.clone(),
            })
        });
        Policy { document, slas }
    }

    /// Reads and validates a policy document from JSON. Every error names
    /// the JSON path (from `policy`) and the offending value.
    ///
    /// ```
    /// use support_policy::Policy;
    /// let mut json = serde_json::from_str::<serde_json::Value>(&Policy::zmanda().document().to_json().to_string()).unwrap();
    /// json["matrix"]["high"]["medium"] = "P9".into();
    /// let err = Policy::from_json(&json.to_string()).unwrap_err();
    /// assert!(err.to_string().starts_with(r#"policy.matrix.high.medium: unknown priority "P9""#), "{err}");
    /// ```
    pub fn from_json(json: &str) -> Result<Policy, Error> {
        let value = Json::parse(json).map_err(|e| e.in_field("policy"))?;
        Policy::from_json_value(&value)
    }

    /// Reads and validates a policy document already parsed as JSON.
    ///
    /// ```
    /// use support_policy::{policy::Json, Policy};
    /// let value = Json::parse(r#"{"version": 1}"#).unwrap();
    /// let err = Policy::from_json_value(&value).unwrap_err();
    /// assert_eq!(err.to_string(), "policy: missing field `name`");
    /// ```
    pub fn from_json_value(value: &Json) -> Result<Policy, Error> {
        use read::Read;
        Policy::from_document(PolicyDocument::read(&read::Node::root(value))?)
    }

    /// Validates a document: every calendar well-formed, every plan's
    /// calendar known, a target for every priority of a plan with a clock.
    /// (Texts are checked non-empty where JSON is read, with their paths.)
    ///
    /// ```
    /// use support_policy::Policy;
    /// let mut doc = Policy::zmanda().document().clone();
    /// doc.plans.standard.calendar = Some("weekdays".into());
    /// let err = Policy::from_document(doc).unwrap_err();
    /// assert_eq!(err.to_string(), r#"policy.plans.standard.calendar: unknown calendar "weekdays""#);
    /// ```
    pub fn from_document(document: PolicyDocument) -> Result<Policy, Error> {
        // Error paths take their JSON keys from the document's table.
        let (keys, plan_keys, row_keys) =
            (PolicyDocument::KEYS, PlanDocument::KEYS, FeatureRow::KEYS);
        if document.version != 1 {
            return Err(policy_error(
                &format!("policy.{}", keys.version),
                format!("unsupported version {} (expected 1)", document.version),
            ));
        }
        let mut calendars: Vec<(&str, SupportHours)> = Vec::new();
        for (id, calendar) in document.calendars.iter() {
            calendars.push((id.as_str(), compile_calendar(id, calendar)?));
        }
        let ids: Vec<&str> = document
            .feature_rows
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        for (i, id) in ids.iter().enumerate() {
            if ids[..i].contains(id) {
                return Err(policy_error(
                    &format!("policy.{}[{i}].{}", keys.feature_rows, row_keys.id),
                    format!("duplicate row {}", quote(id)),
                ));
            }
        }
        let mut slas: [Option<Sla>; 4] = std::array::from_fn(|_| None);
        for &plan in Plan::ALL {
            let entry = document.plans.get(plan);
            let at = format!("policy.{}.{plan}", keys.plans);
            for key in entry.features.keys() {
                if !ids.contains(&key.as_str()) {
                    return Err(policy_error(
                        &format!("{at}.{}", plan_keys.features),
                        format!("unknown feature row {}", quote(key)),
                    ));
                }
            }
            slas[plan.index()] = match (&entry.calendar, &entry.targets) {
                (None, None) => None,
                (Some(id), Some(targets)) => {
                    let hours = calendars
                        .iter()
                        .find(|(k, _)| *k == id.as_str())
                        .map(|(_, h)| h)
                        .ok_or_else(|| {
                            policy_error(
                                &format!("{at}.{}", plan_keys.calendar),
                                format!("unknown calendar {}", quote(id)),
                            )
                        })?;
                    for &p in Priority::ALL {
                        let minutes = *targets.get(p);
                        if !(1..=MAX_TARGET_MINUTES).contains(&minutes) {
                            return Err(policy_error(
                                &format!("{at}.{}.{p}", plan_keys.targets),
                                format!(
                                    "target {minutes} minutes is outside 1..={MAX_TARGET_MINUTES}"
                                ),
                            ));
                        }
                    }
                    Some(Sla {
                        calendar_id: id.clone(),
                        hours: hours.clone(),
                        targets: targets.clone(),
                    })
                }
                (Some(_), None) => {
                    return Err(policy_error(
                        &format!("{at}.{}", plan_keys.targets),
                        "missing: a plan with a calendar needs targets",
                    ));
                }
                (None, Some(_)) => {
                    return Err(policy_error(
                        &format!("{at}.{}", plan_keys.calendar),
                        "missing: a plan with targets needs a calendar",
                    ));
                }
            };
        }
        Ok(Policy { document, slas })
    }

    /// The document this policy was built from.
    pub fn document(&self) -> &PolicyDocument {
        &self.document
    }

    /// The priority the matrix assigns to `impact` and `urgency`.
    ///
    /// ```
    /// use support_policy::{Impact, Policy, Priority, Urgency};
    /// assert_eq!(Policy::zmanda().classify(Impact::Low, Urgency::Low), Priority::P4);
    /// ```
    pub fn classify(&self, impact: Impact, urgency: Urgency) -> Priority {
        *self.document.matrix.get(urgency).get(impact)
    }

    /// The plan's service level, `None` when it has no response target.
    ///
    /// ```
    /// use support_policy::{Policy, Plan};
    /// let policy = Policy::zmanda();
    /// assert!(policy.sla(Plan::Trial).unwrap().hours.is_continuous());
    /// assert!(policy.sla(Plan::Community).is_none());
    /// ```
    pub fn sla(&self, plan: Plan) -> Option<&Sla> {
        self.slas[plan.index()].as_ref()
    }

    /// How the plan's clock runs.
    ///
    /// ```
    /// use support_policy::{Clock, Policy, Plan};
    /// assert_eq!(Policy::zmanda().clock(Plan::Standard), Clock::Business);
    /// assert_eq!(Policy::zmanda().clock(Plan::Premium), Clock::Continuous);
    /// ```
    pub fn clock(&self, plan: Plan) -> Clock {
        match self.sla(plan) {
            None => Clock::None,
            Some(sla) if sla.hours.is_continuous() => Clock::Continuous,
            Some(_) => Clock::Business,
        }
    }

    /// The response target in minutes, `None` for a plan without one.
    ///
    /// ```
    /// use support_policy::{Policy, Priority, Plan};
    /// assert_eq!(Policy::zmanda().target_minutes(Plan::Premium, Priority::P1), Some(15));
    /// ```
    pub fn target_minutes(&self, plan: Plan, priority: Priority) -> Option<u32> {
        self.sla(plan).map(|sla| *sla.targets.get(priority))
    }
}

impl Default for Policy {
    fn default() -> Policy {
        Policy::zmanda()
    }
}

/// The longest target a policy may set: 100 days of minutes.
const MAX_TARGET_MINUTES: u32 = 144_000;

fn policy_error(path: &str, message: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidPolicy, message).in_field(path)
}

/// Reads `HH:MM` (00:00 to 24:00) as minutes after midnight.
fn parse_hhmm(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

fn compile_calendar(id: &str, calendar: &CalendarDocument) -> Result<SupportHours, Error> {
    let at = format!("policy.{}.{id}", PolicyDocument::KEYS.calendars);
    let (calendar_keys, window_keys) = (CalendarDocument::KEYS, WindowDocument::KEYS);
    let mut closures = Vec::with_capacity(calendar.closures.len());
    for (i, text) in calendar.closures.iter().enumerate() {
        let date: Date = text.parse().map_err(|e: Error| {
            policy_error(
                &format!("{at}.{}[{i}]", calendar_keys.closures),
                e.message(),
            )
        })?;
        closures.push(date);
    }
    if calendar.continuous {
        if !calendar.weekly.is_empty() {
            return Err(policy_error(
                &format!("{at}.{}", calendar_keys.weekly),
                "a continuous calendar has no weekly windows",
            ));
        }
        let mut hours = SupportHours::continuous();
        if !closures.is_empty() {
            let weekly = std::array::from_fn(|day| hours.windows(day).to_vec());
            hours = SupportHours::new(weekly, closures).map_err(|e| e.in_field(at.clone()))?;
        }
        return Ok(hours);
    }
    if calendar.weekly.is_empty() {
        return Err(policy_error(
            &format!("{at}.{}", calendar_keys.weekly),
            format!(
                "missing: give weekly windows or \"{}\": true",
                calendar_keys.continuous
            ),
        ));
    }
    let mut weekly: [Vec<Window>; 7] = std::array::from_fn(|_| Vec::new());
    for (i, window) in calendar.weekly.iter().enumerate() {
        let here = format!("{at}.{}[{i}]", calendar_keys.weekly);
        let open = parse_hhmm(&window.open).ok_or_else(|| {
            policy_error(
                &format!("{here}.{}", window_keys.open),
                format!("cannot read {} as HH:MM", quote(&window.open)),
            )
        })?;
        let close = parse_hhmm(&window.close).ok_or_else(|| {
            policy_error(
                &format!("{here}.{}", window_keys.close),
                format!("cannot read {} as HH:MM", quote(&window.close)),
            )
        })?;
        let w = Window::from_minutes(open, close).map_err(|e| e.in_field(here.clone()))?;
        if window.days.is_empty() {
            return Err(policy_error(
                &format!("{here}.{}", window_keys.days),
                "missing: name at least one weekday",
            ));
        }
        for (k, day) in window.days.iter().enumerate() {
            let index = WEEKDAYS
                .iter()
                .position(|d| d.eq_ignore_ascii_case(day))
                .ok_or_else(|| {
                    policy_error(
                        &format!("{here}.{}[{k}]", window_keys.days),
                        format!("unknown weekday {} (expected mon..sun)", quote(day)),
                    )
                })?;
            weekly[index].push(w);
        }
    }
    SupportHours::new(weekly, closures)
        .map_err(|e| e.in_field(format!("{at}.{}", calendar_keys.weekly)))
}

#[cfg(test)]
mod tests {
    use super::parse_hhmm;

    #[test]
    fn hhmm_reads_whole_minutes_up_to_24_00() {
        assert_eq!(parse_hhmm("08:00"), Some(480));
        assert_eq!(parse_hhmm("17:30"), Some(1050));
        assert_eq!(parse_hhmm("24:00"), Some(1440));
        for bad in [
            "8:00", "08:0", "24:01", "25:00", "08:60", "8am", "08-00", "", "+8:00", "08:00 ",
        ] {
            assert_eq!(parse_hhmm(bad), None, "{bad:?}");
        }
    }
}
