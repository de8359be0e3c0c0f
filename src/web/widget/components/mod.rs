//! The widget's components: one small function component per file, props
//! of plain data and `on…` callbacks; all state lives in the root's reducer
//! (`app.rs`), which builds these props.

mod actions;
mod answer;
mod details;
mod filed_field;
mod level_group;
mod matrix;
mod plan_table;
mod select_field;
mod timeline;
mod zone_field;

pub use actions::{Actions, ActionsProps};
pub use answer::{Answer, AnswerProps};
pub use details::{Details, DetailsProps};
pub use filed_field::{FiledField, FiledFieldProps};
pub use level_group::{LevelGroup, LevelGroupProps};
pub use matrix::{Matrix, MatrixProps};
pub use plan_table::{PlanTable, PlanTableProps};
pub use select_field::{SelectField, SelectFieldProps};
pub use timeline::{Timeline, TimelineProps};
pub use zone_field::{ZoneField, ZoneFieldProps};
