//! The browser edges: the JavaScript API and the widget. They call the
//! engine; the engine knows nothing of them.
//!
//! The widget's state, reducer, texts and hand-off formats are pure and
//! compile everywhere (tested natively); everything that touches the
//! browser (`api`, `intl_zone`, the Yew components) is built for wasm32 only.

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod intl_zone;
#[cfg(target_arch = "wasm32")]
pub(crate) mod js;
pub mod widget;

#[cfg(target_arch = "wasm32")]
pub use intl_zone::IntlZone;

/// The built-in policy, shared by the API and every widget, with its texts
/// in every language loaded so far.
#[cfg(target_arch = "wasm32")]
pub(crate) fn default_policy() -> std::rc::Rc<crate::policy::Policy> {
    widget::i18n::builtin_policy()
}

/// Talc instead of dlmalloc: smaller and faster in single-threaded wasm.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
