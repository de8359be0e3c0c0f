//! The root component: the reducer, the effects (host options, the clock,
//! the URL fragment, the live region, the change event) and the hand-off's
//! callbacks. The page's assembly is `page.rs`; what the visitor reads is
//! made by the pure functions of `reading.rs`.

use super::cities::Cities;
use super::components::ActionsProps;
use super::dates::{IntlDates, find_zone};
use super::handoff::{Fragment, TicketValues, calendar_file};
use super::i18n::{Lang, Msg, t};
use super::options::{Options, now_by};
use super::page::page;
use super::reading::{announcement_text, summary};
use super::state::{Action, Restore, State};
use crate::ticket::Answer as TicketAnswer;
use crate::vocabulary::Plan;
use crate::web::api::{DeadlineAnswer, WidgetAnswer, widget_answer_js};
use crate::web::intl_zone::{IntlZone, ZoneNames, browser_zone};
use crate::web::js::emit_change;
use crate::zone::TimeZone;
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
#[derive(Properties, PartialEq, Clone)]
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
        .and_then(|name| find_zone(name, names.get(), None));
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
    // The answer first: the first render builds the headline; the rest of
    // the widget is built once the browser has painted it.
    let built = use_state_eq(|| false);
    {
        let built = built.clone();
        use_effect_with(*built, move |&done| {
            // The page's first deadline is on screen, then its first whole
            // widget: start-up is measured from navigation to these marks
            // (benchmarks). Once per page: marks pile up in the timeline.
            thread_local!(static MARKED: std::cell::Cell<u8> = const { std::cell::Cell::new(0) });
            let stage = u8::from(done) + 1;
            let first = MARKED.with(|m| {
                let first = m.get() < stage;
                if first {
                    m.set(stage);
                }
                first
            });
            if first {
                if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                    let _ = p.mark(if done {
                        "support-policy:built"
                    } else {
                        "support-policy:first-result"
                    });
                }
            }
            if !done {
                let _ =
                    crate::web::js::after_paint(&Closure::once_into_js(move || built.set(true)));
            }
        });
    }
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
    {
        // The visitor's language's city names, downloaded once the zone
        // field is first used (English's are the IANA names).
        let state = state.clone();
        let wanted = (state.suggest && state.lang != Lang::En && state.cities().is_none())
            .then_some(state.lang);
        use_effect_with(wanted, move |wanted| {
            if let Some(lang) = *wanted {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(cities) = load_cities(lang).await {
                        state.dispatch(Action::Cities(lang, cities));
                    }
                });
            }
        });
    }
    {
        // A city typed (and left) before the names arrived is looked up again.
        let state = state.clone();
        let names = props.names.clone();
        use_effect_with(state.cities().is_some(), move |&arrived| {
            if arrived && state.zone_invalid {
                if let Some(zone) = find_zone(&state.zone_text, names.get(), state.cities()) {
                    state.dispatch(Action::ZoneText {
                        text: state.zone_text.clone(),
                        zone: Some(zone),
                        commit: true,
                    });
                }
            }
        });
    }
    let answer = state.answer_for(state.plan);
    let live = use_node_ref();
    {
        // The host's answer: kept current (also as the clock moves), and
        // announced with `support-policy-change` only when an input changed
        // (the person or the host), never for a clock tick.
        // The host's policy (by identity) and clock are inputs too; a tick is not.
        let inputs = (
            state.impact,
            state.urgency,
            state.plan,
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
            let value =
                widget_answer_js(answer.as_ref().map(|a| {
                    WidgetAnswer::new(inputs.0, inputs.1, DeadlineAnswer::new(a, &inputs.3))
                }));
            host.0.1.replace(value.clone());
            let before = announced.replace(Some(inputs.clone()));
            if before.as_ref() != Some(inputs) {
                let _ = emit_change(host.element(), &value);
                // Screen readers hear changes, not the first answer (it is
                // the page's content) and not the clock.
                if let (Some(_), Some(region)) = (before, live.cast::<web_sys::Element>()) {
                    // (Written only then: no date is formatted for it on other renders.)
                    let text = answer
                        .as_ref()
                        .map(|a| announcement_text(&state, a, &IntlDates));
                    region.set_text_content(text.as_deref());
                }
            }
        });
    }
    page(
        &state,
        &props.names,
        props.options.theme,
        &answer,
        &live,
        *built,
    )
}

thread_local! {
    /// Each language's cities once downloaded, for every widget of the page.
    static CITIES: RefCell<Vec<(Lang, Rc<Cities>)>> = const { RefCell::new(Vec::new()) };
}

/// The cities of `lang` (`www/zones/LANG.txt`, beside `pkg/`), downloaded
/// once per page; `None` when they cannot be had.
async fn load_cities(lang: Lang) -> Option<Rc<Cities>> {
    let cached = CITIES.with(|c| {
        c.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, c)| c.clone())
    });
    if cached.is_some() {
        return cached;
    }
    let text = wasm_bindgen_futures::JsFuture::from(crate::web::js::load_cities(lang.tag()))
        .await
        .ok()?
        .as_string()?;
    let cities = Rc::new(Cities::parse(&text));
    CITIES.with(|c| c.borrow_mut().push((lang, cities.clone())));
    Some(cities)
}

/// The hand-off's props: its words and callbacks.
pub(super) fn actions_props(
    state: &UseReducerHandle<State<IntlZone>>,
    a: &TicketAnswer,
) -> ActionsProps {
    let s: &State<IntlZone> = state;
    let lang = s.lang;
    // Community help is by e-mail only (the policy gives community users no
    // web channel): no ticket link for them.
    let ticket = s
        .ticket_url
        .as_ref()
        .filter(|_| a.plan != Plan::Community)
        .map(|url| {
            let values = TicketValues {
                priority: a.priority,
                impact: s.impact,
                urgency: s.urgency,
                plan: a.plan,
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
            let text = summary(&state, &a, &IntlDates);
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
        fallback: (s.copied == Some(false)).then(|| {
            (
                AttrValue::Static(t(lang, Msg::Summary)),
                summary(s, a, &IntlDates),
            )
        }),
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
    let title = format!(
        "{} — {} ({})",
        t(lang, Msg::CalendarSummary),
        a.priority,
        doc.plans.get(a.plan).name.get(tag)
    );
    let stamp = crate::web::js::now();
    let uid = format!(
        "{}-{}-{}@support-policy-widget",
        deadline.to_rfc3339(),
        a.priority,
        a.plan.as_str()
    );
    let text = calendar_file(&title, &summary(s, a, &IntlDates), deadline, stamp, &uid);
    let _ = crate::web::js::save_file(
        &text,
        "text/calendar",
        &format!("support-target-{}.ics", a.priority),
    );
}
