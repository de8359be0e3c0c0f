// The npm package: scripts/pack writes the tarball; a fresh Vite project
// (tests/vite, Vite pinned in its lock file) installs it, imports it the way
// the package's README says, runs `vite build`; the built site, served, shows
// the right deadline (API and widget) for worked cases.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from "node:fs";
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

test("the tarball holds the loader as entry, glue, wasm, types, README, licences, languages, the Hugo shortcode and the WordPress plugin", () => {
  assert.ok(existsSync(tarball), tarball);
  const list = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean).sort();
  for (const f of [
    "package/package.json", "package/support-policy-widget.js", "package/support-policy-widget.d.ts",
    "package/pkg/support_policy.js", "package/pkg/support_policy_bg.wasm", "package/pkg/support_policy.d.ts",
    "package/README.md", "package/LICENSE-MIT", "package/LICENSE-APACHE", "package/custom-elements.json",
    "package/support-policy-widget-element.js", "package/support-policy-widget-full-element.js",
    // The Hugo shortcode (package/README.md's recipe; docstacks.test.mjs uses it).
    "package/hugo/support-policy.html",
    // The WordPress plugin (package/README.md's recipe; docstacks.test.mjs uses it).
    "package/wordpress/support-policy-widget.php",
    // Each language's texts but English's, fetched beside the wasm for its visitors.
    ...["es", "it", "fr", "pt", "nl", "pl"].map((lang) => `package/lang/${lang}.json`),
  ]) assert.ok(list.includes(f), `${f} in ${list.join(", ")}`);
  const manifest = JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
  assert.equal(manifest.exports["."].default, "./support-policy-widget.js");
  assert.equal(manifest.types, "./support-policy-widget.d.ts");
  // The Custom Elements Manifest, where tools look for it (item 4), naming the element.
  assert.equal(manifest.customElements, "custom-elements.json");
  assert.ok(list.includes(`package/${manifest.customElements}`));
  const elements = JSON.parse(execFileSync("tar", ["-xzOf", tarball, `package/${manifest.customElements}`], { encoding: "utf8" }));
  assert.ok(elements.modules.some((m) => m.declarations?.some((d) => d.customElement && d.tagName === "support-policy-widget")), "the manifest declares <support-policy-widget>");
  assert.match(manifest.version, /^\d+\.\d+\.\d+/);
});

/** A fresh folder with a copy of `fixture` (if any), its lock file installed, and the tarball. */
function installInto(name, fixture) {
  const dir = join(work, name);
  if (fixture) cpSync(join(ROOT, fixture), dir, { recursive: true, filter: (src) => !/node_modules|\/dist/.test(src) });
  else mkdirSync(dir, { recursive: true });
  const npm = (...args) => execFileSync("npm", [...args, "--no-audit", "--no-fund"], { cwd: dir, stdio: "pipe", encoding: "utf8" });
  if (fixture) npm("ci");
  npm("install", "--no-save", tarball);
  return dir;
}

test("in Node: importing any entry does nothing; after ready, every worked case through the API", { timeout: 300000 }, () => {
  const dir = installInto("node");
  copyFileSync(join(ROOT, "tests/e2e/fixtures/node-api.mjs"), join(dir, "node-api.mjs"));
  const out = JSON.parse(execFileSync(process.execPath, ["node-api.mjs", join(ROOT, "tests/cases/deadlines.json")], { cwd: dir, encoding: "utf8" }));
  assert.deepEqual(out.afterImport, { fetch: 0, intl: 0, handles: 0, customElements: "undefined", HTMLElement: "undefined" }, "importing does nothing");
  assert.equal(out.defined, "nothing", "define() outside a browser does nothing");
  for (const [entry, r] of Object.entries(out.results)) {
    assert.equal(r.cases, CASES.length, entry);
    assert.deepEqual(r.wrong, [], `${entry}: every worked case`);
    assert.equal(r.classify, "P2");
    assert.ok(r.zones > 300 && r.madrid, `${entry}: zones from Node's Intl (${r.zones})`);
    assert.deepEqual(r.policy.slice(0, 2), ["version", "name"]);
    assert.match(r.bad, /^timeZone: unknown time zone "Mars\/Olympus"/);
  }
});

