// Writes www/build-info.json: the size and SRI hash (sha384) of every file
// the widget ships, shown by www/embed.html. Run after scripts/build.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { measure, totals, SHIPPED_FULL } from "./size.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const rows = measure().map((r) => ({
  ...r,
  integrity: "sha384-" + createHash("sha384").update(readFileSync(join(root, r.file))).digest("base64"),
  url: "/" + r.file.replace(/^www\//, ""),
}));
const withHash = (r) => ({
  ...r,
  integrity: "sha384-" + createHash("sha384").update(readFileSync(join(root, r.file))).digest("base64"),
  url: "/" + r.file.replace(/^www\//, ""),
});
const full = measure(SHIPPED_FULL).map(withHash);
const info = { built: new Date().toISOString(), files: [...rows, ...full], total: totals(rows), fullTotal: totals(full) };
writeFileSync(join(root, "www/build-info.json"), JSON.stringify(info, null, 2) + "\n");
console.log(`www/build-info.json: ${rows.length} files, ${info.total.gzip} B gzip in all`);
