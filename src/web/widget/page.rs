//! The page's assembly: the whole widget from the state, in reading order
//! (the answer, the controls, what the answer means, the matrix, the
//! timeline, the printed statement, the plan comparison), each part's props
//! made here or, for what the visitor reads about the answer, by
//! `reading.rs`.

use super::app::actions_props;
use super::components::{self, *};
use super::dates::{IntlDates, find_zone, zone_label};
use super::i18n::{
    LevelKind, Msg, Problem, level_phrase, priority_level, problem_words, t, zone_words,
};
use super::options::Theme;
use super::reading::{self, Headline};
use super::state::{Action, State};
use crate::policy::{Keyed, LevelText};
use crate::ticket::Answer as TicketAnswer;
use crate::vocabulary::{Impact, Plan, Priority, Urgency};
use crate::web::intl_zone::{IntlZone, ZoneNames, browser_zone};
use crate::zone::{self, TimeZone};
use yew::prelude::*;

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

/// The whole widget; or, while `full` is false (its first render), only
/// what the visitor came for: the headline, in the same places (the live
/// region and the layout), so that the rest is added around it.
pub(super) fn page(
    state: &UseReducerHandle<State<IntlZone>>,
    names: &ZoneNames,
    theme: Theme,
    answer: &Result<TicketAnswer, crate::error::Error>,
    live: &NodeRef,
    full: bool,
) -> Html {
    let s: &State<IntlZone> = state;
    let (lang, tag) = (s.lang, s.lang.tag());
    let typed = s.filed_text.as_deref().unwrap_or_default();
    let headline = match answer {
        Ok(a) => reading::headline(s, a, &IntlDates),
        Err(e) => Headline::failed(
            s.computed_priority(),
            s.plan,
            problem_words(lang, &Problem::date(e, typed)),
        ),
    };
    let errors = (!s.option_errors.is_empty()).then(|| {
        html! {
            <ul class="errors" role="alert">
                { for s.option_errors.iter().map(|e| html! { <li>{ problem_words(lang, e) }</li> }) }
            </ul>
        }
    });
    if !full {
        return html! {
            <div class={theme.class()} lang={tag}>
                <p class="visually-hidden" role="status" ref={live.clone()}></p>
                { errors }
                <div class="layout">
                    { components::answer(&headline) }
                </div>
            </div>
        };
    }
    let doc = s.policy.document();
    let zone = s.zone.name().to_owned();

    // Controls.
    let plans: Vec<_> = Plan::ALL
        .iter()
        .map(|&plan| {
            (
                plan.as_str().to_owned(),
                doc.plans.get(plan).name.get(tag).to_owned(),
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
            priority_level(lang, p.as_str(), doc.priorities.get(p).title.get(tag)),
        )
    }));
    let cities = s
        .cities
        .as_ref()
        .filter(|(l, _)| *l == lang)
        .map(|(_, c)| c.clone());
    let (zone_names, zone_cities) = (names.clone(), cities.clone());
    let on_zone_input = dispatcher(state, move |text: String| {
        let zone = find_zone(&text, zone_names.get(), zone_cities.as_deref());
        Some(Action::ZoneText {
            text,
            zone,
            commit: false,
        })
    });
    let (zone_names, zone_cities) = (names.clone(), cities.clone());
    let on_zone_commit = dispatcher(state, move |text: String| {
        let zone = find_zone(&text, zone_names.get(), zone_cities.as_deref());
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
    let filed_error = s
        .filed_at()
        .err()
        .map(|e| problem_words(lang, &Problem::date(&e, typed)));
    let filed_note = reading::filed_note(s.filed_text.as_deref(), lang, answer.as_ref().ok());

    // The answer and what it means.
    // The reader's own zone, when it differs from the chosen one and this browser knows it.
    let viewer_zone = Some(browser_zone()).filter(|z| *z != zone && IntlZone::for_name(z).is_ok());
    let (details, actions, timeline) = match answer {
        Ok(a) => (
            Some(reading::details(s, a, &IntlDates, viewer_zone.as_deref())),
            Some(actions_props(state, a)),
            reading::timeline(s, a, &IntlDates),
        ),
        Err(_) => (None, None, None),
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
            { errors }
            // Reading order: the answer, the controls, then what the answer means.
            <div class="layout">
                { components::answer(&headline) }
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
                        options: plans,
                        selected: s.plan.as_str().to_owned(),
                        hint: Some(doc.plans.get(s.plan).summary.get(tag).to_owned()),
                        on_change: dispatcher(state, |v: String| v.parse().ok().map(Action::Plan)),
                    }) }
                    { zone_field(&ZoneFieldProps {
                        label: t(lang, Msg::TimeZone).into(),
                        text: s.zone_text.clone(),
                        readable: zone_label(&s.zone, answer.as_ref().map_or(s.now, |a| a.filed_at), s.cities()),
                        hint: t(lang, Msg::ZoneHint).into(),
                        error: zone_error,
                        names: s.suggest.then(|| names.clone()),
                        cities: cities.clone(),
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
                    if let Some(d) = &details { { components::details(d) } }
                    if let Some(a) = actions { { components::actions(&a) } }
                </div>
            </div>
            <div class="more">
                { matrix(&MatrixProps {
                    caption: t(lang, Msg::MatrixCaption).into(),
                    hint: t(lang, Msg::MatrixHint).into(),
                    columns,
                    rows,
                    current: (s.urgency.index(), s.impact.index()),
                    current_label: t(lang, Msg::YourTicket).into(),
                }) }
                if let Some(t) = timeline { { components::timeline(&t) } }
            </div>
            if let (Ok(a), Some(d)) = (answer, &details) {
                <div class="statement">
                    { for reading::statement(s, a, d, &IntlDates).into_iter().enumerate().map(|(i, line)| html! {
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
