//! Impact or urgency: a row of native radio buttons.

use yew::prelude::*;

/// Props of a group of level radio buttons.
#[derive(PartialEq)]
pub struct LevelGroupProps {
    /// `impact` or `urgency` (also the radio group's name).
    pub name: &'static str,
    /// The legend ("Impact").
    pub legend: AttrValue,
    /// `(value, label)` per level, highest first.
    pub levels: Vec<(&'static str, String)>,
    /// The chosen value.
    pub selected: &'static str,
    /// The chosen level's hint, when the policy gives one.
    pub hint: Option<String>,
    /// Called with the value chosen.
    pub on_choose: Callback<&'static str>,
}

/// Native radio buttons in one row, the chosen one highlighted.
pub fn level_group(props: &LevelGroupProps) -> Html {
    html! {
        <fieldset class="levels">
            <legend>{ props.legend.clone() }</legend>
            <div class="segments">
                { for props.levels.iter().map(|&(value, ref label)| {
                    let on_choose = props.on_choose.clone();
                    let id = format!("{}-{value}", props.name);
                    html! {
                        <span class="segment">
                            <input type="radio" id={id.clone()} name={props.name} value={value}
                                checked={props.selected == value}
                                onchange={Callback::from(move |_: Event| on_choose.emit(value))} />
                            <label for={id}>{ label.clone() }</label>
                        </span>
                    }
                }) }
            </div>
            if let Some(hint) = &props.hint {
                <p class="hint">{ hint.clone() }</p>
            }
        </fieldset>
    }
}
