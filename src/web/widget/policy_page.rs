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

/// The page's own prose in one language (`i18n/pages/LANG.json`: its
/// title, headings and lead-ins, none stating a rule), by key.
pub struct PageTexts(Vec<(String, String)>);

impl PageTexts {
    /// The prose of `lang`'s page, read from its file.
    pub fn load(lang: Lang) -> Result<PageTexts, crate::Error> {
        let path = format!(
            "{}/src/web/widget/i18n/pages/{}.json",
            env!("CARGO_MANIFEST_DIR"),
            lang.tag()
        );
        let file = std::fs::read_to_string(&path).map_err(|e| {
            crate::Error::new(crate::ErrorKind::InvalidPolicy, format!("{path}: {e}"))
        })?;
        Ok(PageTexts(crate::policy::read_messages(&file)?))
    }

    /// The text at `key` (the key itself when the file lacks it: a test
    /// checks that every file has every key).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map_or(key, |(_, text)| text)
    }

    /// Every key and text, in the file's order.
    pub fn entries(&self) -> &[(String, String)] {
        &self.0
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
pub fn policy_sections(policy: &Policy, lang: Lang, texts: &PageTexts) -> String {
    let tag = lang.tag();
    let doc = policy.document();
    let p = |key: &str| esc(texts.get(key));
    let mut out = String::new();

    // Levels.
    out.push_str(&format!(
        "    <h2 id=\"levels\">{}</h2>\n    <p>{}</p>\n",
        p("levelsHeading"),
        p("levelsIntro")
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
        p("description"),
        p("example")
    );
    table(
        &mut out,
        "priority-levels",
        texts.get("levelsCaption"),
        &head,
        &rows,
    );

    // Matrix.
    out.push_str(&format!(
        "\n    <h2 id=\"matrix\">{}</h2>\n    <p>{}</p>\n",
        p("matrixHeading"),
        p("matrixIntro")
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
        texts.get("matrixCaption"),
        &head,
        &rows,
    );

    // Targets: the plans with targets of their own (a trial has Premium's).
    let plans = [Plan::Standard, Plan::Premium];
    out.push_str(&format!(
        "\n    <h2 id=\"targets\">{}</h2>\n    <p>{}</p>\n",
        p("targetsHeading"),
        p("targetsIntro")
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
        texts.get("targetsCaption"),
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
    rules.push(texts.get("followsDst").to_owned());
    out.push_str("    <ul>\n");
    for rule in rules {
        out.push_str(&format!("      <li>{}</li>\n", esc(&rule)));
    }
    out.push_str("    </ul>\n");

    // Plans.
    out.push_str(&format!(
        "\n    <h2 id=\"plans\">{}</h2>\n",
        p("plansHeading")
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
        texts.get("plansCaption"),
        &head,
        &rows,
    );

    // Trial and community: the widget's own words.
    out.push_str(&format!(
        "\n    <h2 id=\"trial\">{}</h2>\n    <p>{}</p>\n",
        p("trialHeading"),
        esc(t(lang, Msg::TrialNote))
    ));
    out.push_str(&format!(
        "\n    <h2 id=\"community\">{}</h2>\n    <p>{}</p>\n",
        p("communityHeading"),
        esc(doc.plans.get(Plan::Community).summary.get(tag))
    ));
    out
}

/// The whole policy page in `lang`: its prose from `texts`, its policy
/// sections from `policy` and the catalogue, with `hreflang` alternates and
/// a language switch among `pages` (each language's tag, its page's `lang`
/// and its name, as the pages' files give them).
pub fn policy_page(
    policy: &Policy,
    lang: Lang,
    texts: &PageTexts,
    pages: &[(Lang, String, String)],
) -> String {
    let tag = lang.tag();
    let g = |key: &str| esc(texts.get(key));
    let href = |l: Lang| {
        if l == Lang::En {
            "/".to_owned()
        } else {
            format!("/{}/", l.tag())
        }
    };
    let mut alternates = String::new();
    let mut switch = Vec::new();
    for (l, html_lang, name) in pages {
        alternates.push_str(&format!(
            "  <link rel=\"alternate\" hreflang=\"{html_lang}\" href=\"{}\">\n",
            href(*l)
        ));
        switch.push(if *l == lang {
            format!(
                "<a href=\"{}\" aria-current=\"page\">{}</a>",
                href(*l),
                esc(name)
            )
        } else {
            format!(
                "<a href=\"{}\" hreflang=\"{html_lang}\" lang=\"{html_lang}\">{}</a>",
                href(*l),
                esc(name)
            )
        });
    }
    alternates.push_str("  <link rel=\"alternate\" hreflang=\"x-default\" href=\"/\">\n");
    // Another language's texts, fetched beside the wasm (the build gives
    // the file its hashed name).
    let preload = if lang == Lang::En {
        String::new()
    } else {
        format!("  <link rel=\"preload\" href=\"/lang/{tag}.json\" as=\"fetch\" crossorigin>\n")
    };
    format!(
        r##"<!doctype html>
<!-- written by `cargo run --example policy_pages` from src/web/widget/i18n/pages/{tag}.json, the policy document and the widget's catalogue; edit them there -->
<html lang="{html_lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title}</title>
  <meta name="description" content="{description}">
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/site.css">
{alternates}  <link rel="modulepreload" href="/pkg/support_policy.js">
  <link rel="preload" href="/pkg/support_policy_bg.wasm" as="fetch" type="application/wasm" crossorigin>
{preload}  <script type="module" src="/support-policy-widget.js"></script>
  <noscript><link rel="stylesheet" href="/noscript.css"></noscript>
</head>
<body>
  <a class="skip" href="#main">{skip}</a>
  <header>
    <p><strong>Zmanda</strong> · {brand}</p>
    <nav aria-label="{languages}">{switch}</nav>
    <p class="embed-link"><a href="/embed.html">{embed}</a></p>
  </header>
  <main id="main">
    <h1>{title}</h1>
    <p class="lead">{lead}</p>

    <h2 id="try">{try_heading}</h2>
    <p>{try_intro}</p>
    <support-policy-widget lang="{tag}"><p class="widget-fallback">{fallback}</p></support-policy-widget>

{sections}  </main>
  <footer><p>{footer}</p></footer>
</body>
</html>
"##,
        html_lang = g("htmlLang"),
        title = g("title"),
        description = g("metaDescription"),
        skip = g("skip"),
        brand = g("brand"),
        languages = g("languagesLabel"),
        switch = switch.join(" · "),
        embed = g("embedLink"),
        lead = g("lead"),
        try_heading = g("tryHeading"),
        try_intro = g("tryIntro"),
        fallback = g("fallback"),
        sections = policy_sections(policy, lang, texts),
        footer = g("footer"),
    )
}

/// Every language's page: its path under `www/` and its text, from the
/// built-in policy with every language loaded.
pub fn all_pages() -> Result<Vec<(String, String)>, crate::Error> {
    super::i18n::load_all_languages()?;
    let policy = super::i18n::builtin_policy();
    let langs: Vec<Lang> = crate::policy::LANGUAGES
        .iter()
        .filter_map(|tag| Lang::parse(tag))
        .collect();
    let mut texts = Vec::new();
    for &lang in &langs {
        texts.push((lang, PageTexts::load(lang)?));
    }
    let pages: Vec<(Lang, String, String)> = texts
        .iter()
        .map(|(l, t)| {
            (
                *l,
                t.get("htmlLang").to_owned(),
                t.get("languageName").to_owned(),
            )
        })
        .collect();
    Ok(texts
        .iter()
        .map(|(lang, t)| {
            let path = if *lang == Lang::En {
                "www/index.html".to_owned()
            } else {
                format!("www/{}/index.html", lang.tag())
            };
            (path, policy_page(&policy, *lang, t, &pages))
        })
        .collect())
}
