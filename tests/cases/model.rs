//! The shape of `deadlines.json`, shared by the native and browser suites.
#![allow(dead_code)]

use serde::Deserialize;

/// One worked deadline.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Case {
    pub note: String,
    pub impact: String,
    pub urgency: String,
    #[serde(rename = "tier")]
    pub plan: String,
    pub time_zone: String,
    pub filed_at: String,
    pub priority: String,
    pub target_minutes: Option<u32>,
    pub deadline: Option<String>,
    pub deadline_local: Option<String>,
}

/// The file.
#[derive(Deserialize)]
pub struct Cases {
    pub cases: Vec<Case>,
}
