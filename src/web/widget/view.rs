//! The widget's components: small function components with props structs and
//! `on…` callbacks; all state lives in the root's reducer.

use super::i18n::{t, target_words, until_words, when, when_relative, Lang, Msg};
use super::state::{Action, State};
use crate::calendar;
use crate::level::{Impact, Priority, Tier, Urgency};
use crate::policy::{Clock, Policy};
use crate::ticket::Answer;
use crate::time::Timestamp;
use crate::web::intl_zone::{browser_zone, DateStyle, ZoneNames};
use crate::zone::{self, LocalAdjustment, TimeZone};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// Props of a group of level radio buttons.
#[derive(Properties, PartialEq)]
pub struct LevelGroupProps {
    /// Language.
    pub lang: Lang,
    /// `impact` or `urgency` (also the radio group's name).
    pub name: &'static str,
    /// The legend.
    pub legend: &'static str,
    /// `(value, label, hint)` per level.
    pub levels: Vec<(&'static str, String, String)>,
    /// The chosen value.
    pub selected: &'static str,
    /// Called with the value chosen.
    pub on_choose: Callback<String>,
}

/// Impact or urgency: native radio buttons with hints.
#[function_component]
pub fn LevelGroup(props: &LevelGroupProps) -> Html {
    html! {
        <fieldset class="levels">
            <legend>{ props.legend }</legend>
            { for props.levels.iter().map(|(value, label, hint)| {
                let on_choose = props.on_choose.clone();
                let v = value.to_string();
                let id = format!("{}-{}", props.name, value);
                html! {
                    <div class="level">
                        <input type="radio" id={id.clone()} name={props.name} value={*value}
                            checked={props.selected == *value}
                            onchange={Callback::from(move |_: Event| on_choose.emit(v.clone()))} />
                        <label for={id}>
                            <span class="level-name">{ label.clone() }</span>
                            <span class="hint">{ hint.clone() }</span>
                        </label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// Props of the priority matrix.
#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    /// Language.
    pub lang: Lang,
    /// The policy (its matrix and level names).
    pub policy: Rc<Policy>,
    /// Chosen impact.
    pub impact: Impact,
    /// Chosen urgency.
    pub urgency: Urgency,
    /// Called when a cell is chosen.
    pub on_pick: Callback<(Impact, Urgency)>,
}

/// The 3 × 3 matrix: the current cell is highlighted; a cell picks both levels.
#[function_component]
pub fn Matrix(props: &MatrixProps) -> Html {
    let lang = props.lang.tag();
    let levels = &props.policy.document().levels;
    html! {
        <table class="matrix">
            <caption>{ t(props.lang, Msg::Matrix) }<span class="hint">{ t(props.lang, Msg::MatrixCaption) }</span></caption>
            <thead>
                <tr>
                    <td></td>
                    { for Impact::ALL.iter().map(|&i| html! {
                        <th scope="col">{ format!("{} {}", t(props.lang, Msg::Impact), levels.impact.get(i).name.get(lang)) }</th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for Urgency::ALL.iter().map(|&u| html! {
                    <tr>
                        <th scope="row">{ format!("{} {}", t(props.lang, Msg::Urgency), levels.urgency.get(u).name.get(lang)) }</th>
                        { for Impact::ALL.iter().map(|&i| {
                            let p = props.policy.classify(i, u);
                            let current = i == props.impact && u == props.urgency;
                            let on_pick = props.on_pick.clone();
                            let label = format!(
                                "{p}: {} {}, {} {}",
                                t(props.lang, Msg::Impact), levels.impact.get(i).name.get(lang),
                                t(props.lang, Msg::Urgency), levels.urgency.get(u).name.get(lang)
                            );
                            html! {
                                <td>
                                    <button type="button" class={classes!("cell", p.as_str().to_ascii_lowercase(), current.then_some("current"))}
                                        aria-pressed={if current { "true" } else { "false" }} aria-label={label}
                                        data-impact={i.as_str()} data-urgency={u.as_str()}
                                        onclick={Callback::from(move |_: MouseEvent| on_pick.emit((i, u)))}>
                                        { p.as_str() }
                                    </button>
                                </td>
                            }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// Props of the zone suggestions.
#[derive(Properties, PartialEq)]
pub struct ZoneListProps {
    /// Every zone name (the same `Rc` across renders, so this list renders once).
    pub names: ZoneNames,
}

/// `<datalist>` of every zone; a city is offered as the label.
#[function_component]
pub fn ZoneList(props: &ZoneListProps) -> Html {
    html! {
        <datalist id="zones">
            { for props.names.get().iter().map(|n| {
                let city = n.rsplit('/').next().unwrap_or(n).replace('_', " ");
                html! { <option value={n.clone()} label={city} /> }
            }) }
        </datalist>
    }
}

/// Props of the timeline.
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// Language.
    pub lang: Lang,
    /// The zone's name (labels are in its wall-clock time).
    pub zone: String,
    /// Filing instant.
    pub filed: i64,
    /// Deadline.
    pub deadline: i64,
    /// Open windows between them.
    pub windows: Vec<(i64, i64)>,
}

/// Filing to deadline as a bar: open hours shaded, closed time grey, the
/// deadline marked; the SVG's title and description say the same in words.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let (from, to) = (props.filed, props.deadline.max(props.filed + 60));
    // x in tenths of a viewBox unit, by integer arithmetic.
    let x = |t: i64| 100 + 9800 * (t.clamp(from, to) - from) / (to - from);
    let units = |tenths: i64| format!("{}.{}", tenths / 10, tenths % 10);
    let short = |t: i64| when(props.lang, &props.zone, DateStyle::Short, t);
    let described: Vec<String> = props
        .windows
        .iter()
        .map(|(a, b)| format!("{}–{}", short(*a), short(*b)))
        .collect();
    let description = format!(
        "{}: {} ({}). {}: {}.",
        t(props.lang, Msg::TimelineOpen),
        described.join(", "),
        props.windows.len(),
        t(props.lang, Msg::TimelineDeadline),
        short(props.deadline)
    );
    html! {
        <figure class="timeline">
            <figcaption>{ t(props.lang, Msg::Timeline) }</figcaption>
            <svg viewBox="0 0 1000 52" role="img" aria-labelledby="timeline-title timeline-desc" preserveAspectRatio="none">
                <title id="timeline-title">{ t(props.lang, Msg::Timeline) }</title>
                <desc id="timeline-desc">{ description.clone() }</desc>
                <rect class="closed" x="10" y="14" width="980" height="24" />
                { for props.windows.iter().map(|(a, b)| html! {
                    <rect class="open" x={units(x(*a))} y="14" width={units((x(*b) - x(*a)).max(10))} height="24" />
                }) }
                <line class="deadline" x1={units(x(props.deadline))} x2={units(x(props.deadline))} y1="6" y2="46" />
            </svg>
            <p class="ticks" aria-hidden="true"><span>{ short(props.filed) }</span><span>{ short(props.deadline) }</span></p>
            <p class="legend">
                <span class="swatch open"></span>{ t(props.lang, Msg::TimelineOpen) }
                <span class="swatch closed"></span>{ t(props.lang, Msg::TimelineClosed) }
                <span class="swatch deadline"></span>{ t(props.lang, Msg::TimelineDeadline) }
            </p>
        </figure>
    }
}

/// Props of the plan comparison.
#[derive(Properties, PartialEq)]
pub struct PlanTableProps {
    /// Language.
    pub lang: Lang,
    /// The policy.
    pub policy: Rc<Policy>,
}

/// Plans side by side, rendered from the policy document.
#[function_component]
pub fn PlanTable(props: &PlanTableProps) -> Html {
    let lang = props.lang.tag();
    let doc = props.policy.document();
    let tiers = [Tier::Standard, Tier::Premium];
    html! {
        <details class="plans">
            <summary>{ t(props.lang, Msg::PlanComparison) }</summary>
            <table>
                <thead><tr><td></td>{ for tiers.iter().map(|&tier| html! { <th scope="col">{ doc.plans.get(tier).name.get(lang).to_owned() }</th> }) }</tr></thead>
                <tbody>
                    <tr>
                        <th scope="row">{ t(props.lang, Msg::Target) }</th>
                        { for tiers.iter().map(|&tier| html! {
                            <td><ul>{ for Priority::ALL.iter().filter_map(|&p| {
                                let minutes = props.policy.target_minutes(tier, p)?;
                                Some(html! { <li>{ format!("{p}: {}", target_words(props.lang, minutes, props.policy.clock(tier))) }</li> })
                            }) }</ul></td>
                        }) }
                    </tr>
                    { for doc.feature_rows.iter().map(|row| html! {
                        <tr>
                            <th scope="row">{ row.label.get(lang).to_owned() }</th>
                            { for tiers.iter().map(|&tier| html! {
                                <td><ul>{ for doc.plans.get(tier).features.get(&row.id).into_iter().flatten().map(|item| html! { <li>{ item.get(lang).to_owned() }</li> }) }</ul></td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <p>{ doc.plans.trial.summary.get(lang).to_owned() }</p>
            <p>{ doc.plans.community.summary.get(lang).to_owned() }</p>
        </details>
    }
}

/// The plain-text summary for pasting into a ticket.
pub fn summary_text(state: &State, answer: &Answer) -> String {
    let lang = state.lang;
    let tag = lang.tag();
    let doc = state.policy.document();
    let mut lines = vec![
        format!(
            "{}: {}",
            t(lang, Msg::Impact),
            doc.levels.impact.get(state.impact).name.get(tag)
        ),
        format!(
            "{}: {}",
            t(lang, Msg::Urgency),
            doc.levels.urgency.get(state.urgency).name.get(tag)
        ),
        format!(
            "{}: {} — {}",
            t(lang, Msg::Priority),
            answer.priority,
            doc.priorities.get(answer.priority).title.get(tag)
        ),
    ];
    if answer.overridden {
        if let Some(c) = answer.computed_priority {
            lines.push(format!(
                "{} ({}): {c}",
                t(lang, Msg::Priority),
                t(lang, Msg::Computed)
            ));
        }
    }
    lines.push(format!(
        "{}: {}",
        t(lang, Msg::Plan),
        doc.plans.get(answer.tier).name.get(tag)
    ));
    lines.push(format!(
        "{}: {}",
        t(lang, Msg::Filed),
        when(
            lang,
            state.zone.name(),
            DateStyle::Long,
            answer.filed_at.as_seconds()
        )
    ));
    match (answer.target_minutes, answer.deadline) {
        (Some(minutes), Some(deadline)) => {
            lines.push(format!(
                "{}: {}",
                t(lang, Msg::Target),
                target_words(lang, minutes, answer.clock)
            ));
            lines.push(format!(
                "{}: {} ({})",
                t(lang, Msg::Deadline),
                when(
                    lang,
                    state.zone.name(),
                    DateStyle::Long,
                    deadline.as_seconds()
                ),
                deadline.to_rfc3339()
            ));
        }
        _ => lines.push(t(lang, Msg::NoDeadline).to_owned()),
    }
    lines.join("\n")
}

/// Props of the result region.
#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// The whole state (the result reads most of it; shared, not copied).
    pub state: UseReducerHandle<State>,
    /// The answer for the chosen plan.
    pub answer: Rc<Answer>,
    /// "Copy summary" pressed.
    pub on_copy: Callback<String>,
}

/// The result: priority, target, deadline, time left, open now, the other plan.
#[function_component]
pub fn ResultPanel(props: &ResultProps) -> Html {
    let (s, a) = (&*props.state, &*props.answer);
    let lang = s.lang;
    let tag = lang.tag();
    let doc = s.policy.document();
    let zone = s.zone.name().to_owned();
    let info = doc.priorities.get(a.priority);
    use_effect_with((), |_| {
        // Start-up is measured from navigation to this mark (benchmarks).
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("support-policy:first-result");
        }
    });
    let viewer_zone = browser_zone();
    let deadline_block = match (a.deadline, a.target_minutes) {
        (Some(deadline), Some(minutes)) => {
            let d = deadline.as_seconds();
            html! {
                <>
                    <p class="target"><span class="label">{ t(lang, Msg::Target) }</span>{ target_words(lang, minutes, a.clock) }</p>
                    <p class="deadline"><span class="label">{ t(lang, Msg::Deadline) }</span>
                        <strong>{ when(lang, &zone, DateStyle::Long, d) }</strong></p>
                    if viewer_zone != zone {
                        <p class="viewer"><span class="label">{ t(lang, Msg::InYourZone) }</span>{ when(lang, &viewer_zone, DateStyle::Long, d) }</p>
                    }
                    <p class="until">{ until_words(lang, s.now.as_seconds(), d) }</p>
                </>
            }
        }
        _ => html! { <p class="no-deadline">{ t(lang, Msg::NoDeadline) }</p> },
    };
    let open_block = match (a.clock, s.open_now(a.tier)) {
        (Clock::Continuous, _) => html! { <p class="open">{ t(lang, Msg::AlwaysOpen) }</p> },
        (Clock::Business, Some((true, _))) => {
            html! { <p class="open">{ t(lang, Msg::OpenNow) }</p> }
        }
        (Clock::Business, Some((false, next))) => html! {
            <p class="open">{ t(lang, Msg::ClosedNow) }{ " " }
                { next.map(|n| format!("{} {}.", t(lang, Msg::NextOpens), when(lang, &zone, DateStyle::Long, n.as_seconds()))).unwrap_or_default() }
            </p>
        },
        _ => html! {},
    };
    let others: Vec<Tier> = match a.tier {
        Tier::Standard => vec![Tier::Premium],
        Tier::Premium | Tier::Trial => vec![Tier::Standard],
        Tier::Community => vec![Tier::Standard, Tier::Premium],
    };
    let comparison = others.into_iter().filter_map(|other| {
        let o = s.answer_for(other).ok()?;
        let d = o.deadline?;
        Some(html! {
            <li data-tier={other.as_str()}>
                { format!("{} {}: {} ({})", t(lang, Msg::WithPlan), doc.plans.get(other).name.get(tag),
                    when_relative(lang, &s.zone, s.now, d.as_seconds()),
                    target_words(lang, o.target_minutes.unwrap_or(0), o.clock)) }
            </li>
        })
    });
    // The summary is written when asked for, not on every render.
    let on_copy = {
        let (cb, state, answer) = (
            props.on_copy.clone(),
            props.state.clone(),
            props.answer.clone(),
        );
        Callback::from(move |_: MouseEvent| cb.emit(summary_text(&state, &answer)))
    };
    html! {
        <section class="result" role="status" aria-live="polite" aria-atomic="true"
            data-priority={a.priority.as_str()} data-tier={a.tier.as_str()}
            data-deadline={a.deadline.map(Timestamp::to_rfc3339).unwrap_or_default()}>
            <p class={classes!("priority", a.priority.as_str().to_ascii_lowercase())}>
                <span class="badge">{ a.priority.as_str() }</span>
                <span class="title">{ info.title.get(tag).to_owned() }</span>
                if a.overridden {
                    <span class="override">{ format!("({}; {}: {})", t(lang, Msg::YourChoice), t(lang, Msg::Computed),
                        a.computed_priority.map(|p| p.as_str()).unwrap_or("—")) }</span>
                }
            </p>
            <p class="meaning">{ info.description.get(tag).to_owned() }{ " " }<span class="example">{ info.example.get(tag).to_owned() }</span></p>
            { deadline_block }
            { open_block }
            <ul class="compare">{ for comparison }</ul>
            <p class="actions">
                <button type="button" class="copy" onclick={on_copy}>{ t(lang, Msg::CopySummary) }</button>
                <span class="copied">{ match s.copied { Some(true) => t(lang, Msg::Copied), Some(false) => t(lang, Msg::CopyFailed), None => "" } }</span>
            </p>
            if s.copied == Some(false) {
                <textarea readonly=true aria-label={t(lang, Msg::Summary)} rows="8" value={summary_text(s, a)} />
            }
        </section>
    }
}

/// `(value, name, hint)` of each level, for a [`LevelGroup`].
fn level_choices<'a>(
    levels: impl Iterator<Item = (&'static str, &'a crate::policy::LevelText)>,
    tag: &str,
) -> Vec<(&'static str, String, String)> {
    levels
        .map(|(value, level)| {
            (
                value,
                level.name.get(tag).to_owned(),
                level.hint.get(tag).to_owned(),
            )
        })
        .collect()
}

/// The whole widget, given the state handle.
pub fn render(state: &UseReducerHandle<State>) -> Html {
    let s: &State = state;
    let lang = s.lang;
    let tag = lang.tag();
    let doc = s.policy.document();
    let dispatch = |f: fn(String) -> Option<Action>| {
        let state = state.clone();
        Callback::from(move |v: String| {
            if let Some(a) = f(v) {
                state.dispatch(a)
            }
        })
    };
    let answer = s.answer_for(s.tier);
    let impact_levels = level_choices(
        Impact::ALL
            .iter()
            .map(|&i| (i.as_str(), doc.levels.impact.get(i))),
        tag,
    );
    let urgency_levels = level_choices(
        Urgency::ALL
            .iter()
            .map(|&u| (u.as_str(), doc.levels.urgency.get(u))),
        tag,
    );
    let on_pick = {
        let state = state.clone();
        Callback::from(move |(i, u)| state.dispatch(Action::Cell(i, u)))
    };
    let on_tier = dispatch(|v| v.parse().ok().map(Action::Tier));
    let on_zone = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            state.dispatch(Action::ZoneText(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let on_zone_focus = {
        let state = state.clone();
        Callback::from(move |_: FocusEvent| {
            if !state.suggest {
                state.dispatch(Action::Suggest)
            }
        })
    };
    let on_filed = {
        let state = state.clone();
        Callback::from(move |e: Event| state.dispatch(Action::FiledText(input_value(&e))))
    };
    let on_now = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::FollowClock))
    };
    let on_override = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            state.dispatch(Action::Override(select_value(&e).parse().ok()))
        })
    };
    let on_copy = {
        let state = state.clone();
        Callback::from(move |text: String| {
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
    // What the filing-time box shows: the typed text, or now on the zone's clock.
    let filed_value = match &s.filed_text {
        Some(text) => text.clone(),
        None => zone::to_local(&s.zone, s.now).0.to_string(),
    };
    let filed_notice = match (&s.filed_text, s.filed_at(), &answer) {
        (Some(_), Err(e), _) => Some(e.to_string()),
        (Some(_), Ok(_), Ok(a)) => match a.filed_adjustment {
            LocalAdjustment::Gap { gap_seconds } => Some(format!(
                "{} {}.",
                t(lang, Msg::GapNotice),
                super::i18n::duration_words(gap_seconds)
            )),
            LocalAdjustment::Fold { .. } => Some(t(lang, Msg::FoldNotice).to_owned()),
            LocalAdjustment::Exact => None,
        },
        _ => None,
    };
    let timeline = match (&answer, s.policy.sla(s.tier)) {
        (Ok(a), Some(sla)) => a.deadline.map(|d| {
            let windows = calendar::open_windows_between(&sla.hours, &s.zone, a.filed_at, d, 64)
                .into_iter()
                .map(|(x, y)| (x.as_seconds(), y.as_seconds()))
                .collect::<Vec<_>>();
            html! { <Timeline lang={lang} zone={s.zone.name().to_owned()} filed={a.filed_at.as_seconds()} deadline={d.as_seconds()} windows={windows} /> }
        }),
        _ => None,
    };
    html! {
        <div class="widget" lang={tag}>
            if !s.option_errors.is_empty() {
                <ul class="errors" role="alert">
                    { for s.option_errors.iter().map(|e| html! { <li>{ format!("{e}; {}", t(lang, Msg::UsingDefault)) }</li> }) }
                </ul>
            }
            <div class="layout">
                <form class="controls" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <LevelGroup lang={lang} name="impact" legend={t(lang, Msg::Impact)} levels={impact_levels}
                        selected={s.impact.as_str()} on_choose={dispatch(|v| v.parse().ok().map(Action::Impact))} />
                    <LevelGroup lang={lang} name="urgency" legend={t(lang, Msg::Urgency)} levels={urgency_levels}
                        selected={s.urgency.as_str()} on_choose={dispatch(|v| v.parse().ok().map(Action::Urgency))} />
                    <Matrix lang={lang} policy={s.policy.clone()} impact={s.impact} urgency={s.urgency} on_pick={on_pick} />
                    <div class="field">
                        <label for="tier">{ t(lang, Msg::SupportPlan) }</label>
                        <select id="tier" onchange={Callback::from(move |e: Event| on_tier.emit(select_value(&e)))}>
                            { for Tier::ALL.iter().map(|&tier| html! {
                                <option value={tier.as_str()} selected={tier == s.tier}>{ doc.plans.get(tier).name.get(tag).to_owned() }</option>
                            }) }
                        </select>
                        <p class="hint">{ doc.plans.get(s.tier).summary.get(tag).to_owned() }</p>
                    </div>
                    <div class="field">
                        <label for="zone">{ t(lang, Msg::TimeZone) }</label>
                        <input id="zone" type="text" list="zones" autocomplete="off" spellcheck="false"
                            value={s.zone_text.clone()} oninput={on_zone} onfocus={on_zone_focus} aria-describedby="zone-hint" />
                        if s.suggest {
                            <ZoneList names={s.zone_names.clone()} />
                        }
                        <p class="hint" id="zone-hint">
                            if s.zone_text_is_stale() {
                                <span class="warning">{ format!("{} {}.", t(lang, Msg::UnknownZone), s.zone.name()) }</span>
                            } else {
                                { t(lang, Msg::ZoneHint) }
                            }
                        </p>
                    </div>
                    <div class="field">
                        <label for="filed">{ t(lang, Msg::FiledAt) }</label>
                        <div class="row">
                            <input id="filed" type="datetime-local" step="1" value={filed_value} onchange={on_filed} aria-describedby="filed-hint" />
                            <button type="button" class="now" onclick={on_now} aria-pressed={if s.filed_text.is_none() { "true" } else { "false" }}>{ t(lang, Msg::Now) }</button>
                        </div>
                        <p class="hint" id="filed-hint">
                            { match (&filed_notice, &s.filed_text) {
                                (Some(n), _) => html! { <span class="warning">{ n.clone() }</span> },
                                (None, None) => html! { t(lang, Msg::FollowingClock) },
                                (None, Some(_)) => html! {},
                            } }
                        </p>
                    </div>
                    <div class="field">
                        <label for="override">{ t(lang, Msg::OverridePriority) }</label>
                        <select id="override" onchange={on_override}>
                            <option value="" selected={s.priority_override.is_none()}>{ format!("{} ({})", t(lang, Msg::AsComputed), s.computed_priority()) }</option>
                            { for Priority::ALL.iter().map(|&p| html! {
                                <option value={p.as_str()} selected={s.priority_override == Some(p)}>{ format!("{p} — {}", doc.priorities.get(p).title.get(tag)) }</option>
                            }) }
                        </select>
                    </div>
                </form>
                { match answer {
                    Ok(a) => html! { <ResultPanel state={state.clone()} answer={Rc::new(a)} on_copy={on_copy} /> },
                    Err(e) => html! {
                        <section class="result" role="status" aria-live="polite" data-priority={s.computed_priority().as_str()} data-tier={s.tier.as_str()} data-deadline="">
                            <p class="warning">{ e.to_string() }</p>
                        </section>
                    },
                } }
            </div>
            { timeline.unwrap_or_default() }
            <PlanTable lang={lang} policy={s.policy.clone()} />
        </div>
    }
}
