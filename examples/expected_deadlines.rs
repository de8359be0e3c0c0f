//! Produces random requests and the native engine's answers (chrono-tz
//! rules), for the browser differential test: zone names on standard input,
//! one a line; `COUNT SEED` as arguments; a JSON array on standard output.
//! Zones chrono-tz does not know are skipped and counted on standard error.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test, bench or example crate
use std::io::Read;
use support_policy::{DeadlineQuery, Policy, Priority, TimeZone, Timestamp, TzdbZone};

/// splitmix64: a small, seedable generator (no dependency, same stream everywhere).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

fn quoted(s: &str) -> String {
    support_policy::policy::Json::String(s.to_owned()).to_string()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let mut input = String::new();
    let _ = std::io::stdin().read_to_string(&mut input);
    let names: Vec<&str> = input
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let (known, unknown): (Vec<&str>, Vec<&str>) =
        names.iter().partition(|n| TzdbZone::for_name(n).is_ok());
    eprintln!(
        "{} zones, {} unknown to chrono-tz: {unknown:?}",
        names.len(),
        unknown.len()
    );
    let mut rng = Rng(seed);
    let policy = Policy::zmanda();
    let now = Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").expect("fixed now");
    let (from, to) = (631_152_000_i64, 2_051_222_400_i64); // 1990-01-01 .. 2035-01-01
    let levels = ["high", "medium", "low"];
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let zone_name = known[i % known.len().max(1)];
        let zone = TzdbZone::for_name(zone_name).expect("known zone");
        let instant =
            Timestamp::from_seconds(from + rng.below((to - from) as u64) as i64).expect("in range");
        let local = rng.below(5) == 0;
        let filed_at = if local {
            let (wall, _) = support_policy::zone::to_local(&zone, instant);
            wall.to_string()
        } else {
            instant.to_rfc3339()
        };
        let mut query = DeadlineQuery {
            plan: Some(
                rng.pick(&["standard", "premium", "trial", "community"])
                    .to_owned(),
            ),
            time_zone: Some(zone_name.to_owned()),
            filed_at: Some(filed_at),
            ..Default::default()
        };
        match rng.below(3) {
            0 => query.priority = Some(Priority::ALL[rng.below(4) as usize].to_string()),
            1 => {
                query.impact = Some(rng.pick(&levels).to_owned());
                query.urgency = Some(rng.pick(&levels).to_owned());
                query.priority = Some(Priority::ALL[rng.below(4) as usize].to_string());
            }
            _ => {
                query.impact = Some(rng.pick(&levels).to_owned());
                query.urgency = Some(rng.pick(&levels).to_owned());
            }
        }
        let answer = query
            .read::<TzdbZone>()
            .and_then(|t| t.answer(&policy, now))
            .expect("a valid request");
        let opt = |v: Option<String>| v.map_or("null".to_owned(), |s| quoted(&s));
        let mut request = vec![];
        for (k, v) in [
            ("impact", &query.impact),
            ("urgency", &query.urgency),
            ("priority", &query.priority),
            ("tier", &query.plan),
            ("timeZone", &query.time_zone),
            ("filedAt", &query.filed_at),
        ] {
            if let Some(v) = v {
                request.push(format!("{}:{}", quoted(k), quoted(v)));
            }
        }
        out.push(format!(
            "{{\"request\":{{{}}},\"expected\":{{\"priority\":{},\"computedPriority\":{},\"overridden\":{},\"tier\":{},\"clock\":{},\"targetMinutes\":{},\"filedAt\":{},\"deadline\":{},\"deadlineLocal\":{},\"timeZone\":{}}}}}",
            request.join(","),
            quoted(answer.priority.as_str()),
            opt(answer.computed_priority.map(|p| p.to_string())),
            answer.overridden,
            quoted(answer.plan.as_str()),
            quoted(answer.clock.as_str()),
            answer.target_minutes.map_or("null".to_owned(), |m| m.to_string()),
            quoted(&answer.filed_at.to_rfc3339()),
            opt(answer.deadline.map(|d| d.to_rfc3339())),
            opt(answer.deadline_local().map(|t| t.to_string())),
            quoted(zone_name),
        ));
    }
    println!("[{}]", out.join(",\n"));
}
