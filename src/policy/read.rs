//! Reads a policy document from JSON by hand, so that every error names the
//! JSON path (from `policy`) and the value found there.

use super::document::Keyed;
use super::document::*;
use super::json::Json as Value;
use crate::error::{Error, ErrorKind};
use crate::vocabulary::Priority;

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

    /// The object's fields, once every key is checked against `fields`
    /// (an unknown key is an error at its own path).
    pub(super) fn fields(&self, fields: &[&str]) -> Result<Fields<'_, 'a>, Error> {
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
        Ok(Fields { node: self, map })
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

/// An object's fields, read one by one as a record declares them (the
/// methods are the `how` of `record!` in `document.rs`).
pub(super) struct Fields<'n, 'a> {
    node: &'n Node<'a>,
    map: &'a [(String, Value)],
}

impl<'a> Fields<'_, 'a> {
    /// The field `key`, unless it is absent or `null`.
    fn get(&self, key: &str) -> Option<Node<'a>> {
        self.map
            .iter()
            .find(|(k, v)| k == key && *v != Value::Null)
            .map(|(_, value)| Node {
                value,
                path: format!("{}.{key}", self.node.path),
            })
    }

    /// A field that must be there.
    pub(super) fn required<T: Read>(&self, key: &str) -> Result<T, Error> {
        match self.map.iter().find(|(k, _)| k == key) {
            Some((_, value)) => T::read(&Node {
                value,
                path: format!("{}.{key}", self.node.path),
            }),
            None => Err(self.node.error(format!("missing field `{key}`"))),
        }
    }

    /// A field that may be absent or `null` (`None`).
    pub(super) fn optional<T: Read>(&self, key: &str) -> Result<Option<T>, Error> {
        self.get(key).map(|n| T::read(&n)).transpose()
    }

    /// A field that may be absent or `null` (the type's default).
    pub(super) fn or_default<T: Read + Default>(&self, key: &str) -> Result<T, Error> {
        Ok(self.optional(key)?.unwrap_or_default())
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

/// A [`Keyed`] record (one entry per impact, urgency, plan or priority):
/// every key required, no other.
impl<K: Keyed> Read for K
where
    K::Entry: Read,
{
    fn read(node: &Node) -> Result<K, Error> {
        let fields = node.fields(K::KEYS)?;
        K::try_build(|key| fields.required(key))
    }
}

impl Read for Text {
    fn read(node: &Node) -> Result<Text, Error> {
        let fields = node.fields(Text::FIELDS)?;
        let text = |key: &str| -> Result<String, Error> {
            let text: String = fields.required(key)?;
            if text.trim().is_empty() {
                let at = fields.get(key).unwrap_or_else(|| Node {
                    value: node.value,
                    path: node.path.clone(),
                });
                return Err(at.error(format!("empty text {}", shown(at.value))));
            }
            Ok(text)
        };
        let mut out = Text::english(&text("en")?);
        for &lang in &LANGUAGES[1..] {
            if fields.get(lang).is_some() {
                out = out.with(lang, &text(lang)?);
            }
        }
        Ok(out)
    }
}
