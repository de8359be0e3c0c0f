//! The widget's plain state and its pure reducer: every control change is
//! an [`Action`]; the view derives everything else from the state. Zone
//! look-ups happen before an action is dispatched (the action carries the
//! zone found), so [`State::reduce`] touches no browser and is tested
//! natively with any [`TimeZone`].

use super::cities::Cities;
use super::handoff::{Fragment, TicketUrl};
use super::i18n::{Lang, Problem};
use crate::calendar;
use crate::error::Error;
use crate::policy::Policy;
use crate::ticket::{Answer, FiledAt, Ticket};
use crate::time::Timestamp;
use crate::vocabulary::{Impact, Plan, Priority, Urgency};
use crate::zone::TimeZone;
use std::rc::Rc;

/// What the host set (attributes or `mount` options), checked; the zone is
/// already looked up.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings<Z> {
    /// Language.
    pub lang: Lang,
    /// Plan to start with.
    pub plan: Option<Plan>,
    /// Impact to start with.
    pub impact: Option<Impact>,
    /// Urgency to start with.
    pub urgency: Option<Urgency>,
    /// Zone to start with (`None`: the browser's).
    pub zone: Option<Z>,
    /// The policy in force.
    pub policy: Rc<Policy>,
    /// A checked ticket URL template.
    pub ticket_url: Option<TicketUrl>,
    /// Whether the choices are kept in the page's URL fragment.
    pub sync_url: bool,
    /// One message per refused option.
    pub errors: Vec<Problem>,
}

impl<Z> Settings<Z> {
    /// A host that set nothing but the language: the policy's defaults,
    /// the browser's zone, no ticket link, no URL fragment.
    pub fn new(lang: Lang, policy: Rc<Policy>) -> Settings<Z> {
        Settings {
            lang,
            plan: None,
            impact: None,
            urgency: None,
            zone: None,
            policy,
            ticket_url: None,
            sync_url: false,
            errors: Vec::new(),
        }
    }
}

/// Everything the person chose, plus the clock.
#[derive(Clone, Debug, PartialEq)]
pub struct State<Z> {
    /// Language of every text.
    pub lang: Lang,
    /// The policy in force (the host's, or Zmanda's).
    pub policy: Rc<Policy>,
    /// Chosen impact.
    pub impact: Impact,
    /// Chosen urgency.
    pub urgency: Urgency,
    /// Chosen plan.
    pub plan: Plan,
    /// The zone in force (the last valid one typed).
    pub zone: Z,
    /// What is in the time-zone box.
    pub zone_text: String,
    /// Whether the box holds a name that is no zone (set when the person
    /// leaves the box, not while typing).
    pub zone_invalid: bool,
    /// The typed filing time; `None` follows the clock.
    pub filed_text: Option<String>,
    /// The customer's priority override.
    pub priority_override: Option<Priority>,
    /// The current time (ticks while the widget follows the clock).
    pub now: Timestamp,
    /// Messages about bad options, attributes, fragments or policies.
    pub option_errors: Vec<Problem>,
    /// Result of the last "Copy summary".
    pub copied: Option<bool>,
    /// Whether the zone suggestions are in the page (added on first use).
    pub suggest: bool,
    /// The cities of the time zones in the visitor's language, once
    /// downloaded (on first use of the zone field; `None` for English,
    /// whose names are the IANA ones).
    pub cities: Option<(Lang, Rc<Cities>)>,
    /// Whether the plan comparison is open (built only then).
    pub plans_open: bool,
    /// The host's ticket URL template.
    pub ticket_url: Option<TicketUrl>,
    /// Whether the choices are kept in the URL fragment.
    pub sync_url: bool,
}

/// A fragment read from the page's URL, its zone looked up.
#[derive(Clone, Debug, PartialEq)]
pub struct Restore<Z> {
    /// The values read.
    pub fragment: Fragment,
    /// The zone the fragment names, when it names one the browser knows.
    pub zone: Option<Z>,
}

/// A change to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action<Z> {
    /// Impact chosen.
    Impact(Impact),
    /// Urgency chosen.
    Urgency(Urgency),
    /// Plan chosen.
    Plan(Plan),
    /// The time-zone box changed.
    ZoneText {
        /// The box's text.
        text: String,
        /// The zone it names, if any.
        zone: Option<Z>,
        /// The person left the box (or pressed Enter): a name that is no
        /// zone is now an error, and a good one is written in full.
        commit: bool,
    },
    /// The filing-time box changed (empty follows the clock).
    FiledText(String),
    /// "Now": follow the clock again.
    FollowClock,
    /// Override chosen (`None`: as the matrix gives).
    Override(Option<Priority>),
    /// The clock moved.
    Tick(Timestamp),
    /// The host changed options; only what differs from `previous` applies.
    Settings {
        /// The settings before.
        previous: Box<Settings<Z>>,
        /// The settings now.
        current: Box<Settings<Z>>,
    },
    /// Choices read from the page's URL fragment.
    Restore(Box<Restore<Z>>),
    /// The summary was copied (or not).
    Copied(bool),
    /// The time-zone box got focus: offer the suggestions.
    Suggest,
    /// The plan comparison was opened (`true`) or closed.
    PlansOpen(bool),
    /// The cities of a language arrived.
    Cities(Lang, Rc<Cities>),
}

