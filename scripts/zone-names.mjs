// Writes www/zones/LANG.txt: the cities of the time zones as readers of
// LANG name them, from CLDR's exemplar cities (the npm package
// cldr-dates-full, pinned in package.json), one "Zone/Id<TAB>City" a line,
// only where the name differs from the IANA one (root's exemplar city is
// the IANA name's last part, which the widget matches already).
// The widget downloads its visitor's file when the time-zone field is first
// used (English needs none). Usage:
//   node scripts/zone-names.mjs           write the files
//   node scripts/zone-names.mjs --check   fail when a file is stale
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
/** The languages of the policy page other than English (English names are the IANA ones). */
export const LANGS = ["es", "it", "fr", "pt", "nl", "pl"];

function cities(lang) {
  const file = require.resolve(`cldr-dates-full/main/${lang}/timeZoneNames.json`);
  const zones = JSON.parse(readFileSync(file, "utf8")).main[lang].dates.timeZoneNames.zone;
  const out = [];
  const walk = (path, node) => {
    for (const [key, value] of Object.entries(node)) {
      if (value && typeof value === "object" && "exemplarCity" in value) {
        const id = [...path, key].join("/");
        const iana = key.replace(/_/g, " ");
        if (value.exemplarCity !== iana) out.push(`${id}\t${value.exemplarCity}`);
      } else if (value && typeof value === "object") {
        walk([...path, key], value);
      }
    }
  };
  walk([], zones);
  out.sort();
  const version = require("cldr-dates-full/package.json").version;
  return `# ${lang}: CLDR ${version} exemplar cities (cldr-dates-full), written by scripts/zone-names.mjs\n${out.join("\n")}\n`;
}

const check = process.argv.includes("--check");
let stale = false;
for (const lang of LANGS) {
  const path = `${root}www/zones/${lang}.txt`;
  const text = cities(lang);
  if (check) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) {
      console.error(`www/zones/${lang}.txt is stale: run node scripts/zone-names.mjs`);
      stale = true;
    }
  } else {
    writeFileSync(path, text);
    console.log(`www/zones/${lang}.txt: ${text.split("\n").length - 2} cities`);
  }
}
if (stale) process.exit(1);
if (check) console.log(`www/zones/: ${LANGS.join(", ")} match CLDR`);
