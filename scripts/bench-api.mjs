// The JavaScript API's throughput (deadlines per second) in a page that has
// the loader at /support-policy-widget.js, for scripts/bench (Chromium and
// Firefox) and alone, against any build's site (the figures before a change):
//   node scripts/bench-api.mjs [--site DIR]
// Two requests: Standard P4 over a DST weekend (the longest walk) and
// Premium P1 (around the clock); after a warm-up, the median of five runs.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Runs in the page: { weekend, premium } deadlines per second. */
export function throughputInPage() {
  return (async () => {
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
  })();
}

/** The same in Firefox ESR (puppeteer-core over BiDi) at `url`. */
export async function firefoxThroughput(url) {
  const puppeteer = (await import("puppeteer-core")).default;
  const browser = await puppeteer.launch({ browser: "firefox", executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr", headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    return await page.evaluate(throughputInPage);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { chromium } = await import("playwright-core");
  const { start } = await import("./serve.mjs");
  const { LAUNCH } = await import("../tests/e2e/helpers.mjs");
  const root = fileURLToPath(new URL("..", import.meta.url));
  const at = process.argv.indexOf("--site");
  const site = at > 0 ? process.argv[at + 1] : join(root, "target/site");
  const server = await start(0, { "/bench/": join(root, "benches/www"), "/": site });
  const url = `http://127.0.0.1:${server.address().port}/bench/blank.html`;
  const browser = await chromium.launch(LAUNCH);
  const page = await browser.newPage();
  await page.goto(url);
  const chromiumFigures = await page.evaluate(throughputInPage);
  await browser.close();
  const firefoxFigures = await firefoxThroughput(url);
  const f = (x) => Math.round(x).toLocaleString("en-US");
  console.log(`site: ${site}`);
  console.log(`Chromium: Standard P4 over a DST weekend ${f(chromiumFigures.weekend)}/s, Premium P1 ${f(chromiumFigures.premium)}/s`);
  console.log(`Firefox: Standard P4 over a DST weekend ${f(firefoxFigures.weekend)}/s, Premium P1 ${f(firefoxFigures.premium)}/s`);
  server.close();
}
