//! The time-zone box: type a city or an IANA name, with suggestions, the
//! zone's readable name, and a message tied to the box when it is unknown.

use crate::web::intl_zone::ZoneNames;
use crate::web::widget::cities::Cities;
use crate::web::widget::dates::former_name;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of the time-zone field.
#[derive(PartialEq)]
pub struct ZoneFieldProps {
    /// The label ("Time zone").
    pub label: AttrValue,
    /// What is in the box.
    pub text: String,
    /// The zone in force as people read it ("Madrid · UTC+02:00").
    pub readable: String,
    /// How to fill the box.
    pub hint: AttrValue,
    /// Why the box's text is refused, when it is.
    pub error: Option<String>,
    /// Suggestions, once the box has been used.
    pub names: Option<ZoneNames>,
    /// The cities in the visitor's language, once downloaded.
    pub cities: Option<Rc<Cities>>,
    /// Every keystroke.
    pub on_input: Callback<String>,
    /// The person left the box or pressed Enter.
    pub on_commit: Callback<String>,
    /// The box got focus.
    pub on_focus: Callback<()>,
}

/// A text input with a datalist of every zone.
pub fn zone_field(props: &ZoneFieldProps) -> Html {
    let value = |e: &Event| e.target_unchecked_into::<HtmlInputElement>().value();
    let on_input = props.on_input.clone();
    let on_commit = props.on_commit.clone();
    let on_focus = props.on_focus.clone();
    html! {
        <div class="field zone">
            <label for="zone">{ props.label.clone() }</label>
            <input id="zone" type="text" list="zones" autocomplete="off" spellcheck="false"
                value={props.text.clone()}
                aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                aria-describedby="zone-readable zone-hint"
                oninput={Callback::from(move |e: InputEvent| on_input.emit(value(&e)))}
                onchange={Callback::from(move |e: Event| on_commit.emit(value(&e)))}
                onfocus={Callback::from(move |_: FocusEvent| on_focus.emit(()))} />
            if let Some(names) = &props.names {
                <ZoneList names={names.clone()} cities={props.cities.clone()} />
            }
            <p class="readable" id="zone-readable">{ props.readable.clone() }</p>
            <p class="hint" id="zone-hint">
                if let Some(error) = &props.error {
                    <span class="warning" role="alert">{ error.clone() }</span>
                } else {
                    { props.hint.clone() }
                }
            </p>
        </div>
    }
}

/// Props of the zone suggestions.
#[derive(Properties, PartialEq)]
struct ZoneListProps {
    /// Every zone name (the same `Rc` across renders, so this list renders once).
    names: ZoneNames,
    /// The cities in the visitor's language (labels), once downloaded.
    cities: Option<Rc<Cities>>,
}

/// `<datalist>` of every zone; the city, in the visitor's language where
/// it has its own name, is offered as the label.
#[function_component]
fn ZoneList(props: &ZoneListProps) -> Html {
    html! {
        <datalist id="zones">
            { for props.names.get().iter().map(|n| {
                let own = props.cities.as_deref().and_then(|c| {
                    c.name_of(n).or_else(|| former_name(n).and_then(|old| c.name_of(old)))
                });
                let city = own.map_or_else(|| n.rsplit('/').next().unwrap_or(n).replace('_', " "), str::to_owned);
                html! { <option value={n.clone()} label={city} /> }
            }) }
        </datalist>
    }
}
