//! Replays the saved fuzz corpus (fuzz/corpus/<target>/*) through the same
//! harnesses the fuzzer runs, so CI keeps every finding fixed without cargo-fuzz.

use crate::harness;

fn replay(target: &str, run: fn(&[u8])) -> usize {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut n = 0;
    for entry in entries {
        let path = entry.expect("a corpus entry").path();
        let data = std::fs::read(&path).expect("a corpus file");
        run(&data);
        n += 1;
    }
    assert!(n > 0, "the {target} corpus is empty");
    n
}

#[test]
fn policy_json_corpus() {
    eprintln!("{} inputs", replay("policy_json", harness::policy_json));
}

#[test]
fn request_corpus() {
    eprintln!("{} inputs", replay("request", harness::request));
}

#[test]
fn local_datetime_corpus() {
    eprintln!(
        "{} inputs",
        replay("local_datetime", harness::local_datetime)
    );
}
