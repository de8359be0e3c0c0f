//! The root component: the reducer, the effects (host options, the clock,
//! the URL fragment) and the callbacks; it turns the state into the plain
//! props of the components.

use super::components::*;
use super::dates::{DateStyle, find_zone, when, when_relative, zone_label};
use super::handoff::{Fragment, TicketValues, calendar_file};
use super::i18n::{
    LevelKind, Msg, Problem, announcement, announcement_no_target, around_when, at_closing_words,
    closing_time, fill, level_phrase, problem_words, t, target_words, until_words,
    working_days_words, zone_words,
};
use super::options::{Options, Theme, now_by};
use super::state::{Action, Restore, State};
use crate::calendar;
use crate::level::{Impact, Priority, Tier, Urgency};
use crate::policy::{Clock, Keyed, LevelText};
use crate::ticket::Answer as TicketAnswer;
use crate::web::api::answer_to_js;
use crate::web::intl_zone::{IntlZone, ZoneNames, browser_zone};
use crate::web::js::{emit_change, widget_answer, zone_name};
use crate::zone::{self, LocalAdjustment, TimeZone};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

impl Reducible for State<IntlZone> {
    type Action = Action<IntlZone>;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new((*self).clone().reduce(action))
    }
}

/// Props of the root component.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The host's checked options.
    pub options: Options,
    /// Every zone name (suggestions).
    pub names: ZoneNames,
    /// Bumped by `WidgetHandle::refresh` to read the clock again.
    pub refresh: u32,
    /// The widget's element and the answer its host reads.
    pub host: Host,
}

/// The widget's element, and the latest answer for its host
/// (`WidgetHandle::answer`, the custom element's `answer`).
#[derive(Clone)]
pub struct Host(Rc<(web_sys::Element, RefCell<JsValue>)>);

impl PartialEq for Host {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Host {
    /// A host for `element`, with no answer yet.
    pub fn new(element: web_sys::Element) -> Host {
        Host(Rc::new((element, RefCell::new(JsValue::NULL))))
    }

    /// The widget's element.
    pub fn element(&self) -> &web_sys::Element {
        &self.0.0
    }

    /// The latest answer, `null` before the first.
    pub fn answer(&self) -> JsValue {
        self.0.1.borrow().clone()
    }
}

/// The browser's zone in its current name (UTC if the browser has no zones).
fn browser_intl_zone() -> IntlZone {
    IntlZone::for_name(&browser_zone())
        .or_else(|_| IntlZone::for_name("UTC"))
        .map(super::dates::current_zone)
        .unwrap_or_else(|_| IntlZone::utc_without_intl())
}

/// The page's fragment, when the widget's choices are in it.
fn read_fragment(names: &ZoneNames) -> Option<Restore<IntlZone>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = Fragment::parse(&hash)?;
    let zone = fragment
        .time_zone
        .as_deref()
        .and_then(|name| find_zone(name, names.get()));
    Some(Restore { fragment, zone })
}

