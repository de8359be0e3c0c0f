// The embed checklist (shared/embed-checklist.md) item by item, where no
// other test shows the item whole: docs/embedding.md maps all 39 items to
// their tests. Each test names its items.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, openPage, until, ROOT, CASES } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const BLANK = "/fixtures/blank.html";
const TAG = "support-policy-widget";
const CASE = CASES.find((c) => c.note === "standard P2 filed Friday 16:00 rolls to Monday 10:00");
const MANIFEST = JSON.parse(readFileSync(join(ROOT, "package/custom-elements.json"), "utf8"));

/** Every console message of any kind (log, info, debug too), beside helpers' errors and warnings. */
function everyMessage(page) {
  const all = [];
  page.on("console", (m) => all.push(`${m.type()}: ${m.text()}`));
  return all;
}

/** Resolves when every widget under #here has answered. */
async function answered(page, count) {
  await until(() => page.evaluate((n) => {
    const all = [...document.querySelectorAll("#here support-policy-widget")];
    return all.length === n && all.every((w) => w.answer !== null);
  }, count), 10000, `${count} widgets answering`);
}

test("items 13, 14, 15, 32: an answer written is ignored, before or after upgrade; upgrade leaves the host as its author wrote it", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  const before = await page.evaluate(() => {
    const here = document.getElementById("here");
    const a = document.createElement("support-policy-widget");
    for (const [k, v] of Object.entries({ id: "a", lang: "en", tier: "premium", tabindex: "-1", role: "region", "aria-label": "Support", dir: "ltr", class: "mine" })) a.setAttribute(k, v);
    a.style.margin = "7px"; // the author's style attribute (through the CSSOM: the fixture's CSP refuses inline style text)
    const fallback = document.createElement("p");
    fallback.textContent = "See the support policy.";
    a.append(fallback);
    const b = document.createElement("support-policy-widget");
    b.id = "b";
    b.lang = "en";
    b.answer = { priority: "P9" }; // a framework passing every prop, before the definition
    here.append(a, b);
    return a.outerHTML;
  });
  await page.evaluate(() => import("/support-policy-widget.js"));
  await answered(page, 2);
  const after = await page.evaluate(() => {
    const a = document.getElementById("a"), b = document.getElementById("b");
    const thrown = (() => {
      "use strict";
      try { a.answer = { priority: "P9" }; return null; } catch (e) { return e.name; }
    })();
    a.setAttribute("answer", "P9");
    return {
      outer: a.outerHTML.replace(' answer="P9"', ""), thrown, tier: a.answer.tier, priority: a.answer.priority,
      b: b.answer?.priority, bOwn: Object.prototype.hasOwnProperty.call(b, "answer"),
      tabIndex: a.tabIndex, margin: getComputedStyle(a).marginTop, role: a.getAttribute("role"),
      formAssociated: customElements.get("support-policy-widget").formAssociated === true,
    };
  });
  assert.equal(after.thrown, null, "writing answer does not throw in strict code");
  assert.equal(after.tier, "premium", "the answer is the widget's own after the write");
  assert.notEqual(after.priority, "P9");
  assert.match(after.b, /^P[1-4]$/, "an answer written before upgrade does not hide the real one");
  assert.equal(after.bOwn, false);
  assert.equal(after.outer, before, "no attribute, class, role, tabindex or light-DOM node added or changed by the upgrade");
  assert.equal(after.tabIndex, -1);
  assert.equal(after.margin, "7px");
  assert.equal(after.role, "region");
  assert.equal(after.formAssociated, false, "item 32: not form-associated");
  // Still working: a change after the writes gives a new answer and an event.
  const changed = await page.evaluate(() => new Promise((resolve) => {
    const a = document.getElementById("a");
    a.addEventListener("support-policy-change", (e) => resolve({ tier: e.detail.tier, answer: a.answer.tier }), { once: true });
    a.tier = "standard";
  }));
  assert.deepEqual(changed, { tier: "standard", answer: "standard" });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("items 24, 25, 27: display block; custom properties; the host's font family and size; nothing added to the page's styles", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  const counts = await page.evaluate(() => {
    // The page's own styles (a constructable sheet: the fixture's CSP allows no inline style).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`body { font-family: Georgia, serif; font-size: 18px; }
      #themed { --spw-font: "Courier New", monospace; --spw-radius: 12px; --spw-bg: rgb(250, 240, 230); }`);
    document.adoptedStyleSheets = [sheet];
    for (const id of ["plain", "themed"]) {
      const w = document.createElement("support-policy-widget");
      w.id = id;
      w.lang = "en";
      w.theme = "light";
      document.getElementById("here").append(w);
    }
    return { sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length, head: document.head.children.length };
  });
  await page.evaluate(() => import("/support-policy-widget.js"));
  await answered(page, 2);
  const seen = await page.evaluate(() => {
    const box = (id) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector(".widget"));
    const plain = box("plain"), themed = box("themed");
    return {
      display: getComputedStyle(document.getElementById("plain")).display,
      plain: { family: plain.fontFamily, size: plain.fontSize },
      themed: { family: themed.fontFamily, radius: themed.borderTopLeftRadius, bg: themed.backgroundColor },
      sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length, head: document.head.children.length,
    };
  });
  assert.equal(seen.display, "block");
  assert.deepEqual(seen.plain, { family: "Georgia, serif", size: "18px" }, "the host's font family and size");
  assert.deepEqual(seen.themed, { family: '"Courier New", monospace', radius: "12px", bg: "rgb(250, 240, 230)" }, "--spw-font, --spw-radius, --spw-bg");
  assert.deepEqual({ sheets: seen.sheets, adopted: seen.adopted, head: seen.head }, counts, "no style sheet or head element added to the page");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("items 25, 39: custom-elements.json matches the element at run time: attributes, members, CSS properties, the error part", async () => {
  const module = MANIFEST.modules.find((m) => m.path === "support-policy-widget-element.js");
  const declaration = module.declarations.find((d) => d.tagName === TAG);
  const css = readFileSync(join(ROOT, "src/web/widget/widget.css"), "utf8");
  const used = [...new Set(css.match(/--spw-[a-z0-9-]+/g))].sort();
  assert.deepEqual(declaration.cssProperties.map((p) => p.name).sort(), used, "every --spw-* the style sheet reads is in the manifest, and no other");
  const loader = readFileSync(join(ROOT, "www/loader/support-policy-widget.js"), "utf8");
  const parts = [...loader.matchAll(/setAttribute\("part", "([a-z-]+)"\)/g)].map((m) => m[1]);
  assert.deepEqual(declaration.cssParts.map((p) => p.name), parts, "the parts the loader writes");

  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  // The wasm missing: the error part shows, styled from outside with ::part().
  await page.route("**/pkg/support_policy_bg*.wasm", (r) => r.fulfill({ status: 404, body: "not found" }));
  const runtime = await page.evaluate(async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync("support-policy-widget::part(error) { color: rgb(1, 2, 3); }");
    document.adoptedStyleSheets = [sheet];
    const { SupportPolicyWidget } = await import("/support-policy-widget.js");
    const w = document.createElement("support-policy-widget");
    w.lang = "en";
    document.getElementById("here").append(w);
    await new Promise((r) => setTimeout(r, 500));
    const accessors = Object.entries(Object.getOwnPropertyDescriptors(SupportPolicyWidget.prototype))
      .filter(([name, d]) => name !== "constructor" && (d.get || d.set)).map(([name]) => name);
    const statics = Object.keys(SupportPolicyWidget).filter((k) => k !== "observedAttributes");
    const error = w.shadowRoot?.querySelector("[part=error]");
    return {
      observed: SupportPolicyWidget.observedAttributes,
      accessors, statics,
      partColor: error ? getComputedStyle(error).color : null,
    };
  });
  const aliases = ["timezone", "ticketurl", "syncurl"]; // React's lowercase spellings, read as the same attributes
  assert.deepEqual(runtime.observed.filter((a) => !aliases.includes(a)).sort(), declaration.attributes.map((a) => a.name).sort(), "observed attributes = the manifest's");
  const fields = declaration.members.filter((m) => m.kind === "field");
  const instance = fields.filter((m) => !m.static).map((m) => m.name);
  assert.deepEqual(runtime.accessors.filter((n) => n !== "lang").sort(), instance.filter((n) => n !== "lang").sort(), "the element's properties = the manifest's fields");
  assert.deepEqual(runtime.statics.sort(), fields.filter((m) => m.static).map((m) => m.name).sort(), "static fields");
  assert.equal(runtime.partColor, "rgb(1, 2, 3)", "::part(error) styles the message");
  assert.equal(log.errors.filter((e) => !/404|could not be loaded|support-policy-widget/.test(e)).length, 0, JSON.stringify(log.errors));
  await context.close();
});

