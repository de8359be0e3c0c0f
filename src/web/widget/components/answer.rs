//! The answer: the headline a visitor came for (priority, target deadline
//! in their zone, time left) and the machine-readable `data-priority`,
//! `data-tier` and `data-deadline`. It is in no live region: the time left
//! changes with the clock, and a screen reader would read it every minute;
//! changes by the person or the host are announced by the root's one live
//! region instead.

use crate::web::widget::reading::Headline;
use yew::prelude::*;

/// The headline; it stays in view while the controls are used.
pub fn answer(props: &Headline) -> Html {
    // Community help has no priority handling: no priority colour either.
    let level = props
        .title
        .is_some()
        .then(|| props.priority.as_str().to_ascii_lowercase());
    html! {
        <section class={level.map_or_else(|| "answer".to_owned(), |l| format!("answer {l}"))}
            data-priority={props.priority.as_str()} data-tier={props.plan.as_str()} data-deadline={props.deadline.clone()}>
            if let Some(error) = &props.error {
                <p class="warning" role="alert">{ error.clone() }</p>
            } else {
                if let Some(title) = &props.title {
                    <p class="priority">
                        <span class="badge">{ props.priority.as_str() }</span>
                        <span class="title">{ title.clone() }</span>
                        if let Some(note) = &props.override_note {
                            <span class="override">{ note.clone() }</span>
                        }
                    </p>
                }
                <p class="due">
                    <span class="label">{ props.label }</span>
                    if let Some(when) = &props.when {
                        <strong class="when"><time datetime={props.deadline.clone()}>{ when.clone() }</time></strong>
                    }
                </p>
                <p class="left">{ props.left.clone() }</p>
            }
        </section>
    }
}
