//! Zmanda's public support policy made computable.
//!
//! The engine answers two questions a support customer asks: *which priority
//! does my ticket get?* (the impact × urgency matrix, or the customer's
//! override) and *by when must support respond?* (the plan's response target,
//! counted on the plan's clock: Standard only during Monday–Friday 08:00–17:00
//! on the customer's wall clock, Premium and Trial around the clock,
//! Community not at all).
//!
//! Deadlines are exact to the second in every IANA time zone across every
//! offset change; see [`calendar::deadline`] for the rules. The engine reads
//! no clock: the current time is always an argument.
//!
//! ```
//! use support_policy::{calendar, Impact, Policy, Plan, Timestamp, TimeZone, TzdbZone, Urgency};
//! let policy = Policy::zmanda();
//! let priority = policy.classify(Impact::High, Urgency::Medium);
//! let sla = policy.sla(Plan::Standard).unwrap();
//! let madrid = TzdbZone::for_name("Europe/Madrid").unwrap();
//! let filed = Timestamp::parse_rfc3339("2025-06-13T16:00:00+02:00").unwrap(); // Friday 16:00
//! let due = calendar::deadline(&sla.hours, &madrid, filed, u64::from(*sla.targets.get(priority)) * 60).unwrap();
//! assert_eq!(due.to_rfc3339_with_offset(7200), "2025-06-16T10:00:00+02:00"); // Monday 10:00
//! ```
#![deny(missing_docs)]

pub mod calendar;
mod error;
pub mod policy;
mod ticket;
pub(crate) mod time;
mod vocabulary;
pub mod web;
pub mod zone;

pub use error::{Error, ErrorKind};
pub use policy::{Clock, Policy};
pub use ticket::{Answer, DeadlineQuery, FiledAt, Ticket};
pub use time::{Date, LocalDateTime, Rfc3339, Timestamp};
pub use vocabulary::{Impact, Plan, Priority, Urgency};
pub use zone::TimeZone;
#[cfg(not(target_arch = "wasm32"))]
pub use zone::TzdbZone;
