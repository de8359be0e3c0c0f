//! Writes the policy sections of `www/index.html` and `www/es/index.html`
//! from the built-in policy document and the widget's catalogue
//! (`support_policy::web::widget::policy_page`): `cargo run --example policy_pages`.

use support_policy::Policy;
use support_policy::web::widget::i18n::Lang;
use support_policy::web::widget::policy_page::rewrite_page;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let policy = Policy::zmanda();
    for (path, lang) in [
        ("www/index.html", Lang::En),
        ("www/es/index.html", Lang::Es),
    ] {
        let page = std::fs::read_to_string(path)?;
        let written = rewrite_page(&page, &policy, lang).ok_or_else(|| {
            format!("{path}: no <!-- policy:start … --> / <!-- policy:end --> markers")
        })?;
        std::fs::write(path, written)?;
        println!("{path}: policy sections written");
    }
    Ok(())
}
