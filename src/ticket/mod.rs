//! A ticket as the API and the widget describe it (impact, urgency or an
//! override, plan, zone, filing time) and the answer: priority and deadline.

use crate::calendar;
use crate::error::{Error, ErrorKind, quote};
use crate::policy::{Clock, Policy};
use crate::time::{LocalDateTime, Rfc3339, Timestamp};
use crate::vocabulary::{Impact, Plan, Priority, Urgency};
use crate::zone::{self, LocalAdjustment, TimeZone};
use serde::Deserialize;

/// A request as text, the way the JavaScript API receives it (field names
/// as in `responseDeadline({...})`). [`DeadlineQuery::read`] checks it.
///
/// ```
/// use support_policy::DeadlineQuery;
/// let q: DeadlineQuery = serde_json::from_str(r#"{"impact":"high","urgency":"medium","tier":"standard","timeZone":"Europe/Madrid"}"#).unwrap();
/// assert_eq!(q.plan.as_deref(), Some("standard"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeadlineQuery {
    /// `high`, `medium` or `low`.
    pub impact: Option<String>,
    /// `high`, `medium` or `low`.
    pub urgency: Option<String>,
    /// `P1`..`P4`: the customer's override; it wins over the matrix.
    pub priority: Option<String>,
    /// The support plan, `standard`, `premium`, `trial` or `community`
    /// (the request's `tier`, the contract's name for it).
    #[serde(rename = "tier")]
    pub plan: Option<String>,
    /// An IANA time-zone name.
    pub time_zone: Option<String>,
    /// RFC 3339 with offset or `Z`, or a local `YYYY-MM-DDTHH:MM[:SS]` read in
    /// the time zone; absent means now.
    pub filed_at: Option<String>,
}

/// When a ticket was filed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FiledAt {
    /// Now (the caller passes the current time to [`Ticket::answer`]).
    Now,
    /// A real instant.
    Instant(Timestamp),
    /// A wall-clock time to read in the ticket's zone (docs/contract.md, section 2, rule 5).
    Local(LocalDateTime),
}

impl FiledAt {
    /// Reads RFC 3339 (with an offset or `Z`) or a local date-time.
    ///
    /// ```
    /// use support_policy::{FiledAt, LocalDateTime};
    /// assert!(matches!(FiledAt::parse("2025-06-13T14:00:00Z"), Ok(FiledAt::Instant(_))));
    /// assert_eq!(FiledAt::parse("2025-06-13T16:00").unwrap(), FiledAt::Local(LocalDateTime::parse("2025-06-13T16:00").unwrap()));
    /// assert!(FiledAt::parse("next tuesday").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<FiledAt, Error> {
        // An offset or Z after the minutes makes it RFC 3339; otherwise it is local.
        let tail = text.trim().as_bytes().get(16..).unwrap_or_default();
        let result = if tail.iter().any(|b| matches!(b, b'Z' | b'z' | b'+' | b'-')) {
            Timestamp::parse_rfc3339(text).map(FiledAt::Instant)
        } else {
            LocalDateTime::parse(text).map(FiledAt::Local)
        };
        result.map_err(|e| {
            if e.kind() == ErrorKind::InvalidDateTime && e.message().contains(": expected") {
                Error::new(
                    ErrorKind::InvalidDateTime,
                    format!(
                        "cannot read {}: expected RFC 3339 like 2025-06-13T14:00:00Z or a local date-time like 2025-06-13T16:00",
                        quote(text)
                    ),
                )
            } else {
                e
            }
        })
    }
}

/// A checked ticket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ticket<Z> {
    /// Impact and urgency, when both were given.
    pub levels: Option<(Impact, Urgency)>,
    /// The customer's priority override.
    pub priority_override: Option<Priority>,
    /// The support plan.
    pub plan: Plan,
    /// The zone whose wall clock the support hours follow.
    pub zone: Z,
    /// When the ticket was filed.
    pub filed_at: FiledAt,
}

