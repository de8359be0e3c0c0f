// What the widget ships: no eval and no Function constructor in its
// JavaScript, no raw-HTML escape hatch, and sizes within the regression guard.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./helpers.mjs";
import { measure, totals, SHIPPED, GUARD_BROTLI } from "../../scripts/size.mjs";

test("the shipped JavaScript contains no eval( and no new Function", () => {
  for (const file of SHIPPED.filter((f) => f.endsWith(".js"))) {
    const js = readFileSync(join(ROOT, file), "utf8");
    assert.doesNotMatch(js, /\beval\s*\(/, `${file} calls eval`);
    assert.doesNotMatch(js, /new\s+Function\b/, `${file} uses new Function`);
    // A call of the Function constructor (not the text "Function(" inside a string).
    assert.doesNotMatch(js, /(^|[^\w.`'"$])Function\s*\(/m, `${file} calls Function(`);
  }
});

test("no raw-HTML escape hatch in the loader or the Rust sources", () => {
  // (Yew's generated glue keeps a setter for its VRaw node, which the widget never builds;
  // the sources below are what could build one.)
  const loader = readFileSync(join(ROOT, "www/support-policy-widget.js"), "utf8");
  assert.doesNotMatch(loader, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  const sources = execSync("git ls-files src", { cwd: ROOT, encoding: "utf8" }).split("\n").filter((f) => f.endsWith(".rs"));
  assert.ok(sources.length > 10);
  for (const file of sources) {
    const rs = readFileSync(join(ROOT, file), "utf8");
    assert.doesNotMatch(rs, /from_html_unchecked|set_inner_html|inner_html|VRaw/, `${file} builds raw HTML`);
  }
});

test(`every shipped file exists and the total is within the ${GUARD_BROTLI} B brotli guard`, () => {
  const rows = measure();
  const total = totals(rows);
  for (const r of rows) assert.ok(r.raw > 0, `${r.file} is empty`);
  assert.ok(total.brotli <= GUARD_BROTLI, `${total.brotli} B brotli`);
  console.log(`# shipped: ${total.raw} B raw, ${total.gzip} B gzip -9, ${total.brotli} B brotli`);
});
