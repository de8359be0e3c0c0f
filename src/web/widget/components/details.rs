//! What the headline means: the priority's own description and example
//! from the policy, the target in plain words, support hours now, the same
//! ticket under the other plan, and how the target is counted.

use super::{Timed, timed};
use yew::prelude::*;

/// Props of the details.
#[derive(PartialEq)]
pub struct DetailsProps {
    /// The priority's description, from the policy.
    pub description: Option<String>,
    /// The policy's example of that priority.
    pub example: Option<String>,
    /// "Our support engineers review the priority with you."
    pub review: Option<String>,
    /// "Response target: 24 business hours (about 2⅔ working days)".
    pub target: Option<String>,
    /// The deadline in the reader's own zone when it differs.
    pub in_your_zone: Option<Timed>,
    /// Open now, or when support next opens.
    pub open: Option<Timed>,
    /// The same ticket under the other plan(s): `(tier, text)`.
    pub compare: Vec<(&'static str, Timed)>,
    /// The heading of `notes`.
    pub notes_title: AttrValue,
    /// Plain words on how the target is counted.
    pub notes: Vec<String>,
}

/// The answer's details.
pub fn details(props: &DetailsProps) -> Html {
    let p = |class: &'static str, text: &Option<String>| match text {
        Some(t) => html! { <p class={class}>{ t.clone() }</p> },
        None => html! {},
    };
    let p_timed = |class: &'static str, text: &Option<Timed>| match text {
        Some(t) => html! { <p class={class}>{ timed(t) }</p> },
        None => html! {},
    };
    html! {
        <div class="details">
            if props.description.is_some() {
                <p class="meaning">
                    { props.description.clone().unwrap_or_default() }
                    if let Some(example) = &props.example {
                        { " " }<span class="example">{ example.clone() }</span>
                    }
                </p>
            }
            { p("review", &props.review) }
            { p("target", &props.target) }
            { p_timed("viewer", &props.in_your_zone) }
            { p_timed("open", &props.open) }
            if !props.compare.is_empty() {
                <ul class="compare">
                    { for props.compare.iter().map(|(tier, text)| html! { <li data-tier={*tier}>{ timed(text) }</li> }) }
                </ul>
            }
            if !props.notes.is_empty() {
                <div class="notes">
                    <p class="notes-title">{ props.notes_title.clone() }</p>
                    <ul>{ for props.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                </div>
            }
        </div>
    }
}
