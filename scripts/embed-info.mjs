// Writes build-info.json (www/ and target/site/, with its .br and .gz): the
// size and SRI hash (sha384) of every file the widget ships as the site
// serves it (the loaders name the content-hashed glue and wasm), shown by
// www/embed.html. scripts/build runs it after scripts/site.mjs.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { measure, totals, SHIPPED, SHIPPED_FULL } from "./size.mjs";
import { hashedNames } from "./site.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const hashed = hashedNames();
/** A shipped file as the site serves it: target/site/, under its hashed name when it has one. */
const served = (file) => {
  const path = file.replace(/^www\//, "");
  return `target/site/${hashed[path] ?? path}`;
};
const rows = (files) => measure(files.map(served)).map((r) => ({
  ...r,
  integrity: "sha384-" + createHash("sha384").update(readFileSync(join(root, r.file))).digest("base64"),
  url: "/" + r.file.replace(/^target\/site\//, ""),
}));
const main = rows(SHIPPED);
const full = rows(SHIPPED_FULL);
// The npm package's loader (stable names inside), as the npm CDNs serve it, pinned to this version.
const version = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
const npm = ["support-policy-widget.js", "support-policy-widget-full.js"].map((name) => ({
  file: `www/${name}`,
  url: `https://cdn.jsdelivr.net/npm/support-policy-widget@${version}/${name}`,
  integrity: "sha384-" + createHash("sha384").update(readFileSync(join(root, "www", name))).digest("base64"),
}));
const info = { built: new Date().toISOString(), version, files: [...main, ...full], npm, total: totals(main), fullTotal: totals(full) };
const text = JSON.stringify(info, null, 2) + "\n";
writeFileSync(join(root, "www/build-info.json"), text);
const site = join(root, "target/site/build-info.json");
writeFileSync(site, text);
writeFileSync(`${site}.br`, brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
writeFileSync(`${site}.gz`, gzipSync(Buffer.from(text), { level: 9 }));
console.log(`build-info.json: ${main.length} files, ${info.total.brotli} B brotli (${info.total.gzip} B gzip) in all`);
