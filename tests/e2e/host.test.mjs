// The element as host pages and frameworks meet it (docs/contract.md, section 4, "Host
// API" and "The package"): nothing fetched until a widget connects or the API
// is asked for; loading="lazy"; two copies of the loader; properties set
// before the element is defined; `answer` and `support-policy-change` (for
// changes, not for the clock); lang from the nearest ancestor; theme="auto"
// following the host page's switch; a moved element keeping its choices;
// and a module that cannot start, told in words.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, openPage, until, CASES, ROOT } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const BLANK = "/fixtures/blank.html";
/** The glue and wasm requested, by their stable names (the site serves them under content-hashed ones). */
const widgetFiles = (requests) => requests.filter((u) => /\/pkg(-full)?\//.test(new URL(u).pathname)).map((u) => new URL(u).pathname.replace(/\.[0-9a-f]{10}\./, "."));
/** The headline's machine-readable deadline inside `selector`'s shadow root. */
const deadlineOf = (page, selector = "support-policy-widget") =>
  page.evaluate((s) => document.querySelector(s)?.shadowRoot?.querySelector("[data-deadline]")?.getAttribute("data-deadline") ?? null, selector);
/** The background colour the widget paints. */
const background = (page, selector = "support-policy-widget") =>
  page.evaluate((s) => getComputedStyle(document.querySelector(s).shadowRoot.querySelector(".widget")).backgroundColor, selector);
const LIGHT = "rgb(255, 255, 255)", DARK = "rgb(22, 24, 28)";

test("importing the loader fetches nothing until a widget connects or the API is asked for", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  const loaded = await page.evaluate(async () => {
    const m = await import("/support-policy-widget.js");
    return { defined: !!customElements.get("support-policy-widget"), keys: Object.keys(m).sort() };
  });
  assert.equal(loaded.defined, true);
  assert.deepEqual(loaded.keys, ["SupportPolicyWidget", "addLanguage", "classify", "define", "mount", "policy", "ready", "responseDeadline", "timeZones", "version"]);
  await page.waitForTimeout(300);
  assert.deepEqual(widgetFiles(log.requests), [], "no glue or wasm before a widget or the API");
  // A call before `ready` says what to do (and starts the load).
  const early = await page.evaluate(async () => {
    const m = await import("/support-policy-widget.js");
    try { m.classify("high", "low"); return "no error"; } catch (e) { return e.message; }
  });
  assert.match(early, /classify\(\) needs the WebAssembly module: await ready first/);
  const answer = await page.evaluate(async () => {
    const m = await import("/support-policy-widget.js");
    const api = await m.ready;
    return [api.classify("high", "low"), m.classify("high", "medium")];
  });
  assert.deepEqual(answer, ["P3", "P2"]);
  assert.deepEqual(widgetFiles(log.requests).sort(), ["/pkg/support_policy.js", "/pkg/support_policy_bg.wasm"]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("loading=lazy fetches nothing until the widget nears the viewport", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  await page.evaluate(async () => {
    const spacer = document.createElement("div");
    spacer.style.height = "5000px";
    const w = document.createElement("support-policy-widget");
    w.loading = "lazy";
    w.lang = "en";
    document.getElementById("here").append(spacer, w);
    await import("/support-policy-widget.js");
  });
  await page.waitForTimeout(500);
  assert.deepEqual(widgetFiles(log.requests), [], "a lazy widget five screens down loads nothing");
  await page.evaluate(() => document.querySelector("support-policy-widget").scrollIntoView());
  await until(async () => (await deadlineOf(page)) !== null, 10000, "the lazy widget, scrolled to");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("two copies of the loader: the first one's element is used, one warning when they differ", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  await page.evaluate(async () => {
    await import("/support-policy-widget.js");
    await import("/support-policy-widget.js?second-copy"); // the same version and bundle: silent
    await import("/support-policy-widget-full.js"); // another bundle: one warning
    await import("/support-policy-widget-full.js?third-copy"); // still only one
    const w = document.createElement("support-policy-widget");
    w.setAttribute("lang", "en");
    document.getElementById("here").append(w);
  });
  await until(async () => (await deadlineOf(page)) !== null, 10000, "the widget");
  assert.equal(log.errors.length, 1, log.errors.join("\n"));
  assert.match(log.errors[0], /^warning: support-policy-widget: <support-policy-widget> is already defined by another copy of the loader \(version [\d.]+, \.\/pkg\/\); this copy \(version [\d.]+, \.\/pkg-full\/\) uses that one/);
  await context.close();
});

test("properties set before the element is defined are kept; properties mirror attributes", async () => {
  const c = CASES.find((x) => x.impact && x.tier === "standard" && x.timeZone === "Europe/Madrid") ?? CASES.find((x) => x.impact && x.tier === "standard");
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  await page.clock.setFixedTime(new Date(c.filedAt));
  const seen = await page.evaluate(async (c) => {
    // As React 19 or Vue would: make the element, set properties, insert it; the loader comes later.
    const w = document.createElement("support-policy-widget");
    Object.assign(w, { impact: c.impact, urgency: c.urgency, tier: c.tier, timeZone: c.timeZone, lang: "en" });
    document.getElementById("here").append(w);
    await import("/support-policy-widget.js");
    return { impact: w.impact, timeZone: w.timeZone, attribute: w.getAttribute("time-zone"), own: Object.keys(w), syncUrl: w.syncUrl, theme: w.theme, loading: w.loading };
  }, c);
  assert.deepEqual(seen, { impact: c.impact, timeZone: c.timeZone, attribute: c.timeZone, own: [], syncUrl: false, theme: "auto", loading: "eager" });
  await until(async () => (await deadlineOf(page)) === c.deadline, 10000, `the deadline of ${c.note}`);
  assert.equal(await page.evaluate(() => document.querySelector("support-policy-widget").answer.deadline), c.deadline);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("answer and support-policy-change: after the first answer and each change, not for the clock", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  await page.clock.install({ time: new Date("2025-06-13T10:00:00Z") });
  await page.evaluate(async () => {
    window.__events = [];
    // Composed and bubbling: a listener on the document hears it.
    document.addEventListener("support-policy-change", (e) => window.__events.push({ detail: e.detail, composed: e.composed, bubbles: e.bubbles, target: e.target.id }));
    const w = document.createElement("support-policy-widget");
    w.id = "w";
    Object.assign(w, { lang: "en", tier: "standard", timeZone: "Europe/Madrid", impact: "high", urgency: "medium" });
    document.getElementById("here").append(w);
    await import("/support-policy-widget.js");
    window.__before = w.answer; // defined, its module still on the way
  });
  const events = () => page.evaluate(() => window.__events);
  await until(async () => (await events()).length === 1, 10000, "the first answer's event");
  const [first] = await events();
  assert.equal(await page.evaluate(() => window.__before), null, "answer is null before the first");
  assert.deepEqual({ composed: first.composed, bubbles: first.bubbles, target: first.target }, { composed: true, bubbles: true, target: "w" });
  assert.deepEqual(Object.keys(first.detail), ["impact", "urgency", "priority", "computedPriority", "overridden", "tier", "clock", "targetMinutes", "filedAt", "deadline", "deadlineLocal", "timeZone", "counted"]);
  // The spans counted (contract section 3): 10:00 UTC is 12:00 in Madrid, a Friday; 3 support hours by 15:00.
  assert.deepEqual(first.detail.counted.map((s) => s.seconds).reduce((a, b) => a + b, 0), first.detail.targetMinutes * 60);
  assert.equal(first.detail.counted.at(-1).to, first.detail.deadline);
  // Filed now: the instant the widget read its (installed) clock.
  assert.ok(Math.abs(Date.parse(first.detail.filedAt) - Date.parse("2025-06-13T10:00:00Z")) < 5000, first.detail.filedAt);
  const expected = await page.evaluate(async (filedAt) => {
    const m = await import("/support-policy-widget.js");
    return m.responseDeadline({ impact: "high", urgency: "medium", tier: "standard", timeZone: "Europe/Madrid", filedAt });
  }, first.detail.filedAt);
  assert.deepEqual(first.detail, { impact: "high", urgency: "medium", ...expected });
  assert.deepEqual(await page.evaluate(() => document.getElementById("w").answer), first.detail);

  // Five minutes of the clock: the answer follows it (filed now), no event.
  await page.clock.runFor("05:00");
  await page.waitForTimeout(100);
  assert.equal((await events()).length, 1, "no event for clock ticks");
  const ticked = await page.evaluate(() => document.getElementById("w").answer.filedAt);
  assert.notEqual(ticked, first.detail.filedAt, "the answer follows the clock");

  // Three property changes in one task: one update, one event.
  await page.evaluate(() => Object.assign(document.getElementById("w"), { tier: "premium", impact: "low", urgency: "low" }));
  await until(async () => (await events()).length === 2, 3000, "one event for the host's change");
  await page.waitForTimeout(100);
  const second = (await events())[1].detail;
  assert.deepEqual([second.tier, second.impact, second.urgency, second.priority], ["premium", "low", "low", "P4"]);
  assert.equal((await events()).length, 2, "one event for three properties set together");

  // The same value again: nothing changes, no event.
  await page.evaluate(() => { document.getElementById("w").tier = "premium"; });
  await page.waitForTimeout(100);
  assert.equal((await events()).length, 2, "no event when nothing changed");

  // The person's change: an event.
  const w = page.locator("#w");
  await w.getByRole("group", { name: "Impact", exact: true }).getByRole("radio", { name: /^High\b/ }).check();
  await until(async () => (await events()).length === 3, 3000, "the person's change");
  assert.equal((await events())[2].detail.priority, "P3");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("lang from the nearest ancestor, then the page; a moved element keeps the visitor's choices", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK);
  await page.evaluate(async () => {
    const section = document.createElement("section");
    section.lang = "es";
    section.id = "es";
    const other = document.createElement("section");
    other.id = "en";
    const w = document.createElement("support-policy-widget");
    section.append(w);
    document.getElementById("here").append(section, other);
    await import("/support-policy-widget.js");
  });
  const w = page.locator("support-policy-widget");
  await until(async () => (await w.getByRole("group", { name: "Impacto", exact: true }).count()) === 1, 10000, "a Spanish widget in a Spanish section");
  await w.getByRole("group", { name: "Impacto", exact: true }).getByRole("radio", { name: /^Bajo\b/ }).check();
  await w.getByLabel("Plan de soporte", { exact: true }).selectOption("premium");
  // A framework re-parents it into the English part of the page.
  await page.evaluate(() => document.getElementById("en").append(document.querySelector("support-policy-widget")));
  await until(async () => (await w.getByRole("group", { name: "Impact", exact: true }).count()) === 1, 3000, "English once moved to an English part");
  assert.equal(await w.getByRole("group", { name: "Impact", exact: true }).getByRole("radio", { name: /^Low\b/ }).isChecked(), true, "the impact chosen is kept");
  assert.equal(await w.getByLabel("Support plan", { exact: true }).inputValue(), "premium", "the plan chosen is kept");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("theme: auto follows the host page's switch (data-theme, class=dark, MkDocs, Furo, color-scheme), light and dark force it", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + BLANK, { colorScheme: "dark" });
  await page.evaluate(async () => {
    for (const id of ["auto", "light", "dark"]) {
      const w = document.createElement("support-policy-widget");
      w.id = id;
      w.lang = "en";
      if (id !== "auto") w.theme = id;
      document.getElementById("here").append(w);
    }
    await import("/support-policy-widget.js");
  });
  await until(async () => (await deadlineOf(page, "#dark")) !== null, 10000, "the widgets");
  const all = async () => [await background(page, "#auto"), await background(page, "#light"), await background(page, "#dark")];
  const expect = async (auto, what) => until(async () => JSON.stringify(await all()) === JSON.stringify([auto, LIGHT, DARK]), 3000, what);
  await expect(DARK, "no host switch, the system is dark: dark");
  const html = (fn) => page.evaluate(fn);
  await html(() => document.documentElement.setAttribute("data-theme", "light"));
  await expect(LIGHT, "Docusaurus/Starlight light on a dark system: light");
  await html(() => document.documentElement.setAttribute("data-theme", "dark"));
  await expect(DARK, "data-theme=dark");
  await html(() => { document.documentElement.removeAttribute("data-theme"); document.documentElement.classList.add("dark"); });
  await expect(DARK, "VitePress dark");
  await html(() => { document.documentElement.classList.remove("dark"); document.body.setAttribute("data-md-color-scheme", "default"); });
  await expect(LIGHT, "MkDocs Material default (light)");
  await html(() => document.body.setAttribute("data-md-color-scheme", "slate"));
  await expect(DARK, "MkDocs Material slate (dark)");
  await html(() => { document.body.removeAttribute("data-md-color-scheme"); document.body.setAttribute("data-theme", "light"); });
  await expect(LIGHT, "Furo light (data-theme on body) on a dark system");
  await html(() => document.body.setAttribute("data-theme", "dark"));
  await expect(DARK, "Furo dark");
  await html(() => document.body.setAttribute("data-theme", "auto"));
  await expect(DARK, "Furo auto: the system's dark");
  await html(() => { document.body.removeAttribute("data-theme"); document.documentElement.style.colorScheme = "light"; });
  await expect(LIGHT, "a plain page's color-scheme: light");
  await html(() => { document.documentElement.style.colorScheme = ""; document.body.style.background = "#fdfdf8"; });
  await expect(LIGHT, "a page with a light background of its own");
  await html(() => { document.body.style.background = ""; });
  await expect(DARK, "back to the system's dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(LIGHT, "the system turns light");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("when the module cannot start: the widget says so in its language, ready rejects naming the cause, one console error names the fix", async () => {
  const html = readFileSync(join(ROOT, "tests/e2e/fixtures/blank.html"), "utf8");
  const kinds = [
    {
      name: "wasm missing (404)",
      route: (page) => page.route("**/pkg/support_policy_bg*.wasm", (r) => r.fulfill({ status: 404, body: "not found" })),
      cause: /the WebAssembly file http:\/\/127\.0\.0\.1:\d+\/pkg\/support_policy_bg\.[0-9a-f]{10}\.wasm could not be loaded \(HTTP 404\)/,
      fix: /Deploy pkg\/support_policy_bg\.wasm beside the loader/,
    },
    {
      name: "a CSP without 'wasm-unsafe-eval'",
      route: (page) => page.route("**" + BLANK, (r) => r.fulfill({ status: 200, body: html, headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'" } })),
      cause: /the page's Content Security Policy does not allow WebAssembly/,
      fix: /Add 'wasm-unsafe-eval' to the page's script-src directive/,
    },
    {
      name: "offline",
      route: (page) => page.route("**/pkg/support_policy_bg*.wasm", (r) => r.abort("internetdisconnected")),
      cause: /could not be fetched .*offline, or blocked by the page's connect-src/,
      fix: /Check the network/,
    },
  ];
  for (const kind of kinds) {
    const context = await env.browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    const errors = [], pageErrors = [];
    page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && !/Refused to compile or instantiate WebAssembly|violates the following Content Security Policy|^Failed to load resource/.test(m.text()) && errors.push(m.text()));
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await kind.route(page);
    await page.goto(env.origin + BLANK);
    const rejected = await page.evaluate(async () => {
      window.__unhandled = 0;
      window.addEventListener("unhandledrejection", () => window.__unhandled++);
      window.__errors = [];
      document.addEventListener("support-policy-error", (e) => window.__errors.push({ id: e.target.id, bubbles: e.bubbles, composed: e.composed, detail: e.detail }));
      for (const lang of ["en", "es"]) {
        const w = document.createElement("support-policy-widget");
        w.id = lang;
        w.lang = lang;
        const fallback = document.createElement("p");
        fallback.textContent = lang === "en" ? "The tables below give the same answers." : "Las tablas siguientes dan las mismas respuestas.";
        w.append(fallback);
        document.getElementById("here").append(w);
      }
      const m = await import("/support-policy-widget.js");
      try { await m.ready; return null; } catch (e) { return { isError: e instanceof Error, message: e.message }; }
    });
    assert.ok(rejected?.isError, `${kind.name}: ready rejects with an Error`);
    assert.match(rejected.message, kind.cause, kind.name);
    const said = (lang) => page.evaluate((l) => document.getElementById(l).shadowRoot?.querySelector("[role=alert]")?.textContent ?? null, lang);
    await until(async () => (await said("es")) !== null, 5000, `${kind.name}: the message`);
    assert.equal(await said("en"), "The priority calculator could not start.");
    assert.equal(await said("es"), "La calculadora de prioridad no pudo iniciarse.");
    assert.equal(await page.locator("#en").getByText("The tables below give the same answers.").isVisible(), true, `${kind.name}: the element's own fallback shows below`);
    assert.equal(await page.evaluate(() => document.getElementById("en").matches(":state(failed)")), true, `${kind.name}: :state(failed)`);
    await page.waitForTimeout(200);
    assert.equal(errors.length, 1, `${kind.name}: one console error: ${errors.join(" | ")}`);
    assert.match(errors[0], kind.fix);
    assert.deepEqual(pageErrors, [], `${kind.name}: nothing thrown or unhandled`);
    assert.equal(await page.evaluate(() => window.__unhandled), 0, `${kind.name}: no unhandled rejection`);
    // support-policy-error: once per widget, heard on document, naming the cause and the fix.
    const told = await page.evaluate(() => window.__errors);
    assert.deepEqual(told.map((e) => [e.id, e.bubbles, e.composed]), [["en", true, true], ["es", true, true]], `${kind.name}: one support-policy-error per widget`);
    for (const e of told) {
      assert.match(e.detail.message, kind.cause, `${kind.name}: the event names the cause`);
      assert.match(e.detail.fix, kind.fix, `${kind.name}: and the fix`);
    }
    await context.close();
  }
});

test("on the policy pages, a widget that cannot start points to the tables below and gives back its height", async () => {
  for (const [path, said, tables] of [
    ["/", "The priority calculator could not start.", /the tables below give the same priorities and response targets/],
    ["/es/", "La calculadora de prioridad no pudo iniciarse.", /las tablas siguientes recogen las mismas prioridades/],
  ]) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.route("**/pkg/support_policy_bg*.wasm", (r) => r.fulfill({ status: 404, body: "not found" }));
    await page.goto(env.origin + path);
    const w = page.locator("support-policy-widget");
    await until(async () => (await w.getByRole("alert").count()) === 1, 10000, `${path}: the message`);
    assert.equal(await w.getByRole("alert").innerText(), said);
    assert.match(await w.locator(".widget-fallback").innerText(), tables);
    assert.equal(await w.locator(".widget-fallback").isVisible(), true, `${path}: the page's pointer shows`);
    const height = await w.evaluate((e) => e.getBoundingClientRect().height);
    assert.ok(height < 250, `${path}: ${height} px kept for a widget that could not start`);
    assert.deepEqual(pageErrors, []);
    await context.close();
  }
});
