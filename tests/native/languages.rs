//! The widget's texts as data, one ICU MessageFormat JSON file per language
//! (`src/web/widget/i18n/messages/LANG.json`): English and Spanish are what
//! the code says today (`cargo run --example export_messages` writes them),
//! and every other language has every message, with the same placeholders,
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
fn english_and_spanish_files_are_what_the_code_says() {
    // Until the widget reads these files, the catalogue and the built-in
    // document in code are the source of these two, and the files must not
    // drift from them: `cargo run --example export_messages` writes them.
    use support_policy::Policy;
    use support_policy::web::widget::i18n::{ALL_MESSAGES, Lang, t};
    let doc: Value =
        serde_json::from_str(&Policy::zmanda().document().to_json().to_string()).unwrap();
    for (lang, tag) in [(Lang::En, "en"), (Lang::Es, "es")] {
        let file = load(tag).unwrap();
        let stale = "is stale: cargo run --example export_messages";
        for &msg in ALL_MESSAGES {
            let key = format!("{msg:?}");
            assert_eq!(
                file.get(&key).and_then(Value::as_str),
                Some(t(lang, msg)),
                "{tag}.json {key} {stale}"
            );
        }
        let mut texts = Vec::new();
        policy_texts(&doc, "policy", tag, &mut texts);
        for (key, text) in texts {
            assert_eq!(
                file.get(&key).and_then(Value::as_str),
                Some(text.as_str()),
                "{tag}.json {key} {stale}"
            );
        }
    }
}

/// Every `{ "en": …, "es": … }` text of a policy document, by its path.
fn policy_texts(value: &Value, path: &str, tag: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) if map.contains_key("en") && map.contains_key("es") => {
            out.push((path.to_owned(), map[tag].as_str().unwrap().to_owned()));
        }
        Value::Object(map) => {
            for (k, v) in map {
                policy_texts(v, &format!("{path}.{k}"), tag, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                policy_texts(v, &format!("{path}.{i}"), tag, out);
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
    assert!(present.contains(&"es"));
}
