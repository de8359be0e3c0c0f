//! The browser edges: the JavaScript API and the widget. They call the
//! engine; the engine knows nothing of them.

pub mod api;
pub mod intl_zone;
pub mod widget;

pub use intl_zone::IntlZone;