test("the types: a strict TSX file using the element, its attributes, answer and the event type-checks (React 19, Vue 3)", { timeout: 300000 }, () => {
  const dir = installInto("types", "tests/types");
  try {
    execFileSync(join(dir, "node_modules/.bin/tsc"), ["-p", "."], { cwd: dir, encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    assert.fail(`tsc: ${e.stdout}${e.stderr}`);
  }
  // Without React or Vue installed, the same declarations cost nothing (no error without skipLibCheck).
  const bare = installInto("types-bare");
  writeFileSync(join(bare, "a.ts"), 'import { ready } from "support-policy-widget";\nexport const r = ready;\nconst w = document.createElement("support-policy-widget");\nw.tier = "premium";\nexport const a = w.answer?.deadline;\n');
  writeFileSync(join(bare, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022", "DOM"], skipLibCheck: false }, files: ["a.ts"] }));
  try {
    execFileSync(join(dir, "node_modules/.bin/tsc"), ["-p", "."], { cwd: bare, encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    assert.fail(`tsc without React or Vue: ${e.stdout}${e.stderr}`);
  }
  // A real answer's keys are the types' own, in order (tsify wrote them from the same structs).
  const dts = readFileSync(join(dir, "node_modules/support-policy-widget/pkg/support_policy.d.ts"), "utf8");
  const fieldsOf = (name) => {
    const body = dts.match(new RegExp(`export interface ${name}\\b[^{]*\\{([\\s\\S]*?)\\n\\}`))?.[1] ?? "";
    return [...body.matchAll(/^ {4}(\w+)\??:/gm)].map((m) => m[1]);
  };
  const script = 'import { ready } from "support-policy-widget"; const api = await ready; const a = api.responseDeadline({ impact: "high", urgency: "medium", tier: "standard", timeZone: "Europe/Madrid", filedAt: "2025-06-13T14:00:00Z" }); console.log(JSON.stringify({ answer: Object.keys(a), span: Object.keys(a.counted[0]) }));';
  const real = JSON.parse(execFileSync("node", ["--input-type=module", "-e", script], { cwd: dir, encoding: "utf8" }));
  assert.deepEqual(real.answer, fieldsOf("DeadlineAnswer"), "a real answer's keys = DeadlineAnswer's fields");
  assert.deepEqual(real.span, fieldsOf("CountedSpan"), "a real span's keys = CountedSpan's fields");
  assert.deepEqual(fieldsOf("WidgetAnswer"), ["impact", "urgency", ...fieldsOf("DeadlineAnswer")], "WidgetAnswer = impact, urgency, then DeadlineAnswer's fields");
  assert.deepEqual(fieldsOf("DeadlineRequest"), ["impact", "urgency", "priority", "tier", "timeZone", "filedAt"]);
  // The Custom Elements Manifest names the element, its attributes, the event and the property.
  const manifest = JSON.parse(readFileSync(join(dir, "node_modules/support-policy-widget/custom-elements.json"), "utf8"));
  const element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === "support-policy-widget");
  assert.deepEqual(element.attributes.map((a) => a.name), ["lang", "tier", "time-zone", "impact", "urgency", "ticket-url", "sync-url", "theme", "loading"]);
  assert.deepEqual(element.events.map((e) => e.name), ["support-policy-change", "support-policy-error"]);
  assert.ok(element.members.some((m) => m.name === "answer" && m.readonly));
});

test("a fresh Vite project installs the tarball, builds, and its page shows the right deadlines", { timeout: 600000 }, async () => {
  const app = installInto("app", "tests/vite");
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
      const mounted = page.locator("#mounted").locator(".answer");
      await until(async () => (await mounted.getAttribute("data-deadline")) === c.deadline, 10000, `widget for ${c.note}`);
      // The custom element from the same import renders too.
      await until(async () => (await page.locator("support-policy-widget").locator(".answer").getAttribute("data-priority")) === "P1", 10000, "the element");
      assert.deepEqual(errors, []);
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
});
