//! The browser edges: the JavaScript API and the widget. They call the
//! engine; the engine knows nothing of them.

pub mod api;
pub mod intl_zone;
pub mod widget;

pub use intl_zone::IntlZone;

use crate::policy::Policy;
use std::rc::Rc;

thread_local! {
    /// Zmanda's policy, built and checked once for the API and every widget.
    static DEFAULT_POLICY: Rc<Policy> = Rc::new(Policy::zmanda());
}

/// The built-in policy, shared.
pub(crate) fn default_policy() -> Rc<Policy> {
    DEFAULT_POLICY.with(Rc::clone)
}

/// Talc instead of dlmalloc: smaller and faster in single-threaded wasm.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
