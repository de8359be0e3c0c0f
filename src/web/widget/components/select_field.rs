//! A labelled native `<select>` with an optional hint.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of a select field.
#[derive(PartialEq)]
pub struct SelectFieldProps {
    /// The select's id (its label points at it).
    pub id: &'static str,
    /// The label.
    pub label: AttrValue,
    /// `(value, text)` per option.
    pub options: Vec<(String, String)>,
    /// The chosen value.
    pub selected: String,
    /// A hint under the field.
    pub hint: Option<String>,
    /// Called with the value chosen.
    pub on_change: Callback<String>,
}

/// A native select.
pub fn select_field(props: &SelectFieldProps) -> Html {
    let on_change = props.on_change.clone();
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="field">
            <label for={props.id}>{ props.label.clone() }</label>
            <select id={props.id} aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}
                onchange={Callback::from(move |e: Event| on_change.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ text.clone() }</option>
                }) }
            </select>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint.clone() }</p>
            }
        </div>
    }
}
