//! Writes a policy document as JSON (what `policy()` returns and
//! [`super::Policy::from_json`] reads back). The reader is `read.rs`; the
//! document itself (`document.rs`) is plain data that knows neither.

use super::document::*;
use super::document::{Keyed, records};
use super::json::Json as Value;
use crate::level::Priority;

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

fn object(entries: Vec<(&str, Value)>) -> Value {
    Value::Object(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
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

macro_rules! write_keyed {
    ($($name:ident),+) => {
        $(
            impl<T: Write> Write for $name<T> {
                fn write(&self) -> Value {
                    object(Self::KEYS.iter().copied().zip(self.entries()).map(|(k, v)| (k, v.write())).collect())
                }
            }
        )+
    };
}
write_keyed!(ByImpact, ByUrgency, ByTier, ByPriority);

/// Whether a `defaulted` field holds its default, and is left out.
trait Omit {
    fn omitted(&self) -> bool;
}

impl Omit for bool {
    fn omitted(&self) -> bool {
        !*self
    }
}

impl<T> Omit for Vec<T> {
    fn omitted(&self) -> bool {
        self.is_empty()
    }
}

/// One field, as its kind in the table says (see `document.rs`): `optional`
/// writes `null` for `None`, `omitted` leaves `None` out, `defaulted` leaves
/// the default out; the others always write.
macro_rules! write_field {
    ($fields:ident, $value:expr, $type:ty, $key:literal, optional) => {
        $fields.push(($key, $value.as_ref().map_or(Value::Null, Write::write)))
    };
    ($fields:ident, $value:expr, $type:ty, $key:literal, omitted) => {
        if let Some(value) = &$value {
            $fields.push(($key, value.write()))
        }
    };
    ($fields:ident, $value:expr, $type:ty, $key:literal, defaulted) => {
        if !Omit::omitted(&$value) {
            $fields.push(($key, $value.write()))
        }
    };
    ($fields:ident, $value:expr, $type:ty, $key:literal, $kind:ident) => {
        $fields.push(($key, $value.write()))
    };
}

/// The writer of every record in the table (`document.rs`).
macro_rules! write_records {
    ($(
        $(#[$meta:meta])*
        struct $name:ident / $keys:ident {
            $( $(#[$field_meta:meta])* $field:ident : $type:ty = $key:literal $kind:ident, )*
        }
    )*) => {
        $(
            impl Write for $name {
                // One push per field, some of them conditional.
                #[allow(clippy::vec_init_then_push)]
                fn write(&self) -> Value {
                    let mut fields = Vec::with_capacity($name::FIELDS.len());
                    $( write_field!(fields, self.$field, $type, $key, $kind); )*
                    object(fields)
                }
            }
        )*
    };
}
records!(write_records);
