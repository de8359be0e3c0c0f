//! The widget's plain state and its reducer: every control change is an
//! [`Action`]; the view derives everything else from the state.

use super::i18n::Lang;
use super::options::Options;
use crate::calendar;
use crate::error::Error;
use crate::level::{Impact, Priority, Tier, Urgency};
use crate::policy::Policy;
use crate::ticket::{Answer, FiledAt, Ticket};
use crate::time::Timestamp;
use crate::web::intl_zone::{IntlZone, ZoneNames};
use crate::zone::TimeZone;
use std::rc::Rc;
use yew::Reducible;

/// Everything the person chose, plus the clock.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Language of every text.
    pub lang: Lang,
    /// The policy in force (the host's, or Zmanda's).
    pub policy: Rc<Policy>,
    /// Chosen impact.
    pub impact: Impact,
    /// Chosen urgency.
    pub urgency: Urgency,
    /// Chosen plan.
    pub tier: Tier,
    /// The zone in force (the last valid one typed).
    pub zone: IntlZone,
    /// What is in the time-zone box.
    pub zone_text: String,
    /// The typed filing time; `None` follows the clock.
    pub filed_text: Option<String>,
    /// The customer's priority override.
    pub priority_override: Option<Priority>,
    /// The current time (ticks while the widget follows the clock).
    pub now: Timestamp,
    /// Messages about bad options, attributes or policy documents.
    pub option_errors: Vec<String>,
    /// Result of the last "Copy summary".
    pub copied: Option<bool>,
    /// Every zone name the browser supports (the suggestions).
    pub zone_names: ZoneNames,
    /// Whether the suggestions are in the page (added when the time-zone
    /// box is first used, to keep the first render small).
    pub suggest: bool,
}

/// A change to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Impact chosen.
    Impact(Impact),
    /// Urgency chosen.
    Urgency(Urgency),
    /// A matrix cell clicked.
    Cell(Impact, Urgency),
    /// Plan chosen.
    Tier(Tier),
    /// The time-zone box changed.
    ZoneText(String),
    /// The filing-time box changed (empty follows the clock).
    FiledText(String),
    /// "Now": follow the clock again.
    FollowClock,
    /// Override chosen (`None`: as the matrix says).
    Override(Option<Priority>),
    /// The clock moved.
    Tick(Timestamp),
    /// The host changed options; only what differs from `previous` applies.
    Options {
        /// The options before.
        previous: Box<Options>,
        /// The options now.
        current: Box<Options>,
    },
    /// The summary was copied (or not).
    Copied(bool),
    /// The time-zone box got focus: offer the suggestions.
    Suggest,
}

/// Finds the zone a person typed: an IANA name in any case (or any name the
/// browser accepts, such as Asia/Kolkata where it lists Asia/Calcutta), or a city.
pub fn find_zone(text: &str, names: &[String]) -> Option<String> {
    let wanted = text.trim();
    if wanted.is_empty() {
        return None;
    }
    if let Some(name) = names.iter().find(|n| n.eq_ignore_ascii_case(wanted)) {
        return Some(name.clone());
    }
    if wanted.contains('/') && IntlZone::for_name(wanted).is_ok() {
        return Some(wanted.to_owned());
    }
    let city = wanted.replace(' ', "_").to_ascii_lowercase();
    let mut matches = names.iter().filter(|n| {
        n.rsplit('/')
            .next()
            .is_some_and(|c| c.to_ascii_lowercase() == city)
    });
    match (matches.next(), matches.next()) {
        (Some(one), None) => Some(one.clone()),
        _ => None,
    }
}

impl State {
    /// The first state, from the host's options.
    pub fn new(options: &Options, now: Timestamp, zone_names: ZoneNames) -> State {
        let (policy, mut option_errors) = (options.policy.clone(), options.errors.clone());
        let zone_name = options
            .time_zone
            .clone()
            .unwrap_or_else(crate::web::intl_zone::browser_zone);
        let zone = IntlZone::for_name(&zone_name).or_else(|e| {
            option_errors.push(e.in_field("timeZone").to_string());
            IntlZone::for_name("UTC")
        });
        let zone = zone.unwrap_or_else(|_| fallback_zone());
        State {
            lang: options.lang,
            policy,
            impact: options.impact.unwrap_or(Impact::Medium),
            urgency: options.urgency.unwrap_or(Urgency::Medium),
            tier: options.tier.unwrap_or(Tier::Standard),
            zone_text: zone.name().to_owned(),
            zone,
            filed_text: None,
            priority_override: None,
            now,
            option_errors,
            copied: None,
            zone_names,
            suggest: false,
        }
    }