impl<Z: TimeZone + Clone> State<Z> {
    /// The first state, from the host's settings; `zone` is the zone to use
    /// when the settings name none (the browser's).
    ///
    /// ```
    /// use support_policy::web::widget::state::{Settings, State};
    /// use support_policy::web::widget::i18n::Lang;
    /// use support_policy::{Policy, TimeZone, Timestamp, TzdbZone, Plan};
    /// let settings = Settings::<TzdbZone>::new(Lang::En, std::rc::Rc::new(Policy::zmanda()));
    /// let s = State::new(&settings, TzdbZone::for_name("UTC").unwrap(), Timestamp::MIN);
    /// assert_eq!(s.plan, Plan::Standard);
    /// ```
    pub fn new(settings: &Settings<Z>, browser_zone: Z, now: Timestamp) -> State<Z> {
        let zone = settings.zone.clone().unwrap_or(browser_zone);
        State {
            lang: settings.lang,
            policy: settings.policy.clone(),
            impact: settings.impact.unwrap_or(Impact::Medium),
            urgency: settings.urgency.unwrap_or(Urgency::Medium),
            plan: settings.plan.unwrap_or(Plan::Standard),
            zone_text: zone.name().to_owned(),
            zone,
            zone_invalid: false,
            filed_text: None,
            priority_override: None,
            now,
            option_errors: settings.errors.clone(),
            copied: None,
            suggest: false,
            cities: None,
            plans_open: false,
            ticket_url: settings.ticket_url.clone(),
            sync_url: settings.sync_url,
        }
    }