/// The root: the reducer, the clock, host option changes, the fragment.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let (options, names) = (props.options.clone(), props.names.clone());
        use_reducer(move || {
            let state = State::new(&options.settings, browser_intl_zone(), options.now());
            match options
                .settings
                .sync_url
                .then(|| read_fragment(&names))
                .flatten()
            {
                Some(restore) => state.reduce(Action::Restore(Box::new(restore))),
                None => state,
            }
        })
    };
    {
        // Host option changes apply what changed, keeping the person's choices.
        let state = state.clone();
        let previous = use_mut_ref(|| props.options.clone());
        use_effect_with(props.options.clone(), move |current| {
            let before = previous.replace(current.clone());
            if before != *current {
                state.dispatch(Action::Settings {
                    previous: Box::new(before.settings),
                    current: Box::new(current.settings.clone()),
                });
            }
        });
    }
    {
        // Follow the clock: "now", time left and "open now" stay right.
        let state = state.clone();
        use_effect_with(props.options.clock.clone(), move |clock| {
            let clock = clock.clone();
            let interval = gloo_timers::callback::Interval::new(15_000, move || {
                state.dispatch(Action::Tick(now_by(clock.as_ref())))
            });
            move || drop(interval)
        });
    }
    use_effect_with((), |_| {
        // The first deadline is on screen: start-up is measured from
        // navigation to this mark (benchmarks).
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("support-policy:first-result");
        }
    });
    {
        // The host asked to read the clock again. Not on the first render:
        // the state has just read it, and a second render at start-up costs
        // about 6 ms before the page is free.
        let state = state.clone();
        let options = props.options.clone();
        let seen = use_mut_ref(|| props.refresh);
        use_effect_with(props.refresh, move |refresh| {
            if seen.replace(*refresh) != *refresh {
                state.dispatch(Action::Tick(options.now()))
            }
        });
    }
    {
        // sync-url: keep the choices in the fragment (replacing, not adding,
        // history entries), and follow a fragment changed by the person.
        let hash = state.sync_url.then(|| state.fragment().to_hash());
        let written = use_mut_ref(|| None::<String>);
        use_effect_with(hash, move |hash| {
            if let (Some(hash), Some(window)) = (hash, web_sys::window()) {
                // The first render leaves the page's fragment alone (a
                // foreign one such as #levels, or the one just restored).
                if written.replace(Some(hash.clone())).is_some()
                    && window.location().hash().unwrap_or_default() != *hash
                {
                    if let Ok(history) = window.history() {
                        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
                    }
                }
            }
        });
        let state = state.clone();
        let names = props.names.clone();
        use_effect_with(state.sync_url, move |on| {
            let listener = on.then(|| {
                let closure = Closure::<dyn Fn()>::new(move || {
                    if let Some(restore) = read_fragment(&names) {
                        state.dispatch(Action::Restore(Box::new(restore)));
                    }
                });
                if let Some(w) = web_sys::window() {
                    let _ = w.add_event_listener_with_callback(
                        "hashchange",
                        closure.as_ref().unchecked_ref(),
                    );
                }
                closure
            });
            move || {
                if let (Some(closure), Some(w)) = (listener, web_sys::window()) {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        closure.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let answer = state.answer_for(state.tier);
    let live = use_node_ref();
    {
        // The host's answer: kept current (also as the clock moves), and
        // announced with `support-policy-change` only when an input changed
        // (the person or the host), never for a clock tick.
        // The host's policy (by identity) and clock are inputs too; a tick is not.
        let inputs = (
            state.impact,
            state.urgency,
            state.tier,
            state.zone.name().to_owned(),
            state.filed_text.clone(),
            state.priority_override,
            (
                Rc::as_ptr(&state.policy) as usize,
                props.options.clock.clone(),
            ),
        );
        let host = props.host.clone();
        let announced = use_mut_ref(|| None);
        let (live, state) = (live.clone(), state.clone());
        use_effect_with((answer.clone().ok(), inputs), move |(answer, inputs)| {
            let value = answer.as_ref().map_or(JsValue::UNDEFINED, |a| {
                answer_to_js(a, zone_name(&inputs.3))
            });
            let value = widget_answer(&value, inputs.0.as_str(), inputs.1.as_str());
            host.0.1.replace(value.clone());
            let before = announced.replace(Some(inputs.clone()));
            if before.as_ref() != Some(inputs) {
                let _ = emit_change(host.element(), &value);
                // Screen readers hear changes, not the first answer (it is
                // the page's content) and not the clock.
                if let (Some(_), Some(region)) = (before, live.cast::<web_sys::Element>()) {
                    // (Written only then: no date is formatted for it on other renders.)
                    let text = answer.as_ref().map(|a| announcement_text(&state, a));
                    region.set_text_content(text.as_deref());
                }
            }
        });
    }
    view(&state, &props.names, props.options.theme, &answer, &live)
}

/// What the live region says after a change: the new answer in one sentence.
fn announcement_text(s: &State<IntlZone>, a: &TicketAnswer) -> String {
    let (lang, tag) = (s.lang, s.lang.tag());
    let doc = s.policy.document();
    match a.deadline {
        Some(d) => announcement(
            lang,
            a.priority.as_str(),
            doc.priorities.get(a.priority).title.get(tag),
            &when(lang, s.zone.name(), DateStyle::Long, d.as_seconds()),
        ),
        None => announcement_no_target(lang, doc.plans.get(a.tier).name.get(tag)),
    }
}

/// A callback that dispatches what `f` makes of its input.
fn dispatcher<T: 'static>(
    state: &UseReducerHandle<State<IntlZone>>,
    f: impl Fn(T) -> Option<Action<IntlZone>> + 'static,
) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |v: T| {
        if let Some(a) = f(v) {
            state.dispatch(a)
        }
    })
}

/// The whole widget.
fn view(
    state: &UseReducerHandle<State<IntlZone>>,
    names: &ZoneNames,
    theme: Theme,
    answer: &Result<TicketAnswer, crate::error::Error>,
    live: &NodeRef,
) -> Html {
    let s: &State<IntlZone> = state;
    let (lang, tag) = (s.lang, s.lang.tag());
    let doc = s.policy.document();
    let zone = s.zone.name().to_owned();

    // Controls.
    let tiers: Vec<_> = Tier::ALL
        .iter()
        .map(|&tier| {
            (
                tier.as_str().to_owned(),
                doc.plans.get(tier).name.get(tag).to_owned(),
            )
        })
        .collect();
    let mut overrides = vec![(
        String::new(),
        format!("{} ({})", t(lang, Msg::AsComputed), s.computed_priority()),
    )];
    overrides.extend(Priority::ALL.iter().map(|&p| {
        (
            p.as_str().to_owned(),
            format!("{p} — {}", doc.priorities.get(p).title.get(tag)),
        )
    }));
    let zone_names = names.clone();
    let on_zone_input = dispatcher(state, move |text: String| {
        let zone = find_zone(&text, zone_names.get());
        Some(Action::ZoneText {
            text,
            zone,
            commit: false,
        })
    });
    let zone_names = names.clone();
    let on_zone_commit = dispatcher(state, move |text: String| {
        let zone = find_zone(&text, zone_names.get());
        Some(Action::ZoneText {
            text,
            zone,
            commit: true,
        })
    });
    let suggesting = s.suggest;
    let on_zone_focus = dispatcher(state, move |()| (!suggesting).then_some(Action::Suggest));
    let zone_error = s
        .zone_invalid
        .then(|| zone_words(lang, s.zone_text.trim(), &zone));
    let filed_value = match &s.filed_text {
        Some(text) => text.clone(),
        None => zone::to_local(&s.zone, s.now).0.to_string(),
    };
    let typed = s.filed_text.as_deref().unwrap_or_default();
    let filed_error = s
        .filed_at()
        .err()
        .map(|e| problem_words(lang, &Problem::date(&e, typed)));
    let filed_note = match (&s.filed_text, answer) {
        (None, _) => Some(t(lang, Msg::FollowingClock).to_owned()),
        (Some(_), Ok(a)) => match a.filed_adjustment {
            LocalAdjustment::Gap { gap_seconds } => Some(fill(
                t(lang, Msg::GapNotice),
                &[("duration", &super::i18n::duration_words(gap_seconds))],
            )),
            LocalAdjustment::Fold { .. } => Some(t(lang, Msg::FoldNotice).to_owned()),
            LocalAdjustment::Exact => None,
        },
        _ => None,
    };

    // The answer and what it means.
    let (answer_props, details, actions, timeline) = match answer {
        Ok(a) => (
            answer_view(s, a),
            Some(details_view(s, a)),
            Some(actions_view(state, a)),
            timeline_view(s, a),
        ),
        Err(e) => (
            AnswerProps {
                priority: s.computed_priority(),
                tier: s.tier,
                deadline: String::new(),
                title: None,
                override_note: None,
                label: AttrValue::Static(""),
                when: None,
                left: String::new(),
                error: Some(problem_words(lang, &Problem::date(e, typed))),
            },
            None,
            None,
            None,
        ),
    };

    // The matrix, as the policy prints it.
    let columns: Vec<String> = Impact::ALL
        .iter()
        .map(|&i| {
            level_phrase(
                lang,
                LevelKind::Impact,
                doc.levels.impact.get(i).name.get(tag),
            )
        })
        .collect();
    let rows: Vec<(String, Vec<Priority>)> = Urgency::ALL
        .iter()
        .map(|&u| {
            (
                level_phrase(
                    lang,
                    LevelKind::Urgency,
                    doc.levels.urgency.get(u).name.get(tag),
                ),
                Impact::ALL
                    .iter()
                    .map(|&i| s.policy.classify(i, u))
                    .collect(),
            )
        })
        .collect();

    html! {
        <div class={theme.class()} lang={tag}>
            // The one live region: a short summary after each change.
            <p class="visually-hidden" role="status" ref={live.clone()}></p>
            if !s.option_errors.is_empty() {
                <ul class="errors" role="alert">
                    { for s.option_errors.iter().map(|e| html! { <li>{ problem_words(lang, e) }</li> }) }
                </ul>
            }
            // Reading order: the answer, the controls, then what the answer means.
            <div class="layout">
                { self::answer(&answer_props) }
                <form class="controls" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { level_group(&LevelGroupProps {
                        name: "impact",
                        legend: t(lang, Msg::Impact).into(),
                        levels: level_choices(&doc.levels.impact, tag),
                        selected: s.impact.as_str(),
                        hint: doc.levels.impact.get(s.impact).hint.as_ref().map(|h| h.get(tag).to_owned()),
                        on_choose: dispatcher(state, |v: &str| v.parse().ok().map(Action::Impact)),
                    }) }
                    { level_group(&LevelGroupProps {
                        name: "urgency",
                        legend: t(lang, Msg::Urgency).into(),
                        levels: level_choices(&doc.levels.urgency, tag),
                        selected: s.urgency.as_str(),
                        hint: doc.levels.urgency.get(s.urgency).hint.as_ref().map(|h| h.get(tag).to_owned()),
                        on_choose: dispatcher(state, |v: &str| v.parse().ok().map(Action::Urgency)),
                    }) }
                    { select_field(&SelectFieldProps {
                        id: "tier",
                        label: t(lang, Msg::SupportPlan).into(),
                        options: tiers,
                        selected: s.tier.as_str().to_owned(),
                        hint: Some(doc.plans.get(s.tier).summary.get(tag).to_owned()),
                        on_change: dispatcher(state, |v: String| v.parse().ok().map(Action::Tier)),
                    }) }
                    { zone_field(&ZoneFieldProps {
                        label: t(lang, Msg::TimeZone).into(),
                        text: s.zone_text.clone(),
                        readable: zone_label(&s.zone, answer.as_ref().map_or(s.now, |a| a.filed_at)),
                        hint: t(lang, Msg::ZoneHint).into(),
                        error: zone_error,
                        names: s.suggest.then(|| names.clone()),
                        on_input: on_zone_input,
                        on_commit: on_zone_commit,
                        on_focus: on_zone_focus,
                    }) }
                    { filed_field(&FiledFieldProps {
                        label: t(lang, Msg::FiledAt).into(),
                        value: filed_value,
                        now_label: t(lang, Msg::Now).into(),
                        following: s.filed_text.is_none(),
                        note: filed_note,
                        error: filed_error,
                        on_change: dispatcher(state, |v: String| Some(Action::FiledText(v))),
                        on_now: dispatcher(state, |()| Some(Action::FollowClock)),
                    }) }
                    { select_field(&SelectFieldProps {
                        id: "override",
                        label: t(lang, Msg::OverridePriority).into(),
                        options: overrides,
                        selected: s.priority_override.map(|p| p.as_str().to_owned()).unwrap_or_default(),
                        hint: Some(t(lang, Msg::OverrideHint).to_owned()),
                        on_change: dispatcher(state, |v: String| Some(Action::Override(v.parse().ok()))),
                    }) }
                </form>
                <div class="outcome">
                    if let Some(d) = &details { { self::details(d) } }
                    if let Some(a) = actions { { self::actions(&a) } }
                </div>
            </div>
            <div class="more">
                { matrix(&MatrixProps {
                    caption: t(lang, Msg::Matrix).into(),
                    hint: t(lang, Msg::MatrixCaption).into(),
                    columns,
                    rows,
                    current: (s.urgency.index(), s.impact.index()),
                    current_label: t(lang, Msg::YourTicket).into(),
                }) }
                if let Some(t) = timeline { { self::timeline(&t) } }
            </div>
            if let (Ok(a), Some(d)) = (answer, &details) {
                <div class="statement">
                    { for statement(s, a, d).into_iter().enumerate().map(|(i, line)| html! {
                        <p class={if i == 0 { "headline" } else { "" }}>{ line }</p>
                    }) }
                </div>
            }
            { plan_table(&PlanTableProps {
                lang,
                policy: s.policy.clone(),
                open: s.plans_open,
                on_toggle: dispatcher(state, |open: bool| Some(Action::PlansOpen(open))),
            }) }
        </div>
    }
}

/// The headline's props.
fn answer_view(s: &State<IntlZone>, a: &TicketAnswer) -> AnswerProps {
    let (lang, tag) = (s.lang, s.lang.tag());
    let info = s.policy.document().priorities.get(a.priority);
    let override_note = a.overridden.then(|| {
        let computed = a.computed_priority.map(|p| p.as_str()).unwrap_or("—");
        fill(t(lang, Msg::OverrideNote), &[("computed", computed)])
    });
    match a.deadline {
        Some(d) => AnswerProps {
            priority: a.priority,
            tier: a.tier,
            deadline: d.to_rfc3339(),
            title: Some(info.title.get(tag).to_owned()),
            override_note,
            label: t(lang, Msg::TargetBy).into(),
            when: Some(when(lang, s.zone.name(), DateStyle::Long, d.as_seconds())),
            left: until_words(lang, s.now.as_seconds(), d.as_seconds()),
            error: None,
        },
        None => AnswerProps {
            priority: a.priority,
            tier: a.tier,
            deadline: String::new(),
            title: None,
            override_note: None,
            label: t(lang, Msg::NoTarget).into(),
            when: None,
            left: t(lang, Msg::CommunityHelp).to_owned(),
            error: None,
        },
    }
}

/// The details' props.
fn details_view(s: &State<IntlZone>, a: &TicketAnswer) -> DetailsProps {
    let (lang, tag) = (s.lang, s.lang.tag());
    let doc = s.policy.document();
    let zone = s.zone.name();
    let info = doc.priorities.get(a.priority);
    let community = a.deadline.is_none();
    let sla = s.policy.sla(a.tier);
    let target = a.target_minutes.map(|minutes| {
        let days = sla.and_then(|sla| working_days_words(lang, minutes, &sla.hours));
        let words = target_words(lang, minutes, a.clock);
        match days {
            Some(days) => format!("{}: {words} ({days})", t(lang, Msg::Target)),
            None => format!("{}: {words}", t(lang, Msg::Target)),
        }
    });
    let viewer_zone = browser_zone();
    let in_your_zone = a
        .deadline
        .filter(|_| viewer_zone != zone && IntlZone::for_name(&viewer_zone).is_ok())
        .map(|d| {
            let (before, after) = around_when(t(lang, Msg::InYourZoneAt), &[]);
            Timed {
                before,
                at: Some((
                    when(lang, &viewer_zone, DateStyle::Long, d.as_seconds()),
                    d.to_rfc3339(),
                )),
                after,
            }
        });
    // Open now: only beside a ticket filed now (not next to a typed date).
    let open = match (
        a.clock,
        s.filed_text.is_none().then(|| s.open_now(a.tier)).flatten(),
    ) {
        (Clock::Continuous, _) => Some(Timed::text(t(lang, Msg::AlwaysOpen))),
        (Clock::Business, Some((true, _))) => Some(Timed::text(t(lang, Msg::OpenNow))),
        (Clock::Business, Some((false, next))) => Some(match next {
            Some(n) => {
                let (before, after) = around_when(t(lang, Msg::ClosedNextAt), &[]);
                Timed {
                    before,
                    at: Some((
                        when_relative(lang, &s.zone, s.now, n.as_seconds()),
                        n.to_rfc3339(),
                    )),
                    after,
                }
            }
            None => Timed::text(t(lang, Msg::ClosedNow)),
        }),
        _ => None,
    };
    let compare = other_tiers(a.tier)
        .iter()
        .filter_map(|&other| {
            let o = s.answer_for(other).ok()?;
            let d = o.deadline?;
            Some((other.as_str(), {
                let target = target_words(lang, o.target_minutes.unwrap_or(0), o.clock);
                let (before, after) = around_when(
                    t(lang, Msg::WithPlanAt),
                    &[
                        ("plan", doc.plans.get(other).name.get(tag)),
                        ("target", &target),
                    ],
                );
                Timed {
                    before,
                    at: Some((
                        when_relative(lang, &s.zone, s.now, d.as_seconds()),
                        d.to_rfc3339(),
                    )),
                    after,
                }
            }))
        })
        .collect();
    let mut notes = Vec::new();
    if !community {
        notes.push(t(lang, Msg::ResponseNotFix).to_owned());
    }
    if let (Clock::Business, Some(sla)) = (a.clock, sla) {
        notes.extend(closing_time(&sla.hours).map(|close| at_closing_words(lang, &close)));
        if sla.hours.closures().next().is_none() {
            notes.push(t(lang, Msg::NoHolidays).to_owned());
        }
    }
    if a.tier == Tier::Trial {
        notes.push(t(lang, Msg::TrialNote).to_owned());
    }
    DetailsProps {
        description: (!community).then(|| info.description.get(tag).to_owned()),
        example: (!community).then(|| info.example.get(tag).to_owned()),
        review: (!community).then(|| t(lang, Msg::Review).to_owned()),
        target,
        in_your_zone,
        open,
        compare,
        notes_title: t(lang, Msg::HowCounted).into(),
        notes,
    }
}

/// The plain-text summary for pasting into a ticket (and the calendar
/// event's description).
pub fn summary_text(s: &State<IntlZone>, a: &TicketAnswer) -> String {
    let (lang, tag) = (s.lang, s.lang.tag());
    let doc = s.policy.document();
    let zone = s.zone.name();
    let mut priority = format!(
        "{}: {} — {}",
        t(lang, Msg::Priority),
        a.priority,
        doc.priorities.get(a.priority).title.get(tag)
    );
    if a.overridden {
        let computed = a.computed_priority.map(|p| p.as_str()).unwrap_or("—");
        priority.push(' ');
        priority.push_str(&fill(t(lang, Msg::OverrideNote), &[("computed", computed)]));
    }
    let mut lines = vec![
        format!(
            "{}: {}",
            t(lang, Msg::Impact),
            doc.levels.impact.get(s.impact).name.get(tag)
        ),
        format!(
            "{}: {}",
            t(lang, Msg::Urgency),
            doc.levels.urgency.get(s.urgency).name.get(tag)
        ),
    ];
    // Community help has no priority handling: no priority line.
    if a.deadline.is_some() {
        lines.push(priority);
    }
    lines.extend([
        format!(
            "{}: {}",
            t(lang, Msg::Plan),
            doc.plans.get(a.tier).name.get(tag)
        ),
        format!(
            "{}: {}",
            t(lang, Msg::Filed),
            when(lang, zone, DateStyle::Long, a.filed_at.as_seconds())
        ),
    ]);
    match (a.target_minutes, a.deadline) {
        (Some(minutes), Some(deadline)) => {
            lines.push(format!(
                "{}: {}",
                t(lang, Msg::Target),
                target_words(lang, minutes, a.clock)
            ));
            lines.push(format!(
                "{}: {} ({})",
                t(lang, Msg::TargetBy),
                when(lang, zone, DateStyle::Long, deadline.as_seconds()),
                deadline.to_rfc3339()
            ));
        }
        _ => {
            lines.push(format!("{}.", t(lang, Msg::NoTarget)));
            lines.push(t(lang, Msg::CommunityHelp).to_owned());
        }
    }
    lines.join("\n")
}

/// The plans a ticket under `tier` is compared with.
fn other_tiers(tier: Tier) -> &'static [Tier] {
    match tier {
        Tier::Standard => &[Tier::Premium],
        Tier::Premium | Tier::Trial => &[Tier::Standard],
        Tier::Community => &[Tier::Standard, Tier::Premium],
    }
}