fn missing(field: &str, hint: &str) -> Error {
    Error::new(ErrorKind::InvalidArgument, format!("missing ({hint})")).in_field(field)
}

fn read<T: std::str::FromStr<Err = Error>>(
    field: &str,
    value: &Option<String>,
) -> Result<Option<T>, Error> {
    value
        .as_deref()
        .map(|v| v.parse::<T>().map_err(|e| e.in_field(field)))
        .transpose()
}

impl DeadlineQuery {
    /// Checks every field; each error names the field and its value.
    ///
    /// ```
    /// use support_policy::{DeadlineQuery, TzdbZone};
    /// let q = DeadlineQuery { priority: Some("P1".into()), plan: Some("gold".into()), ..Default::default() };
    /// let err = q.read::<TzdbZone>().unwrap_err();
    /// assert!(err.to_string().starts_with(r#"tier: unknown support plan "gold""#));
    /// ```
    pub fn read<Z: TimeZone>(&self) -> Result<Ticket<Z>, Error> {
        let impact = read::<Impact>("impact", &self.impact)?;
        let urgency = read::<Urgency>("urgency", &self.urgency)?;
        let priority_override = read::<Priority>("priority", &self.priority)?;
        let levels = match (impact, urgency, priority_override) {
            (Some(i), Some(u), _) => Some((i, u)),
            (_, _, Some(_)) => None,
            (None, _, None) => {
                return Err(missing("impact", "give impact and urgency, or priority"));
            }
            (_, None, None) => {
                return Err(missing("urgency", "give impact and urgency, or priority"));
            }
        };
        let plan = read::<Plan>("tier", &self.plan)?
            .ok_or_else(|| missing("tier", "standard, premium, trial or community"))?;
        let name = self.time_zone.as_deref().ok_or_else(|| {
            missing(
                "timeZone",
                "an IANA time-zone name such as \"Europe/Madrid\"",
            )
        })?;
        let zone = Z::for_name(name.trim()).map_err(|e| e.in_field("timeZone"))?;
        let filed_at = match self.filed_at.as_deref() {
            None => FiledAt::Now,
            Some(text) => FiledAt::parse(text).map_err(|e| e.in_field("filedAt"))?,
        };
        Ok(Ticket {
            levels,
            priority_override,
            plan,
            zone,
            filed_at,
        })
    }
}

/// The priority and deadline of a ticket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The priority in force (the override when there is one).
    pub priority: Priority,
    /// What the matrix gives, when impact and urgency were given.
    pub computed_priority: Option<Priority>,
    /// Whether an override differs from the matrix (or stands without it).
    pub overridden: bool,
    /// The plan.
    pub plan: Plan,
    /// How the plan's clock runs.
    pub clock: Clock,
    /// The target in minutes; `None` without one.
    pub target_minutes: Option<u32>,
    /// When the ticket was filed.
    pub filed_at: Timestamp,
    /// How a typed local filing time was read (gap, fold or exact).
    pub filed_adjustment: LocalAdjustment,
    /// The deadline; `None` without a target.
    pub deadline: Option<Timestamp>,
    /// The zone's UTC offset at the deadline, in seconds.
    pub deadline_offset: Option<i32>,
    /// The spans the target was counted in, `[from, to)`, in order, exact
    /// to the second, summing to the target and ending at the deadline
    /// (one span around the clock; none without a target or for a target
    /// of zero): the same walk computes the deadline.
    pub counted: Vec<(Timestamp, Timestamp)>,
}

impl Answer {
    /// The deadline as RFC 3339 at the zone's offset, for example
    /// `2025-06-16T10:00:00+02:00`.
    pub fn deadline_local(&self) -> Option<Rfc3339> {
        Some(self.deadline?.rfc3339_with_offset(self.deadline_offset?))
    }
}

