// The npm package: scripts/pack writes the tarball; a fresh Vite project
// (tests/vite, Vite pinned in its lock file) installs it, imports it the way
// the package's README says, runs `vite build`; the built site, served, shows
// the right deadline (API and widget) for worked cases.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { start } from "../../scripts/serve.mjs";
import { ROOT, LAUNCH, CASES, until } from "./helpers.mjs";

let work, tarball;
before(() => {
  // The build already ran in scripts/test; pack what www/ holds.
  const out = execFileSync(join(ROOT, "scripts/pack"), ["--no-build"], { cwd: ROOT, encoding: "utf8" });
  tarball = out.trim().split("\n").at(-1);
  work = mkdtempSync(join(tmpdir(), "spw-vite-"));
});
after(() => { if (work) rmSync(work, { recursive: true, force: true }); });

test("the tarball holds the loader as entry, glue, wasm, types, README and licences", () => {
  assert.ok(existsSync(tarball), tarball);
  const list = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean).sort();
  for (const f of [
    "package/package.json", "package/support-policy-widget.js", "package/support-policy-widget.d.ts",
    "package/pkg/support_policy.js", "package/pkg/support_policy_bg.wasm", "package/pkg/support_policy.d.ts",
    "package/README.md", "package/LICENSE-MIT", "package/LICENSE-APACHE",
  ]) assert.ok(list.includes(f), `${f} in ${list.join(", ")}`);
  const manifest = JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
  assert.equal(manifest.exports["."].default, "./support-policy-widget.js");
  assert.equal(manifest.types, "./support-policy-widget.d.ts");
  assert.match(manifest.version, /^\d+\.\d+\.\d+/);
});

test("a fresh Vite project installs the tarball, builds, and its page shows the right deadlines", { timeout: 600000 }, async () => {
  const app = join(work, "app");
  cpSync(join(ROOT, "tests/vite"), app, { recursive: true, filter: (src) => !src.includes("node_modules") && !src.includes("/dist") });
  const npm = (...args) => execFileSync("npm", [...args, "--no-audit", "--no-fund"], { cwd: app, stdio: "pipe", encoding: "utf8" });
  npm("ci");
  npm("install", "--no-save", tarball);
  execFileSync(join(app, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], { cwd: app, stdio: "pipe" });
  const dist = join(app, "dist");
  const files = readdirSync(join(dist, "assets"));
  assert.ok(files.some((f) => f.endsWith(".wasm")), `the wasm is among the built assets: ${files.join(", ")}`);

  // Served under the same strict CSP as the project's own pages.
  const server = await start(0, { "/": dist });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(LAUNCH);
  try {
    const cases = CASES.filter((c) => c.impact && c.tier !== "community").filter((_, i) => i % 15 === 0);
    assert.ok(cases.length >= 4);
    for (const c of cases) {
      const page = await browser.newPage();
      const errors = [];
      // The page has no icon: the browser's own /favicon.ico request may 404.
      page.on("console", (m) => {
        if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      const query = new URLSearchParams({ impact: c.impact, urgency: c.urgency, tier: c.tier, timeZone: c.timeZone, filedAt: c.filedAt });
      await page.goto(`${origin}/?${query}`);
      await until(async () => (await page.locator("#api").textContent()) === c.deadline, 10000, `API answer for ${c.note}`);
      const mounted = page.locator("#mounted").getByRole("status");
      await until(async () => (await mounted.getAttribute("data-deadline")) === c.deadline, 10000, `widget for ${c.note}`);
      // The custom element from the same import renders too.
      await until(async () => (await page.locator("support-policy-widget").getByRole("status").getAttribute("data-priority")) === "P1", 10000, "the element");
      assert.deepEqual(errors, []);
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
});