/// The answer as a printed statement: the summary's lines, the zone, the
/// other plan's target and how the target is counted (shown by the print
/// style sheet only).
fn statement(s: &State<IntlZone>, a: &TicketAnswer, d: &DetailsProps) -> Vec<String> {
    let lang = s.lang;
    let mut lines: Vec<String> = summary_text(s, a).lines().map(str::to_owned).collect();
    // The summary's third line is the priority (when there is one): it leads.
    if a.deadline.is_some() && lines.len() > 2 {
        let priority = lines.remove(2);
        lines.insert(0, priority);
    }
    lines.push(format!("{}: {}", t(lang, Msg::TimeZone), s.zone.name()));
    // The other plan's target with its full date: "tomorrow" means nothing on paper.
    let (lang, tag) = (s.lang, s.lang.tag());
    for &other in other_tiers(a.tier) {
        let Some((o, d)) = s
            .answer_for(other)
            .ok()
            .and_then(|o| o.deadline.map(|d| (o, d)))
        else {
            continue;
        };
        let target = target_words(lang, o.target_minutes.unwrap_or(0), o.clock);
        let (before, after) = around_when(
            t(lang, Msg::WithPlanAt),
            &[
                ("plan", s.policy.document().plans.get(other).name.get(tag)),
                ("target", &target),
            ],
        );
        lines.push(format!(
            "{before}{}{after}",
            when(lang, s.zone.name(), DateStyle::Long, d.as_seconds())
        ));
    }
    if !d.notes.is_empty() {
        lines.push(format!("{}: {}", d.notes_title, d.notes.join(" ")));
    }
    lines
}

