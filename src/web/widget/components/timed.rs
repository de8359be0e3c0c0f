//! A sentence with an instant in it: the instant is a `<time datetime>`
//! (RFC 3339, UTC) so that it is machine-readable wherever it is shown.

use crate::web::widget::reading::Timed;
use yew::prelude::*;

/// The sentence, its instant a `<time>`.
pub fn timed(t: &Timed) -> Html {
    html! {
        <>
            { t.before.clone() }
            if let Some((shown, datetime)) = &t.at {
                <time datetime={datetime.clone()}>{ shown.clone() }</time>
            }
            { t.after.clone() }
        </>
    }
}
