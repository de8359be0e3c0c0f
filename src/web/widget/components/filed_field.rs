//! The filing time: a native date-time box, "Now", and what happened to
//! the typed time (a DST gap or fold, or why it cannot be read).

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of the filing-time field.
#[derive(PartialEq)]
pub struct FiledFieldProps {
    /// The label ("Filed at").
    pub label: AttrValue,
    /// The box's value (`YYYY-MM-DDTHH:MM:SS`).
    pub value: String,
    /// The "Now" button's text.
    pub now_label: AttrValue,
    /// Whether the widget follows the clock.
    pub following: bool,
    /// What the hint says (following the clock, or a gap/fold notice).
    pub note: Option<String>,
    /// Why the typed time is refused, when it is.
    pub error: Option<String>,
    /// The box changed.
    pub on_change: Callback<String>,
    /// "Now" pressed.
    pub on_now: Callback<()>,
}

/// `<input type="datetime-local">` with a "Now" button.
pub fn filed_field(props: &FiledFieldProps) -> Html {
    let on_change = props.on_change.clone();
    let on_now = props.on_now.clone();
    html! {
        <div class="field">
            <label for="filed">{ props.label.clone() }</label>
            <div class="row">
                <input id="filed" type="datetime-local" step="1" value={props.value.clone()}
                    aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                    aria-describedby="filed-hint"
                    onchange={Callback::from(move |e: Event| on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                <button type="button" class="secondary now" aria-pressed={if props.following { "true" } else { "false" }}
                    onclick={Callback::from(move |_: MouseEvent| on_now.emit(()))}>{ props.now_label.clone() }</button>
            </div>
            <p class="hint" id="filed-hint">
                if let Some(error) = &props.error {
                    <span class="warning" role="alert">{ error.clone() }</span>
                } else if let Some(note) = &props.note {
                    <span class={if props.following { "" } else { "warning" }}>{ note.clone() }</span>
                }
            </p>
        </div>
    }
}
