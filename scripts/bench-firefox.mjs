// Start-up in Firefox for scripts/bench (issue 26): the same two pages the
// Chromium figures compare (the widget's, and its first screen as static
// HTML), cold (a fresh user context each load: its own HTTP cache) and on a
// return visit (the third load in one user context), 20 loads each, in turn.
// Firefox ESR is driven by puppeteer-core over WebDriver BiDi, as the
// engines test drives it.
//   import { firefoxStartups } from "./bench-firefox.mjs";
// Alone, against another build's site (the figures before a change):
//   node scripts/bench-firefox.mjs --site /path/to/other/target/site
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { paintOf } from "./bench-pages.mjs";

const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const quantile = (xs, q) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

/**
 * Cold and return-visit start-up of `pages` ({ url, files, marks }) in
 * Firefox, `n` loads each in turn: per page the median and p95 of the first
 * contentful paint and the median of each file's arrival and each mark.
 */
export async function firefoxStartups(pages, { n = 20 } = {}) {
  const puppeteer = (await import("puppeteer-core")).default;
  const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true });
  const version = await browser.version();
  const one = async (page, warm) => {
    const context = await browser.createBrowserContext();
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
  };
  const summary = async (warm) => {
    const runs = pages.map(() => []);
    for (let i = 0; i < n; i++) for (const [k, page] of pages.entries()) runs[k].push(await one(page, warm));
    return pages.map((page, k) => {
      const times = runs[k].map((r) => r.t);
      const keys = [...(page.files ?? []), ...(page.marks ?? [])];
      return {
        median: quantile(times, 0.5), p95: quantile(times, 0.95),
        at: Object.fromEntries(keys.map((key) => [key, quantile(runs[k].map((r) => r.at[key]), 0.5)])),
      };
    });
  };
  try {
    return { version, cold: await summary(false), warm: await summary(true) };
  } finally {
    await browser.close();
  }
}

/** The table's lines for Firefox's figures. */
export function firefoxLines({ version, cold, warm }) {
  const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–");
  const lines = [];
  for (const [name, [w, s], aim] of [["cold (a fresh user context each load)", cold, 1.5], ["return visit (the third load in one user context)", warm, 1.25]]) {
    const a = w.at;
    lines.push(`| start-up in Firefox ${version}, ${name}: first deadline on screen / the same first screen as static HTML (20 loads each, in turn) | median ${fmt(w.median)} ms (p95 ${fmt(w.p95)}) / ${fmt(s.median)} ms (p95 ${fmt(s.p95)}): **${fmt(w.median / s.median, 2)}** (aim ≤ ${aim}) |`);
    lines.push(`| start-up in Firefox, ${name}, where the time goes: wasm in / compiled and instantiated / first render done / the whole widget built | ${fmt(a["/pkg/support_policy_bg.wasm"])} / ${fmt(a["support-policy:instantiated"])} / ${fmt(a["support-policy:first-result"])} / ${fmt(a["support-policy:built"])} ms |`);
  }
  return lines;
}

// Alone: serve `--site` (default target/site) with the bench pages, write them, measure.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { chromium } = await import("playwright-core");
  const { start } = await import("./serve.mjs");
  const { LAUNCH } = await import("../tests/e2e/helpers.mjs");
  const { writeBenchPages } = await import("./bench-pages.mjs");
  const root = fileURLToPath(new URL("..", import.meta.url));
  const at = process.argv.indexOf("--site");
  const site = at > 0 ? process.argv[at + 1] : join(root, "target/site");
  const pagesDir = mkdtempSync(join(tmpdir(), "support-policy-pages-"));
  const server = await start(0, { "/bench/pages/": pagesDir, "/bench/": join(root, "benches/www"), "/": site });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chrome = await chromium.launch(LAUNCH);
  const { widgetPage, staticPage } = await writeBenchPages(chrome, origin, site, pagesDir);
  await chrome.close();
  const figures = await firefoxStartups([widgetPage, staticPage]);
  console.log(`site: ${site}`);
  console.log(firefoxLines(figures).join("\n"));
  server.close();
  rmSync(pagesDir, { recursive: true, force: true });
}
