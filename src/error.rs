//! One error type for everything the engine refuses.

use std::fmt;

/// What kind of input was refused.
///
/// ```
/// use support_policy::{ErrorKind, Impact};
/// let err = "huge".parse::<Impact>().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::UnknownValue);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A name that is not one of the allowed values (a level, a plan, a priority).
    UnknownValue,
    /// A time-zone name the zone rules do not know.
    UnknownTimeZone,
    /// A real zone, newer than the zone rules in use (a browser's older
    /// time-zone data), which do not include it.
    MissingTimeZone,
    /// A date, time or instant that could not be read.
    InvalidDateTime,
    /// An instant or date outside 1900-01-01..2999-12-31.
    OutOfRange,
    /// A policy document that is malformed or inconsistent.
    InvalidPolicy,
    /// An argument whose shape is wrong (not an object, a missing field, ...).
    InvalidArgument,
}

/// An error that names the field and the value that caused it.
///
/// Its `Display` form is `field: message`, for example
/// `timeZone: unknown time zone "Mars/Olympus"`.
///
/// ```
/// use support_policy::Plan;
/// let err = "gold".parse::<Plan>().unwrap_err().in_field("tier");
/// assert_eq!(
///     err.to_string(),
///     r#"tier: unknown support plan "gold" (expected standard, premium, trial or community)"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    field: Option<String>,
    message: String,
}

impl Error {
    /// A new error of `kind` whose message already quotes the offending value.
    ///
    /// ```
    /// use support_policy::{Error, ErrorKind};
    /// let err = Error::new(ErrorKind::InvalidArgument, "expected an object");
    /// assert_eq!(err.to_string(), "expected an object");
    /// ```
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            field: None,
            message: message.into(),
        }
    }

    /// The same error, attributed to `field` (kept if a field was already named).
    ///
    /// ```
    /// use support_policy::{Error, ErrorKind};
    /// let err = Error::new(ErrorKind::InvalidArgument, "expected a string").in_field("tier");
    /// assert_eq!(err.field(), Some("tier"));
    /// ```
    pub fn in_field(mut self, field: impl Into<String>) -> Error {
        if self.field.is_none() {
            self.field = Some(field.into());
        }
        self
    }

    /// What kind of input was refused.
    ///
    /// ```
    /// use support_policy::{ErrorKind, Timestamp};
    /// let err = Timestamp::parse_rfc3339("yesterday").unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::InvalidDateTime);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The field the error is attributed to, if any.
    ///
    /// ```
    /// use support_policy::Impact;
    /// let err = "x".parse::<Impact>().unwrap_err().in_field("impact");
    /// assert_eq!(err.field(), Some("impact"));
    /// ```
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// The message without the field prefix.
    ///
    /// ```
    /// use support_policy::Impact;
    /// let err = "x".parse::<Impact>().unwrap_err().in_field("impact");
    /// assert!(err.message().starts_with("unknown impact \"x\""));
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{field}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// Quotes a value for an error message, shortening very long input and
/// escaping quotes, backslashes and control characters.
pub(crate) fn quote(value: &str) -> String {
    const MAX: usize = 80;
    let mut shown = String::from("\"");
    for (i, c) in value.chars().enumerate() {
        if i == MAX {
            shown.push('…');
            break;
        }
        match c {
            '"' | '\\' => {
                shown.push('\\');
                shown.push(c);
            }
            c if c.is_control() => shown.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => shown.push(c),
        }
    }
    shown.push('"');
    shown
}
