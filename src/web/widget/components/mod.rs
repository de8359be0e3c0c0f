//! The widget's views: one per file, props of plain data and `on…`
//! callbacks; all state lives in the root's reducer (`app.rs`). The words
//! of the answer, its details and its timeline come made, as the plain
//! structs of `reading.rs`; `page.rs` builds the rest of the props. A view with no hook and cheap to redraw is a plain
//! function (`select_field(&props)`); a Yew function component costs about
//! 550 B gzip of lifecycle code each, measured. The one component left is
//! the zone list (400-odd options, drawn once).

mod actions;
mod answer;
mod details;
mod filed_field;
mod level_group;
mod matrix;
mod plan_table;
mod select_field;
mod timed;
mod timeline;
mod zone_field;

pub use actions::{ActionsProps, actions};
pub use answer::answer;
pub use details::details;
pub use filed_field::{FiledFieldProps, filed_field};
pub use level_group::{LevelGroupProps, level_group};
pub use matrix::{MatrixProps, matrix};
pub use plan_table::{PlanTableProps, plan_table};
pub use select_field::{SelectFieldProps, select_field};
pub use timed::timed;
pub use timeline::timeline;
pub use zone_field::{ZoneFieldProps, zone_field};
