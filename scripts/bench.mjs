// Browser benchmarks and the summary table (run by scripts/bench).
import { chromium } from "playwright-core";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { start } from "./serve.mjs";
import { measure, totals, BUDGET_BROTLI } from "./size.mjs";
import { LAUNCH } from "../tests/e2e/helpers.mjs";
import { writeBlock } from "./doc-block.mjs";
import { lifecycle } from "./bench-lifecycle.mjs";
import { writeBenchPages, paintOf } from "./bench-pages.mjs";
import { firefoxStartups, firefoxLines } from "./bench-firefox.mjs";
import { throughputInPage, firefoxThroughput } from "./bench-api.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// The two pages start-up compares: the widget's (/bench/pages/widget/) and its first screen as static HTML (/bench/pages/static/).
const pagesDir = mkdtempSync(join(tmpdir(), "support-policy-pages-"));
const server = await start(0, {
  "/bench/pages/": pagesDir,
  "/bench/": join(root, "benches/www"),
});
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(LAUNCH);

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs) => quantile(xs, 0.5);
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–");

/**
 * One load of `page.url`: cold (a fresh browser context, so an empty HTTP
 * cache and no compiled code kept) or warm (the same URL loaded twice
 * before in the same context: the HTTP cache holds every file, and V8 has
 * had a load to keep the compiled wasm, which it does for
 * `instantiateStreaming` from a cacheable `application/wasm` response).
 */
async function load(page, warm) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  if (warm) {
    for (let i = 0; i < 2; i++) {
      await tab.goto(page.url);
      await paintOf(tab, page);
      await tab.goto("about:blank");
    }
  }
  await tab.goto(page.url);
  const r = await paintOf(tab, page);
  await context.close();
  return r;
}

/**
 * Start-up of several pages, `n` loads each, taken in turn (page A, B, A,
 * B …) so the machine's drift weighs on all alike. Per page: the median and
 * p95 ms from navigation to its first contentful paint, and the median of
 * when each file arrived and each mark fell.
 */
async function startups(pages, { n = 20, warm = false } = {}) {
  const runs = pages.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const [k, page] of pages.entries()) runs[k].push(await load(page, warm));
  }
  return pages.map((page, k) => {
    const times = runs[k].map((r) => r.t);
    const keys = [...(page.files ?? []), ...(page.marks ?? [])];
    const at = Object.fromEntries(keys.map((key) => [key, median(runs[k].map((r) => r.at[key]))]));
    return { median: median(times), p95: quantile(times, 0.95), at };
  });
}

