//! The hand-off from the widget to filing: the "Open a ticket" link made
//! from a host's URL template, the iCalendar file of the target, and the
//! widget's choices kept in the page's URL fragment. Pure text work, tested
//! natively.

use super::i18n::Problem;
use crate::error::{Error, ErrorKind, quote};
use crate::time::Timestamp;
use crate::vocabulary::{Impact, Plan, Priority, Urgency};

/// The placeholders a ticket URL template may use.
pub const PLACEHOLDERS: &[&str] = &[
    "priority", "impact", "urgency", "tier", "timeZone", "filedAt", "deadline",
];

fn invalid(field: &str, message: String) -> Error {
    Error::new(ErrorKind::InvalidArgument, message).in_field(field)
}

/// A checked ticket URL template: `https:` (or `http:` on localhost), with
/// only the known placeholders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TicketUrl(String);

impl TicketUrl {
    /// Checks a template.
    ///
    /// ```
    /// use support_policy::web::widget::handoff::TicketUrl;
    /// assert!(TicketUrl::parse("https://support.example.com/new?p={priority}").is_ok());
    /// assert!(TicketUrl::parse("http://localhost:8080/new").is_ok());
    /// let e = TicketUrl::parse("javascript:alert(1)").unwrap_err();
    /// assert!(e.to_string().starts_with("ticketUrl: only https: addresses"));
    /// ```
    pub fn parse(template: &str) -> Result<TicketUrl, Error> {
        let field = "ticketUrl";
        let refuse = || {
            invalid(
                field,
                format!(
                    "only https: addresses (or http: on localhost) are accepted, got {}",
                    quote(template)
                ),
            )
        };
        if template.is_empty() || template.len() > 2000 {
            return Err(refuse());
        }
        // The URL parser drops tabs and newlines anywhere ("java\tscript:");
        // refuse every control character and space instead of guessing.
        if template
            .chars()
            .any(|c| c.is_control() || c.is_whitespace())
        {
            return Err(refuse());
        }
        let (scheme, rest) = template.split_once(':').ok_or_else(refuse)?;
        let scheme = scheme.to_ascii_lowercase();
        let rest = rest
            .strip_prefix("//")
            .or_else(|| rest.strip_prefix("\\\\"))
            .or_else(|| rest.strip_prefix("/\\"))
            .or_else(|| rest.strip_prefix("\\/"))
            .ok_or_else(refuse)?;
        let authority = rest.split(['/', '\\', '?', '#']).next().unwrap_or_default();
        let host_port = authority.rsplit('@').next().unwrap_or_default();
        let host = if let Some(v6) = host_port.strip_prefix('[') {
            v6.split(']')
                .next()
                .map(|h| format!("[{h}]"))
                .unwrap_or_default()
        } else {
            host_port.split(':').next().unwrap_or_default().to_owned()
        };
        let host = host.to_ascii_lowercase();
        let local = matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]");
        match scheme.as_str() {
            "https" if !host.is_empty() => {}
            "http" if local => {}
            _ => return Err(refuse()),
        }
        // Every {…} must be a known placeholder.
        let mut rest = template;
        while let Some((_, after)) = rest.split_once('{') {
            let (name, tail) = after
                .split_once('}')
                .ok_or_else(|| invalid(field, format!("unclosed {{ in {}", quote(template))))?;
            if !PLACEHOLDERS.contains(&name) {
                let list = PLACEHOLDERS
                    .iter()
                    .map(|p| format!("{{{p}}}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(invalid(
                    field,
                    format!(
                        "unknown placeholder {} (expected {list})",
                        quote(&format!("{{{name}}}"))
                    ),
                ));
            }
            rest = tail;
        }
        Ok(TicketUrl(template.to_owned()))
    }

    /// The template as given.
    ///
    /// ```
    /// use support_policy::web::widget::handoff::TicketUrl;
    /// assert_eq!(TicketUrl::parse("https://x.example/").unwrap().as_str(), "https://x.example/");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The URL for one ticket: each placeholder replaced by its value,
    /// URL-encoded (as JavaScript's `encodeURIComponent`).
    ///
    /// ```
    /// use support_policy::web::widget::handoff::{TicketUrl, TicketValues};
    /// use support_policy::{Impact, Priority, Plan, Timestamp, Urgency};
    /// let url = TicketUrl::parse("https://x.example/new?p={priority}&tz={timeZone}&due={deadline}").unwrap();
    /// let values = TicketValues {
    ///     priority: Priority::P2, impact: Impact::High, urgency: Urgency::Medium, plan: Plan::Standard,
    ///     time_zone: "Europe/Madrid", filed_at: Timestamp::parse_rfc3339("2025-06-13T14:00:00Z").unwrap(),
    ///     deadline: Timestamp::parse_rfc3339("2025-06-16T08:00:00Z").ok(),
    /// };
    /// assert_eq!(url.expand(&values), "https://x.example/new?p=P2&tz=Europe%2FMadrid&due=2025-06-16T08%3A00%3A00Z");
    /// ```
    pub fn expand(&self, values: &TicketValues) -> String {
        let mut out = String::with_capacity(self.0.len() + 64);
        let mut rest = self.0.as_str();
        // `parse` let no `{` go unclosed; one would be kept as written.
        while let Some((before, after)) = rest.split_once('{') {
            out.push_str(before);
            let Some((name, tail)) = after.split_once('}') else {
                out.push('{');
                rest = after;
                break;
            };
            out.push_str(&encode_component(&values.get(name)));
            rest = tail;
        }
        out.push_str(rest);
        out
    }
}

