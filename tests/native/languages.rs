//! The widget's texts as data, one ICU MessageFormat JSON file per language
//! (`src/web/widget/i18n/messages/LANG.json`): the code asks for exactly
//! the English file's messages, and every other language has every message, with the same placeholders,
//! its own CLDR plural categories, and no English left untranslated.

use serde_json::{Map, Value};
use std::collections::BTreeSet;

const DIR: &str = "src/web/widget/i18n/messages";
/// The languages the vendor publishes its policy page in.
const LANGS: [&str; 7] = ["en", "es", "it", "fr", "pt", "nl", "pl"];

fn load(lang: &str) -> Option<Map<String, Value>> {
    let text = std::fs::read_to_string(format!("{DIR}/{lang}.json")).ok()?;
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(map)) => Some(map),
        other => panic!("{lang}.json is not one JSON object: {other:?}"),
    }
}

/// The argument names of an ICU message (`{name}` and `{name, plural, …}`)
/// and the plural categories it gives; panics when its braces do not balance.
fn shape(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    enum Open {
        Plural,
        Branch,
    }
    let (mut names, mut categories) = (BTreeSet::new(), BTreeSet::new());
    let chars: Vec<char> = text.chars().collect();
    let mut stack: Vec<Open> = Vec::new();
    let mut word = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match (stack.last(), c) {
            (Some(Open::Plural), '{') => {
                categories.insert(word.trim().to_owned());
                word.clear();
                stack.push(Open::Branch);
            }
            (Some(Open::Plural), '}') => {
                stack.pop();
            }
            (Some(Open::Plural), c) => word.push(c),
            (_, '{') => {
                let end = chars[i + 1..]
                    .iter()
                    .position(|&c| c == '}' || c == '{')
                    .map(|p| i + 1 + p)
                    .unwrap_or_else(|| panic!("unbalanced braces in {text}"));
                let head: String = chars[i + 1..end].iter().collect();
                let mut parts = head.split(',').map(str::trim);
                names.insert(parts.next().unwrap_or("").to_owned());
                if parts.next() == Some("plural") {
                    stack.push(Open::Plural);
                    word = parts.collect::<Vec<_>>().join(",");
                    i = end;
                    continue;
                }
                assert_eq!(chars[end], '}', "a nested argument in {text}");
                i = end;
            }
            (Some(Open::Branch), '}') => {
                stack.pop();
            }
            (None, '}') => panic!("unbalanced braces in {text}"),
            _ => {}
        }
        i += 1;
    }
    assert!(stack.is_empty(), "unbalanced braces in {text}");
    (names, categories)
}

/// CLDR's plural categories for whole numbers in each language: those a
/// message must give (every count below a million falls in one of them)
/// and those it may give (`many` is for a million and more in es, it, fr, pt).
fn categories(lang: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let (must, may): (&[&str], &[&str]) = match lang {
        "pl" => (&["one", "few", "many", "other"], &[]),
        "es" | "it" | "fr" | "pt" => (&["one", "other"], &["many"]),
        _ => (&["one", "other"], &[]),
    };
    let set = |l: &[&str]| {
        l.iter()
            .map(|s| (*s).to_owned())
            .collect::<BTreeSet<String>>()
    };
    (set(must), set(must).union(&set(may)).cloned().collect())
}

/// Words every language keeps as they are (ICU's own words aside).
fn kept(text: &str) -> bool {
    let (names, _) = shape(text);
    let rest: String = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| {
            !matches!(
                *w,
                // Names and symbols every language keeps.
                "Premium" | "SLA" | "P1" | "P2" | "P3" | "P4" | "Amanda" | "API" | "Web" | "web"
                    | "WWW" | "America" | "New_York" | "New" | "York" | "h" | "min" | "s" | "x"
                    // Words some of the languages write as English does.
                    | "Standard" | "Plan" | "Impact" | "minute" | "minutes" | "Patches" | "Ticket"
                    | "Tickets"
                    // ICU's syntax.
                    | "plural" | "one" | "few" | "many" | "other"
            ) && !names.contains(*w)
                && !w.chars().all(|c| c.is_ascii_digit())
        })
        .collect();
    rest.is_empty()
}

#[test]
fn the_code_asks_for_every_message_the_files_hold_and_no_other() {
    // The catalogue's names (`Msg`) and the built-in policy's text keys are
    // exactly the English file's keys: no text the code cannot reach, no
    // name without a text.
    use support_policy::web::widget::i18n::ALL_MESSAGES;
    let en = load("en").unwrap();
    let mut asked: BTreeSet<String> = ALL_MESSAGES.iter().map(|m| m.key().to_owned()).collect();
    let doc: Value = serde_json::from_str(
        &support_policy::Policy::zmanda()
            .document()
            .to_json()
            .to_string(),
    )
    .unwrap();
    let mut texts = Vec::new();
    policy_texts(&doc, "policy", &mut texts);
    for (key, text) in &texts {
        assert_eq!(
            en.get(key).and_then(Value::as_str),
            Some(text.as_str()),
            "the built-in policy's {key} is en.json's"
        );
    }
    asked.extend(texts.into_iter().map(|(k, _)| k));
    let held: BTreeSet<String> = en.keys().cloned().collect();
    assert_eq!(
        held.difference(&asked).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "en.json texts nothing asks for"
    );
    assert_eq!(
        asked.difference(&held).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "messages en.json lacks"
    );
}

/// Every English text of a policy document (`{ "en": … }`), by its path.
fn policy_texts(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) if map.contains_key("en") => {
            out.push((path.to_owned(), map["en"].as_str().unwrap().to_owned()));
        }
        Value::Object(map) => {
            for (k, v) in map {
                policy_texts(v, &format!("{path}.{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                policy_texts(v, &format!("{path}.{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let en = load("en").expect("en.json");
    let mut present = Vec::new();
    for lang in LANGS {
        let Some(messages) = load(lang) else {
            continue;
        };
        present.push(lang);
        let keys: Vec<&String> = messages.keys().collect();
        let expected: Vec<&String> = en.keys().collect();
        assert_eq!(keys, expected, "{lang}.json: the same messages as en.json");
        for (key, english) in &en {
            let english = english.as_str().unwrap();
            let text = messages[key]
                .as_str()
                .unwrap_or_else(|| panic!("{lang}.{key} is not a string"));
            assert!(!text.trim().is_empty(), "{lang}.{key} is empty");
            let (names, cats) = shape(text);
            let (en_names, en_cats) = shape(english);
            assert_eq!(
                names, en_names,
                "{lang}.{key}: the same placeholders as English: {text}"
            );
            if !en_cats.is_empty() {
                let (must, may) = categories(lang);
                assert!(
                    must.is_subset(&cats) && cats.is_subset(&may),
                    "{lang}.{key}: CLDR's plural categories ({must:?}, at most {may:?}): {text}"
                );
            }
            if lang != "en" && text == english && !kept(text) {
                panic!("{lang}.{key} is English left untranslated: {text}");
            }
        }
    }
    println!("languages with files: {present:?}");
    assert_eq!(present, LANGS, "a file for each of the seven languages");
}
