//! What the visitor reads about an answer: the headline, the details, the
//! plain-text summary, the timeline's words, the printed statement and the
//! live region's sentence. Pure and generic over the zone (like the reducer
//! in `state.rs`), so the words are tested natively in both languages; the
//! one thing taken from outside is how an instant is written ([`Dates`]:
//! the browser's `Intl` in the widget, `dates.rs`).

use super::i18n::{
    Lang, Msg, amount_words, announcement, announcement_no_target, around_when, duration_words,
    exact_duration_words, fill, hours_rules, priority_level, t, target_words, until_words,
    working_days_words,
};
use super::state::State;
use crate::calendar;
use crate::policy::Clock;
use crate::ticket::Answer;
use crate::time::Timestamp;
use crate::vocabulary::{Plan, Priority};
use crate::zone::{self, LocalAdjustment, TimeZone};

/// The fields an instant written for people shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// Weekday, date, hour and minute with the zone's short name.
    Long,
    /// Weekday and hour:minute, for the timeline.
    Short,
    /// Hour:minute only ("today at 16:15").
    Time,
    /// Weekday, day and month ("Friday 13 June"), for the account's days.
    Day,
    /// Weekday, day, month, hour and minute ("Friday 13 June at 16:00").
    DayTime,
}

/// How an instant is written for readers of a language in a zone, rounded
/// up to the minute (a display never shows a deadline earlier than the
/// real one).
pub trait Dates {
    /// `unix_seconds` in the zone called `zone`, in `style`.
    fn write(&self, lang: Lang, zone: &str, style: DateStyle, unix_seconds: i64) -> String;
}

/// `before` + an instant as people read it + `after`: the view makes the
/// instant a `<time datetime>` (RFC 3339, UTC).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timed {
    /// The words before the instant ("Support is closed now. Next opening: ").
    pub before: String,
    /// The instant: as people read it, and as RFC 3339 for `datetime`.
    pub at: Option<(String, String)>,
    /// The words after it (" (1 hour, around the clock)").
    pub after: String,
}

impl Timed {
    /// A sentence without an instant.
    pub fn text(text: impl Into<String>) -> Timed {
        Timed {
            before: text.into(),
            ..Timed::default()
        }
    }

    /// `template` split at its `{when}`, filled with `values`, around `at`
    /// written as `shown`.
    fn around(
        lang: Lang,
        template: &str,
        values: &[(&str, &str)],
        shown: String,
        at: Timestamp,
    ) -> Timed {
        let (before, after) = around_when(lang, template, values);
        Timed {
            before,
            at: Some((shown, at.to_rfc3339())),
            after,
        }
    }

    /// The sentence as plain text.
    pub fn plain(&self) -> String {
        let shown = self.at.as_ref().map_or("", |(shown, _)| shown.as_str());
        format!("{}{shown}{}", self.before, self.after)
    }
}

/// The headline: priority, target deadline in the chosen zone, time left.
#[derive(Debug, PartialEq)]
pub struct Headline {
    /// The priority in force.
    pub priority: Priority,
    /// The plan.
    pub plan: Plan,
    /// The UTC deadline (RFC 3339), empty when there is none.
    pub deadline: String,
    /// The policy's name of the priority's level, worded as the level's
    /// name ("the policy's “High impact” level"), never as the ticket's
    /// impact; `None` hides the badge (community help has no priority
    /// handling).
    pub title: Option<String>,
    /// "(your choice; the matrix gives P4)" when overridden.
    pub override_note: Option<String>,
    /// The headline's label ("Target response by", or "No response target").
    pub label: &'static str,
    /// The deadline as people read it, in the chosen zone.
    pub when: Option<String>,
    /// "in 2 d 18 h" / "past the target by 3 min", or the community text.
    pub left: String,
    /// Why there is no answer (a filing time that cannot be read).
    pub error: Option<String>,
}

