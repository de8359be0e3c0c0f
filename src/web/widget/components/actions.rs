//! The hand-off: open a ticket (when the host gives a ticket URL), add the
//! target to a calendar, copy a plain-text summary.

use yew::prelude::*;

/// Props of the actions.
#[derive(PartialEq)]
pub struct ActionsProps {
    /// "Open a ticket": the link's text and its address, when the host set one.
    pub ticket: Option<(AttrValue, String)>,
    /// "Add to calendar", when there is a deadline.
    pub calendar: Option<AttrValue>,
    /// "Copy summary".
    pub copy: AttrValue,
    /// What happened to the last copy.
    pub copied: Option<String>,
    /// The summary to select by hand when copying is not allowed.
    pub fallback: Option<(AttrValue, String)>,
    /// "Add to calendar" pressed.
    pub on_calendar: Callback<()>,
    /// "Copy summary" pressed.
    pub on_copy: Callback<()>,
}

/// Buttons and the ticket link.
pub fn actions(props: &ActionsProps) -> Html {
    let on_calendar = props.on_calendar.clone();
    let on_copy = props.on_copy.clone();
    html! {
        <div class="actions">
            if let Some((text, href)) = &props.ticket {
                <a class="button primary" href={href.clone()} rel="noopener">{ text.clone() }</a>
            }
            if let Some(text) = &props.calendar {
                <button type="button" class="secondary" onclick={Callback::from(move |_: MouseEvent| on_calendar.emit(()))}>{ text.clone() }</button>
            }
            <button type="button" class="secondary" onclick={Callback::from(move |_: MouseEvent| on_copy.emit(()))}>{ props.copy.clone() }</button>
            <span class="copied" aria-live="polite">{ props.copied.clone().unwrap_or_default() }</span>
            if let Some((label, text)) = &props.fallback {
                <textarea readonly=true aria-label={label.clone()} rows="8" value={text.clone()} />
            }
        </div>
    }
}
