//! Writes a policy document as JSON (what `policy()` returns and
//! [`super::Policy::from_json`] reads back). The reader is `read.rs`; the
//! document itself (`document.rs`) is plain data that knows neither.

use super::document::Keyed;
use super::document::*;
use super::json::Json as Value;
use crate::vocabulary::Priority;

impl PolicyDocument {
    /// The document as JSON (what [`crate::Policy::from_json`] reads back).
    /// (Here, not in `document.rs`, so the document depends on neither its
    /// reader nor its writer.)
    ///
    /// ```
    /// use support_policy::Policy;
    /// let doc = Policy::zmanda().document().to_json();
    /// assert_eq!(Policy::from_json(&doc.to_string()).unwrap(), Policy::zmanda());
    /// ```
    pub fn to_json(&self) -> Value {
        self.write()
    }
}

/// The document as JSON, the inverse of reading it.
pub(super) trait Write {
    fn write(&self) -> Value;
}

impl Write for String {
    fn write(&self) -> Value {
        Value::String(self.clone())
    }
}

impl Write for u32 {
    fn write(&self) -> Value {
        Value::Number(self.to_string())
    }
}

impl Write for Priority {
    fn write(&self) -> Value {
        Value::String(self.as_str().to_owned())
    }
}

impl<T: Write> Write for Vec<T> {
    fn write(&self) -> Value {
        Value::Array(self.iter().map(Write::write).collect())
    }
}

impl<T: Write> Write for Entries<T> {
    fn write(&self) -> Value {
        Value::Object(self.iter().map(|(k, v)| (k.clone(), v.write())).collect())
    }
}

impl Write for bool {
    fn write(&self) -> Value {
        Value::Bool(*self)
    }
}

/// A [`Keyed`] record: each entry under its key, in the policy's order.
impl<K: Keyed> Write for K
where
    K::Entry: Write,
{
    fn write(&self) -> Value {
        let mut fields = Fields::default();
        for (key, entry) in K::KEYS.iter().zip(self.entries()) {
            fields.required(key, entry);
        }
        fields.finish()
    }
}

/// A record's fields as they are written, in order (the methods are the
/// `how` of `record!` in `document.rs`: every field is written, `None` as
/// `null`).
#[derive(Default)]
pub(super) struct Fields(Vec<(String, Value)>);

impl Fields {
    pub(super) fn required(&mut self, key: &str, value: &impl Write) {
        self.0.push((key.to_owned(), value.write()));
    }

    pub(super) fn optional<T: Write>(&mut self, key: &str, value: &Option<T>) {
        self.0.push((
            key.to_owned(),
            value.as_ref().map_or(Value::Null, Write::write),
        ));
    }

    pub(super) fn or_default(&mut self, key: &str, value: &impl Write) {
        self.required(key, value);
    }

    pub(super) fn finish(self) -> Value {
        Value::Object(self.0)
    }
}

impl Write for Text {
    fn write(&self) -> Value {
        let mut fields = Fields::default();
        fields.required("en", &self.en);
        for (lang, text) in &self.other {
            fields.required(lang, text);
        }
        fields.finish()
    }
}
