//! Minifies the widget's style sheet into OUT_DIR, so the bundle carries no
//! comments or indentation.

fn main() {
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
