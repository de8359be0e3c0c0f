// The widget that follows "now", on an injected clock: correct over a
// simulated week that includes a DST change, and no memory growth over
// 10,000 updates.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { start } from "../../scripts/serve.mjs";
import { join } from "node:path";
import { LAUNCH, ROOT, until } from "./helpers.mjs";

let server, browser, origin;
before(async () => {
  server = await start(0, { "/fixtures/": join(ROOT, "tests/e2e/fixtures") });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ ...LAUNCH, args: [...LAUNCH.args, "--js-flags=--expose-gc", "--enable-precise-memory-info"] });
});
after(async () => {
  await browser.close();
  await new Promise((r) => server.close(r));
});

async function mountWithClock(page, options) {
  await page.goto(origin + "/fixtures/options.html");
  await page.evaluate(async (options) => {
    const m = await import("/support-policy-widget-full.js"); // the loader options.html uses
    await m.ready;
    // The glue's init, asked again, hands back the instantiated wasm's exports.
    window.__exports = await (await import("/pkg-full/support_policy.js")).default();
    window.__api = m;
    window.__now = Date.parse(options.start);
    window.__handle = m.mount(document.getElementById("mount-here"), {
      ...options.mount, clock: () => window.__now,
    });
  }, options);
  // The whole widget (its headline comes first, the controls a frame later).
  await until(async () => (await page.locator("#mount-here #tier").count()) === 1, 10000, "the widget");
}

test("following the clock over a simulated week with a DST change (New York, March 2025)", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await mountWithClock(page, {
    start: "2025-03-05T00:00:00Z",
    mount: { lang: "en", tier: "standard", timeZone: "America/New_York", impact: "high", urgency: "medium" },
  });
  // Every 10 minutes from Wednesday 5 March to Wednesday 12 March (DST begins Sunday 9 March).
  const report = await page.evaluate(async () => {
    const status = () => document.getElementById("mount-here").shadowRoot.querySelector(".answer");
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const wrong = [];
    let steps = 0;
    for (let t = Date.parse("2025-03-05T00:00:00Z"); t < Date.parse("2025-03-12T00:00:00Z"); t += 600e3) {
      window.__now = t;
      window.__handle.refresh();
      await frame();
      const want = window.__api.responseDeadline({
        impact: "high", urgency: "medium", tier: "standard", timeZone: "America/New_York",
        filedAt: new Date(t).toISOString(),
      });
      const got = status().getAttribute("data-deadline");
      if (got !== want.deadline) wrong.push(`${new Date(t).toISOString()}: ${got} != ${want.deadline}`);
      const details = document.getElementById("mount-here").shadowRoot.querySelector(".details");
      const open = details.textContent.includes("support hours: open now");
      const local = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", weekday: "short", hour: "numeric", hourCycle: "h23" }).formatToParts(new Date(t));
      const day = local.find((p) => p.type === "weekday").value;
      const hour = Number(local.find((p) => p.type === "hour").value);
      const shouldBeOpen = !["Sat", "Sun"].includes(day) && hour >= 8 && hour < 17;
      if (open !== shouldBeOpen) wrong.push(`${new Date(t).toISOString()}: open ${open}, expected ${shouldBeOpen}`);
      steps++;
    }
    return { steps, wrong: wrong.slice(0, 10) };
  });
  assert.equal(report.steps, 7 * 24 * 6);
  assert.deepEqual(report.wrong, []);
  assert.deepEqual(errors, []);
});

test("memory does not grow over 10,000 updates", async () => {
  const page = await browser.newPage();
  await mountWithClock(page, {
    start: "2025-06-13T14:00:00Z",
    mount: { lang: "es", tier: "standard", timeZone: "Europe/Madrid" },
  });
  const figures = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const root = document.getElementById("mount-here").shadowRoot;
    const tier = root.getElementById("tier");
    const tiers = ["standard", "premium", "trial", "community"];
    const update = async (i) => {
      window.__now += 60e3;
      if (i % 2) window.__handle.refresh();
      else {
        tier.value = tiers[i % 4];
        tier.dispatchEvent(new Event("change", { bubbles: true }));
      }
      if (i % 50 === 0) await frame();
    };
    const measure = () => {
      window.gc();
      // The exports' names are minified (scripts/minify-names.mjs): find the memory by type.
      const memory = Object.values(window.__exports).find((v) => v instanceof WebAssembly.Memory);
      return { wasm: memory.buffer.byteLength, js: performance.memory.usedJSHeapSize, nodes: root.querySelectorAll("*").length };
    };
    for (let i = 0; i < 1000; i++) await update(i); // warm up
    await frame();
    const before = measure();
    for (let i = 0; i < 10000; i++) await update(i);
    await frame();
    const afterward = measure();
    return { before, after: afterward };
  });
  console.log(`# memory: wasm ${figures.before.wasm} → ${figures.after.wasm} bytes; JS heap ${figures.before.js} → ${figures.after.js} bytes; DOM nodes ${figures.before.nodes} → ${figures.after.nodes}`);
  assert.ok(figures.after.wasm - figures.before.wasm <= 65536, "wasm memory grew by more than one page");
  assert.ok(figures.after.js - figures.before.js < 1 << 20, "JS heap grew by more than 1 MiB");
  assert.ok(Math.abs(figures.after.nodes - figures.before.nodes) <= 40, "DOM nodes piled up");
});
