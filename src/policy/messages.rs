//! The reader of a language file: one flat JSON object whose values are
//! strings (`{"Impact": "Impacto", "policy.name": "…"}`), the format of
//! `src/web/widget/i18n/messages/LANG.json`. A few hundred bytes of wasm
//! instead of a general JSON reader; errors say where the text went wrong.

use crate::error::{Error, ErrorKind};

// The built-in policy's English texts (`ENGLISH_POLICY`), from the English
// language file by build.rs.
include!(concat!(env!("OUT_DIR"), "/english_policy.rs"));

/// The built-in policy's English text at `key` (`policy.priorities.P1.title`).
///
/// ```
/// use support_policy::policy::english_policy_text;
/// assert_eq!(english_policy_text("policy.priorities.P2.title"), Some("High impact"));
/// assert_eq!(english_policy_text("policy.nothing"), None);
/// ```
pub fn english_policy_text(key: &str) -> Option<&'static str> {
    let mut parts = ENGLISH_POLICY.split('\u{1f}');
    while let (Some(k), Some(text)) = (parts.next(), parts.next()) {
        if k == key {
            return Some(text);
        }
    }
    None
}

/// The key–text pairs of a language file, in the file's order.
///
/// ```
/// use support_policy::policy::read_messages;
/// let pairs = read_messages(r#"{ "Impact": "Impacto", "Quoted": "«{text}»" }"#).unwrap();
/// assert_eq!(pairs[1], ("Quoted".to_owned(), "«{text}»".to_owned()));
/// let err = read_messages(r#"{ "Impact": 3 }"#).unwrap_err();
/// assert_eq!(err.to_string(), "messages: expected a string at line 1, column 13");
/// ```
pub fn read_messages(text: &str) -> Result<Vec<(String, String)>, Error> {
    let mut r = Reader {
        bytes: text.as_bytes(),
        text,
        pos: 0,
    };
    let mut pairs = Vec::new();
    r.expect(b'{')?;
    if !r.eat(b'}') {
        loop {
            let key = r.string()?;
            r.expect(b':')?;
            let value = r.string()?;
            pairs.push((key, value));
            if r.eat(b'}') {
                break;
            }
            r.expect(b',')?;
        }
    }
    r.space();
    if r.pos < r.bytes.len() {
        return Err(r.error("unexpected text after the object"));
    }
    Ok(pairs)
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    pos: usize,
}

impl Reader<'_> {
    fn error(&self, what: &str) -> Error {
        let before = &self.text.as_bytes()[..self.pos.min(self.bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Error::new(
            ErrorKind::InvalidPolicy,
            format!("{what} at line {line}, column {column}"),
        )
        .in_field("messages")
    }

    fn space(&mut self) {
        while self
            .bytes
            .get(self.pos)
            .is_some_and(|b| b.is_ascii_whitespace())
        {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.bytes.get(self.pos) == Some(&byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn expect(&mut self, byte: u8) -> Result<(), Error> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.error(&format!("expected `{}`", byte as char)))
        }
    }

    fn string(&mut self) -> Result<String, Error> {
        if !self.eat(b'"') {
            return Err(self.error("expected a string"));
        }
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Cut at ASCII bytes only, so the slice is whole characters.
            out.push_str(self.text.get(start..self.pos).unwrap_or_default());
            match self.bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = match self.bytes.get(self.pos) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'n') => '\n',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let hex = self.text.get(self.pos + 1..self.pos + 5);
                            let code = hex.and_then(|h| u32::from_str_radix(h, 16).ok());
                            // Texts need no characters outside the basic plane.
                            match code.and_then(char::from_u32) {
                                Some(c) => {
                                    self.pos += 4;
                                    c
                                }
                                None => return Err(self.error("bad \\u escape")),
                            }
                        }
                        _ => return Err(self.error("bad escape")),
                    };
                    self.pos += 1;
                    out.push(escaped);
                }
                _ => return Err(self.error("unterminated string")),
            }
        }
    }
}