impl<Z: TimeZone> Ticket<Z> {
    /// Computes the answer under `policy`; `now` stands for an absent filing time.
    ///
    /// ```
    /// use support_policy::{DeadlineQuery, Policy, Timestamp, TzdbZone};
    /// let q = DeadlineQuery {
    ///     impact: Some("high".into()), urgency: Some("medium".into()),
    ///     plan: Some("standard".into()), time_zone: Some("Europe/Madrid".into()),
    ///     filed_at: Some("2025-06-13T14:00:00Z".into()), ..Default::default()
    /// };
    /// let now = Timestamp::from_seconds(0).unwrap();
    /// let a = q.read::<TzdbZone>().unwrap().answer(&Policy::zmanda(), now).unwrap();
    /// assert_eq!(a.deadline.unwrap().to_string(), "2025-06-16T08:00:00Z");
    /// assert_eq!(a.deadline_local().unwrap().as_str(), "2025-06-16T10:00:00+02:00");
    /// ```
    pub fn answer(&self, policy: &Policy, now: Timestamp) -> Result<Answer, Error> {
        let computed_priority = self.levels.map(|(i, u)| policy.classify(i, u));
        let (priority, overridden) = match (self.priority_override, computed_priority) {
            (Some(p), computed) => (p, computed != Some(p)),
            (None, Some(p)) => (p, false),
            (None, None) => return Err(missing("impact", "give impact and urgency, or priority")),
        };
        let (filed_at, filed_adjustment) = match self.filed_at {
            FiledAt::Now => (now, LocalAdjustment::Exact),
            FiledAt::Instant(t) => (t, LocalAdjustment::Exact),
            FiledAt::Local(local) => {
                let r =
                    zone::resolve_local(&self.zone, local).map_err(|e| e.in_field("filedAt"))?;
                (r.instant, r.adjustment)
            }
        };
        let sla = policy.sla(self.plan);
        let target_minutes = sla.map(|s| *s.targets.get(priority));
        let (deadline, counted) = match sla {
            None => (None, Vec::new()),
            Some(sla) => {
                let (due, spans) = calendar::deadline_and_spans(
                    &sla.hours,
                    &self.zone,
                    filed_at,
                    u64::from(*sla.targets.get(priority)) * 60,
                )
                .map_err(|e| e.in_field("deadline"))?;
                (Some(due), spans)
            }
        };
        Ok(Answer {
            priority,
            computed_priority,
            overridden,
            plan: self.plan,
            clock: policy.clock(self.plan),
            target_minutes,
            filed_at,
            filed_adjustment,
            deadline,
            deadline_offset: deadline.map(|d| self.zone.offset_at(d.as_seconds())),
            counted,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::FiledAt;
    use crate::time::{LocalDateTime, Timestamp};

    #[test]
    fn an_offset_makes_an_instant_and_none_a_local_time() {
        assert_eq!(
            FiledAt::parse("2025-06-13T14:00:00Z").unwrap(),
            FiledAt::Instant(Timestamp::parse_rfc3339("2025-06-13T14:00:00Z").unwrap())
        );
        assert_eq!(
            FiledAt::parse("2025-06-13T16:00:00+02:00").unwrap(),
            FiledAt::parse("2025-06-13T14:00:00Z").unwrap()
        );
        assert_eq!(
            FiledAt::parse("2025-06-13T16:00").unwrap(),
            FiledAt::Local(LocalDateTime::parse("2025-06-13T16:00:00").unwrap())
        );
        // A date's own hyphens are not an offset.
        assert!(matches!(
            FiledAt::parse("2025-06-13T16:00:30").unwrap(),
            FiledAt::Local(_)
        ));
    }

    #[test]
    fn bad_text_is_named_with_both_accepted_forms() {
        let e = FiledAt::parse("yesterday").unwrap_err().to_string();
        assert!(e.contains("cannot read \"yesterday\""), "{e}");
        assert!(
            e.contains("2025-06-13T14:00:00Z") && e.contains("2025-06-13T16:00"),
            "{e}"
        );
        assert!(FiledAt::parse("1850-06-13T16:00").is_err());
    }
}
