// Browser benchmarks and the summary table (run by scripts/bench).
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { start } from "./serve.mjs";
import { measure, totals } from "./size.mjs";
import { LAUNCH } from "../tests/e2e/helpers.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const floorDir = mkdtempSync(join(tmpdir(), "support-policy-floor-"));
const server = await start(0, {
  "/bench/counter/": join(root, "benches/counter/www"),
  "/bench/floor/": floorDir,
  "/bench/": join(root, "benches/www"),
});
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(LAUNCH);

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs) => quantile(xs, 0.5);
const fmt = (x, d = 1) => x.toFixed(d);

/**
 * One cold load (a fresh context): ms from navigation to `mark` (set by the
 * page once its content is in the DOM), to the first contentful paint (the
 * browser's own measure of the first frame that shows content, the same for
 * every page), and when each of `files` arrived and each of `marks` fell.
 */
async function coldLoad({ url, mark, files = [], marks = [] }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const r = await page.evaluate(async ({ mark, files, marks }) => {
    const paint = () => performance.getEntriesByName("first-contentful-paint")[0];
    for (let k = 0; k < 400; k++) {
      const e = performance.getEntriesByName(mark)[0];
      if (e && paint()) {
        const at = {};
        for (const f of files) {
          // By stable name: the site serves the glue and wasm under content-hashed ones.
          at[f] = performance.getEntriesByType("resource").find((x) => new URL(x.name).pathname.replace(/\.[0-9a-f]{10}\./, ".").endsWith(f))?.responseEnd ?? NaN;
        }
        for (const m of marks) at[m] = performance.getEntriesByName(m)[0]?.startTime ?? NaN;
        return { t: e.startTime, paint: paint().startTime, at };
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    return { t: NaN, paint: NaN, at: {} };
  }, { mark, files, marks });
  await context.close();
  return r;
}

/**
 * Start-up of several pages, `n` cold loads each, taken in turn (page A, B,
 * C, A, B, C …) so the machine's drift weighs on all alike. Per page: the
 * median and p95 ms from navigation to its mark, and the median of when each
 * file arrived (Resource Timing's responseEnd) and each extra mark fell.
 */
async function startups(pages, n = 20) {
  const runs = pages.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const [k, page] of pages.entries()) runs[k].push(await coldLoad(page));
  }
  return pages.map((page, k) => {
    const times = runs[k].map((r) => r.t);
    const paints = runs[k].map((r) => r.paint);
    const keys = [...(page.files ?? []), ...(page.marks ?? [])];
    const at = Object.fromEntries(keys.map((key) => [key, median(runs[k].map((r) => r.at[key]))]));
    return { median: median(times), p95: quantile(times, 0.95), paint: median(paints), paintP95: quantile(paints, 0.95), at };
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

/**
 * The floor under the start-up figure: the widget's first screen as plain
 * DOM. One load's shadow DOM and style sheet are copied into a page that
 * inserts them with one script and no wasm, no Yew and no Intl, and marks
 * the first frame after it (as the widget's mark follows its first frame).
 * Its cold loads say what the browser alone needs to build, lay out and
 * paint what the widget shows.
 */
async function writeFloorPage() {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/widget.html`);
  await page.waitForFunction(() => performance.getEntriesByName("support-policy:first-result").length > 0);
  const shot = await page.evaluate(() => {
    const root = document.querySelector("support-policy-widget").shadowRoot;
    const css = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join("\n")).join("\n");
    // Values live in properties, which innerHTML does not carry.
    const values = [...root.querySelectorAll("input[id], select[id]")].map((e) => [e.id, e.value]);
    return { html: root.innerHTML, css, values };
  });
  await page.close();
  writeFileSync(join(floorDir, "floor.js"), [
    "// Generated by scripts/bench.mjs: the widget's first screen as static DOM.",
    `const html = ${JSON.stringify(shot.html)};`,
    `const css = ${JSON.stringify(shot.css)};`,
    "const root = document.querySelector(\"support-policy-widget\").attachShadow({ mode: \"open\" });",
    "const sheet = new CSSStyleSheet();",
    "sheet.replaceSync(css);",
    "root.adoptedStyleSheets = [sheet];",
    "const template = document.createElement(\"template\");",
    "template.innerHTML = html;",
    "root.append(template.content);",
    `for (const [id, value] of ${JSON.stringify(shot.values)}) root.getElementById(id).value = value;`,
    "requestAnimationFrame(() => setTimeout(() => performance.mark(\"floor:first-frame\")));",
  ].join("\n"));
  writeFileSync(join(floorDir, "index.html"), readFileSync(join(root, "benches/www/widget.html"), "utf8")
    .replace(/<script[^>]*><\/script>\s*/g, "")
    .replace("</head>", "<script type=\"module\" src=\"/bench/floor/floor.js\"></script></head>"));
}
await writeFloorPage();

const [widgetStart, counterStart, floorStart] = await startups([
  {
    url: `${origin}/bench/widget.html`, mark: "support-policy:first-result",
    files: ["/support-policy-widget.js", "/pkg/support_policy.js", "/pkg/support_policy_bg.wasm"],
    marks: ["support-policy:instantiated"],
  },
  { url: `${origin}/bench/counter/`, mark: "counter:first-render", files: ["/pkg/counter_bg.wasm"] },
  { url: `${origin}/bench/floor/`, mark: "floor:first-frame" },
]);
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
rmSync(floorDir, { recursive: true, force: true });

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
lines.push(`| start-up: navigation → first deadline on screen (20 cold loads, taken in turn with the counter's and the floor's) | median ${fmt(widgetStart.median)} ms, p95 ${fmt(widgetStart.p95)} ms |`);
lines.push(`| start-up: minimal Yew counter, same profile (20 cold loads) | median ${fmt(counterStart.median)} ms, p95 ${fmt(counterStart.p95)} ms |`);
lines.push(`| start-up ratio widget / counter (aim ≤ 1.25) | **${fmt(widgetStart.median / counterStart.median, 2)}** |`);
lines.push(`| start-up floor: the widget's first screen as static DOM, no wasm (20 cold loads) | median ${fmt(floorStart.median)} ms (${fmt(floorStart.median / counterStart.median, 2)}× the counter) |`);
lines.push(`| first contentful paint (the browser's measure, the same on every page): widget / counter / floor | ${fmt(widgetStart.paint)} / ${fmt(counterStart.paint)} / ${fmt(floorStart.paint)} ms; widget ${fmt(widgetStart.paint / counterStart.paint, 2)}×, floor ${fmt(floorStart.paint / counterStart.paint, 2)}× the counter |`);
{
  // Where the widget's start-up goes (medians of the same 20 loads, ms from navigation start).
  const a = widgetStart.at;
  const wasmIn = a["/pkg/support_policy_bg.wasm"];
  const ready = a["support-policy:instantiated"];
  lines.push(`| start-up, widget: loader in / glue in / wasm in | ${fmt(a["/support-policy-widget.js"])} / ${fmt(a["/pkg/support_policy.js"])} / ${fmt(wasmIn)} ms |`);
  lines.push(`| start-up, widget: wasm compiled and instantiated (after the loader's Intl warm-up and the glue) | at ${fmt(ready)} ms (+${fmt(ready - wasmIn)} ms after it arrived) |`);
  lines.push(`| start-up, widget: mount, first render, layout and paint, to the first deadline | +${fmt(widgetStart.median - ready)} ms |`);
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
