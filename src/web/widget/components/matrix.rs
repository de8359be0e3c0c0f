//! The priority matrix as the policy prints it, the current cell marked.
//! It shows how the priority was reached; impact and urgency are chosen
//! with their own controls only.

use crate::vocabulary::Priority;
use yew::prelude::*;

/// Props of the matrix.
#[derive(PartialEq)]
pub struct MatrixProps {
    /// "How the priority is assigned".
    pub caption: AttrValue,
    /// "Urgency (rows) by impact (columns)".
    pub hint: AttrValue,
    /// Column headers ("High impact" …).
    pub columns: Vec<String>,
    /// Row headers ("High urgency" …) with their priorities.
    pub rows: Vec<(String, Vec<Priority>)>,
    /// The current cell: `(row, column)`.
    pub current: (usize, usize),
    /// What marks the current cell for screen readers ("Your ticket").
    pub current_label: AttrValue,
}

/// A table; cells carry their priority's colour.
pub fn matrix(props: &MatrixProps) -> Html {
    html! {
        <table class="matrix">
            <caption>{ props.caption.clone() }<span class="hint">{ props.hint.clone() }</span></caption>
            <thead>
                <tr><td></td>{ for props.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr>
            </thead>
            <tbody>
                { for props.rows.iter().enumerate().map(|(r, (header, cells))| html! {
                    <tr>
                        <th scope="row">{ header.clone() }</th>
                        { for cells.iter().enumerate().map(|(c, p)| {
                            let current = props.current == (r, c);
                            html! {
                                <td class={format!("cell {}{}", p.as_str().to_ascii_lowercase(), if current { " current" } else { "" })}
                                    aria-current={current.then_some("true")}>
                                    { p.as_str() }
                                    if current {
                                        <span class="visually-hidden">{ format!(" ({})", props.current_label) }</span>
                                    }
                                </td>
                            }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
