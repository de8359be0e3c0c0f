// What an embedder checks first (shared/embed-checklist.md, items 20, 24,
// 30 and 38): `hidden` hides the element; `el.focus()` lands inside it; a
// hundred widgets mounted and removed leave no DOM nodes or listeners
// behind (Chromium's DOM counters after garbage collection); /frame.html
// starts inside a sandboxed iframe on another origin and posts its height.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { start } from "../../scripts/serve.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, openPage, until, ROOT, memoryCounters, mountCycles } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const BLANK = "/fixtures/blank.html";

async function addWidget(page, attributes = {}) {
  await page.evaluate(async (attributes) => {
    const w = document.createElement("support-policy-widget");
    for (const [k, v] of Object.entries(attributes)) w.setAttribute(k, v);
    document.getElementById("here").append(w);
    await import("/support-policy-widget.js");
  }, attributes);
  const w = page.locator("support-policy-widget").last();
  await until(async () => (await w.locator(".answer").count()) === 1, 10000, "the widget");
  return w;
}

test("the hidden attribute hides the widget; el.focus() lands on its first control", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  const w = await addWidget(page, { lang: "en", hidden: "" });
  assert.equal(await w.evaluate((el) => getComputedStyle(el).display), "none");
  assert.equal(await w.isVisible(), false);
  await w.evaluate((el) => el.removeAttribute("hidden"));
  assert.equal(await w.isVisible(), true);
  await w.evaluate((el) => el.focus());
  const focused = await page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement;
    return { host: host?.localName, inner: inner ? `${inner.localName}[name=${inner.getAttribute("name")}]` : null };
  });
  assert.deepEqual(focused, { host: "support-policy-widget", inner: "input[name=impact]" });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a hundred widgets mounted and removed leave no nodes, listeners, JS heap or wasm memory behind", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  // The wasm's memory, kept where the test can read its size.
  await page.evaluate(() => {
    const instantiateStreaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = (...args) => instantiateStreaming.apply(WebAssembly, args).then((result) => {
      window.__wasmMemory = Object.values(result.instance.exports).find((v) => v instanceof WebAssembly.Memory);
      return result;
    });
  });
  await addWidget(page, { lang: "en" });
  // Garbage collection, then a task for the finalizers, then collection again.
  const counters = () => memoryCounters(context, page);
  const cycle = () => mountCycles(page);
  await cycle(); // warm-up: the parked apps and Intl's caches exist after it
  const before = await counters();
  await cycle();
  await cycle();
  const after = await counters();
  const grew = { nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners, heap: after.heap - before.heap, wasm: after.wasm - before.wasm };
  const seen = JSON.stringify({ before, after, grew });
  // (Before 2026-12-07 each mount left six closures and about 2 KB of wasm
  // memory: 200 mounts, about +250 KiB of JS heap and +400 KiB of wasm memory.)
  assert.ok(grew.nodes <= 10 && grew.listeners <= 6, `DOM nodes and listeners after 200 more mounts and removals: ${seen}`);
  assert.ok(grew.heap < 96 * 1024, `JS heap after 200 more mounts and removals: ${seen}`);
  // (At most one 64 KiB page: the allocator may take one more once; the leak took six.)
  assert.ok(grew.wasm <= 65536, `wasm memory after 200 more mounts and removals: ${seen}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** package/README.md's iframe snippet, as a host copies it: the frame and the few lines that size it. */
function readmeFrameSnippet() {
  const readme = readFileSync(join(ROOT, "package/README.md"), "utf8");
  const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes("support-policy-widget:height"));
  assert.ok(block, "package/README.md has the iframe snippet");
  return block;
}

test("/frame.html starts in a sandboxed iframe on another origin, and the README's snippet sizes it (item 38)", async (t) => {
  // A host page of its own (no CSP of ours) holding the README's snippet
  // verbatim but for the frame's address and the sandbox (no
  // allow-same-origin: the frame's origin is opaque, as GitBook or
  // Confluence's Forge frame it).
  const snippet = readmeFrameSnippet()
    .replace("https://support.example.com/frame.html?tier=premium", `${env.origin}/frame.html?lang=es&amp;tier=premium&amp;time-zone=Europe/Madrid`)
    .replace("<iframe ", '<iframe sandbox="allow-scripts" ');
  const docs = createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
      .end(`<!doctype html><html lang="en"><title>Docs</title><body><script>
        window.heights = [];
        addEventListener("message", (e) => { if (e.data?.type === "support-policy-widget:height") window.heights.push(e.data.height); });
      </script>${snippet}</body></html>`);
  });
  const port = await new Promise((r) => docs.listen(0, "127.0.0.1", () => r(docs.address().port)));
  t.after(() => new Promise((r) => docs.close(r)));
  const { page, log, context } = await openPage(env.browser, `http://localhost:${port}/`);
  await until(async () => (await page.evaluate(() => window.heights.length)) > 0, 10000, "a height from the frame");
  const frame = page.frames().find((f) => f.url().includes("/frame.html"));
  const w = frame.locator("support-policy-widget");
  await until(async () => (await w.locator(".answer").getAttribute("data-tier")) === "premium", 10000, "the widget in the frame");
  assert.equal(await page.evaluate(() => document.querySelector("iframe").sandbox.contains("allow-same-origin")), false);
  // The whole widget (its headline comes first), its height posted, and the snippet sizing the frame to it.
  await until(async () => (await w.locator("#tier").count()) === 1, 10000, "the whole widget in the frame");
  await until(async () => Math.max(...await page.evaluate(() => window.heights)) > 300, 5000, "the height of the whole widget posted");
  await until(async () => page.evaluate(() => document.querySelector("iframe").style.height === `${window.heights.at(-1)}px`), 5000, "the README's snippet sizing the iframe");
  assert.deepEqual(log.errors, []);
  await context.close();
  });

