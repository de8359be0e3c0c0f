// Cross-origin embedding: the widget's files served from one origin (a
// "CDN", with CORS) and a docs page from another, whose own strict CSP names
// the first. The widget renders its deadline with no console error; without
// the CORS header it cannot load (so the test does exercise CORS).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { start } from "../../scripts/serve.mjs";
import { ROOT, LAUNCH, until } from "./helpers.mjs";

// The site as served (target/site/: the loader names the hashed glue and wasm).
const WWW = join(ROOT, "target/site");

/** The docs site: one page that embeds the widget from `cdnOrigin`, under its own CSP. */
function docs(cdnOrigin) {
  const integrity = "sha384-" + createHash("sha384").update(readFileSync(join(WWW, "support-policy-widget.js"))).digest("base64");
  const csp = `default-src 'self'; script-src 'self' ${cdnOrigin} 'wasm-unsafe-eval'; connect-src ${cdnOrigin}; style-src 'self'`;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs</title>
<script type="module" src="${cdnOrigin}/support-policy-widget.js" integrity="${integrity}" crossorigin="anonymous"></script>
</head><body><h1>Docs page</h1>
<support-policy-widget lang="en" tier="premium" time-zone="Europe/Madrid" impact="high" urgency="high"></support-policy-widget>
</body></html>`;
  return {
    csp,
    server: createServer((req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp }).end(page);
    }),
  };
}

const listen = (server) => new Promise((r) => server.listen(0, "127.0.0.1", () => r(server.address().port)));
let browser;
before(async () => { browser = await chromium.launch(LAUNCH); });
after(async () => { await browser.close(); });

async function embed(cors) {
  // The CDN: the project's own server, with its CORS header or without it.
  const files = await start(0, {}, cors ? {} : { "Access-Control-Allow-Origin": null });
  const cdnOrigin = `http://127.0.0.1:${files.address().port}`;
  const site = docs(cdnOrigin);
  // Another host name as well as another port: localhost, not 127.0.0.1.
  const docsOrigin = `http://localhost:${await listen(site.server)}`;
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(docsOrigin + "/");
  const status = page.locator("support-policy-widget").locator(".answer");
  let deadline = null;
  try {
    await until(async () => (await status.count()) === 1 && !!(await status.getAttribute("data-deadline")), 10000, "the deadline");
    deadline = await status.getAttribute("data-deadline");
  } catch {
    // no widget
  }
  await page.close();
  files.close();
  site.server.close();
  return { deadline, errors, requests, cdnOrigin, docsOrigin, csp: site.csp };
}

test("the widget from another origin with CORS renders under the docs page's strict CSP, no console error", async () => {
  const r = await embed(true);
  assert.match(r.deadline ?? "", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, "a deadline");
  assert.deepEqual(r.errors, []);
  // Everything but the page came from the CDN: loader, glue, wasm.
  const fromCdn = r.requests.filter((u) => u.startsWith(r.cdnOrigin)).map((u) => new URL(u).pathname.replace(/\.[0-9a-f]{10}\./, ".")).sort();
  assert.deepEqual(fromCdn, ["/pkg/support_policy.js", "/pkg/support_policy_bg.wasm", "/support-policy-widget.js"]);
  assert.deepEqual(r.requests.filter((u) => !u.startsWith(r.cdnOrigin) && !u.startsWith(r.docsOrigin)), []);
});

test("without the CORS header the widget cannot load (the test above does exercise CORS)", async () => {
  const r = await embed(false);
  assert.equal(r.deadline, null);
  assert.ok(r.errors.some((e) => /CORS|Access-Control-Allow-Origin|cross-origin/i.test(e)), r.errors.join("\n"));
});
