//! The policy pages' policy sections (`www/index.html`, `www/es/index.html`,
//! between `<!-- policy:start -->` and `<!-- policy:end -->`), written from
//! the same policy document and catalogue the widget reads: the level
//! titles, descriptions and examples, the matrix, the targets, the plans'
//! rows, and every sentence that states a rule (when counting starts, the
//! closing minute, holidays, trials, community). The page and the widget
//! cannot disagree: a rule is stated once, in the catalogue or the
//! document. The page's own prose (headings, the lead-ins) is [`PageText`].
//! `cargo run --example policy_pages` rewrites the pages; a native test
//! checks they are current.

use super::i18n::{
    Lang, LevelKind, Msg, amount_words, hours_rules, level_phrase, t, working_days_words,
};
use crate::policy::Policy;
use crate::vocabulary::{Impact, Plan, Priority, Urgency};

/// The page's own prose: headings and lead-ins that state no rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum PageText {
    LevelsHeading,
    LevelsIntro,
    LevelsCaption,
    Description,
    Example,
    MatrixHeading,
    MatrixIntro,
    MatrixCaption,
    TargetsHeading,
    TargetsIntro,
    TargetsCaption,
    FollowsDst,
    PlansHeading,
    PlansCaption,
    TrialHeading,
    CommunityHeading,
}

/// The text of `text` in `lang`.
pub fn page_text(lang: Lang, text: PageText) -> &'static str {
    use PageText::*;
    let (en, es) = match text {
        LevelsHeading => (
            "Ticket priority levels",
            "Niveles de prioridad de los tickets",
        ),
        LevelsIntro => (
            "When you open a support ticket, please take care to choose the priority that best reflects the urgency and impact of the problem, following the guidelines below. Our support engineers work with you to make sure the priority fits the nature of your concern and guide you through our P1 to P4 levels. To suit your specific business needs you may override the priority first assigned. Our main goal is to resolve your problems effectively while respecting your operations and business priorities.",
            "Al crear un ticket de soporte, le pedimos que seleccione con cuidado el nivel de prioridad que mejor refleje la urgencia y el impacto del problema, según las pautas siguientes. Nuestros ingenieros de soporte colaborarán con usted para que la prioridad elegida se ajuste a la naturaleza de su consulta y le guiarán por los niveles P1 a P4. Para adaptarse a las necesidades concretas de su negocio, puede cambiar el nivel de prioridad asignado inicialmente si es necesario. Nuestro objetivo principal es resolver sus problemas de forma eficaz, respetando sus operaciones y prioridades de negocio.",
        ),
        LevelsCaption => ("Priority levels", "Niveles de prioridad"),
        Description => ("Description", "Descripción"),
        Example => ("Example", "Ejemplo"),
        MatrixHeading => ("How priority is assigned", "Cómo se asigna la prioridad"),
        MatrixIntro => (
            "The priority follows from the ticket's impact and urgency.",
            "La prioridad se asigna en función del impacto y la urgencia del ticket.",
        ),
        MatrixCaption => (
            "Priority by urgency (rows) and impact (columns)",
            "Prioridad por urgencia (filas) e impacto (columnas)",
        ),
        TargetsHeading => ("Response-time targets", "Objetivos de tiempo de respuesta"),
        TargetsIntro => (
            "Each target is counted in its plan's support hours only, which each column's heading gives.",
            "Cada objetivo se cuenta solo dentro del horario de soporte de su plan, que indica el encabezado de cada columna.",
        ),
        TargetsCaption => (
            "Response-time target per priority",
            "Objetivo de tiempo de respuesta por prioridad",
        ),
        FollowsDst => (
            "This calculator's target response times follow your time zone's daylight-saving changes.",
            "Las horas objetivo de esta calculadora tienen en cuenta los cambios de hora de su zona horaria.",
        ),
        PlansHeading => ("Support plans and hours", "Planes y horario de soporte"),
        PlansCaption => ("What each plan includes", "Qué incluye cada plan"),
        TrialHeading => ("Trial customers", "Clientes en periodo de prueba"),
        CommunityHeading => ("Amanda community users", "Usuarios de la comunidad Amanda"),
    };
    match lang {
        Lang::En => en,
        Lang::Es => es,
    }
}

