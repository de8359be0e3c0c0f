//! Prints the built-in policy document as JSON: a starting point for a
//! replacement policy. `cargo run --example print_policy > policy.json`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test, bench or example crate
fn main() {
    println!("{}", support_policy::Policy::zmanda().document().to_json());
}
