//! Writes the policy pages, `www/index.html` and `www/LANG/index.html` for
//! each of the seven languages, from the pages' prose
//! (`src/web/widget/i18n/pages/LANG.json`), the built-in policy document and
//! the widget's catalogue (`support_policy::web::widget::policy_page`):
//! `cargo run --example policy_pages`.

use support_policy::web::widget::policy_page::all_pages;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for (path, page) in all_pages()? {
        if let Some(dir) = std::path::Path::new(&path).parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, page)?;
        println!("{path}");
    }
    Ok(())
}
