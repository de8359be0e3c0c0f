//! A sentence with an instant in it: the instant is a `<time datetime>`
//! (RFC 3339, UTC) so that it is machine-readable wherever it is shown.

use yew::prelude::*;

/// `before` + the instant as people read it + `after`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timed {
    /// The words before the instant ("Support is closed now. Next opening: ").
    pub before: String,
    /// The instant: as people read it, and as RFC 3339 for `datetime`.
    pub at: Option<(String, String)>,
    /// The words after it (" (1 hour, around the clock)").
    pub after: String,
}

impl Timed {
    /// A sentence without an instant.
    pub fn text(text: impl Into<String>) -> Timed {
        Timed {
            before: text.into(),
            ..Timed::default()
        }
    }
}

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