test("a widget destroyed before its first render, or destroyed twice, never shares its root with another", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  const counts = await page.evaluate(async () => {
    const { ready } = await import("/support-policy-widget.js");
    const { mount } = await ready;
    const make = (id) => {
      const el = document.createElement("div");
      el.id = id;
      document.getElementById("here").append(el);
      return el;
    };
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const a = mount(make("a"), { lang: "en" });
    a.destroy(); // before its first render
    mount(make("b"), { lang: "en" });
    await frames();
    const c = mount(make("c"), { lang: "en" });
    await frames();
    c.destroy();
    c.destroy(); // twice
    mount(make("d"), { lang: "en" });
    mount(make("e"), { lang: "en" });
    await frames();
    await new Promise((r) => setTimeout(r, 200));
    return Object.fromEntries(["a", "b", "c", "d", "e"].map((id) => [id, document.getElementById(id).shadowRoot.querySelectorAll(".answer").length]));
  });
  assert.deepEqual(counts, { a: 0, b: 1, c: 0, d: 1, e: 1 });
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** The smallest policies package/README.md gives ("The smallest Content Security Policy"). */
const ELEMENT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

test("the smallest CSP for the element: default-src 'none' but scripts, the wasm and fetches from the widget's origin", async (t) => {
  // The page and the widget's files from one origin, under nothing but the documented policy.
  const server = await start(0, { "/fixtures/": join(ROOT, "tests/e2e/fixtures") }, { "Content-Security-Policy": ELEMENT_CSP });
  t.after(() => new Promise((r) => server.close(r)));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { page, log, context } = await openPage(env.browser, origin + BLANK);
  // A French widget: its language file is fetched too; the zone field's names on first use.
  const w = await addWidget(page, { lang: "fr", tier: "premium" });
  assert.equal(await w.locator(".answer").getAttribute("data-tier"), "premium");
  const zone = w.locator("#zone");
  await zone.fill("Lisbo");
  await until(() => page.evaluate(() => performance.getEntriesByType("resource").some((e) => /\/zones\/fr\./.test(e.name))), 10000, "the French zone names fetched");
  const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
  assert.ok(fetched.some((p) => /^\/lang\/fr\./.test(p)), `the French texts fetched: ${fetched.join(", ")}`);
  // Styles come from a constructed sheet, which style-src does not govern: the widget is styled.
  const border = await w.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".widget")).borderTopStyle);
  assert.equal(border, "solid");
  // (The fixture page's own icon is refused: default-src 'none' allows no image. Nothing else is.)
  assert.deepEqual(log.errors.filter((e) => !/favicon\.svg/.test(e)), [], "no CSP violation, no error");
  await context.close();
});

test("the smallest CSP for the frame: the host allows frame-src for the widget's origin (its own resize script and style as it allows its own)", async (t) => {
  const snippet = readmeFrameSnippet().replace("https://support.example.com/frame.html?tier=premium", `${env.origin}/frame.html?tier=premium`);
  const script = snippet.match(/<script>([\s\S]*?)<\/script>/)[1];
  const hash = createHash("sha256").update(script).digest("base64");
  // frame-src is what the frame needs; the resize script (by its hash) and the iframe's style attribute are the host's own markup.
  const policy = `default-src 'none'; frame-src ${env.origin}; script-src 'sha256-${hash}'; style-src 'unsafe-inline'`;
  const docs = createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": policy })
      .end(`<!doctype html><html lang="en"><title>Docs</title><body>${snippet}</body></html>`);
  });
  const port = await new Promise((r) => docs.listen(0, "127.0.0.1", () => r(docs.address().port)));
  t.after(() => new Promise((r) => docs.close(r)));
  const { page, log, context } = await openPage(env.browser, `http://localhost:${port}/`);
  const frame = await (async () => {
    await until(async () => page.frames().some((f) => f.url().includes("/frame.html")), 10000, "the frame");
    return page.frames().find((f) => f.url().includes("/frame.html"));
  })();
  await until(async () => (await frame.locator("support-policy-widget .answer").getAttribute("data-tier")) === "premium", 10000, "the widget in the frame");
  await until(async () => /^\d+px$/.test(await page.evaluate(() => document.querySelector("iframe").style.height)), 5000, "the resize script, allowed by its hash, sizing the frame");
  assert.deepEqual(log.errors, [], "no CSP violation, no error");
  await context.close();
});
