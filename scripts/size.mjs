// Size report: raw, gzip -9 and brotli bytes of every file the widget ships,
// and their total. The budget and the guard count brotli (quality 11), as a
// server or CDN sends it to every current browser (docs/contract.md, section 5, since
// 2026-12-03); gzip is printed beside it. `--check` fails above the
// regression guard (GUARD_BROTLI).
// Usage: node scripts/size.mjs [--check] [--json] [--breakdown]
// --breakdown: where the bytes go, by crate and by our module (scripts/size-breakdown.mjs).
import { readFileSync, existsSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Everything the browser downloads for the widget (its CSS is inside the wasm). */
export const SHIPPED = [
  "www/pkg/support_policy_bg.wasm",
  "www/pkg/support_policy.js",
  "www/support-policy-widget.js",
];
/** The second bundle, for hosts that pass their own policy document (reported, not budgeted). */
export const SHIPPED_FULL = [
  "www/pkg-full/support_policy_bg.wasm",
  "www/pkg-full/support_policy.js",
  "www/support-policy-widget-full.js",
];
/**
 * The regression guard: the payload measured on 2026-12-03, 121,763 B
 * brotli (146,958 B gzip: the 137.1 KB gzip of 2026-11-27 plus the element's
 * host API, 4.5 KB gzip, and the visitors' settings of issue 17 — live
 * region, statement for print, whole-sentence catalogue, forced-colours
 * and print CSS — 5.4 KB gzip), plus 3 %, rounded. Raised on 2026-12-07
 * by what the words issue (23) measured it adds, 6.5 KB brotli (122,139 B
 * before, 128,625 B after: the account of a deadline, its messages in both
 * languages, the Spanish city search, the plan-named hours lines), plus the
 * same 3 %: 132.5 KB. Raised again on 2026-12-07 by what the seven
 * languages (issue 24) added to English's download, measured: 130,191 B
 * before, 136,534 B after (the English file's texts with the message
 * names inside the wasm, the reader of the other files, the ICU formatter
 * with CLDR plurals, the built-in policy assembled from the file's keys,
 * the per-language label/colon and units; Spanish left the bundle).
 * Issue 24 asks for English at most what it was: not met, the levers are
 * in docs/performance.md. Guard: 137.5 KB. On 2026-12-07 the embed
 * issue (25) added about 1 KB: removed widgets park their Yew app for the
 * next one (a keyed shell component) instead of leaking 2 KB of wasm memory
 * and six closures each. Guard: 138.5 KB. The answer first (issue 26:
 * the headline rendered alone, the rest after its paint) added about
 * 1 KB more (137,506 → 138,480 B). Guard: 139.5 KB. The boundary issue
 * (27: requests, answers and options as serde structs crossing with
 * serde-wasm-bindgen, and every answer's counted spans) added 7,355 B
 * (138,642 → 145,997 B): serde-wasm-bindgen's (de)serialiser and the structs'
 * derives, less the private wire format it replaced (+5.1 KB), the
 * throwing-getter check (+0.2 KB) and
 * wasm-bindgen's string interning for the API's fixed words (+2.1 KB, for
 * throughput); serde-wasm-bindgen's type errors are patched to leave core's
 * float formatter out (+8.6 KB brotli with it, vendor/README.md). Then, for
 * speed, interning off (-2.1 KB), the fixed words as enums, timestamps on
 * the stack and three patches to serde-wasm-bindgen: 144,763 B. Guard:
 * 146.5 KB.
 */
export const GUARD_BROTLI = 146.5 * 1000;
/** Each language's texts but English's, fetched beside the wasm for its visitors (www/lang/, scripts/languages.mjs). */
export const LANGUAGE_FILES = ["es", "it", "fr", "pt", "nl", "pl"].map((lang) => `www/lang/${lang}.json`);
/** docs/contract.md, section 5: what the browser transfers for the widget, brotli. */
export const BUDGET_BROTLI = 100 * 1000;

export function measure(files = SHIPPED) {
  return files.map((file) => {
    const path = join(root, file);
    if (!existsSync(path)) throw new Error(`${file} is missing: run scripts/build first`);
    const bytes = readFileSync(path);
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

export function totals(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes("--breakdown")) {
  const { breakdown } = await import("./size-breakdown.mjs");
  breakdown();
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measure();
  const total = totals(rows);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ rows, total }, null, 2));
  } else {
    const pad = (s, n) => String(s).padStart(n);
    console.log(`${"file".padEnd(36)} ${pad("raw", 9)} ${pad("gzip -9", 9)} ${pad("brotli", 9)}`);
    for (const r of [...rows, { file: "total", ...total }]) {
      console.log(`${r.file.padEnd(36)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
    }
    const full = totals(measure(SHIPPED_FULL));
    console.log(`${"total, full bundle (host policies)".padEnd(36)} ${pad(full.raw, 9)} ${pad(full.gzip, 9)} ${pad(full.brotli, 9)}`);
    // Another language's first load: English's payload and its file.
    for (const r of measure(LANGUAGE_FILES.filter((f) => existsSync(join(root, f))))) {
      const lang = r.file.replace(/.*\/(\w+)\.json$/, "$1");
      console.log(`${`${r.file} (first load in ${lang}: ${total.brotli + r.brotli} B)`.padEnd(36)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
    }
    console.log(`budget (contract section 5): ${BUDGET_BROTLI} B brotli; regression guard: ${GUARD_BROTLI} B brotli; now ${total.brotli} B brotli, ${total.gzip} B gzip -9 (${total.brotli <= BUDGET_BROTLI ? "within budget" : `over budget by ${total.brotli - BUDGET_BROTLI} B`})`);
  }
  if (process.argv.includes("--check") && total.brotli > GUARD_BROTLI) {
    console.error(`size guard: ${total.brotli} B brotli is above ${GUARD_BROTLI} B`);
    process.exit(1);
  }
}
