// Lighthouse 12 (mobile defaults: simulated slow 4G, 4× CPU) on the policy
// pages and /embed.html as scripts/serve.mjs serves them. Prints the four
// category scores with LCP, TBT and CLS; `lighthouse()` is also used by the
// test that asserts the three categories that do not depend on timing.
// Usage: node scripts/lighthouse.mjs   (after scripts/build)
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { start } from "./serve.mjs";
import { writeBlock } from "./doc-block.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
export const PAGES = ["/", "/es/", "/it/", "/fr/", "/pt/", "/nl/", "/pl/", "/embed.html"];
const FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

/** Lighthouse's report for each page: scores 0–100 and the three timings. */
export async function lighthouse(pages = PAGES) {
  const server = await start(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const dir = mkdtempSync(join(tmpdir(), "spw-lighthouse-"));
  try {
    const reports = [];
    for (const [i, path] of pages.entries()) {
      const out = join(dir, `${i}.json`);
      // Not a synchronous child: this process's own server answers Lighthouse's Chromium.
      await promisify(execFile)(join(root, "node_modules/.bin/lighthouse"), [
        origin + path, `--chrome-flags=${FLAGS}`, "--output=json", `--output-path=${out}`, "--quiet",
      ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" } });
      const r = JSON.parse(readFileSync(out, "utf8"));
      const score = (c) => Math.round(r.categories[c].score * 100);
      const failing = Object.values(r.audits)
        .filter((a) => a.score !== null && a.score < 1 && !["informative", "notApplicable", "manual"].includes(a.scoreDisplayMode))
        .map((a) => a.id);
      reports.push({
        path,
        performance: score("performance"), accessibility: score("accessibility"),
        bestPractices: score("best-practices"), seo: score("seo"),
        lcp: r.audits["largest-contentful-paint"].displayValue, tbt: r.audits["total-blocking-time"].displayValue,
        cls: r.audits["cumulative-layout-shift"].displayValue, failing,
      });
    }
    return reports;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await new Promise((r) => server.close(r));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by scripts/lighthouse.mjs (Lighthouse 12, mobile defaults) on ${cpus()[0]?.model ?? "an unknown CPU"} × ${cpus().length} cores, Chromium at ${process.env.CHROMIUM ?? "/usr/bin/chromium"}.`,
    "",
    "| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of await lighthouse()) {
    lines.push(`| ${r.path} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcp} | ${r.tbt} | ${r.cls} |`);
  }
  console.log(lines.join("\n"));
  // --write: also docs/performance.md's "Lighthouse" block (scripts/bench passes it).
  if (process.argv.includes("--write")) writeBlock(join(root, "docs/performance.md"), "scripts/lighthouse", lines.join("\n"));
}