test("items 7, 10, 11: properties and attributes mirror at once; the order of changes makes no difference; a burst is one change", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  await page.clock.setFixedTime(CASE.filedAt);
  await page.evaluate(async () => {
    await import("/support-policy-widget.js");
    window.events = { a: 0, b: 0 };
    for (const id of ["a", "b"]) {
      const w = document.createElement("support-policy-widget");
      w.id = id;
      w.lang = "en";
      w.addEventListener("support-policy-change", (e) => {
        window.events[id]++;
        window.sameAnswer = (window.sameAnswer ?? true) && JSON.stringify(e.target.answer) === JSON.stringify(e.detail);
      });
      document.getElementById("here").append(w);
    }
  });
  await answered(page, 2);
  const mirrored = await page.evaluate(() => {
    const a = document.getElementById("a");
    let writes = 0;
    const set = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (...args) { writes++; return set.apply(this, args); };
    a.tier = "premium";
    Element.prototype.setAttribute = set;
    const out = { property: a.tier, attribute: a.getAttribute("tier"), writes };
    a.setAttribute("time-zone", "Asia/Tokyo");
    out.zone = a.timeZone;
    a.removeAttribute("time-zone");
    out.zoneRemoved = a.timeZone;
    return out;
  });
  assert.deepEqual(mirrored, { property: "premium", attribute: "premium", writes: 1, zone: "Asia/Tokyo", zoneRemoved: null });
  await page.evaluate(() => { window.events = { a: 0, b: 0 }; });
  await page.evaluate((c) => {
    const a = document.getElementById("a"), b = document.getElementById("b");
    a.tier = c.tier; a.timeZone = c.timeZone; a.impact = c.impact; a.urgency = c.urgency;
    b.urgency = c.urgency; b.impact = c.impact; b.timeZone = c.timeZone; b.tier = c.tier;
  }, CASE);
  await until(() => page.evaluate(() => window.events.a === 1 && window.events.b === 1), 5000, "one change each");
  await page.waitForTimeout(200);
  const answers = await page.evaluate(() => ({ a: document.getElementById("a").answer, b: document.getElementById("b").answer, events: window.events, same: window.sameAnswer }));
  assert.deepEqual(answers.events, { a: 1, b: 1 }, "four properties set in one task: one change");
  assert.deepEqual(answers.a, answers.b, "the same answer whatever the order");
  assert.equal(answers.a.deadline, CASE.deadline);
  assert.equal(answers.same, true, "answer is the event's detail when the event fires");
  // Removing an attribute gives back the default.
  await page.evaluate(() => document.getElementById("a").removeAttribute("tier"));
  await until(() => page.evaluate(() => document.getElementById("a").answer.tier === "standard"), 5000, "the default plan again");
  assert.equal(await page.evaluate(() => document.getElementById("a").tier), null);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("items 2, 5, 6, 33: tag before or after the script, in <head> or made detached: one answer, one change, one render; a bare tag answers; the console stays quiet", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  const messages = everyMessage(page);
  await page.clock.setFixedTime(CASE.filedAt);
  const options = { lang: "en", tier: CASE.tier, "time-zone": CASE.timeZone, impact: CASE.impact, urgency: CASE.urgency };
  await page.evaluate(async (options) => {
    window.events = {};
    document.addEventListener("support-policy-change", (e) => { window.events[e.target.id] = (window.events[e.target.id] ?? 0) + 1; });
    const make = (id) => {
      const w = document.createElement("support-policy-widget");
      w.id = id;
      for (const [k, v] of Object.entries(options)) w.setAttribute(k, v);
      return w;
    };
    const here = document.getElementById("here");
    here.append(make("before")); // the tag, then the script
    await import("/support-policy-widget.js");
    here.append(make("after")); // the script, then the tag
    // Made and set up while detached, appended later.
    const detached = document.createElement("support-policy-widget");
    detached.id = "detached";
    detached.lang = "en";
    detached.tier = "premium";
    detached.timeZone = "Asia/Tokyo";
    detached.impact = options.impact;
    detached.urgency = options.urgency;
    detached.tier = options.tier;
    detached.timeZone = options["time-zone"];
    await new Promise((r) => setTimeout(r, 50));
    here.append(detached);
    const bare = document.createElement("support-policy-widget");
    bare.id = "bare";
    here.append(bare);
  }, options);
  await answered(page, 4);
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => ({
    answers: Object.fromEntries(["before", "after", "detached", "bare"].map((id) => [id, document.getElementById(id).answer])),
    events: window.events,
  }));
  assert.deepEqual(seen.answers.after, seen.answers.before, "script before or after the tag: the same answer");
  assert.deepEqual(seen.answers.detached, seen.answers.before, "made detached: the final state");
  assert.equal(seen.answers.before.deadline, CASE.deadline);
  assert.deepEqual(seen.events, { before: 1, after: 1, detached: 1, bare: 1 }, "one change each at start");
  assert.equal(seen.answers.bare.tier, "standard", "a bare tag: the default plan");
  assert.equal(seen.answers.bare.timeZone, "Europe/Madrid", "a bare tag: the browser's zone");
  assert.match(seen.answers.bare.priority, /^P[1-4]$/);
  assert.deepEqual(messages, [], "nothing in the console, of any kind");
  assert.deepEqual(log.errors, []);
  // The loader as a <script type="module"> in <head>, the tag in the body: the same answer and the same render.
  const rendered = (p, id) => p.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    return [...root.querySelectorAll(".widget *")].map((n) => `${n.localName}${n.childElementCount ? "" : `:${n.textContent}`}`).join("|");
  }, id);
  await until(async () => (await page.locator("#before").locator("#tier").count()) === 1, 5000, "the whole widget");
  const fromBody = await rendered(page, "before");
  const inHead = await context.newPage();
  const attributes = Object.entries(options).map(([k, v]) => `${k}="${v}"`).join(" ");
  await inHead.route("**/fixtures/in-head.html", (r) => r.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>In head</title><link rel="icon" href="/favicon.svg"><script type="module" src="/support-policy-widget.js"></script></head><body><support-policy-widget id="head" ${attributes}></support-policy-widget></body></html>` }));
  await inHead.clock.setFixedTime(CASE.filedAt);
  const headMessages = everyMessage(inHead);
  await inHead.goto(env.origin + "/fixtures/in-head.html");
  await until(async () => (await inHead.locator("#head").locator("#tier").count()) === 1, 10000, "the widget of a page with the loader in <head>");
  assert.deepEqual(await inHead.evaluate(() => document.getElementById("head").answer), seen.answers.before, "script in <head>: the same answer");
  assert.equal(await rendered(inHead, "head"), fromBody, "script in <head>: the same render");
  assert.deepEqual(headMessages, []);
  await context.close();
});

test("item 4: the ./element entry defines nothing in a browser; define() registers, once", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  const seen = await page.evaluate(async () => {
    const m = await import("/support-policy-widget-element.js");
    const before = customElements.get("support-policy-widget") ?? null;
    const defined = m.define();
    return { before, same: defined === customElements.get("support-policy-widget"), again: m.define() === defined };
  });
  assert.deepEqual(seen, { before: null, same: true, again: true });
  assert.ok(!log.requests.some((u) => /\.wasm|support_policy\.[0-9a-f]*\.?js/.test(u)), "nothing fetched before a widget connects");
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** Every request of the page, with its status, for files that must not be missing. */
function responses(page) {
  const seen = [];
  page.on("response", (r) => seen.push({ url: r.url(), status: r.status() }));
  return seen;
}

test("item 1: two versions of the loader on one page: nothing thrown, the first one's element used, one warning naming both versions", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  // The second copy is another release of the loader: the same file with another version.
  await page.route("**/support-policy-widget.js?release=9.9.9", async (route) => {
    const original = await route.fetch({ url: env.origin + "/support-policy-widget.js" });
    const loader = await original.text();
    const current = /static version="([^"]+)"/.exec(loader)?.[1];
    assert.ok(current, "the loader's version");
    const text = loader.replaceAll(current, "9.9.9");
    assert.match(text, /version="9\.9\.9"/, "the copy carries another version");
    await route.fulfill({ response: original, body: text });
  });
  const seen = await page.evaluate(async () => {
    const first = await import("/support-policy-widget.js");
    let thrown = null;
    try {
      await import("/support-policy-widget.js?release=9.9.9");
    } catch (e) {
      thrown = `${e.name}: ${e.message}`;
    }
    const w = document.createElement("support-policy-widget");
    w.lang = "en";
    document.getElementById("here").append(w);
    return { thrown, first: first.version, defined: customElements.get("support-policy-widget").version };
  });
  await answered(page, 1);
  assert.equal(seen.thrown, null, "no NotSupportedError");
  assert.equal(seen.defined, seen.first, "the first copy's element");
  assert.notEqual(seen.first, "9.9.9");
  assert.equal(log.errors.length, 1, log.errors.join("\n"));
  assert.ok(log.errors[0].startsWith(`warning: support-policy-widget: <support-policy-widget> is already defined by another copy of the loader (version ${seen.first}, ./pkg/); this copy (version 9.9.9, ./pkg/) uses that one`), log.errors[0]);
  await context.close();
});

test("item 3: a docs site under a sub-path (/docs/v2/) finds the glue, wasm, texts and zone names beside the loader; a .wasm sent with the wrong MIME type still starts", async (t) => {
  const { SITE } = await import("../../scripts/site.mjs");
  const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { start } = await import("../../scripts/serve.mjs");
  const docs = mkdtempSync(join(tmpdir(), "subpath-"));
  mkdirSync(join(docs, "guide"));
  writeFileSync(join(docs, "guide/index.html"), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Guide</title>
<link rel="icon" href="../assets/support-policy-widget/favicon.svg">
<script type="module" src="../assets/support-policy-widget/support-policy-widget.js"></script></head>
<body><h1>Guide</h1><support-policy-widget tier="premium" time-zone="Europe/Paris"></support-policy-widget></body></html>`);
  const server = await start(0, { "/docs/v2/assets/support-policy-widget/": SITE, "/docs/v2/": docs });
  t.after(() => new Promise((r) => server.close(r)));
  const origin = `http://127.0.0.1:${server.address().port}`;
  for (const wrongMime of [false, true]) {
    const context = await env.browser.newContext({ timezoneId: "Europe/Paris", locale: "fr-FR" });
    const page = await context.newPage();
    const messages = everyMessage(page);
    const seen = responses(page);
    if (wrongMime) {
      await page.route("**/*.wasm", async (route) => {
        const original = await route.fetch();
        await route.fulfill({ response: original, headers: { ...original.headers(), "content-type": "application/octet-stream" } });
      });
    }
    await page.goto(origin + "/docs/v2/guide/");
    const w = page.locator("support-policy-widget");
    await until(async () => (await w.getByRole("group", { name: "Impact", exact: true }).count()) === 1 && await w.evaluate((el) => el.answer !== null), 10000, "the French widget");
    assert.equal(await w.getByLabel("Plan de support", { exact: true }).inputValue(), "premium");
    // The French zone names come from beside the loader on first use.
    const zone = w.getByLabel(/^Fuseau horaire/).first();
    await zone.fill("Pékin");
    await until(() => seen.some((r) => /\/zones\/fr\.[0-9a-f.]*txt$|\/zones\/fr\.txt$/.test(new URL(r.url).pathname)), 5000, "the French zone names");
    const paths = seen.map((r) => ({ path: new URL(r.url).pathname, status: r.status }));
    const widgetFiles = paths.filter((r) => !r.path.startsWith("/docs/v2/guide/") && !r.path.endsWith("/favicon.svg"));
    assert.ok(widgetFiles.length >= 5, JSON.stringify(paths));
    for (const r of widgetFiles) {
      assert.ok(r.path.startsWith("/docs/v2/assets/support-policy-widget/"), `fetched from beside the loader: ${r.path}`);
      assert.equal(r.status, 200, r.path);
    }
    for (const kind of [/\/pkg\/support_policy[.0-9a-f]*\.js$/, /_bg[.0-9a-f]*\.wasm$/, /\/lang\/fr[.0-9a-f]*\.json$/]) {
      assert.ok(paths.some((r) => kind.test(r.path)), `${kind} fetched`);
    }
    if (wrongMime) {
      // wasm-bindgen's glue falls back from instantiateStreaming to instantiate, and says so once.
      assert.equal(messages.length, 1, messages.join("\n"));
      assert.match(messages[0], /^warning: `WebAssembly\.instantiateStreaming` failed because your server does not serve Wasm with `application\/wasm` MIME type\. Falling back to `WebAssembly\.instantiate`/);
    } else {
      assert.deepEqual(messages, []);
    }
    await context.close();
  }
});

