//! Reads a policy document from JSON by hand, so that every error names the
//! JSON path (from `policy`) and the value found there.

use super::document::*;
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

impl Read for Text {
    /// Both languages, neither empty.
    fn read(node: &Node) -> Result<Text, Error> {
        const F: &[&str] = &["en", "es"];
        let mut texts = [String::new(), String::new()];
        for (text, lang) in texts.iter_mut().zip(F) {
            let at = node.field(F, lang)?;
            *text = at.string()?;
            if text.trim().is_empty() {
                return Err(at.error(format!("empty text {}", shown(at.value))));
            }
        }
        let [en, es] = texts;
        Ok(Text { en, es })
    }
}

macro_rules! read_by_key {
    ($name:ident, [$($field:ident = $key:literal),+]) => {
        impl<T: Read> Read for $name<T> {
            fn read(node: &Node) -> Result<$name<T>, Error> {
                const F: &[&str] = &[$($key),+];
                Ok($name { $($field: T::read(&node.field(F, $key)?)?),+ })
            }
        }
    };
}

read_by_key!(ByImpact, [high = "high", medium = "medium", low = "low"]);
read_by_key!(ByUrgency, [high = "high", medium = "medium", low = "low"]);
read_by_key!(
    ByTier,
    [
        standard = "standard",
        premium = "premium",
        trial = "trial",
        community = "community"
    ]
);
read_by_key!(ByPriority, [p1 = "P1", p2 = "P2", p3 = "P3", p4 = "P4"]);

impl Read for LevelText {
    fn read(node: &Node) -> Result<LevelText, Error> {
        const F: &[&str] = &["name", "hint"];
        Ok(LevelText {
            name: Text::read(&node.field(F, "name")?)?,
            hint: node
                .optional(F, "hint")?
                .map(|h| Text::read(&h))
                .transpose()?,
        })
    }
}

impl Read for Levels {
    fn read(node: &Node) -> Result<Levels, Error> {
        const F: &[&str] = &["impact", "urgency"];
        Ok(Levels {
            impact: ByImpact::read(&node.field(F, "impact")?)?,
            urgency: ByUrgency::read(&node.field(F, "urgency")?)?,
        })
    }
}

impl Read for PriorityText {
    fn read(node: &Node) -> Result<PriorityText, Error> {
        const F: &[&str] = &["title", "description", "example"];
        Ok(PriorityText {
            title: Text::read(&node.field(F, "title")?)?,
            description: Text::read(&node.field(F, "description")?)?,
            example: Text::read(&node.field(F, "example")?)?,
        })
    }
}

impl Read for WindowDocument {
    fn read(node: &Node) -> Result<WindowDocument, Error> {
        const F: &[&str] = &["days", "open", "close"];
        Ok(WindowDocument {
            days: Vec::read(&node.field(F, "days")?)?,
            open: String::read(&node.field(F, "open")?)?,
            close: String::read(&node.field(F, "close")?)?,
        })
    }
}

impl Read for CalendarDocument {
    fn read(node: &Node) -> Result<CalendarDocument, Error> {
        const F: &[&str] = &["name", "continuous", "weekly", "closures"];
        Ok(CalendarDocument {
            name: Text::read(&node.field(F, "name")?)?,
            continuous: node
                .optional(F, "continuous")?
                .map(|n| n.boolean())
                .transpose()?
                .unwrap_or(false),
            weekly: node
                .optional(F, "weekly")?
                .map(|n| Vec::read(&n))
                .transpose()?
                .unwrap_or_default(),
            closures: node
                .optional(F, "closures")?
                .map(|n| Vec::read(&n))
                .transpose()?
                .unwrap_or_default(),
        })
    }
}

impl Read for PlanDocument {
    fn read(node: &Node) -> Result<PlanDocument, Error> {
        const F: &[&str] = &["name", "summary", "calendar", "targets", "features"];
        let mut features = Entries::default();
        if let Some(f) = node.optional(F, "features")? {
            for (key, items) in f.entries()? {
                features.insert(key, Vec::read(&items)?);
            }
        }
        Ok(PlanDocument {
            name: Text::read(&node.field(F, "name")?)?,
            summary: Text::read(&node.field(F, "summary")?)?,
            calendar: node
                .optional(F, "calendar")?
                .map(|n| String::read(&n))
                .transpose()?,
            targets: node
                .optional(F, "targets")?
                .map(|n| ByPriority::read(&n))
                .transpose()?,
            features,
        })
    }
}

impl Read for FeatureRow {
    fn read(node: &Node) -> Result<FeatureRow, Error> {
        const F: &[&str] = &["id", "label"];
        Ok(FeatureRow {
            id: String::read(&node.field(F, "id")?)?,
            label: Text::read(&node.field(F, "label")?)?,
        })
    }
}

impl Read for PolicyDocument {
    fn read(node: &Node) -> Result<PolicyDocument, Error> {
        const F: &[&str] = PolicyDocument::FIELDS;
        let version = u32::read(&node.field(F, "version")?)?;
        let name = Text::read(&node.field(F, "name")?)?;
        let levels = Levels::read(&node.field(F, "levels")?)?;
        let matrix = ByUrgency::read(&node.field(F, "matrix")?)?;
        let priorities = ByPriority::read(&node.field(F, "priorities")?)?;
        let mut calendars = Entries::default();
        for (id, calendar) in node.field(F, "calendars")?.entries()? {
            calendars.insert(id, CalendarDocument::read(&calendar)?);
        }
        Ok(PolicyDocument {
            version,
            name,
            levels,
            matrix,
            priorities,
            calendars,
            plans: ByTier::read(&node.field(F, "plans")?)?,
            feature_rows: Vec::read(&node.field(F, "featureRows")?)?,
        })
    }
}