/// The hand-off's props.
fn actions_view(state: &UseReducerHandle<State<IntlZone>>, a: &TicketAnswer) -> ActionsProps {
    let s: &State<IntlZone> = state;
    let lang = s.lang;
    let ticket = s.ticket_url.as_ref().map(|url| {
        let values = TicketValues {
            priority: a.priority,
            impact: s.impact,
            urgency: s.urgency,
            tier: a.tier,
            time_zone: s.zone.name(),
            filed_at: a.filed_at,
            deadline: a.deadline,
        };
        (
            AttrValue::Static(t(lang, Msg::OpenTicket)),
            url.expand(&values),
        )
    });
    let on_calendar = {
        let (state, a) = (state.clone(), a.clone());
        Callback::from(move |()| download_calendar(&state, &a))
    };
    let on_copy = {
        let (state, a) = (state.clone(), a.clone());
        Callback::from(move |()| {
            let text = summary_text(&state, &a);
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
                let ok = match clipboard {
                    Some(c) => wasm_bindgen_futures::JsFuture::from(c.write_text(&text))
                        .await
                        .is_ok(),
                    None => false,
                };
                state.dispatch(Action::Copied(ok));
            });
        })
    };
    ActionsProps {
        ticket,
        calendar: a
            .deadline
            .map(|_| AttrValue::Static(t(lang, Msg::AddToCalendar))),
        copy: t(lang, Msg::CopySummary).into(),
        copied: s
            .copied
            .map(|ok| t(lang, if ok { Msg::Copied } else { Msg::CopyFailed }).to_owned()),
        fallback: (s.copied == Some(false))
            .then(|| (AttrValue::Static(t(lang, Msg::Summary)), summary_text(s, a))),
        on_calendar,
        on_copy,
    }
}

