// Browser benchmarks and the summary table (run by scripts/bench).
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { start } from "./serve.mjs";
import { measure, totals } from "./size.mjs";
import { LAUNCH } from "../tests/e2e/helpers.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const server = await start(0, { "/bench/counter/": join(root, "benches/counter/www"), "/bench/": join(root, "benches/www") });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(LAUNCH);

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs) => quantile(xs, 0.5);
const fmt = (x, d = 1) => x.toFixed(d);

/**
 * Milliseconds from navigation start to `mark`, over `n` cold loads (fresh
 * context each), with where the time went: when each file named in `files`
 * had arrived (Resource Timing's responseEnd) and when each of `marks` fell.
 */
async function startup(url, mark, n = 20, files = [], marks = []) {
  const times = [];
  const steps = Object.fromEntries([...files, ...marks].map((k) => [k, []]));
  for (let i = 0; i < n; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const r = await page.evaluate(async ({ mark, files, marks }) => {
      for (let k = 0; k < 400; k++) {
        const e = performance.getEntriesByName(mark)[0];
        if (e) {
          const at = {};
          for (const f of files) {
            at[f] = performance.getEntriesByType("resource").find((x) => x.name.endsWith(f))?.responseEnd ?? NaN;
          }
          for (const m of marks) at[m] = performance.getEntriesByName(m)[0]?.startTime ?? NaN;
          return { t: e.startTime, at };
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      return { t: NaN, at: {} };
    }, { mark, files, marks });
    times.push(r.t);
    for (const k of Object.keys(steps)) steps[k].push(r.at[k]);
    await context.close();
  }
  const at = Object.fromEntries(Object.entries(steps).map(([k, xs]) => [k, median(xs)]));
  return { median: median(times), p95: quantile(times, 0.95), at };
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

const widgetStart = await startup(
  `${origin}/bench/widget.html`, "support-policy:first-result", 20,
  ["/support-policy-widget.js", "/pkg/support_policy.js", "/pkg/support_policy_bg.wasm"],
  ["support-policy:glue-evaluated", "support-policy:ready"],
);
const counterStart = await startup(`${origin}/bench/counter/`, "counter:first-render", 20, ["/pkg/counter_bg.wasm"]);
const intlFirst = await firstIntl();

// Interaction: a control change to the updated result (DOM), and to the next frame.
const page = await browser.newPage();
await page.goto(`${origin}/bench/widget.html`);
await page.waitForFunction(() => document.querySelector("support-policy-widget")?.shadowRoot?.querySelector("[role=status]"));
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
const engine = await page.evaluate(async () => {
  const { responseDeadline, ready } = await import("/support-policy-widget.js");
  await ready;
  const run = (request, n) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) responseDeadline(request);
    return n / ((performance.now() - t0) / 1000);
  };
  const weekend = { priority: "P4", tier: "standard", timeZone: "America/New_York", filedAt: "2025-03-07T16:00:00-05:00" };
  const premium = { priority: "P1", tier: "premium", timeZone: "America/New_York", filedAt: "2025-03-07T16:00:00-05:00" };
  // Warm up (JIT, Intl formatters, the offset samples), then the median of five runs.
  run(weekend, 5000);
  run(premium, 5000);
  const median = (request, n) => [0, 1, 2, 3, 4].map(() => run(request, n)).sort((a, b) => a - b)[2];
  return { weekend: median(weekend, 20000), premium: median(premium, 40000) };
});
const version = browser.version();
await browser.close();
server.close();

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
lines.push(`Benchmarks — ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, Chromium ${version} (headless)`);
lines.push("");
lines.push("| figure | value |");
lines.push("|---|---|");
for (const r of rows) lines.push(`| payload: ${r.file} | ${r.raw} B raw, ${r.gzip} B gzip -9, ${r.brotli} B brotli |`);
lines.push(`| payload: total (budget 100,000 B gzip) | ${total.raw} B raw, **${total.gzip} B gzip -9**, ${total.brotli} B brotli |`);
lines.push(`| start-up: navigation → first deadline on screen (20 cold loads) | median ${fmt(widgetStart.median)} ms, p95 ${fmt(widgetStart.p95)} ms |`);
lines.push(`| start-up: minimal Yew counter, same profile (20 cold loads) | median ${fmt(counterStart.median)} ms, p95 ${fmt(counterStart.p95)} ms |`);
lines.push(`| start-up ratio widget / counter (aim ≤ 1.25) | **${fmt(widgetStart.median / counterStart.median, 2)}** |`);
{
  // Where the widget's start-up goes (medians of the same 20 loads, ms from navigation start).
  const a = widgetStart.at;
  const wasmIn = a["/pkg/support_policy_bg.wasm"];
  const ready = a["support-policy:ready"];
  lines.push(`| start-up, widget: loader in / glue in / wasm in | ${fmt(a["/support-policy-widget.js"])} / ${fmt(a["/pkg/support_policy.js"])} / ${fmt(wasmIn)} ms |`);
  const glueDone = a["support-policy:glue-evaluated"];
  lines.push(`| start-up, widget: glue evaluated (after the loader's run, incl. its Intl warm-up) | at ${fmt(glueDone)} ms |`);
  lines.push(`| start-up, widget: wasm compiled and instantiated, module ready | at ${fmt(ready)} ms (+${fmt(ready - glueDone)} ms) |`);
  lines.push(`| start-up, widget: first render (mount to first deadline) | +${fmt(widgetStart.median - ready)} ms |`);
  lines.push(`| start-up, counter: wasm in / first render | ${fmt(counterStart.at["/pkg/counter_bg.wasm"])} / ${fmt(counterStart.median)} ms |`);
  lines.push(`| start-up: a cold browser's first Intl time-zone formatter (overlaps the download) | ${fmt(intlFirst)} ms |`);
}
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
console.log(lines.join("\n"));
