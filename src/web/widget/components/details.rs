//! What the headline means: the priority's own description and example
//! from the policy, the target in plain words, support hours now, the same
//! ticket under the other plan, the account of how this deadline was
//! counted (a disclosure), and the rules the target is counted by.

use super::timed;
use crate::web::widget::reading::{Details, Timed};
use yew::prelude::*;

/// The answer's details.
pub fn details(props: &Details) -> Html {
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
            if let Some(account) = &props.account {
                <details class="account">
                    <summary>{ account.title }</summary>
                    <ol>{ for account.lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ol>
                </details>
            }
            { p_timed("viewer", &props.in_your_zone) }
            { p_timed("open", &props.open) }
            if !props.compare.is_empty() {
                <ul class="compare">
                    { for props.compare.iter().map(|(plan, text)| html! { <li data-tier={*plan}>{ timed(text) }</li> }) }
                </ul>
            }
            if !props.notes.is_empty() {
                <div class="notes">
                    <p class="notes-title">{ props.notes_title }</p>
                    <ul>{ for props.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                </div>
            }
        </div>
    }
}
