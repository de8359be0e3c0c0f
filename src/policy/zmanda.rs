//! Zmanda's published support policy (the seed text; the decisions are in
//! docs/contract.md): its structure here, its texts in the language files
//! (`src/web/widget/i18n/messages/LANG.json`, the keys `policy.…`, one file
//! per language, English built in).

use super::document::*;
use crate::vocabulary::Priority::{P1, P2, P3, P4};

/// Where the built-in document's texts come from: the text at a key such
/// as `policy.priorities.P1.title`, in every language known (English at
/// least); `None` for a key no file has.
pub type Texts<'a> = &'a dyn Fn(&str) -> Option<Text>;

/// The text at `key`, or the key itself (a missing English text shows as
/// its key rather than failing: a test checks that none is missing).
fn text(texts: Texts, key: &str) -> Text {
    texts(key).unwrap_or_else(|| Text::english(key))
}

/// The texts at `key.0`, `key.1` … as far as they go.
fn items(texts: Texts, key: &str) -> Vec<Text> {
    (0..).map_while(|i| texts(&format!("{key}.{i}"))).collect()
}

/// The rows of the plan comparison, in order.
const FEATURES: [&str; 6] = [
    "hours",
    "channels",
    "training",
    "updates",
    "tickets",
    "selfService",
];

/// The plans' keys, Standard, Premium, Trial, Community.
const PLANS: [&str; 4] = ["standard", "premium", "trial", "community"];

fn calendar(texts: Texts, id: &str, weekly: Vec<WindowDocument>) -> CalendarDocument {
    CalendarDocument {
        name: text(texts, &format!("policy.calendars.{id}.name")),
        continuous: weekly.is_empty(),
        weekly,
        closures: Vec::new(),
    }
}

/// A plan with its name, summary and the comparison's items. A trial's
/// plan is as the policy states it: the Premium SLA and nothing more (no
/// feature rows); the community's rows say only what the policy says.
fn plan(
    texts: Texts,
    index: usize,
    calendar: Option<&str>,
    targets: Option<ByPriority<u32>>,
) -> PlanDocument {
    let key = format!("policy.plans.{}", PLANS[index]);
    let mut features = Entries::default();
    for id in FEATURES {
        let list = items(texts, &format!("{key}.features.{id}"));
        if !list.is_empty() {
            features.insert(id.to_owned(), list);
        }
    }
    PlanDocument {
        name: text(texts, &format!("{key}.name")),
        summary: text(texts, &format!("{key}.summary")),
        calendar: calendar.map(String::from),
        targets,
        features,
    }
}

/// The compiled hours of the built-in calendars (what validating the
/// document's `business` and `always` calendars gives; a test checks it).
pub(super) fn hours(calendar_id: &str) -> crate::calendar::SupportHours {
    use crate::calendar::{SupportHours, Window};
    match Window::from_minutes(8 * 60, 17 * 60) {
        Ok(window) if calendar_id == "business" => SupportHours::business_days(window),
        _ => SupportHours::continuous(),
    }
}

/// The built-in document.
pub(super) fn document(texts: Texts) -> PolicyDocument {
    let mut calendars = Entries::default();
    calendars.insert(
        "business".to_owned(),
        calendar(
            texts,
            "business",
            vec![WindowDocument {
                days: ["mon", "tue", "wed", "thu", "fri"]
                    .map(String::from)
                    .to_vec(),
                open: "08:00".into(),
                close: "17:00".into(),
            }],
        ),
    );
    calendars.insert("always".to_owned(), calendar(texts, "always", Vec::new()));

    let priority = |p: &str| PriorityText {
        title: text(texts, &format!("policy.priorities.{p}.title")),
        description: text(texts, &format!("policy.priorities.{p}.description")),
        example: text(texts, &format!("policy.priorities.{p}.example")),
    };
    let level = |kind: &str, id: &str| LevelText {
        name: text(texts, &format!("policy.levels.{kind}.{id}.name")),
        hint: None,
    };
    let premium_targets = ByPriority {
        p1: 15,
        p2: 60,
        p3: 240,
        p4: 480,
    };

    PolicyDocument {
        version: 1,
        name: text(texts, "policy.name"),
        levels: Levels {
            impact: ByImpact {
                high: level("impact", "high"),
                medium: level("impact", "medium"),
                low: level("impact", "low"),
            },
            urgency: ByUrgency {
                high: level("urgency", "high"),
                medium: level("urgency", "medium"),
                low: level("urgency", "low"),
            },
        },
        matrix: ByUrgency {
            high: ByImpact {
                high: P1,
                medium: P2,
                low: P3,
            },
            medium: ByImpact {
                high: P2,
                medium: P3,
                low: P4,
            },
            low: ByImpact {
                high: P3,
                medium: P4,
                low: P4,
            },
        },
        priorities: ByPriority {
            p1: priority("P1"),
            p2: priority("P2"),
            p3: priority("P3"),
            p4: priority("P4"),
        },
        calendars,
        plans: ByPlan {
            standard: plan(
                texts,
                0,
                Some("business"),
                Some(ByPriority {
                    p1: 60,
                    p2: 180,
                    p3: 480,
                    p4: 1440,
                }),
            ),
            premium: plan(texts, 1, Some("always"), Some(premium_targets.clone())),
            trial: plan(texts, 2, Some("always"), Some(premium_targets)),
            community: plan(texts, 3, None, None),
        },
        feature_rows: FEATURES
            .iter()
            .enumerate()
            .map(|(i, &id)| FeatureRow {
                id: id.into(),
                label: text(texts, &format!("policy.featureRows.{i}.label")),
            })
            .collect(),
    }
}
