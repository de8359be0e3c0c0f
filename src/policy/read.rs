//! Reads a policy document from JSON by hand, so that every error names the
//! JSON path (from `policy`) and the value found there.

use super::document::*;
use super::document::{Keyed, records};
use super::json::Json as Value;
use crate::error::{Error, ErrorKind};
use crate::level::Priority;

/// A value in the document and where it stands.
pub(super) struct Node<'a> {
    value: &'a Value,
    path: String,
}

/// The value as it reads in an error: JSON, shortened.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(60).collect::<String>())
    } else {
        text
    }
}

impl<'a> Node<'a> {
    pub(super) fn root(value: &'a Value) -> Node<'a> {
        Node {
            value,
            path: "policy".to_owned(),
        }
    }

    fn error(&self, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidPolicy, message).in_field(self.path.clone())
    }

    fn expected(&self, what: &str) -> Error {
        self.error(format!("expected {what}, got {}", shown(self.value)))
    }

    fn object(&self, fields: &[&str]) -> Result<&'a [(String, Value)], Error> {
        let Value::Object(map) = self.value else {
            return Err(self.expected("an object"));
        };
        if let Some((key, _)) = map.iter().find(|(k, _)| !fields.contains(&k.as_str())) {
            let at = Node {
                value: self.value,
                path: format!("{}.{key}", self.path),
            };
            let list = fields
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(at.error(format!("unknown field `{key}`, expected one of {list}")));
        }
        Ok(map)
    }

    /// A required field of an object whose fields are `fields`.
    fn field(&self, fields: &[&str], name: &str) -> Result<Node<'a>, Error> {
        let map = self.object(fields)?;
        let value = map
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
            .ok_or_else(|| self.error(format!("missing field `{name}`")))?;
        Ok(Node {
            value,
            path: format!("{}.{name}", self.path),
        })
    }

    /// An optional field: absent and `null` are both `None`.
    fn optional(&self, fields: &[&str], name: &str) -> Result<Option<Node<'a>>, Error> {
        let map = self.object(fields)?;
        Ok(map
            .iter()
            .find(|(k, v)| k == name && *v != Value::Null)
            .map(|(_, value)| Node {
                value,
                path: format!("{}.{name}", self.path),
            }))
    }

    fn string(&self) -> Result<String, Error> {
        match self.value {
            Value::String(s) => Ok(s.clone()),
            _ => Err(self.expected("a string")),
        }
    }

    fn whole_number(&self) -> Result<u32, Error> {
        match self.value {
            Value::Number(n) => n
                .parse::<u32>()
                .map_err(|_| self.expected("a whole number")),
            _ => Err(self.expected("a whole number")),
        }
    }

    fn boolean(&self) -> Result<bool, Error> {
        match self.value {
            Value::Bool(b) => Ok(*b),
            _ => Err(self.expected("true or false")),
        }
    }

    fn array(&self) -> Result<Vec<Node<'a>>, Error> {
        let Value::Array(items) = self.value else {
            return Err(self.expected("an array"));
        };
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, value)| Node {
                value,
                path: format!("{}[{i}]", self.path),
            })
            .collect())
    }

    fn entries(&self) -> Result<Vec<(String, Node<'a>)>, Error> {
        let Value::Object(map) = self.value else {
            return Err(self.expected("an object"));
        };
        Ok(map
            .iter()
            .map(|(k, value)| {
                (
                    k.clone(),
                    Node {
                        value,
                        path: format!("{}.{k}", self.path),
                    },
                )
            })
            .collect())
    }
}

/// A part of the document that can be read from a node.
pub(super) trait Read: Sized {
    fn read(node: &Node) -> Result<Self, Error>;
}

impl Read for String {
    fn read(node: &Node) -> Result<String, Error> {
        node.string()
    }
}

impl Read for u32 {
    fn read(node: &Node) -> Result<u32, Error> {
        node.whole_number()
    }
}

impl Read for Priority {
    fn read(node: &Node) -> Result<Priority, Error> {
        node.string()?
            .parse::<Priority>()
            .map_err(|e| node.error(e.message()))
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(node: &Node) -> Result<Vec<T>, Error> {
        node.array()?.iter().map(T::read).collect()
    }
}

impl Read for bool {
    fn read(node: &Node) -> Result<bool, Error> {
        node.boolean()
    }
}

impl<T: Read> Read for Entries<T> {
    fn read(node: &Node) -> Result<Entries<T>, Error> {
        let mut entries = Entries::default();
        for (key, value) in node.entries()? {
            entries.insert(key, T::read(&value)?);
        }
        Ok(entries)
    }
}

/// Reads a [`Keyed`] record: every key required, no other.
fn read_keyed<K: Keyed>(node: &Node) -> Result<K, Error>
where
    K::Entry: Read,
{
    K::try_build(|key| K::Entry::read(&node.field(K::KEYS, key)?))
}

macro_rules! read_keyed {
    ($($name:ident),+) => {
        $(
            impl<T: Read> Read for $name<T> {
                fn read(node: &Node) -> Result<$name<T>, Error> {
                    read_keyed(node)
                }
            }
        )+
    };
}
read_keyed!(ByImpact, ByUrgency, ByTier, ByPriority);

/// One field, as its kind in the table says.
macro_rules! read_field {
    ($node:ident, $key:literal, required) => {
        Read::read(&$node.field(KEYS, $key)?)?
    };
    ($node:ident, $key:literal, optional) => {
        $node
            .optional(KEYS, $key)?
            .map(|n| Read::read(&n))
            .transpose()?
    };
    ($node:ident, $key:literal, omitted) => {
        read_field!($node, $key, optional)
    };
    ($node:ident, $key:literal, filled) => {
        read_field!($node, $key, defaulted)
    };
    ($node:ident, $key:literal, defaulted) => {
        $node
            .optional(KEYS, $key)?
            .map(|n| Read::read(&n))
            .transpose()?
            .unwrap_or_default()
    };
    ($node:ident, $key:literal, text) => {{
        let at = $node.field(KEYS, $key)?;
        let text = at.string()?;
        if text.trim().is_empty() {
            return Err(at.error(format!("empty text {}", shown(at.value))));
        }
        text
    }};
}

/// The reader of every record in the table (`document.rs`).
macro_rules! read_records {
    ($(
        $(#[$meta:meta])*
        struct $name:ident / $keys:ident {
            $( $(#[$field_meta:meta])* $field:ident : $type:ty = $key:literal $kind:ident, )*
        }
    )*) => {
        $(
            impl Read for $name {
                fn read(node: &Node) -> Result<$name, Error> {
                    const KEYS: &[&str] = $name::FIELDS;
                    Ok($name { $( $field: read_field!(node, $key, $kind), )* })
                }
            }
        )*
    };
}
records!(read_records);