impl Headline {
    /// The headline when there is no answer: only why.
    pub fn failed(priority: Priority, plan: Plan, error: String) -> Headline {
        Headline {
            priority,
            plan,
            deadline: String::new(),
            title: None,
            override_note: None,
            label: "",
            when: None,
            left: String::new(),
            error: Some(error),
        }
    }
}

/// What the headline means.
#[derive(Debug, PartialEq)]
pub struct Details {
    /// The priority's description, from the policy.
    pub description: Option<String>,
    /// The policy's example of that priority.
    pub example: Option<String>,
    /// "Our support engineers review the priority with you."
    pub review: Option<String>,
    /// "Response target: 24 business hours (about 2⅔ working days)".
    pub target: Option<String>,
    /// How the target was counted, from filing to the deadline.
    pub account: Option<Account>,
    /// The deadline in the reader's own zone when it differs.
    pub in_your_zone: Option<Timed>,
    /// Open now, or when support next opens.
    pub open: Option<Timed>,
    /// The same ticket under the other plan(s): `(plan key, sentence)`.
    pub compare: Vec<(&'static str, Timed)>,
    /// The heading of `notes`.
    pub notes_title: &'static str,
    /// Plain words on how the target is counted.
    pub notes: Vec<String>,
}

/// Filing to the target as a bar, with its words.
#[derive(Debug, PartialEq)]
pub struct Timeline {
    /// "From filing to the target".
    pub caption: &'static str,
    /// Legend texts: open, closed, target.
    pub legend: [&'static str; 3],
    /// Filing instant.
    pub filed: i64,
    /// Deadline.
    pub deadline: i64,
    /// Open windows between them.
    pub windows: Vec<(i64, i64)>,
    /// The ends (filing, target): as people read them in the chosen zone,
    /// and as RFC 3339.
    pub ends: [(String, String); 2],
    /// The whole bar in words.
    pub description: String,
}

/// An instant as "today 16:15" or "tomorrow 08:00" when it falls on the
/// zone's today or tomorrow (as of `now`), else in full.
pub fn when_relative<Z: TimeZone>(
    dates: &impl Dates,
    lang: Lang,
    zone: &Z,
    now: Timestamp,
    unix_seconds: i64,
) -> String {
    // The day is the one the displayed (rounded-up) minute falls on.
    let shown = Timestamp::from_seconds((unix_seconds + 59).div_euclid(60) * 60).unwrap_or(now);
    let day = |t| zone::to_local(zone, t).0.day_number();
    let (today, then) = (day(now), day(shown));
    let time = dates.write(lang, zone.name(), DateStyle::Time, unix_seconds);
    // Spanish says "a la 01:00" but "a las 02:00".
    let one = time.starts_with("01:") || time.starts_with("1:");
    let sentence = match (then - today, one) {
        (0, false) => t(lang, Msg::Today),
        (0, true) => t(lang, Msg::TodayAtOne),
        (1, false) => t(lang, Msg::Tomorrow),
        (1, true) => t(lang, Msg::TomorrowAtOne),
        _ => return dates.write(lang, zone.name(), DateStyle::Long, unix_seconds),
    };
    fill(lang, sentence, &[("time", &time)])
}

pub use super::i18n::capitalised;

/// "Label: value", as the language writes it (French puts a no-break space
/// before the colon).
fn labelled(lang: Lang, label: &str, value: &str) -> String {
    fill(
        lang,
        t(lang, Msg::LabelValue),
        &[("label", label), ("value", value)],
    )
}

/// The plans a ticket under `plan` is compared with.
pub fn other_plans(plan: Plan) -> &'static [Plan] {
    match plan {
        Plan::Standard => &[Plan::Premium],
        Plan::Premium | Plan::Trial => &[Plan::Standard],
        Plan::Community => &[Plan::Standard, Plan::Premium],
    }
}

/// The override's note: "(your choice; the matrix gives P4)".
fn override_note(lang: Lang, a: &Answer) -> Option<String> {
    a.overridden.then(|| {
        let computed = a.computed_priority.map(|p| p.as_str()).unwrap_or("—");
        fill(lang, t(lang, Msg::OverrideNote), &[("computed", computed)])
    })
}

/// The headline of answer `a`.
pub fn headline<Z: TimeZone + Clone>(s: &State<Z>, a: &Answer, dates: &impl Dates) -> Headline {
    let (lang, tag) = (s.lang, s.lang.tag());
    let info = s.policy.document().priorities.get(a.priority);
    match a.deadline {
        Some(d) => Headline {
            priority: a.priority,
            plan: a.plan,
            deadline: d.to_rfc3339(),
            title: Some(capitalised(&fill(
                lang,
                t(lang, Msg::LevelName),
                &[("title", info.title.get(tag))],
            ))),
            override_note: override_note(lang, a),
            label: t(lang, Msg::TargetBy),
            when: Some(dates.write(lang, s.zone.name(), DateStyle::Long, d.as_seconds())),
            left: until_words(lang, s.now.as_seconds(), d.as_seconds()),
            error: None,
        },
        None => Headline {
            priority: a.priority,
            plan: a.plan,
            deadline: String::new(),
            title: None,
            override_note: None,
            label: t(lang, Msg::NoTarget),
            when: None,
            left: t(lang, Msg::CommunityHelp).to_owned(),
            error: None,
        },
    }
}

/// The details of answer `a`; `viewer_zone` is the reader's own zone (the
/// browser's), when it is one the browser knows.
pub fn details<Z: TimeZone + Clone>(
    s: &State<Z>,
    a: &Answer,
    dates: &impl Dates,
    viewer_zone: Option<&str>,
) -> Details {
    let (lang, tag) = (s.lang, s.lang.tag());
    let doc = s.policy.document();
    let info = doc.priorities.get(a.priority);
    let community = a.deadline.is_none();
    let sla = s.policy.sla(a.plan);
    let target = a.target_minutes.map(|minutes| {
        let days = sla.and_then(|sla| working_days_words(lang, minutes, &sla.hours));
        let words = target_words(lang, minutes, a.clock);
        let value = match days {
            Some(days) => format!("{words} ({days})"),
            None => words,
        };
        labelled(lang, t(lang, Msg::Target), &value)
    });
    let in_your_zone = a
        .deadline
        .zip(viewer_zone.filter(|&viewer| viewer != s.zone.name()))
        .map(|(d, viewer)| {
            let shown = dates.write(lang, viewer, DateStyle::Long, d.as_seconds());
            Timed::around(lang, t(lang, Msg::InYourZoneAt), &[], shown, d)
        });
    // Open now: only beside a ticket filed now (not next to a typed date),
    // and named by its plan: whose hours, in the chosen zone. A plan whose
    // document states no support hours (a trial: the policy grants it the
    // Premium SLA, not Premium's hours) is only said to count around the clock.
    let plan_name = doc.plans.get(a.plan).name.get(tag);
    let states_hours = doc
        .plans
        .get(a.plan)
        .features
        .get("hours")
        .is_some_and(|items| !items.is_empty());
    let open_now = s.filed_text.is_none().then(|| s.open_now(a.plan)).flatten();
    let with_plan = |msg| Timed::text(fill(lang, t(lang, msg), &[("plan", plan_name)]));
    let open = match (a.clock, open_now) {
        (Clock::Continuous, _) if states_hours => Some(with_plan(Msg::AlwaysOpen)),
        (Clock::Continuous, _) => Some(Timed::text(t(lang, Msg::CountedAroundClock))),
        (Clock::Business, Some((true, _))) => Some(with_plan(Msg::OpenNow)),
        (Clock::Business, Some((false, Some(next)))) => {
            let shown = when_relative(dates, lang, &s.zone, s.now, next.as_seconds());
            let values = [("plan", plan_name)];
            Some(Timed::around(
                lang,
                t(lang, Msg::ClosedNextAt),
                &values,
                shown,
                next,
            ))
        }
        (Clock::Business, Some((false, None))) => Some(with_plan(Msg::ClosedNow)),
        _ => None,
    };
    let compare = other_plans(a.plan)
        .iter()
        .filter_map(|&other| {
            let o = s.answer_for(other).ok()?;
            let d = o.deadline?;
            let target = target_words(lang, o.target_minutes.unwrap_or(0), o.clock);
            let values = [
                ("plan", doc.plans.get(other).name.get(tag)),
                ("target", target.as_str()),
            ];
            let shown = when_relative(dates, lang, &s.zone, s.now, d.as_seconds());
            Some((
                other.as_str(),
                Timed::around(lang, t(lang, Msg::WithPlanAt), &values, shown, d),
            ))
        })
        .collect();
    let mut notes = Vec::new();
    if !community {
        notes.push(t(lang, Msg::ResponseNotFix).to_owned());
    }
    if let (Clock::Business, Some(sla)) = (a.clock, sla) {
        notes.extend(hours_rules(lang, &sla.hours));
    }
    if !community {
        notes.push(t(lang, Msg::TimeLeftNote).to_owned());
    }
    if a.plan == Plan::Trial {
        notes.push(t(lang, Msg::TrialNote).to_owned());
    }
    Details {
        description: (!community).then(|| info.description.get(tag).to_owned()),
        example: (!community).then(|| info.example.get(tag).to_owned()),
        review: (!community).then(|| t(lang, Msg::Review).to_owned()),
        target,
        account: account(s, a, dates),
        in_your_zone,
        open,
        compare,
        notes_title: t(lang, Msg::HowCounted),
        notes,
    }
}

/// The plain-text summary for pasting into a ticket (and the calendar
/// event's description).
pub fn summary<Z: TimeZone + Clone>(s: &State<Z>, a: &Answer, dates: &impl Dates) -> String {
    let mut lines = summary_lines(s, a, dates);
    lines.extend(account_lines(account(s, a, dates).as_ref()));
    lines.join("\n")
}

/// The account as lines of plain text: its title, then a line a step.
fn account_lines(account: Option<&Account>) -> Vec<String> {
    account.map_or_else(Vec::new, |account| {
        std::iter::once(format!("{}:", account.title))
            .chain(account.lines.iter().map(|l| format!("- {l}")))
            .collect()
    })
}

/// The summary's lines before the account.
fn summary_lines<Z: TimeZone + Clone>(s: &State<Z>, a: &Answer, dates: &impl Dates) -> Vec<String> {
    let (lang, tag) = (s.lang, s.lang.tag());
    let doc = s.policy.document();
    let zone = s.zone.name();
    let line = |label: Msg, value: &str| labelled(lang, t(lang, label), value);
    let mut lines = vec![
        line(Msg::Impact, doc.levels.impact.get(s.impact).name.get(tag)),
        line(
            Msg::Urgency,
            doc.levels.urgency.get(s.urgency).name.get(tag),
        ),
    ];
    // Community help has no priority handling: no priority line.
    if a.deadline.is_some() {
        let title = doc.priorities.get(a.priority).title.get(tag);
        let mut priority = line(
            Msg::Priority,
            &priority_level(lang, a.priority.as_str(), title),
        );
        if let Some(note) = override_note(lang, a) {
            priority.push(' ');
            priority.push_str(&note);
        }
        lines.push(priority);
    }
    lines.push(line(Msg::Plan, doc.plans.get(a.plan).name.get(tag)));
    let filed = dates.write(lang, zone, DateStyle::Long, a.filed_at.as_seconds());
    lines.push(line(Msg::Filed, &filed));
    match (a.target_minutes, a.deadline) {
        (Some(minutes), Some(deadline)) => {
            lines.push(line(Msg::Target, &target_words(lang, minutes, a.clock)));
            let shown = dates.write(lang, zone, DateStyle::Long, deadline.as_seconds());
            lines.push(line(
                Msg::TargetBy,
                &format!("{shown} ({})", deadline.to_rfc3339()),
            ));
        }
        _ => {
            lines.push(format!("{}.", t(lang, Msg::NoTarget)));
            lines.push(t(lang, Msg::CommunityHelp).to_owned());
        }
    }
    lines
}

/// The answer as a printed statement: the summary's lines with the
/// priority first, the zone, the other plan's target with its full date
/// ("tomorrow" means nothing on paper) and how the target is counted.
pub fn statement<Z: TimeZone + Clone>(
    s: &State<Z>,
    a: &Answer,
    d: &Details,
    dates: &impl Dates,
) -> Vec<String> {
    let (lang, tag) = (s.lang, s.lang.tag());
    let mut lines = summary_lines(s, a, dates);
    // The summary's third line is the priority (when there is one): it leads.
    if a.deadline.is_some() && lines.len() > 2 {
        let priority = lines.remove(2);
        lines.insert(0, priority);
    }
    lines.push(labelled(lang, t(lang, Msg::TimeZone), s.zone.name()));
    for &other in other_plans(a.plan) {
        let Some((o, at)) = s
            .answer_for(other)
            .ok()
            .and_then(|o| o.deadline.map(|at| (o, at)))
        else {
            continue;
        };
        let target = target_words(lang, o.target_minutes.unwrap_or(0), o.clock);
        let values = [
            ("plan", s.policy.document().plans.get(other).name.get(tag)),
            ("target", target.as_str()),
        ];
        let shown = dates.write(lang, s.zone.name(), DateStyle::Long, at.as_seconds());
        lines.push(Timed::around(lang, t(lang, Msg::WithPlanAt), &values, shown, at).plain());
    }
    // The account the details already made (not counted again), after the
    // zone and the other plan.
    lines.extend(account_lines(d.account.as_ref()));
    // The notes, one a line; not the time left, which paper does not show.
    let left = t(lang, Msg::TimeLeftNote);
    let notes: Vec<&String> = d.notes.iter().filter(|n| *n != left).collect();
    if !notes.is_empty() {
        lines.push(format!("{}:", d.notes_title));
        lines.extend(notes.into_iter().map(|n| format!("- {n}")));
    }
    lines
}

/// The note under the filing time: following the clock, or what became of
/// a typed time in a gap or a fold of the zone's clock.
pub fn filed_note(filed_text: Option<&str>, lang: Lang, answer: Option<&Answer>) -> Option<String> {
    match (filed_text, answer) {
        (None, _) => Some(t(lang, Msg::FollowingClock).to_owned()),
        (Some(_), Some(a)) => match a.filed_adjustment {
            LocalAdjustment::Gap { gap_seconds } => Some(fill(
                lang,
                t(lang, Msg::GapNotice),
                &[("duration", &duration_words(lang, gap_seconds))],
            )),
            LocalAdjustment::Fold { .. } => Some(t(lang, Msg::FoldNotice).to_owned()),
            LocalAdjustment::Exact => None,
        },
        (Some(_), None) => None,
    }
}

/// What the live region says after a change: the new answer in one sentence.
pub fn announcement_text<Z: TimeZone + Clone>(
    s: &State<Z>,
    a: &Answer,
    dates: &impl Dates,
) -> String {
    let (lang, tag) = (s.lang, s.lang.tag());
    let doc = s.policy.document();
    match a.deadline {
        Some(d) => announcement(
            lang,
            a.priority.as_str(),
            doc.priorities.get(a.priority).title.get(tag),
            &dates.write(lang, s.zone.name(), DateStyle::Long, d.as_seconds()),
        ),
        None => announcement_no_target(lang, doc.plans.get(a.plan).name.get(tag)),
    }
}

/// The timeline of answer `a` (business hours only: around the clock the
/// bar would be one colour and say nothing).
pub fn timeline<Z: TimeZone + Clone>(
    s: &State<Z>,
    a: &Answer,
    dates: &impl Dates,
) -> Option<Timeline> {
    let (lang, zone) = (s.lang, s.zone.name());
    let sla = s.policy.sla(a.plan)?;
    let d = a.deadline?;
    if a.clock != Clock::Business {
        return None;
    }
    let windows: Vec<(i64, i64)> =
        calendar::open_windows_between(&sla.hours, &s.zone, a.filed_at, d, 64)
            .into_iter()
            .map(|(x, y)| (x.as_seconds(), y.as_seconds()))
            .collect();
    let short = |at: i64| dates.write(lang, zone, DateStyle::Short, at);
    let described: Vec<String> = windows
        .iter()
        .map(|(x, y)| format!("{}–{}", short(*x), short(*y)))
        .collect();
    let description = fill(
        lang,
        t(lang, Msg::TimelineSpoken),
        &[
            ("windows", &described.join("; ")),
            ("when", &short(d.as_seconds())),
        ],
    );
    Some(Timeline {
        caption: t(lang, Msg::Timeline),
        legend: [
            t(lang, Msg::TimelineOpen),
            t(lang, Msg::TimelineClosed),
            t(lang, Msg::TimelineDeadline),
        ],
        filed: a.filed_at.as_seconds(),
        deadline: d.as_seconds(),
        windows,
        ends: [
            (short(a.filed_at.as_seconds()), a.filed_at.to_rfc3339()),
            (short(d.as_seconds()), d.to_rfc3339()),
        ],
        description,
    })
}

/// How the target was counted, from filing to the deadline, in the chosen
/// zone: the title and one line per step.
#[derive(Debug, PartialEq)]
pub struct Account {
    /// "How this target response time is counted".
    pub title: &'static str,
    /// When counting started, what each day counted (or that it was
    /// closed), any change of the zone's clock crossed, and the deadline.
    pub lines: Vec<String>,
}

/// At most this many days of counting are listed one by one; longer
/// targets (a host's policy) show the first and last few.
const ACCOUNT_DAYS: usize = 12;

/// The account of answer `a`: the spans are the answer's own `counted`
/// (the engine's walk that computes the deadline,
/// [`calendar::deadline_and_spans`]; the API's `counted` is the same list),
/// the words only word them. Spans are exact to the second; times are shown
/// as the display shows them (rounded up to the minute). `None` without a
/// deadline (community help).
pub fn account<Z: TimeZone + Clone>(
    s: &State<Z>,
    a: &Answer,
    dates: &impl Dates,
) -> Option<Account> {
    let (lang, tag) = (s.lang, s.lang.tag());
    let d = a.deadline?;
    let minutes = a.target_minutes?;
    let sla = s.policy.sla(a.plan)?;
    let zone = &s.zone;
    let name = zone.name();
    let plan = s.policy.document().plans.get(a.plan).name.get(tag);
    let filed = a.filed_at.as_seconds();
    let spans = a
        .counted
        .iter()
        .map(|&(x, y)| (x.as_seconds(), y.as_seconds()))
        .collect::<Vec<_>>();
    let write = |style, at: i64| dates.write(lang, name, style, at);
    let local_day = |at: i64| zone::to_local(zone, Timestamp::raw(at)).0.day_number();
    // A local day written by its noon (the day's name whatever the clocks do).
    let day_name = |day: i64, near: i64| {
        let noon = day * 86_400 + 43_200 - i64::from(zone.offset_at(near));
        write(DateStyle::Day, noon)
    };
    let changes = offset_changes(zone, filed, d.as_seconds());
    let mut lines = Vec::new();
    if sla.hours.is_continuous() {
        lines.push(fill(
            lang,
            t(lang, Msg::AccountContinuous),
            &[
                ("from", &write(DateStyle::DayTime, filed)),
                ("to", &write(DateStyle::DayTime, d.as_seconds())),
                (
                    "duration",
                    &exact_duration_words(lang, d.as_seconds() - filed),
                ),
            ],
        ));
    } else {
        let first = spans.first().map_or(filed, |s| s.0);
        lines.push(if first > filed {
            fill(
                lang,
                t(lang, Msg::AccountFiledClosed),
                &[
                    ("when", &write(DateStyle::DayTime, filed)),
                    ("plan", plan),
                    ("opening", &write(DateStyle::DayTime, first)),
                ],
            )
        } else {
            fill(
                lang,
                t(lang, Msg::AccountFiledOpen),
                &[("when", &write(DateStyle::DayTime, filed)), ("plan", plan)],
            )
        });
        // Per counted span: the closed days before it, then the span.
        let mut days: Vec<Vec<String>> = Vec::new();
        let mut last_day = local_day(filed);
        for &(x, y) in &spans {
            let mut entry = Vec::new();
            let day = local_day(x);
            let (closed_from, closed_to) = (last_day + 1, day - 1);
            if closed_from == closed_to {
                entry.push(fill(
                    lang,
                    t(lang, Msg::AccountClosedDay),
                    &[("day", &day_name(closed_from, x))],
                ));
            } else if closed_from < closed_to {
                entry.push(fill(
                    lang,
                    t(lang, Msg::AccountClosedDays),
                    &[
                        ("first", &day_name(closed_from, x)),
                        ("last", &day_name(closed_to, x)),
                    ],
                ));
            }
            entry.push(fill(
                lang,
                t(lang, Msg::AccountSpan),
                &[
                    ("day", &day_name(day, x)),
                    ("from", &write(DateStyle::Time, x)),
                    ("to", &write(DateStyle::Time, y)),
                    ("duration", &exact_duration_words(lang, y - x)),
                ],
            ));
            days.push(entry);
            last_day = local_day(y - 1);
        }
        if days.len() > ACCOUNT_DAYS {
            let keep = ACCOUNT_DAYS / 2 - 1;
            let hidden = &spans[keep..spans.len() - keep];
            let seconds: i64 = hidden.iter().map(|(x, y)| y - x).sum();
            let more = fill(
                lang,
                t(lang, Msg::AccountMore),
                &[
                    ("count", &hidden.len().to_string()),
                    ("duration", &exact_duration_words(lang, seconds)),
                ],
            );
            let tail = days.split_off(days.len() - keep);
            days.truncate(keep);
            days.push(vec![more]);
            days.extend(tail);
        }
        lines.extend(days.into_iter().flatten());
    }
    for (at, before, after) in changes {
        let within = spans.iter().any(|&(x, y)| x < at && at < y);
        let forward = after > before;
        let msg = match (sla.hours.is_continuous(), within, forward) {
            (true, _, true) => Msg::DstForwardAround,
            (true, _, false) => Msg::DstBackAround,
            (false, true, true) => Msg::DstForwardOpen,
            (false, true, false) => Msg::DstBackOpen,
            (false, false, true) => Msg::DstForwardClosed,
            (false, false, false) => Msg::DstBackClosed,
        };
        let shift = i64::from(after.abs_diff(before));
        lines.push(fill(
            lang,
            t(lang, msg),
            &[
                ("duration", &exact_duration_words(lang, shift)),
                ("day", &day_name(local_day(at), at)),
            ],
        ));
    }
    lines.push(fill(
        lang,
        t(lang, Msg::AccountDue),
        &[
            ("when", &write(DateStyle::DayTime, d.as_seconds())),
            (
                "target",
                &amount_words(lang, minutes, !sla.hours.is_continuous()),
            ),
        ],
    ));
    Some(Account {
        title: t(lang, Msg::AccountTitle),
        lines: lines.iter().map(|l| capitalised(l)).collect(),
    })
}

/// The zone's offset changes in `(from, to]`: the instant, the offset
/// before and after (at most a few: a target spans days, not years).
fn offset_changes<Z: TimeZone>(zone: &Z, from: i64, to: i64) -> Vec<(i64, i32, i32)> {
    let mut out = Vec::new();
    let (mut at, mut offset) = (from, zone.offset_at(from));
    while out.len() < 8 {
        let Some((lo, hi, _)) = zone::find_change(zone, at, offset, to) else {
            break;
        };
        let change = zone::bisect_change(zone, lo, hi, offset);
        let after = zone.offset_at(change);
        out.push((change, offset, after));
        (at, offset) = (change, after);
    }
    out
}
