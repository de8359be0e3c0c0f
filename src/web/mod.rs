//! The browser edges: the JavaScript API and the widget. They call the
//! engine; the engine knows nothing of them.

pub mod api;
pub mod intl_zone;
pub mod widget;

pub use intl_zone::IntlZone;

/// Talc instead of dlmalloc: smaller and faster in single-threaded wasm.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
