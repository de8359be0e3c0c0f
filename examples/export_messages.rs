//! Writes the widget's texts as ICU MessageFormat JSON, one file per
//! language (`src/web/widget/i18n/messages/LANG.json`): the catalogue, the
//! built-in policy document's texts, and the words made in code (units with
//! their plurals, level phrases). The starting point of the translations.
//! `cargo run --example export_messages`

use serde_json::{Map, Value};
use support_policy::Policy;
use support_policy::web::widget::i18n::{ALL_MESSAGES, Lang, t};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let policy = Policy::zmanda();
    let doc: Value = serde_json::from_str(&policy.document().to_json().to_string())?;
    for (lang, tag) in [(Lang::En, "en"), (Lang::Es, "es")] {
        let mut out = Map::new();
        for &msg in ALL_MESSAGES {
            out.insert(format!("{msg:?}"), Value::String(t(lang, msg).to_owned()));
        }
        // Texts of the built-in policy document, by their JSON path.
        walk(&doc, "policy", tag, &mut out);
        for (key, en, es) in CODE_WORDS {
            let text = if lang == Lang::En { en } else { es };
            out.insert((*key).to_owned(), Value::String((*text).to_owned()));
        }
        let path = format!("src/web/widget/i18n/messages/{tag}.json");
        std::fs::write(
            &path,
            serde_json::to_string_pretty(&Value::Object(out))? + "\n",
        )?;
        println!("{path}");
    }
    Ok(())
}

/// Every `{ "en": …, "es": … }` text in `value`, keyed by its path.
fn walk(value: &Value, path: &str, tag: &str, out: &mut Map<String, Value>) {
    match value {
        Value::Object(map) if map.contains_key("en") && map.contains_key("es") => {
            out.insert(path.to_owned(), map[tag].clone());
        }
        Value::Object(map) => {
            for (k, v) in map {
                walk(v, &format!("{path}.{k}"), tag, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, &format!("{path}.{i}"), tag, out);
            }
        }
        _ => {}
    }
}

/// The words `i18n/mod.rs` makes in code, as messages.
const CODE_WORDS: &[(&str, &str, &str)] = &[
    (
        "Hours",
        "{count, plural, one {# hour} other {# hours}}",
        "{count, plural, one {# hora} other {# horas}}",
    ),
    (
        "Minutes",
        "{count, plural, one {# minute} other {# minutes}}",
        "{count, plural, one {# minuto} other {# minutos}}",
    ),
    (
        "SupportHours",
        "{count, plural, one {# support hour} other {# support hours}}",
        "{count, plural, one {# hora de soporte} other {# horas de soporte}}",
    ),
    (
        "SupportMinutes",
        "{count, plural, one {# support minute} other {# support minutes}}",
        "{count, plural, one {# minuto de soporte} other {# minutos de soporte}}",
    ),
    (
        "Days",
        "{count, plural, one {# day} other {# days}}",
        "{count, plural, one {# día} other {# días}}",
    ),
    (
        "AroundTheClock",
        "{amount}, counted around the clock",
        "{amount}, contando las 24 horas del día",
    ),
    (
        "WorkingDaysAbout",
        "about {days} working days",
        "unos {days} días laborables",
    ),
    (
        "WorkingDaysExactly",
        "{days} working days",
        "{days} días laborables",
    ),
    ("ImpactLevel", "{level} impact", "Impacto {level}"),
    ("UrgencyLevel", "{level} urgency", "Urgencia {level}"),
    ("Quoted", "\"{text}\"", "«{text}»"),
    ("LinkImpact", "impact", "«Impacto»"),
    ("LinkUrgency", "urgency", "«Urgencia»"),
    ("LinkPlan", "support plan", "«Plan de soporte»"),
    ("LinkZone", "time zone", "«Zona horaria»"),
    ("LinkFiled", "filing date", "«Fecha y hora de apertura»"),
    ("LinkPriority", "priority override", "«Cambiar prioridad»"),
];
