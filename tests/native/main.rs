//! The native integration tests, one binary: one link instead of six, on a
//! 2-core machine. Shared helpers are declared once here.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test crate

#[path = "../fuzz/harness.rs"]
mod harness;
#[path = "../cases/model.rs"]
mod model;
#[path = "../reference/mod.rs"]
mod reference;

mod cases;
mod cities;
mod fuzz_replay;
mod hostile;
mod languages;
mod pages;
mod policy;
mod properties;
mod reading;
mod zone;
