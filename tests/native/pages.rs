//! The policy pages and the widget say the policy's words from one source
//! (`web::widget::policy_page`): the pages' policy sections are written from
//! the document and catalogue the widget reads.

use serde_json::Value;
use std::rc::Rc;
use support_policy::web::widget::i18n::builtin_policy;
use support_policy::web::widget::i18n::{Lang, Msg, t};
use support_policy::web::widget::policy_page::{PageTexts, all_pages, policy_sections};
use support_policy::web::widget::reading::{DateStyle, Dates, details, headline};
use support_policy::web::widget::state::{Action, Settings, State};
use support_policy::{Impact, Plan, Policy, Priority, TimeZone, Timestamp, TzdbZone, Urgency};

const PAGES: [(&str, Lang); 7] = [
    ("www/index.html", Lang::En),
    ("www/es/index.html", Lang::Es),
    ("www/it/index.html", Lang::It),
    ("www/fr/index.html", Lang::Fr),
    ("www/pt/index.html", Lang::Pt),
    ("www/nl/index.html", Lang::Nl),
    ("www/pl/index.html", Lang::Pl),
];

#[test]
fn the_policy_pages_are_written_from_the_policy_and_the_catalogue() {
    let pages = all_pages().unwrap();
    assert_eq!(pages.len(), PAGES.len());
    for (path, written) in pages {
        let page = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            page == written,
            "{path} is stale: cargo run --example policy_pages"
        );
    }
}

#[test]
fn every_page_links_every_language_and_names_its_own() {
    for (path, lang) in PAGES {
        let page = std::fs::read_to_string(path).unwrap();
        let texts = PageTexts::load(lang).unwrap();
        assert!(
            page.contains(&format!("<html lang=\"{}\">", texts.get("htmlLang"))),
            "{path}"
        );
        for (other, other_lang) in PAGES {
            let href = other
                .trim_start_matches("www")
                .trim_end_matches("index.html");
            let html_lang = PageTexts::load(other_lang)
                .unwrap()
                .get("htmlLang")
                .to_owned();
            let alternate =
                format!("<link rel=\"alternate\" hreflang=\"{html_lang}\" href=\"{href}\">");
            assert!(page.contains(&alternate), "{path} lacks {alternate}");
            assert!(
                page.contains(&format!("<a href=\"{href}\"")),
                "{path}: the switch links {href}"
            );
        }
        assert!(page.contains("hreflang=\"x-default\" href=\"/\""), "{path}");
        assert!(
            page.contains(&format!("<support-policy-widget lang=\"{}\">", lang.tag())),
            "{path}"
        );
    }
}

#[test]
fn every_page_file_has_every_text_of_the_english_one() {
    let en = PageTexts::load(Lang::En).unwrap();
    let keys = |t: &PageTexts| {
        t.entries()
            .iter()
            .map(|(k, _)| k.clone())
            .collect::<Vec<_>>()
    };
    for (path, lang) in PAGES.iter().skip(1) {
        let texts = PageTexts::load(*lang).unwrap();
        assert_eq!(
            keys(&texts),
            keys(&en),
            "pages/{}.json ({path})",
            lang.tag()
        );
        for ((key, text), (_, english)) in texts.entries().iter().zip(en.entries()) {
            assert!(!text.trim().is_empty(), "{}: {key}", lang.tag());
            // A one-word cognate ("Description" in French) is the language's own.
            if key != "brand" && text.contains(' ') {
                assert_ne!(text, english, "pages/{}.json {key} is English", lang.tag());
            }
        }
    }
}

#[test]
fn the_pages_state_each_rule_in_the_widgets_own_words() {
    let policy = builtin_policy();
    for (path, lang) in PAGES {
        let page = std::fs::read_to_string(path).unwrap();
        for msg in [Msg::ResponseNotFix, Msg::NoHolidays, Msg::TrialNote] {
            assert!(page.contains(t(lang, msg)), "{path}: {msg:?}");
        }
        let doc = policy.document();
        let tag = lang.tag();
        assert!(
            page.contains(doc.plans.community.summary.get(tag)),
            "{path}"
        );
        for &p in Priority::ALL {
            let info = doc.priorities.get(p);
            for text in [&info.title, &info.description, &info.example] {
                assert!(page.contains(text.get(tag)), "{path}: {p}");
            }
        }
        // The widget's notes for a Standard ticket are sentences of the page.
        let s = state(lang, builtin_policy());
        let a = s.answer_for(Plan::Standard).unwrap();
        let notes = details(&s, &a, &Plain, None).notes;
        for note in notes
            .iter()
            .filter(|n| n.as_str() != t(lang, Msg::TimeLeftNote))
        {
            assert!(
                page.contains(note.as_str()),
                "{path} lacks the widget's note: {note}"
            );
        }
    }
}

#[test]
fn a_text_changed_in_one_place_changes_the_page_and_the_widget() {
    // The P2 level's description and the community rule, changed in the
    // document only, change both the page's sections and the widget's words.
    let mut doc: Value =
        serde_json::from_str(&Policy::zmanda().document().to_json().to_string()).unwrap();
    doc["priorities"]["P2"]["description"]["en"] = "A changed description of P2.".into();
    doc["plans"]["community"]["summary"]["en"] = "Community help, as changed.".into();
    let policy = Policy::from_json(&doc.to_string()).unwrap();
    let texts = PageTexts::load(Lang::En).unwrap();
    let page = policy_sections(&policy, Lang::En, &texts);
    assert!(page.contains("A changed description of P2."));
    assert!(page.contains("Community help, as changed."));
    assert!(
        !policy_sections(&Policy::zmanda(), Lang::En, &texts).contains("A changed description")
    );
    let s = state(Lang::En, Rc::new(policy));
    let s = s.reduce(Action::Impact(Impact::High));
    let a = s.answer_for(Plan::Standard).unwrap();
    assert_eq!(
        details(&s, &a, &Plain, None).description.as_deref(),
        Some("A changed description of P2.")
    );
    assert!(
        headline(&s, &a, &Plain)
            .title
            .unwrap()
            .contains("High impact")
    );
}

fn state(lang: Lang, policy: Rc<Policy>) -> State<TzdbZone> {
    let settings = Settings::new(lang, policy);
    let now = Timestamp::parse_rfc3339("2025-06-12T12:00:00Z").unwrap();
    State::new(&settings, TzdbZone::for_name("Europe/Madrid").unwrap(), now)
        .reduce(Action::Urgency(Urgency::Medium))
        .reduce(Action::FiledText("2025-06-13T16:00".to_owned()))
}

struct Plain;
impl Dates for Plain {
    fn write(&self, _: Lang, _: &str, _: DateStyle, unix_seconds: i64) -> String {
        Timestamp::from_seconds(unix_seconds).unwrap().to_rfc3339()
    }
}
