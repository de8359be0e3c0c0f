//! Writes a policy document as JSON (what `policy()` returns and
//! [`super::Policy::from_json`] reads back). The reader is `read.rs`; the
//! document itself (`document.rs`) is plain data that knows neither.

use super::document::*;
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

impl Write for Text {
    fn write(&self) -> Value {
        object(vec![("en", self.en.write()), ("es", self.es.write())])
    }
}

macro_rules! write_by_key {
    ($name:ident, [$($field:ident = $key:literal),+]) => {
        impl<T: Write> Write for $name<T> {
            fn write(&self) -> Value {
                object(vec![$(($key, self.$field.write())),+])
            }
        }
    };
}

write_by_key!(ByImpact, [high = "high", medium = "medium", low = "low"]);
write_by_key!(ByUrgency, [high = "high", medium = "medium", low = "low"]);
write_by_key!(
    ByTier,
    [
        standard = "standard",
        premium = "premium",
        trial = "trial",
        community = "community"
    ]
);
write_by_key!(ByPriority, [p1 = "P1", p2 = "P2", p3 = "P3", p4 = "P4"]);

impl Write for LevelText {
    fn write(&self) -> Value {
        let mut fields = vec![("name", self.name.write())];
        if let Some(hint) = &self.hint {
            fields.push(("hint", hint.write()));
        }
        object(fields)
    }
}

impl Write for Levels {
    fn write(&self) -> Value {
        object(vec![
            ("impact", self.impact.write()),
            ("urgency", self.urgency.write()),
        ])
    }
}

impl Write for PriorityText {
    fn write(&self) -> Value {
        object(vec![
            ("title", self.title.write()),
            ("description", self.description.write()),
            ("example", self.example.write()),
        ])
    }
}

impl Write for WindowDocument {
    fn write(&self) -> Value {
        object(vec![
            ("days", self.days.write()),
            ("open", self.open.write()),
            ("close", self.close.write()),
        ])
    }
}

impl Write for CalendarDocument {
    fn write(&self) -> Value {
        let mut entries = vec![("name", self.name.write())];
        if self.continuous {
            entries.push(("continuous", Value::Bool(true)));
        }
        if !self.weekly.is_empty() {
            entries.push(("weekly", self.weekly.write()));
        }
        if !self.closures.is_empty() {
            entries.push(("closures", self.closures.write()));
        }
        object(entries)
    }
}

impl Write for PlanDocument {
    fn write(&self) -> Value {
        let or_null = |v: Option<Value>| v.unwrap_or(Value::Null);
        object(vec![
            ("name", self.name.write()),
            ("summary", self.summary.write()),
            (
                "calendar",
                or_null(self.calendar.as_ref().map(Write::write)),
            ),
            ("targets", or_null(self.targets.as_ref().map(Write::write))),
            ("features", self.features.write()),
        ])
    }
}

impl Write for FeatureRow {
    fn write(&self) -> Value {
        object(vec![("id", self.id.write()), ("label", self.label.write())])
    }
}

impl Write for PolicyDocument {
    fn write(&self) -> Value {
        object(vec![
            ("version", self.version.write()),
            ("name", self.name.write()),
            ("levels", self.levels.write()),
            ("matrix", self.matrix.write()),
            ("priorities", self.priorities.write()),
            ("calendars", self.calendars.write()),
            ("plans", self.plans.write()),
            ("featureRows", self.feature_rows.write()),
        ])
    }
}