/// The values a ticket URL can carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TicketValues<'a> {
    /// The priority in force.
    pub priority: Priority,
    /// Impact chosen.
    pub impact: Impact,
    /// Urgency chosen.
    pub urgency: Urgency,
    /// The plan.
    pub plan: Plan,
    /// The IANA zone.
    pub time_zone: &'a str,
    /// The filing instant.
    pub filed_at: Timestamp,
    /// The target deadline (`None` for community).
    pub deadline: Option<Timestamp>,
}

impl TicketValues<'_> {
    fn get(&self, name: &str) -> String {
        match name {
            "priority" => self.priority.as_str().to_owned(),
            "impact" => self.impact.as_str().to_owned(),
            "urgency" => self.urgency.as_str().to_owned(),
            "tier" => self.plan.as_str().to_owned(),
            "timeZone" => self.time_zone.to_owned(),
            "filedAt" => self.filed_at.to_rfc3339(),
            "deadline" => self.deadline.map(Timestamp::to_rfc3339).unwrap_or_default(),
            _ => String::new(),
        }
    }
}

/// Percent-encodes like JavaScript's `encodeURIComponent`.
///
/// ```
/// use support_policy::web::widget::handoff::encode_component;
/// assert_eq!(encode_component("a b/ñ&'()"), "a%20b%2F%C3%B1%26'()");
/// ```
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Decodes `%XX` escapes (and `+` as a space); `None` when the result is
/// not UTF-8 or an escape is broken.
///
/// ```
/// use support_policy::web::widget::handoff::decode_component;
/// assert_eq!(decode_component("Europe%2FMadrid").as_deref(), Some("Europe/Madrid"));
/// assert_eq!(decode_component("%zz"), None);
/// ```
pub fn decode_component(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// An iCalendar file (RFC 5545) with one event at the target deadline, in
/// UTC: CRLF line ends, text escaped, long lines folded at 75 octets.
///
/// ```
/// use support_policy::web::widget::handoff::calendar_file;
/// use support_policy::Timestamp;
/// let at = Timestamp::parse_rfc3339("2025-06-16T08:00:00Z").unwrap();
/// let ics = calendar_file("P2 target; Standard", "Filed: Friday", at, at, "x@example");
/// assert!(ics.contains("\r\nDTSTART:20250616T080000Z\r\n"));
/// assert!(ics.contains("\r\nSUMMARY:P2 target\\; Standard\r\n"));
/// ```
pub fn calendar_file(
    summary: &str,
    description: &str,
    deadline: Timestamp,
    stamp: Timestamp,
    uid: &str,
) -> String {
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Zmanda//Support policy widget//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape_text(uid)),
        format!("DTSTAMP:{}", ics_time(stamp)),
        format!("DTSTART:{}", ics_time(deadline)),
        format!("DTEND:{}", ics_time(deadline)),
        format!("SUMMARY:{}", escape_text(summary)),
        format!("DESCRIPTION:{}", escape_text(description)),
        "TRANSP:TRANSPARENT".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}

/// `20250616T080000Z`.
fn ics_time(t: Timestamp) -> String {
    t.to_rfc3339().replace(['-', ':'], "")
}

/// TEXT escaping: backslash, semicolon, comma and newlines.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded into pieces of at most 75 octets (never inside a
/// character), each ended by CRLF; continuation lines start with a space.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The widget's choices as kept in the URL fragment (`sync-url`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    /// Impact.
    pub impact: Option<Impact>,
    /// Urgency.
    pub urgency: Option<Urgency>,
    /// Plan.
    pub plan: Option<Plan>,
    /// Zone name as written (checked by the caller).
    pub time_zone: Option<String>,
    /// The typed filing time.
    pub filed_at: Option<String>,
    /// The priority override.
    pub priority: Option<Priority>,
    /// A problem per value that could not be read.
    pub errors: Vec<Problem>,
}

/// What starts the widget's part of a fragment: `#spw:impact=high&…`.
pub const FRAGMENT_PREFIX: &str = "#spw:";