/// Text made safe for HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A scrolling table region with its caption, as the pages write tables.
fn table(out: &mut String, id: &str, caption: &str, head: &str, rows: &[String]) {
    out.push_str(&format!(
        "    <div class=\"table-scroll\" role=\"region\" aria-labelledby=\"{id}-caption\" tabindex=\"0\">\n    <table id=\"{id}\">\n      <caption id=\"{id}-caption\">{}</caption>\n      <thead><tr>{head}</tr></thead>\n      <tbody>\n",
        esc(caption)
    ));
    for row in rows {
        out.push_str(&format!("        {row}\n"));
    }
    out.push_str("      </tbody>\n    </table>\n    </div>\n");
}

/// The policy sections of the page in `lang`, from `policy`.
pub fn policy_sections(policy: &Policy, lang: Lang) -> String {
    let tag = lang.tag();
    let doc = policy.document();
    let p = |text: PageText| esc(page_text(lang, text));
    let mut out = String::new();

    // Levels.
    out.push_str(&format!(
        "    <h2 id=\"levels\">{}</h2>\n    <p>{}</p>\n",
        p(PageText::LevelsHeading),
        p(PageText::LevelsIntro)
    ));
    let rows: Vec<String> = Priority::ALL
        .iter()
        .map(|&priority| {
            let info = doc.priorities.get(priority);
            format!(
                "<tr data-priority=\"{priority}\"><th scope=\"row\">{priority} · {}</th><td>{}</td><td>{}</td></tr>",
                esc(info.title.get(tag)),
                esc(info.description.get(tag)),
                esc(info.example.get(tag))
            )
        })
        .collect();
    let head = format!(
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        esc(t(lang, Msg::Priority)),
        p(PageText::Description),
        p(PageText::Example)
    );
    table(
        &mut out,
        "priority-levels",
        page_text(lang, PageText::LevelsCaption),
        &head,
        &rows,
    );

    // Matrix.
    out.push_str(&format!(
        "\n    <h2 id=\"matrix\">{}</h2>\n    <p>{}</p>\n",
        p(PageText::MatrixHeading),
        p(PageText::MatrixIntro)
    ));
    let mut head = String::from("<td></td>");
    for &impact in Impact::ALL {
        let name = doc.levels.impact.get(impact).name.get(tag);
        head.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            esc(&level_phrase(lang, LevelKind::Impact, name))
        ));
    }
    let rows: Vec<String> = Urgency::ALL
        .iter()
        .map(|&urgency| {
            let name = doc.levels.urgency.get(urgency).name.get(tag);
            let cells: String = Impact::ALL
                .iter()
                .map(|&impact| format!("<td>{}</td>", policy.classify(impact, urgency)))
                .collect();
            format!(
                "<tr><th scope=\"row\">{}</th>{cells}</tr>",
                esc(&level_phrase(lang, LevelKind::Urgency, name))
            )
        })
        .collect();
    table(
        &mut out,
        "priority-matrix",
        page_text(lang, PageText::MatrixCaption),
        &head,
        &rows,
    );

    // Targets: the plans with targets of their own (a trial has Premium's).
    let plans = [Plan::Standard, Plan::Premium];
    out.push_str(&format!(
        "\n    <h2 id=\"targets\">{}</h2>\n    <p>{}</p>\n",
        p(PageText::TargetsHeading),
        p(PageText::TargetsIntro)
    ));
    let mut head = format!("<th scope=\"col\">{}</th>", esc(t(lang, Msg::Priority)));
    for plan in plans {
        let info = doc.plans.get(plan);
        let hours = info
            .calendar
            .as_deref()
            .and_then(|id| doc.calendars.get(id))
            .map(|c| c.name.get(tag));
        head.push_str(&match hours {
            Some(hours) => format!(
                "<th scope=\"col\">{} <span class=\"aside\">{}</span></th>",
                esc(info.name.get(tag)),
                esc(hours)
            ),
            None => format!("<th scope=\"col\">{}</th>", esc(info.name.get(tag))),
        });
    }
    let rows: Vec<String> = Priority::ALL
        .iter()
        .map(|&priority| {
            let cells: String = plans
                .iter()
                .map(|&plan| {
                    let (Some(minutes), Some(sla)) =
                        (policy.target_minutes(plan, priority), policy.sla(plan))
                    else {
                        return "<td>—</td>".to_owned();
                    };
                    let business = !sla.hours.is_continuous();
                    let amount = amount_words(lang, minutes, business);
                    match working_days_words(lang, minutes, &sla.hours) {
                        Some(days) => format!(
                            "<td>{} <span class=\"aside\">({})</span></td>",
                            esc(&amount),
                            esc(&days)
                        ),
                        None => format!("<td>{}</td>", esc(&amount)),
                    }
                })
                .collect();
            format!("<tr><th scope=\"row\">{priority}</th>{cells}</tr>")
        })
        .collect();
    table(
        &mut out,
        "response-targets",
        page_text(lang, PageText::TargetsCaption),
        &head,
        &rows,
    );
    // The rules the targets are counted by: the widget's own sentences.
    let mut rules = vec![t(lang, Msg::ResponseNotFix).to_owned()];
    if let Some(sla) = policy
        .sla(Plan::Standard)
        .filter(|s| !s.hours.is_continuous())
    {
        rules.extend(hours_rules(lang, &sla.hours));
    }
    rules.push(page_text(lang, PageText::FollowsDst).to_owned());
    out.push_str("    <ul>\n");
    for rule in rules {
        out.push_str(&format!("      <li>{}</li>\n", esc(&rule)));
    }
    out.push_str("    </ul>\n");

    // Plans.
    out.push_str(&format!(
        "\n    <h2 id=\"plans\">{}</h2>\n",
        p(PageText::PlansHeading)
    ));
    let mut head = String::from("<td></td>");
    for plan in plans {
        head.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            esc(doc.plans.get(plan).name.get(tag))
        ));
    }
    let list = |items: &[crate::policy::Text]| -> String {
        let items: String = items
            .iter()
            .map(|i| format!("<li>{}</li>", esc(i.get(tag))))
            .collect();
        format!("<ul>{items}</ul>")
    };
    let rows: Vec<String> = doc
        .feature_rows
        .iter()
        .map(|row| {
            let items: Vec<&[crate::policy::Text]> = plans
                .iter()
                .map(|&plan| {
                    doc.plans
                        .get(plan)
                        .features
                        .get(&row.id)
                        .map_or(&[][..], Vec::as_slice)
                })
                .collect();
            let cells = if items.windows(2).all(|w| w[0] == w[1]) {
                format!(
                    "<td colspan=\"{}\"><span class=\"aside\">{}</span>{}</td>",
                    plans.len(),
                    esc(t(lang, Msg::BothPlans)),
                    list(items[0])
                )
            } else {
                items
                    .iter()
                    .map(|i| format!("<td>{}</td>", list(i)))
                    .collect()
            };
            format!(
                "<tr data-row=\"{}\"><th scope=\"row\">{}</th>{cells}</tr>",
                esc(&row.id),
                esc(row.label.get(tag))
            )
        })
        .collect();
    table(
        &mut out,
        "plan-features",
        page_text(lang, PageText::PlansCaption),
        &head,
        &rows,
    );

    // Trial and community: the widget's own words.
    out.push_str(&format!(
        "\n    <h2 id=\"trial\">{}</h2>\n    <p>{}</p>\n",
        p(PageText::TrialHeading),
        esc(t(lang, Msg::TrialNote))
    ));
    out.push_str(&format!(
        "\n    <h2 id=\"community\">{}</h2>\n    <p>{}</p>\n",
        p(PageText::CommunityHeading),
        esc(doc.plans.get(Plan::Community).summary.get(tag))
    ));
    out
}

/// `page` with its policy sections (between the markers) written anew;
/// `None` when the page has no markers.
pub fn rewrite_page(page: &str, policy: &Policy, lang: Lang) -> Option<String> {
    const START: &str = "<!-- policy:start: written by `cargo run --example policy_pages` from the policy document and the widget's catalogue; edit them there -->\n";
    const END: &str = "    <!-- policy:end -->";
    let (before, rest) = page.split_once(START)?;
    let (_, after) = rest.split_once(END)?;
    Some(format!(
        "{before}{START}{}{END}{after}",
        policy_sections(policy, lang)
    ))
}
