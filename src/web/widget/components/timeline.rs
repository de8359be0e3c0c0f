//! Filing to the target as a bar: support hours shaded, closed time grey,
//! the target marked; the SVG's title and description say it in words.

use yew::prelude::*;

/// Props of the timeline.
#[derive(PartialEq)]
pub struct TimelineProps {
    /// "From filing to the target".
    pub caption: AttrValue,
    /// Legend texts: open, closed, target.
    pub legend: [AttrValue; 3],
    /// Filing instant.
    pub filed: i64,
    /// Deadline.
    pub deadline: i64,
    /// Open windows between them.
    pub windows: Vec<(i64, i64)>,
    /// The ends (filing, target): as people read them in the chosen zone,
    /// and as RFC 3339.
    pub ends: [(String, String); 2],
    /// The whole bar in words.
    pub description: String,
}

/// An SVG bar whose lines keep their width at any size.
pub fn timeline(props: &TimelineProps) -> Html {
    let (from, to) = (props.filed, props.deadline.max(props.filed + 60));
    // x in tenths of a viewBox unit, by integer arithmetic.
    let x = |t: i64| 100 + 9800 * (t.clamp(from, to) - from) / (to - from);
    let units = |tenths: i64| format!("{}.{}", tenths / 10, tenths % 10);
    let [open, closed, target] = props.legend.clone();
    html! {
        <figure class="timeline">
            <figcaption>{ props.caption.clone() }</figcaption>
            <svg viewBox="0 0 1000 52" role="img" aria-labelledby="timeline-title timeline-desc" preserveAspectRatio="none">
                <title id="timeline-title">{ props.caption.clone() }</title>
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
