//! Minifies the widget's style sheet into OUT_DIR, so the bundle carries no
//! comments or indentation, and turns the English language file into Rust
//! tables (`english.rs`): the catalogue's message names (`Msg`) and texts,
//! and the built-in policy's English texts, so that English is built in
//! without its keys or a parse at start.

fn main() {
    english();
    let source = "src/web/widget/widget.css";
    println!("cargo:rerun-if-changed={source}");
    let css = std::fs::read_to_string(source).unwrap_or_default();
    let mut out = String::with_capacity(css.len());
    let mut rest = css.as_str();
    // Drop comments.
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    // Collapse white space, and drop it around punctuation.
    let words: Vec<&str> = out.split_whitespace().collect();
    let mut min = words.join(" ");
    for p in ["{", "}", ";", ","] {
        min = min
            .replace(&format!(" {p}"), p)
            .replace(&format!("{p} "), p);
    }
    // Only the space after a colon: one before it may be a descendant
    // combinator (".a :focus-visible").
    min = min.replace(": ", ":").replace(";}", "}");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()))
        .join("widget.min.css");
    if let Err(e) = std::fs::write(&dest, min) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}

/// `OUT_DIR/english.rs` from `src/web/widget/i18n/messages/en.json`: a
/// `messages!` call naming every message (the catalogue's `Msg`), their
/// English texts in that order, and the `policy.…` texts by key.
fn english() {
    let source = "src/web/widget/i18n/messages/en.json";
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).unwrap_or_default();
    let map: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text).unwrap_or_default();
    // The policy's texts as one string, key and text each ended by U+001F
    // (which no text holds).
    let (mut names, mut texts, mut policy) = (Vec::new(), Vec::new(), Vec::new());
    for (key, value) in &map {
        let value = value.as_str().unwrap_or_default();
        if key.starts_with("policy.") {
            policy.push(format!("{key}\u{1f}{value}"));
        } else {
            names.push(format!("    {key},\n"));
            texts.push(value.to_owned());
        }
    }
    // One string and the byte offset where each text ends: no table of
    // pointers in the wasm.
    let mut ends = Vec::new();
    let mut all = String::new();
    for text in &texts {
        all.push_str(text);
        ends.push(all.len().to_string());
    }
    let out = format!(
        "// Written by build.rs from {source}.\nmessages! {{\n{}}}\n\n/// The messages' English texts in `Msg`'s order, one after another.\npub(super) const ENGLISH: &str = {:?};\n/// Where each of them ends in `ENGLISH`.\npub(super) const ENGLISH_ENDS: [u16; {}] = [{}];\n",
        names.concat(),
        all,
        ends.len(),
        ends.join(", ")
    );
    let policy = format!(
        "// Written by build.rs from {source}.\n/// The built-in policy's English texts: key, text, key, text …, each ended by U+001F.\npub const ENGLISH_POLICY: &str = {:?};\n",
        policy.join("\u{1f}") + "\u{1f}"
    );
    let dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    for (name, text) in [("english.rs", out), ("english_policy.rs", policy)] {
        if let Err(e) = std::fs::write(dir.join(name), text) {
            println!("cargo:warning=cannot write {name}: {e}");
        }
    }
}