    /// The visitor's language's cities, when they have arrived.
    pub fn cities(&self) -> Option<&Cities> {
        self.cities
            .as_ref()
            .filter(|(lang, _)| *lang == self.lang)
            .map(|(_, c)| c.as_ref())
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

    /// The answer for `plan` with everything else as chosen (a filing time
    /// that cannot be read is an error, shown at its field).
    pub fn answer_for(&self, plan: Plan) -> Result<Answer, Error> {
        let ticket = Ticket {
            levels: Some((self.impact, self.urgency)),
            priority_override: self.priority_override,
            plan,
            zone: self.zone.clone(),
            filed_at: self.filed_at()?,
        };
        ticket.answer(&self.policy, self.now)
    }

    /// Whether support under `plan` is open now, and when it next opens.
    pub fn open_now(&self, plan: Plan) -> Option<(bool, Option<Timestamp>)> {
        let sla = self.policy.sla(plan)?;
        let open = calendar::is_open(&sla.hours, &self.zone, self.now);
        let next = if open {
            None
        } else {
            calendar::next_opening(&sla.hours, &self.zone, self.now).ok()
        };
        Some((open, next))
    }

    /// The choices as a URL fragment (`sync-url`).
    pub fn fragment(&self) -> Fragment {
        Fragment {
            impact: Some(self.impact),
            urgency: Some(self.urgency),
            plan: Some(self.plan),
            time_zone: Some(self.zone.name().to_owned()),
            filed_at: self.filed_text.clone(),
            priority: self.priority_override,
            errors: Vec::new(),
        }
    }

    /// The state after `action`.
    ///
    /// ```
    /// # use support_policy::web::widget::state::{Action, Settings, State};
    /// # use support_policy::web::widget::i18n::Lang;
    /// # use support_policy::{Policy, TimeZone, Timestamp, TzdbZone, Impact, Priority};
    /// # let settings = Settings::<TzdbZone>::new(Lang::En, std::rc::Rc::new(Policy::zmanda()));
    /// let s = State::new(&settings, TzdbZone::for_name("UTC").unwrap(), Timestamp::MIN);
    /// let s = s.reduce(Action::Impact(Impact::High));
    /// assert_eq!(s.computed_priority(), Priority::P2);
    /// ```
    pub fn reduce(mut self, action: Action<Z>) -> State<Z> {
        self.copied = None;
        match action {
            Action::Impact(i) => self.impact = i,
            Action::Urgency(u) => self.urgency = u,
            Action::Plan(t) => self.plan = t,
            Action::Suggest => self.suggest = true,
            Action::Cities(lang, cities) => self.cities = Some((lang, cities)),
            Action::PlansOpen(open) => self.plans_open = open,
            Action::ZoneText { text, zone, commit } => {
                self.suggest = true;
                match zone {
                    Some(zone) => {
                        self.zone_text = if commit { zone.name().to_owned() } else { text };
                        self.zone = zone;
                        self.zone_invalid = false;
                    }
                    None => {
                        self.zone_text = text;
                        if commit {
                            self.zone_invalid = true;
                        }
                    }
                }
            }
            Action::FiledText(text) => self.filed_text = (!text.trim().is_empty()).then_some(text),
            Action::FollowClock => self.filed_text = None,
            Action::Override(p) => self.priority_override = p,
            Action::Tick(now) => self.now = now,
            Action::Copied(ok) => self.copied = Some(ok),
            Action::Settings { previous, current } => {
                if previous.lang != current.lang {
                    self.lang = current.lang;
                }
                if previous.plan != current.plan {
                    self.plan = current.plan.unwrap_or(Plan::Standard);
                }
                if previous.impact != current.impact {
                    self.impact = current.impact.unwrap_or(Impact::Medium);
                }
                if previous.urgency != current.urgency {
                    self.urgency = current.urgency.unwrap_or(Urgency::Medium);
                }
                let name = |z: &Option<Z>| z.as_ref().map(|z| z.name().to_owned());
                if let (true, Some(zone)) =
                    (name(&previous.zone) != name(&current.zone), &current.zone)
                {
                    self.zone_text = zone.name().to_owned();
                    self.zone = zone.clone();
                    self.zone_invalid = false;
                }
                if !Rc::ptr_eq(&previous.policy, &current.policy) {
                    self.policy = current.policy.clone();
                }
                self.ticket_url = current.ticket_url.clone();
                self.sync_url = current.sync_url;
                self.option_errors = current.errors.clone();
            }
            Action::Restore(restore) => {
                let Restore { fragment: f, zone } = *restore;
                self.impact = f.impact.unwrap_or(self.impact);
                self.urgency = f.urgency.unwrap_or(self.urgency);
                self.plan = f.plan.unwrap_or(self.plan);
                self.priority_override = f.priority;
                self.filed_text = f.filed_at.filter(|t| !t.trim().is_empty());
                let mut errors = f.errors;
                match (zone, f.time_zone) {
                    (Some(zone), _) => {
                        self.zone_text = zone.name().to_owned();
                        self.zone = zone;
                        self.zone_invalid = false;
                    }
                    (None, Some(name)) => errors.push(Problem::LinkValue {
                        key: "timeZone".into(),
                        value: name,
                    }),
                    (None, None) => {}
                }
                if let Some(text) = &self.filed_text {
                    if FiledAt::parse(text).is_err() {
                        errors.push(Problem::LinkValue {
                            key: "filedAt".into(),
                            value: text.clone(),
                        });
                        self.filed_text = None;
                    }
                }
                self.option_errors.retain(|e| !e.from_link());
                self.option_errors.extend(errors);
            }
        }
        self
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::zone::TzdbZone;

    fn zone(name: &str) -> TzdbZone {
        TzdbZone::for_name(name).unwrap()
    }

    fn settings() -> Settings<TzdbZone> {
        Settings::new(Lang::En, crate::web::widget::i18n::builtin_policy())
    }

    fn start() -> State<TzdbZone> {
        let now = Timestamp::parse_rfc3339("2025-06-13T14:00:00Z").unwrap();
        State::new(&settings(), zone("Europe/Madrid"), now)
    }

    #[test]
    fn levels_plan_and_override_drive_the_answer() {
        let s = start()
            .reduce(Action::Impact(Impact::High))
            .reduce(Action::Urgency(Urgency::High));
        let a = s.answer_for(s.plan).unwrap();
        assert_eq!((a.priority, a.overridden), (Priority::P1, false));
        // Friday 16:00 in Madrid, one business hour: due at closing, 17:00.
        assert_eq!(a.deadline.unwrap().to_rfc3339(), "2025-06-13T15:00:00Z");
        let s = s.reduce(Action::Override(Some(Priority::P4)));
        let a = s.answer_for(Plan::Premium).unwrap();
        assert_eq!(
            (a.priority, a.computed_priority, a.overridden),
            (Priority::P4, Some(Priority::P1), true)
        );
        assert_eq!(a.deadline.unwrap().to_rfc3339(), "2025-06-13T22:00:00Z");
        let s = s.reduce(Action::Plan(Plan::Community));
        assert_eq!(s.answer_for(s.plan).unwrap().deadline, None);
    }

    #[test]
    fn a_zone_is_taken_while_typing_and_an_unknown_one_is_flagged_on_leaving() {
        let s = start().reduce(Action::ZoneText {
            text: "Asia/Tok".into(),
            zone: None,
            commit: false,
        });
        assert_eq!((s.zone.name(), s.zone_invalid), ("Europe/Madrid", false));
        let s = s.reduce(Action::ZoneText {
            text: "tokyo".into(),
            zone: Some(zone("Asia/Tokyo")),
            commit: false,
        });
        assert_eq!(
            (s.zone.name(), s.zone_text.as_str()),
            ("Asia/Tokyo", "tokyo")
        );
        let s = s.reduce(Action::ZoneText {
            text: "tokyo".into(),
            zone: Some(zone("Asia/Tokyo")),
            commit: true,
        });
        assert_eq!(
            s.zone_text, "Asia/Tokyo",
            "a committed zone is written in full"
        );
        let s = s.reduce(Action::ZoneText {
            text: "Mars/Olympus".into(),
            zone: None,
            commit: true,
        });
        assert!(s.zone_invalid);
        assert_eq!(
            s.zone.name(),
            "Asia/Tokyo",
            "the last good zone stays in force"
        );
        let s = s.reduce(Action::ZoneText {
            text: "UTC".into(),
            zone: Some(zone("UTC")),
            commit: false,
        });
        assert!(!s.zone_invalid);
    }

    #[test]
    fn the_plan_comparison_opens_and_closes_without_touching_the_ticket() {
        let s = start();
        assert!(!s.plans_open);
        let opened = s.clone().reduce(Action::PlansOpen(true));
        assert!(opened.plans_open);
        assert_eq!(opened.answer_for(opened.plan), s.answer_for(s.plan));
        assert!(!opened.reduce(Action::PlansOpen(false)).plans_open);
    }

    #[test]
    fn a_bad_filing_time_is_an_error_and_now_clears_it() {
        let s = start().reduce(Action::FiledText("1850-06-13T16:00".into()));
        let e = s.answer_for(s.plan).unwrap_err();
        assert!(e.to_string().starts_with("filedAt: "), "{e}");
        let s = s.reduce(Action::FollowClock);
        assert!(s.answer_for(s.plan).is_ok());
        let s = s.reduce(Action::FiledText("  ".into()));
        assert_eq!(s.filed_text, None);
    }

    #[test]
    fn host_settings_apply_only_what_changed() {
        let s = start()
            .reduce(Action::Plan(Plan::Premium))
            .reduce(Action::Impact(Impact::Low));
        let before = settings();
        let mut after = settings();
        after.urgency = Some(Urgency::High);
        after.zone = Some(zone("Asia/Kolkata"));
        after.errors = vec![Problem::setting("tier: unknown support plan \"gold\"")];
        let s = s.reduce(Action::Settings {
            previous: Box::new(before),
            current: Box::new(after),
        });
        assert_eq!(
            (s.plan, s.impact, s.urgency),
            (Plan::Premium, Impact::Low, Urgency::High)
        );
        assert_eq!(s.zone.name(), "Asia/Kolkata");
        assert_eq!(s.option_errors.len(), 1);
    }

    #[test]
    fn the_fragment_round_trips_through_restore() {
        let s = start()
            .reduce(Action::Impact(Impact::High))
            .reduce(Action::Plan(Plan::Trial))
            .reduce(Action::Override(Some(Priority::P3)))
            .reduce(Action::FiledText("2025-06-13T16:00:00".into()))
            .reduce(Action::ZoneText {
                text: "x".into(),
                zone: Some(zone("America/New_York")),
                commit: true,
            });
        let hash = s.fragment().to_hash();
        let fragment = Fragment::parse(&hash).unwrap();
        let z = fragment.time_zone.as_deref().map(zone);
        let restored = start().reduce(Action::Restore(Box::new(Restore { fragment, zone: z })));
        assert_eq!(restored.fragment(), s.fragment());
        assert_eq!(restored.answer_for(restored.plan), s.answer_for(s.plan));

        let bad =
            Fragment::parse("#spw:timeZone=Mars%2FOlympus&filedAt=yesterday&tier=gold").unwrap();
        let r = start().reduce(Action::Restore(Box::new(Restore {
            fragment: bad,
            zone: None,
        })));
        assert_eq!(r.zone.name(), "Europe/Madrid");
        assert_eq!(r.filed_text, None);
        assert_eq!(r.option_errors.len(), 3, "{:?}", r.option_errors);
        assert!(r.option_errors.contains(&Problem::LinkValue {
            key: "timeZone".into(),
            value: "Mars/Olympus".into()
        }));
    }
}
