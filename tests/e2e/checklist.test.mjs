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

test("items 2, 5, 6, 33: tag before or after the script, or made detached: one answer, one change; a bare tag answers; the console stays quiet", async () => {
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