    /// The priority the matrix gives.
    pub fn computed_priority(&self) -> Priority {
        self.policy.classify(self.impact, self.urgency)
    }

    /// The filing time: typed, or now.
    pub fn filed_at(&self) -> Result<FiledAt, Error> {
        match self.filed_text.as_deref() {
            None => Ok(FiledAt::Now),
            Some(text) => FiledAt::parse(text).map_err(|e| e.in_field("filedAt")),
        }
    }

    /// The answer for `tier` with everything else as chosen.
    pub fn answer_for(&self, tier: Tier) -> Result<Answer, Error> {
        let ticket = Ticket {
            levels: Some((self.impact, self.urgency)),
            priority_override: self.priority_override,
            tier,
            zone: self.zone.clone(),
            filed_at: self.filed_at().unwrap_or(FiledAt::Now),
        };
        ticket.answer(&self.policy, self.now)
    }

    /// Whether the zone box holds something other than the zone in force.
    pub fn zone_text_is_stale(&self) -> bool {
        self.zone_text.trim() != self.zone.name()
    }

    /// Whether support under `tier` is open now, and when it next opens.
    pub fn open_now(&self, tier: Tier) -> Option<(bool, Option<Timestamp>)> {
        let sla = self.policy.sla(tier)?;
        let open = calendar::is_open(&sla.hours, &self.zone, self.now);
        let next = if open {
            None
        } else {
            calendar::next_opening(&sla.hours, &self.zone, self.now).ok()
        };
        Some((open, next))
    }
}

/// A zone that always exists (the browser always knows UTC).
fn fallback_zone() -> IntlZone {
    // `for_name("UTC")` only fails in a browser without Intl time zones;
    // then offsets read as 0 through "Etc/UTC" just the same.
    IntlZone::for_name("Etc/UTC").unwrap_or_else(|_| IntlZone::utc_without_intl())
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.copied = None;
        match action {
            Action::Impact(i) => s.impact = i,
            Action::Urgency(u) => s.urgency = u,
            Action::Cell(i, u) => (s.impact, s.urgency) = (i, u),
            Action::Tier(t) => s.tier = t,
            Action::Suggest => s.suggest = true,
            Action::ZoneText(text) => {
                s.suggest = true;
                if let Some(zone) =
                    find_zone(&text, s.zone_names.get()).and_then(|n| IntlZone::for_name(&n).ok())
                {
                    s.zone = zone;
                }
                s.zone_text = text;
            }
            Action::FiledText(text) => s.filed_text = (!text.trim().is_empty()).then_some(text),
            Action::FollowClock => s.filed_text = None,
            Action::Override(p) => s.priority_override = p,
            Action::Tick(now) => s.now = now,
            Action::Copied(ok) => s.copied = Some(ok),
            Action::Options { previous, current } => {
                if previous.lang != current.lang {
                    s.lang = current.lang;
                }
                if previous.tier != current.tier {
                    s.tier = current.tier.unwrap_or(Tier::Standard);
                }
                if previous.impact != current.impact {
                    s.impact = current.impact.unwrap_or(Impact::Medium);
                }
                if previous.urgency != current.urgency {
                    s.urgency = current.urgency.unwrap_or(Urgency::Medium);
                }
                if previous.time_zone != current.time_zone {
                    let name = current
                        .time_zone
                        .clone()
                        .unwrap_or_else(crate::web::intl_zone::browser_zone);
                    if let Ok(zone) = IntlZone::for_name(&name) {
                        s.zone_text = zone.name().to_owned();
                        s.zone = zone;
                    }
                }
                if !Rc::ptr_eq(&previous.policy, &current.policy) {
                    s.policy = current.policy.clone();
                }
                s.option_errors = current.errors.clone();
            }
        }
        Rc::new(s)
    }
}