/** The first Intl time-zone formatter of a cold browser context, in ms. */
async function firstIntl(n = 10) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/bench/intl.html`);
    await page.waitForFunction(() => performance.getEntriesByName("intl:done").length > 0);
    times.push(await page.evaluate(() => performance.getEntriesByName("intl:first-formatter")[0].duration));
    await context.close();
  }
  return median(times);
}

const { widgetPage: page0, staticPage, frenchPage: french0 } = await writeBenchPages(browser, origin, join(root, "target/site"), pagesDir);
// Since the answer first (issue 26) the whole widget is built after the headline: its mark too.
const widgetPage = { ...page0, marks: [...page0.marks, "support-policy:built"] };
const frenchPage = { ...french0, marks: widgetPage.marks };
const [widgetCold, staticCold] = await startups([widgetPage, staticPage]);
const [widgetWarm, staticWarm] = await startups([widgetPage, staticPage], { warm: true });
const [englishCold, frenchCold] = await startups([widgetPage, frenchPage]);
const intlFirst = await firstIntl();

// Interaction: a control change to the updated result (DOM), and to the next frame.
const page = await browser.newPage();
await page.goto(`${origin}/bench/widget.html`);
await page.waitForFunction(() => performance.getEntriesByName("support-policy:built").length > 0);
const interaction = await page.evaluate(async () => {
  const root = document.querySelector("support-policy-widget").shadowRoot;
  const dom = [];
  const frame = [];
  const tiers = ["premium", "standard", "trial", "community"];
  const impacts = ["high", "medium", "low"];
  for (let i = 0; i < 200; i++) {
    const status = root.querySelector("[role=status]");
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
      observer.observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
    });
    const t0 = performance.now();
    if (i % 2) {
      const select = root.getElementById("tier");
      select.value = tiers[i % 4];
      select.dispatchEvent(new Event("change", { bubbles: true }));
    } else {
      root.getElementById(`impact-${impacts[i % 3]}`).click();
    }
    const t1 = await changed;
    await new Promise((r) => requestAnimationFrame(() => r()));
    dom.push(t1 - t0);
    frame.push(performance.now() - t0);
    void status;
  }
  return { dom, frame };
});

// The engine inside the browser, through the JS API (Intl time-zone rules).
const engine = await page.evaluate(throughputInPage);
const engineFirefox = await firefoxThroughput(`${origin}/bench/blank.html`);
const lifecycleLines = await lifecycle(browser, origin);
const firefox = await firefoxStartups([widgetPage, staticPage]);

const version = browser.version();
await browser.close();
server.close();
rmSync(pagesDir, { recursive: true, force: true });

// Native figures from criterion's bencher output.
const native = {};
for (const line of readFileSync(process.argv[2] ?? join(root, "target/criterion-bencher.txt"), "utf8").split("\n")) {
  const m = line.match(/^test (.+?) \.\.\. bench:\s+([\d,.]+) ns\/iter/);
  if (m) native[m[1]] = Number(m[2].replace(/,/g, ""));
}
const ns = (key) => Object.entries(native).find(([k]) => k.includes(key))?.[1];

const rows = measure();
const total = totals(rows);
const lines = [];
lines.push(`Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by scripts/bench on ${cpus()[0]?.model ?? "an unknown CPU"} × ${cpus().length} cores, Chromium ${version} (headless).`);
lines.push("");
lines.push("| figure | value |");
lines.push("|---|---|");
for (const r of rows) lines.push(`| payload: ${r.file} | ${r.raw} B raw, ${r.gzip} B gzip -9, ${r.brotli} B brotli |`);
lines.push(`| payload: total (budget ${BUDGET_BROTLI} B brotli) | ${total.raw} B raw, ${total.gzip} B gzip -9, **${total.brotli} B brotli** |`);
{
  const counter = totals(measure(["benches/counter/www/pkg/counter_bg.wasm", "benches/counter/www/pkg/counter.js"]));
  lines.push(`| payload: a bare Yew counter built the same way (the framework's floor) | ${counter.raw} B raw, ${counter.gzip} B gzip -9, ${counter.brotli} B brotli |`);
}
{
  const [french] = measure(["www/lang/fr.json"]);
  lines.push(`| payload: /fr/ (the total and lang/fr.json) | ${total.raw + french.raw} B raw, ${total.gzip + french.gzip} B gzip -9, **${total.brotli + french.brotli} B brotli** (+${french.brotli} B) |`);
}
lines.push(`| start-up, cold: first deadline on screen, English (/) against French (/fr/: its texts fetched beside the wasm), 20 loads each in turn | median ${fmt(englishCold.median)} ms against ${fmt(frenchCold.median)} ms (French texts in at ${fmt(frenchCold.at["/lang/fr.json"])} ms, wasm at ${fmt(frenchCold.at["/pkg/support_policy_bg.wasm"])} ms) |`);
const ratio = (a, b) => fmt(a / b, 2);
for (const [name, w, s, aim] of [["cold (a fresh context each load)", widgetCold, staticCold, 1.5], ["return visit (HTTP cache and compiled wasm warm)", widgetWarm, staticWarm, 1.25]]) {
  lines.push(`| start-up, ${name}: first deadline on screen (20 loads, in turn with the static page) | median ${fmt(w.median)} ms, p95 ${fmt(w.p95)} ms |`);
  lines.push(`| start-up, ${name}: the same first screen as static HTML (declarative shadow DOM, no script) | median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms |`);
  lines.push(`| start-up, ${name}: widget / static (aim ≤ ${aim}) | **${ratio(w.median, s.median)}** |`);
  // Where the widget's start-up goes (medians of the same loads, ms from navigation start).
  const a = w.at;
  const wasmIn = a["/pkg/support_policy_bg.wasm"];
  const ready = a["support-policy:instantiated"];
  const rendered = a["support-policy:first-result"];
  lines.push(`| start-up, ${name}, where the time goes: loader in / glue in / wasm in | ${fmt(a["/support-policy-widget.js"])} / ${fmt(a["/pkg/support_policy.js"])} / ${fmt(wasmIn)} ms |`);
  lines.push(`| start-up, ${name}, where the time goes: wasm compiled and instantiated / first render done / painted | ${fmt(ready)} (+${fmt(ready - wasmIn)}) / ${fmt(rendered)} (+${fmt(rendered - ready)}) / ${fmt(w.median)} (+${fmt(w.median - rendered)}) ms |`);
  lines.push(`| start-up, ${name}: the whole widget built after the headline's paint (it answers a click) | ${fmt(a["support-policy:built"])} ms |`);
}
lines.push(...firefoxLines(firefox));
lines.push(`| start-up: a cold browser's first Intl time-zone formatter (overlaps the download) | ${fmt(intlFirst)} ms |`);
lines.push(`| interaction: control change → result updated in the DOM (200 changes) | p50 ${fmt(median(interaction.dom), 2)} ms, p95 ${fmt(quantile(interaction.dom, 0.95), 2)} ms |`);
lines.push(`| interaction: control change → next frame (budget 16 ms) | p50 ${fmt(median(interaction.frame), 2)} ms, p95 ${fmt(quantile(interaction.frame, 0.95), 2)} ms |`);
if (ns("standard P4 across a DST weekend (engine)")) {
  const w = ns("standard P4 across a DST weekend (engine)");
  const p = ns("premium P1 (engine)");
  const plain = ns("standard P4 across a plain weekend (engine)");
  const ref = ns("plain weekend (minute-by-minute reference)");
  lines.push(`| engine natively: Standard P4 over a DST weekend | ${fmt(w, 0)} ns (${fmt(1e9 / w / 1e6, 2)} M deadlines/s) |`);
  lines.push(`| engine natively: Standard P4 over a plain weekend | ${fmt(plain, 0)} ns; reference ${fmt(ref / 1000, 0)} µs: **${fmt(ref / plain, 0)}× faster** |`);
  lines.push(`| engine natively: Premium P1 | ${fmt(p, 1)} ns |`);
}
lines.push(`| engine in the browser (JS API, Intl rules): Standard P4 over a DST weekend | ${fmt(engine.weekend, 0)} deadlines/s |`);
lines.push(`| engine in the browser (JS API, Intl rules): Premium P1 | ${fmt(engine.premium, 0)} deadlines/s |`);
lines.push(`| engine in Firefox (JS API, Intl rules): Standard P4 over a DST weekend / Premium P1 | ${fmt(engineFirefox.weekend, 0)} / ${fmt(engineFirefox.premium, 0)} deadlines/s |`);
lines.push(...lifecycleLines);
console.log(lines.join("\n"));
// The table is also docs/performance.md's "Benchmarks" block: regenerated on every run, never edited.
writeBlock(join(root, "docs/performance.md"), "scripts/bench", lines.join("\n"));
