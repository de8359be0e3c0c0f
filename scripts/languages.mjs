// Writes www/lang/LANG.json: each language's texts but English's (which the
// wasm holds), minified from src/web/widget/i18n/messages/LANG.json, and the
// loader's list of them, one literal URL per language (bundlers copy the
// files a literal `new URL(…, import.meta.url)` names), to the file given.
// The languages are the crate's LANGUAGES (src/policy/document.rs): adding a
// language is adding its file and its tag there.
// Usage: node scripts/languages.mjs OUT   (scripts/build runs it)
import { mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const source = readFileSync(`${root}src/policy/document.rs`, "utf8");
const list = source.match(/pub const LANGUAGES: &\[&str\] = &\[([^\]]*)\]/);
if (!list) throw new Error("src/policy/document.rs: no LANGUAGES list");
const languages = [...list[1].matchAll(/"([a-z]{2,3})"/g)].map((m) => m[1]).filter((l) => l !== "en");
rmSync(`${root}www/lang`, { recursive: true, force: true });
mkdirSync(`${root}www/lang`, { recursive: true });
const lines = [];
for (const lang of languages) {
  const texts = JSON.parse(readFileSync(`${root}src/web/widget/i18n/messages/${lang}.json`, "utf8"));
  writeFileSync(`${root}www/lang/${lang}.json`, JSON.stringify(texts));
  lines.push(`  ${lang}: () => new URL("./lang/${lang}.json", import.meta.url),`);
}
writeFileSync(process.argv[2], lines.join("\n") + "\n");
console.log(`www/lang/: ${languages.join(", ")}`);