impl Fragment {
    /// Reads a `location.hash`; a hash that is not the widget's gives `None`.
    ///
    /// ```
    /// use support_policy::web::widget::handoff::Fragment;
    /// use support_policy::{Impact, Plan};
    /// let f = Fragment::parse("#spw:impact=high&tier=premium&timeZone=Asia%2FKolkata").unwrap();
    /// assert_eq!((f.impact, f.plan), (Some(Impact::High), Some(Plan::Premium)));
    /// assert_eq!(f.time_zone.as_deref(), Some("Asia/Kolkata"));
    /// assert_eq!(Fragment::parse("#levels"), None);
    /// ```
    pub fn parse(hash: &str) -> Option<Fragment> {
        let body = hash.strip_prefix(FRAGMENT_PREFIX)?;
        let mut f = Fragment::default();
        for pair in body.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(value) = decode_component(raw) else {
                f.errors.push(Problem::LinkValue {
                    key: key.to_owned(),
                    value: raw.to_owned(),
                });
                continue;
            };
            fn read<T: std::str::FromStr<Err = Error>>(
                value: &str,
                key: &str,
                errors: &mut Vec<Problem>,
            ) -> Option<T> {
                value
                    .parse()
                    .map_err(|_: Error| {
                        errors.push(Problem::LinkValue {
                            key: key.to_owned(),
                            value: value.to_owned(),
                        })
                    })
                    .ok()
            }
            match key {
                "impact" => f.impact = read(&value, key, &mut f.errors),
                "urgency" => f.urgency = read(&value, key, &mut f.errors),
                "tier" => f.plan = read(&value, key, &mut f.errors),
                "priority" => f.priority = read(&value, key, &mut f.errors),
                "timeZone" => f.time_zone = Some(value),
                "filedAt" => f.filed_at = Some(value),
                _ => f.errors.push(Problem::LinkKey {
                    key: key.to_owned(),
                }),
            }
        }
        Some(f)
    }

    /// The fragment for these choices (keys in a fixed order).
    ///
    /// ```
    /// use support_policy::web::widget::handoff::Fragment;
    /// use support_policy::{Impact, Plan};
    /// let f = Fragment { impact: Some(Impact::Low), plan: Some(Plan::Trial), time_zone: Some("UTC".into()), ..Fragment::default() };
    /// assert_eq!(f.to_hash(), "#spw:impact=low&tier=trial&timeZone=UTC");
    /// assert_eq!(Fragment::parse(&f.to_hash()), Some(f));
    /// ```
    pub fn to_hash(&self) -> String {
        let mut parts = Vec::new();
        let mut push = |key: &str, value: Option<&str>| {
            if let Some(v) = value {
                parts.push(format!("{key}={}", encode_component(v)));
            }
        };
        push("impact", self.impact.map(Impact::as_str));
        push("urgency", self.urgency.map(Urgency::as_str));
        push("tier", self.plan.map(Plan::as_str));
        push("timeZone", self.time_zone.as_deref());
        push("filedAt", self.filed_at.as_deref());
        push("priority", self.priority.map(Priority::as_str));
        format!("{FRAGMENT_PREFIX}{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_local_http_templates_are_accepted() {
        for ok in [
            "https://support.example.com/new",
            "HTTPS://x.example/{priority}",
            "http://localhost/new?x={tier}",
            "http://127.0.0.1:9000/new",
            "http://[::1]:80/",
            "http://user@localhost/",
        ] {
            assert!(TicketUrl::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "javascript:alert(1)",
            "java\tscript:alert(1)",
            " https://x.example/",
            "data:text/html,hi",
            "http://example.com/",
            "http://localhost.evil.com/",
            "http://localhost@evil.com/",
            "https:relative",
            "ftp://localhost/",
            "//x.example/",
            "{priority}://x.example/",
        ] {
            let e = TicketUrl::parse(bad).unwrap_err();
            assert!(e.to_string().starts_with("ticketUrl: "), "{bad}: {e}");
        }
        let e = TicketUrl::parse("https://x.example/{nope}").unwrap_err();
        assert!(
            e.to_string().contains("unknown placeholder \"{nope}\""),
            "{e}"
        );
        assert!(TicketUrl::parse("https://x.example/{priority").is_err());
    }

    #[test]
    fn calendar_lines_are_crlf_and_at_most_75_octets() {
        let at = Timestamp::parse_rfc3339("2025-06-16T08:00:00Z").unwrap();
        let long = "Impacto: alto — ñ, «x»; ".repeat(20);
        let ics = calendar_file(&long, "a\nb", at, at, "u@x");
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
            assert!(!line.contains('\n'));
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}", escape_text(&long))));
        assert!(unfolded.contains("DESCRIPTION:a\\nb\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    }

    #[test]
    fn fragments_round_trip_and_name_bad_values() {
        let f = Fragment {
            impact: Some(Impact::High),
            urgency: Some(Urgency::Low),
            plan: Some(Plan::Community),
            time_zone: Some("America/Argentina/Buenos_Aires".into()),
            filed_at: Some("2025-06-13T16:00:00".into()),
            priority: Some(Priority::P1),
            errors: Vec::new(),
        };
        assert_eq!(Fragment::parse(&f.to_hash()), Some(f));
        let bad = Fragment::parse("#spw:impact=huge&colour=red&tier=%ff").unwrap();
        assert_eq!(bad.impact, None);
        assert_eq!(bad.errors.len(), 3, "{:?}", bad.errors);
        assert_eq!(
            bad.errors[0],
            Problem::LinkValue {
                key: "impact".into(),
                value: "huge".into()
            }
        );
        assert_eq!(
            bad.errors[1],
            Problem::LinkKey {
                key: "colour".into()
            }
        );
    }
}