test("items 16, 17: the change is a CustomEvent, bubbling and composed, with a fresh plain detail each time; heard through another component's shadow root", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  await page.clock.setFixedTime(CASE.filedAt);
  await page.evaluate(async (c) => {
    // Another component's shadow root holds the widget (a design system's card, say).
    class Card extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: "open" }).innerHTML = "<section><slot></slot><div id='inside'></div></section>";
      }
    }
    customElements.define("docs-card", Card);
    const card = document.createElement("docs-card");
    card.lang = "en";
    document.getElementById("here").append(card);
    window.heard = { document: [], card: [], inner: [] };
    document.addEventListener("support-policy-change", (e) => { e.seenTarget = e.target.localName; window.heard.document.push(e); });
    card.addEventListener("support-policy-change", (e) => window.heard.card.push(e));
    const section = card.shadowRoot.querySelector("section");
    section.addEventListener("support-policy-change", (e) => window.heard.inner.push(e.target.id)); // the target is cleared after dispatch
    await import("/support-policy-widget.js");
    const w = document.createElement("support-policy-widget");
    w.id = "nested";
    for (const [k, v] of Object.entries({ tier: c.tier, "time-zone": c.timeZone, impact: c.impact, urgency: c.urgency })) w.setAttribute(k, v);
    card.shadowRoot.getElementById("inside").append(w);
  }, CASE);
  await until(() => page.evaluate(() => window.heard.document.length === 1), 10000, "the first change, heard on document");
  await page.evaluate(() => {
    const card = document.querySelector("docs-card");
    card.shadowRoot.getElementById("nested").tier = "premium";
  });
  await until(() => page.evaluate(() => window.heard.document.length === 2), 3000, "the change after tier");
  const seen = await page.evaluate(() => {
    const w = document.querySelector("docs-card").shadowRoot.getElementById("nested");
    const [a, b] = window.heard.document;
    const plain = (d) => Object.getPrototypeOf(d) === Object.prototype && JSON.stringify(JSON.parse(JSON.stringify(d))) === JSON.stringify(d);
    return {
      custom: window.heard.document.every((e) => e instanceof CustomEvent),
      flags: [a.bubbles, a.composed, a.cancelable],
      counts: [window.heard.document.length, window.heard.card.length, window.heard.inner.length],
      target: a.seenTarget, // retargeted to the card outside its shadow root
      inner: window.heard.inner[0],
      distinct: a.detail !== b.detail,
      plain: plain(a.detail) && plain(b.detail),
      frozen: [a.detail, b.detail, w.answer].every((d) => Object.isFrozen(d) && Object.isFrozen(d.counted) && d.counted.length > 0 && d.counted.every(Object.isFrozen)),
      tiers: [a.detail.tier, b.detail.tier],
      deadline: a.detail.deadline,
      same: JSON.stringify(b.detail) === JSON.stringify(w.answer),
    };
  });
  assert.equal(seen.custom, true, "a CustomEvent");
  assert.deepEqual(seen.flags, [true, true, false]);
  assert.deepEqual(seen.counts, [2, 2, 2], "heard on document, on the other component's host and inside its shadow root");
  assert.equal(seen.target, "docs-card", "outside the shadow root the target is the other component");
  assert.equal(seen.inner, "nested");
  assert.equal(seen.distinct, true, "each change has its own detail object");
  assert.equal(seen.plain, true, "details are plain objects of JSON values");
  assert.equal(seen.frozen, true, "each detail is frozen through, its counted spans too: no listener can change what the others see");
  assert.deepEqual(seen.tiers, [CASE.tier, "premium"]);
  assert.equal(seen.deadline, CASE.deadline);
  assert.equal(seen.same, true, "the latest detail is what answer gives");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("item 19: moved with insertBefore or between containers, the widget keeps its choices with no new render, event or wasm start", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  await page.evaluate(async () => {
    const here = document.getElementById("here");
    here.innerHTML = "<div id='a'><p id='first'>first</p></div><div id='b'></div>";
    window.changes = 0;
    document.addEventListener("support-policy-change", () => window.changes++);
    await import("/support-policy-widget.js");
    const w = document.createElement("support-policy-widget");
    w.lang = "en";
    document.getElementById("a").append(w);
  });
  const w = page.locator("support-policy-widget");
  await until(async () => (await w.locator("#tier").count()) === 1, 10000, "the whole widget");
  await w.getByRole("group", { name: "Impact", exact: true }).getByRole("radio", { name: /^Low\b/ }).check();
  await w.getByLabel("Support plan", { exact: true }).selectOption("premium");
  await until(() => page.evaluate(() => window.changes === 3), 3000, "three changes: start, impact, plan");
  const before = await page.evaluate(() => {
    const w = document.querySelector("support-policy-widget");
    window.mutations = 0;
    new MutationObserver((list) => { window.mutations += list.length; }).observe(w.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    window.root = w.shadowRoot.firstElementChild;
    return JSON.stringify(w.answer);
  });
  await page.evaluate(async () => {
    const w = document.querySelector("support-policy-widget");
    const a = document.getElementById("a"), b = document.getElementById("b");
    a.insertBefore(w, document.getElementById("first")); // before its sibling
    await new Promise((r) => setTimeout(r, 50));
    b.append(w); // into another container
    await new Promise((r) => setTimeout(r, 50));
    b.parentNode.insertBefore(w, a); // between containers, with insertBefore
    await new Promise((r) => setTimeout(r, 300));
  });
  const after = await page.evaluate(() => {
    const w = document.querySelector("support-policy-widget");
    return { answer: JSON.stringify(w.answer), changes: window.changes, mutations: window.mutations, same: w.shadowRoot.firstElementChild === window.root, widgets: document.querySelectorAll("support-policy-widget").length };
  });
  assert.equal(after.answer, before, "the same answer");
  assert.equal(after.changes, 3, "no change event for a move");
  assert.equal(after.mutations, 0, "nothing in the shadow root re-rendered");
  assert.equal(after.same, true, "the same rendered tree");
  assert.equal(await w.getByLabel("Support plan", { exact: true }).inputValue(), "premium");
  assert.equal(log.requests.filter((u) => /\.wasm$/.test(new URL(u).pathname)).length, 1, "the wasm fetched once");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("item 23: inside a hidden tab panel, a closed <details> or display:none, the widget starts, renders when revealed, a lazy one starts on the reveal, and its layout follows the container's width", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK, { viewport: { width: 1280, height: 800 } });
  await page.evaluate(async () => {
    const here = document.getElementById("here");
    here.innerHTML = `<div role="tabpanel" id="panel" hidden></div><details id="details"><summary>Priority calculator</summary></details><div id="none"></div><div id="lazybox"></div>`;
    // Through the CSSOM: the fixture's CSP refuses inline style text.
    for (const id of ["none", "lazybox"]) document.getElementById(id).style.display = "none";
    for (const [id, lazy] of [["panel", false], ["details", false], ["none", false], ["lazybox", true]]) {
      const w = document.createElement("support-policy-widget");
      w.lang = "en";
      w.id = `w-${id}`;
      if (lazy) w.setAttribute("loading", "lazy");
      document.getElementById(id).append(w);
    }
    await import("/support-policy-widget.js");
  });
  await until(() => page.evaluate(() => ["panel", "details", "none"].every((id) => document.getElementById(`w-${id}`).answer !== null)), 10000, "the hidden widgets answering");
  assert.equal(await page.evaluate(() => document.getElementById("w-lazybox").answer), null, "a lazy widget in a hidden container waits");
  // Revealed (the lazy one first, in view), each shows its whole widget at the container's width.
  await page.evaluate(() => { document.getElementById("lazybox").style.display = "block"; });
  await until(() => page.evaluate(() => document.getElementById("w-lazybox").answer !== null), 10000, "the lazy widget started on its reveal");
  await page.evaluate(() => {
    document.getElementById("panel").hidden = false;
    document.getElementById("details").open = true;
    document.getElementById("none").style.display = "block";
  });
  for (const id of ["panel", "details", "none", "lazybox"]) {
    const w = page.locator(`#w-${id}`);
    await until(async () => (await w.locator("#tier").count()) === 1, 5000, `${id}: the whole widget`);
    assert.equal(await w.locator(".answer").isVisible(), true, `${id}: the answer shows`);
    const box = await w.evaluate((el) => [el.getBoundingClientRect().width, el.shadowRoot.querySelector(".widget").getBoundingClientRect().width, el.parentElement.getBoundingClientRect().width]);
    assert.ok(box[0] > 600 && Math.abs(box[0] - box[2]) < 1 && Math.abs(box[1] - box[0]) < 1, `${id}: as wide as its container ${JSON.stringify(box)}`);
  }
  // The container narrows to a phone's width: the widget follows, nothing overflows.
  const layout = (width) => page.evaluate((width) => {
    const box = document.getElementById("none");
    box.style.width = `${width}px`;
    const w = document.getElementById("w-none");
    const inner = w.shadowRoot.querySelector(".widget");
    const tier = w.shadowRoot.getElementById("tier").getBoundingClientRect();
    const answer = w.shadowRoot.querySelector(".answer").getBoundingClientRect();
    return { width: w.getBoundingClientRect().width, overflow: inner.scrollWidth - inner.clientWidth, columns: answer.left >= tier.right || tier.left >= answer.right };
  }, width);
  const wide = await layout(1000), narrow = await layout(320);
  assert.equal(narrow.width, 320);
  assert.equal(narrow.overflow, 0, "nothing wider than the container");
  assert.deepEqual([wide.columns, narrow.columns], [true, false], `two columns when wide, stacked when narrow (wide ${JSON.stringify(wide)}, narrow ${JSON.stringify(narrow)})`);
  assert.equal(log.requests.filter((u) => /\.wasm$/.test(new URL(u).pathname)).length, 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("item 28: nothing shifts while the widget loads, on the policy page (390 and 1280 px) and the embedder's guide, whose pages reserve its height as package/README.md says", async () => {
  for (const [path, width] of [["/", 390], ["/", 1280], ["/es/", 390], ["/embed.html", 1280]]) {
    const context = await env.browser.newContext({ viewport: { width, height: 844 } });
    await context.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts.push(e.value); }).observe({ type: "layout-shift", buffered: true });
    });
    const page = await context.newPage();
    await page.goto(env.origin + path);
    const w = page.locator("support-policy-widget").first();
    await until(async () => (await w.locator("#tier").count()) === 1, 10000, "the whole widget");
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => window.shifts);
    assert.deepEqual(shifts, [], `${path} at ${width} px: no layout shift (${shifts.join(", ")})`);
    await context.close();
  }
});