/// Makes the iCalendar file in the browser and hands it to the person as a
/// download (a `blob:` address: no request leaves the page).
fn download_calendar(s: &State<IntlZone>, a: &TicketAnswer) {
    let Some(deadline) = a.deadline else { return };
    let (lang, tag) = (s.lang, s.lang.tag());
    let doc = s.policy.document();
    let summary = format!(
        "{} — {} ({})",
        t(lang, Msg::CalendarSummary),
        a.priority,
        doc.plans.get(a.tier).name.get(tag)
    );
    let stamp = crate::web::js::now();
    let uid = format!(
        "{}-{}-{}@support-policy-widget",
        deadline.to_rfc3339(),
        a.priority,
        a.tier.as_str()
    );
    let text = calendar_file(&summary, &summary_text(s, a), deadline, stamp, &uid);
    let _ = save_file(
        &text,
        "text/calendar",
        &format!("support-target-{}.ics", a.priority),
    );
}

/// Offers `text` as a file named `name`.
fn save_file(text: &str, mime: &str, name: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoke once the download has started.
    let revoke = url.clone();
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&revoke);
    })
    .forget();
    Some(())
}

/// The timeline's props (business hours only: around the clock the bar
/// would be one colour and say nothing).
fn timeline_view(s: &State<IntlZone>, a: &TicketAnswer) -> Option<TimelineProps> {
    let (lang, zone) = (s.lang, s.zone.name());
    let sla = s.policy.sla(a.tier)?;
    let d = a.deadline?;
    if a.clock != Clock::Business {
        return None;
    }
    let windows: Vec<(i64, i64)> =
        calendar::open_windows_between(&sla.hours, &s.zone, a.filed_at, d, 64)
            .into_iter()
            .map(|(x, y)| (x.as_seconds(), y.as_seconds()))
            .collect();
    let short = |t: i64| when(lang, zone, DateStyle::Short, t);
    let described: Vec<String> = windows
        .iter()
        .map(|(a, b)| format!("{}–{}", short(*a), short(*b)))
        .collect();
    let description = format!(
        "{}: {}. {}: {}.",
        t(lang, Msg::TimelineOpen),
        described.join(", "),
        t(lang, Msg::TimelineDeadline),
        short(d.as_seconds())
    );
    Some(TimelineProps {
        caption: t(lang, Msg::Timeline).into(),
        legend: [
            t(lang, Msg::TimelineOpen).into(),
            t(lang, Msg::TimelineClosed).into(),
            t(lang, Msg::TimelineDeadline).into(),
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

/// Each level's key and name in the policy's order: a level group's radio
/// values and labels (the keys are the ones the document is keyed by).
fn level_choices<K: Keyed<Entry = LevelText>>(
    levels: &K,
    tag: &str,
) -> Vec<(&'static str, String)> {
    K::KEYS
        .iter()
        .copied()
        .zip(levels.entries())
        .map(|(key, level)| (key, level.name.get(tag).to_owned()))
        .collect()
}
