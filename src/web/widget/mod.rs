//! The widget (docs/contract.md, section 4): `mount(element, options)` renders it in an
//! open shadow root and returns a handle with `update` and `destroy`.
//!
//! Pure parts (compiled and tested natively): [`state`] (plain state and
//! the reducer), [`reading`] (what the visitor reads: headline, details,
//! summary, timeline, statement, the account of a deadline), [`i18n`] (the
//! message catalogue), [`cities`] (zones found by the visitor's words),
//! [`handoff`] (ticket link, calendar file, URL fragment). Browser parts
//! (wasm32 only): `app` (the root component, its effects and callbacks),
//! `page` (the page's assembly), `components` (the views), `dates`
//! (instants written by Intl), `options`, `mount`.

pub mod cities;
pub mod handoff;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod policy_page;
pub mod reading;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod dates;
#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
pub mod options;
#[cfg(target_arch = "wasm32")]
mod page;

#[cfg(target_arch = "wasm32")]
pub use mount::{WidgetHandle, mount};