test("item 30: Tab and Shift+Tab reach every control in order, with no other stop between", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  await page.evaluate(async () => {
    const before = document.createElement("button");
    before.id = "before";
    before.textContent = "Before";
    const after = document.createElement("button");
    after.id = "after";
    after.textContent = "After";
    const w = document.createElement("support-policy-widget");
    w.lang = "en";
    document.getElementById("here").append(before, w, after);
    await import("/support-policy-widget.js");
  });
  const w = page.locator("support-policy-widget");
  await until(async () => (await w.locator("#tier").count()) === 1, 10000, "the whole widget");
  const stop = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return "body";
    const name = el.getAttribute("name") ?? el.id ?? "";
    const label = el.labels?.[0]?.textContent ?? el.getAttribute("aria-label") ?? el.textContent;
    return `${el.localName}${el.type ? `[${el.type}]` : ""}${name ? `#${name}` : ""} ${String(label).trim().replace(/\s+/g, " ").slice(0, 40)}`;
  });
  await page.focus("#before");
  const forward = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const s = await stop();
    if (/#after\b/.test(s)) break;
    forward.push(s);
  }
  const backward = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Shift+Tab");
    const s = await stop();
    if (/#before\b/.test(s)) break;
    backward.push(s);
  }
  assert.deepEqual(backward, [...forward].reverse(), "Shift+Tab goes back through the same stops");
  // A date-and-time field is one control with a stop per part (day, month, year, hour, minute).
  const controls = forward.filter((s, i) => s !== forward[i - 1]);
  assert.equal(new Set(controls).size, controls.length, `each control once: ${forward.join(" | ")}`);
  // The controls in the order they are read: impact, urgency, plan, time zone, filed, override, copy.
  const order = [/radio.*#impact/, /radio.*#urgency/, /select.*#tier/, /Time zone/i, /Filed|date|time/i, /override/i, /Copy summary/];
  let at = -1;
  for (const re of order) {
    const i = forward.findIndex((s, j) => j > at && re.test(s));
    assert.ok(i > at, `${re} after the stop before it: ${forward.join(" | ")}`);
    at = i;
  }
  for (const s of forward) assert.match(s, /^(input|select|button|a|summary|textarea)\b/, `a control, not a container: ${s}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("item 37: a browser without WebAssembly: the widget says so, its own content shows, ready rejects naming the cause, support-policy-error, one console error with the fix, nothing unhandled", async () => {
  const context = await env.browser.newContext({ timezoneId: "Europe/Madrid" });
  await context.addInitScript(() => { delete globalThis.WebAssembly; });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(env.origin + BLANK);
  const seen = await page.evaluate(async () => {
    window.unhandled = 0;
    window.addEventListener("unhandledrejection", () => window.unhandled++);
    const told = [];
    document.addEventListener("support-policy-error", (e) => told.push(e.detail.message));
    const m = await import("/support-policy-widget.js");
    const w = document.createElement("support-policy-widget");
    w.lang = "es";
    const own = document.createElement("p");
    own.textContent = "Consulte la política de soporte.";
    w.append(own);
    document.getElementById("here").append(w);
    const why = await m.ready.then(() => null, (e) => `${e.name}: ${e.message}`);
    await new Promise((r) => setTimeout(r, 200));
    return { why, told, failed: w.matches(":state(failed)"), own: own.checkVisibility(), text: w.shadowRoot?.textContent ?? "", unhandled: window.unhandled };
  });
  assert.equal(seen.why, "Error: support-policy-widget: this browser cannot run WebAssembly");
  assert.deepEqual(seen.told, ["support-policy-widget: this browser cannot run WebAssembly"], "one support-policy-error");
  assert.equal(seen.failed, true);
  assert.equal(seen.own, true, "the element's own content shows");
  assert.match(seen.text, /La calculadora de prioridad no pudo iniciarse\./, seen.text);
  assert.equal(seen.unhandled, 0);
  assert.equal(errors.length, 1, errors.join("\n"));
  assert.match(errors[0], /^error: support-policy-widget: this browser cannot run WebAssembly\. .*current version of Chrome, Edge, Firefox or Safari/);
  await context.close();
});
