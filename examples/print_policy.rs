//! Prints the built-in policy document as JSON: a starting point for a
//! replacement policy. `cargo run --example print_policy > policy.json`
fn main() {
    println!("{}", support_policy::Policy::zmanda().document().to_json());
}
