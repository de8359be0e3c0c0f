//! Standard and Premium side by side, from the policy document: rows where
//! the plans differ first and marked; rows that are the same say so once.

use crate::policy::Policy;
use crate::vocabulary::{Plan, Priority};
use crate::web::widget::i18n::{Lang, Msg, amount_words, t, working_days_words};
use std::rc::Rc;
use yew::prelude::*;

/// Props of the plan comparison.
#[derive(PartialEq)]
pub struct PlanTableProps {
    /// Language.
    pub lang: Lang,
    /// The policy.
    pub policy: Rc<Policy>,
    /// Whether the comparison is open (the table is built only then).
    pub open: bool,
    /// Called with the `<details>`' state when the person opens or closes it.
    pub on_toggle: Callback<bool>,
}

/// A `<details>` with the comparison table and the trial and community
/// rules. Closed, it holds only its summary: the table is built when it is
/// opened, so start-up computes and lays out nothing the visitor cannot see.
pub fn plan_table(props: &PlanTableProps) -> Html {
    let on_toggle = props.on_toggle.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
            .open()
    });
    let summary = html! { <summary>{ t(props.lang, Msg::PlanComparison) }</summary> };
    if !props.open {
        return html! { <details class="plans" ontoggle={on_toggle}>{ summary }</details> };
    }
    let (lang, tag) = (props.lang, props.lang.tag());
    let doc = props.policy.document();
    let plans = [Plan::Standard, Plan::Premium];
    let list = |items: Vec<String>| html! { <ul>{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul> };
    let targets = |plan: Plan| -> Vec<String> {
        Priority::ALL
            .iter()
            .filter_map(|&p| {
                // "around the clock" is said once, by the hours row.
                let minutes = props.policy.target_minutes(plan, p)?;
                let sla = props.policy.sla(plan)?;
                let amount = amount_words(lang, minutes, !sla.hours.is_continuous());
                Some(match working_days_words(lang, minutes, &sla.hours) {
                    Some(days) => format!("{p}: {amount} ({days})"),
                    None => format!("{p}: {amount}"),
                })
            })
            .collect()
    };
    let mut rows: Vec<(String, Vec<String>, Vec<String>)> = vec![(
        t(lang, Msg::Target).to_owned(),
        targets(Plan::Standard),
        targets(Plan::Premium),
    )];
    for row in &doc.feature_rows {
        let items = |plan: Plan| -> Vec<String> {
            doc.plans
                .get(plan)
                .features
                .get(&row.id)
                .into_iter()
                .flatten()
                .map(|i| i.get(tag).to_owned())
                .collect()
        };
        rows.push((
            row.label.get(tag).to_owned(),
            items(Plan::Standard),
            items(Plan::Premium),
        ));
    }
    // Differences first, in the document's order; then what both share.
    let (mut rows, same): (Vec<_>, Vec<_>) = rows.into_iter().partition(|(_, a, b)| a != b);
    rows.extend(same);
    html! {
        <details class="plans" open=true ontoggle={on_toggle}>
            { summary }
            <table>
                <thead><tr><td></td>{ for plans.iter().map(|&plan| html! { <th scope="col">{ doc.plans.get(plan).name.get(tag).to_owned() }</th> }) }</tr></thead>
                <tbody>
                    { for rows.into_iter().map(|(label, standard, premium)| if standard == premium {
                        html! {
                            <tr class="same">
                                <th scope="row">{ label }</th>
                                <td colspan="2"><span class="same-note">{ t(lang, Msg::BothPlans) }</span>{ list(standard) }</td>
                            </tr>
                        }
                    } else {
                        html! {
                            <tr class="differs">
                                <th scope="row">{ label }</th>
                                <td>{ list(standard) }</td>
                                <td>{ list(premium) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <p>{ doc.plans.trial.summary.get(tag).to_owned() }</p>
            <p>{ doc.plans.community.summary.get(tag).to_owned() }</p>
        </details>
    }
}
