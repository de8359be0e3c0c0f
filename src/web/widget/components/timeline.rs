//! Filing to the target as a bar: support hours shaded, closed time grey,
//! the target marked; the SVG's title and description say it in words.

use crate::web::widget::reading::Timeline;
use yew::prelude::*;

/// An SVG bar whose lines keep their width at any size.
pub fn timeline(props: &Timeline) -> Html {
    let (from, to) = (props.filed, props.deadline.max(props.filed + 60));
    // x in tenths of a viewBox unit, by integer arithmetic.
    let x = |t: i64| 100 + 9800 * (t.clamp(from, to) - from) / (to - from);
    let units = |tenths: i64| format!("{}.{}", tenths / 10, tenths % 10);
    let [open, closed, target] = props.legend;
    html! {
        <figure class="timeline">
            <figcaption>{ props.caption }</figcaption>
            <svg viewBox="0 0 1000 52" role="img" aria-labelledby="timeline-title timeline-desc" preserveAspectRatio="none">
                <title id="timeline-title">{ props.caption }</title>
                <desc id="timeline-desc">{ props.description.clone() }</desc>
                <rect class="closed" x="10" y="14" width="980" height="24" />
                { for props.windows.iter().map(|(a, b)| html! {
                    <rect class="open" x={units(x(*a))} y="14" width={units((x(*b) - x(*a)).max(10))} height="24" />
                }) }
                <line class="deadline" x1={units(x(props.deadline))} x2={units(x(props.deadline))} y1="4" y2="48" />
            </svg>
            <p class="ticks" aria-hidden="true">
                { for props.ends.iter().map(|(shown, datetime)| html! { <time datetime={datetime.clone()}>{ shown.clone() }</time> }) }
            </p>
            <p class="legend" aria-hidden="true">
                <span class="swatch open"></span>{ open }
                <span class="swatch closed"></span>{ closed }
                <span class="swatch deadline"></span>{ target }
            </p>
        </figure>
    }
}
