// The seven languages (issue 24): each language's page answers in its
// language with no English left, is axe-clean, finds cities by their names
// in that language; the loader resolves the language before it fetches
// anything and fetches its file alongside the wasm (shown under a throttled
// network); a lang change keeps the visitor's choices; a file that cannot
// load leaves English and one console error; screenshots at 390 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { setup, openPage, until, ROOT, SCREENSHOTS } from "./helpers.mjs";

let env;
before(async () => (env = await setup()));
after(async () => env.close());

const messages = (lang) => JSON.parse(readFileSync(join(ROOT, `src/web/widget/i18n/messages/${lang}.json`), "utf8"));
const EN = messages("en");
const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** A city each language names its own way, typed without its accents too. */
const CITIES = {
  es: [["Nueva York", "America/New_York"], ["ciudad de mexico", "America/Mexico_City"]],
  it: [["Lisbona", "Europe/Lisbon"], ["citta del messico", "America/Mexico_City"]],
  fr: [["Londres", "Europe/London"], ["Bruxelles", "Europe/Brussels"]],
  pt: [["Nova York", "America/New_York"], ["Cidade do Mexico", "America/Mexico_City"]],
  nl: [["Londen", "Europe/London"], ["Brussel", "Europe/Brussels"]],
  pl: [["Nowy Jork", "America/New_York"], ["wieden", "Europe/Vienna"]],
};

const widgetText = (page, selector = "support-policy-widget") =>
  page.evaluate((s) => document.querySelector(s).shadowRoot.textContent, selector);
const answered = (page, selector = "support-policy-widget") =>
  until(() => page.evaluate((s) => !!document.querySelector(s)?.shadowRoot?.querySelector("[data-deadline]"), selector), 10000, `${selector} answers`);

/** English catalogue sentences (two words or more) that the language writes otherwise. */
function englishLeft(text, lang) {
  const own = messages(lang);
  return Object.entries(EN)
    .filter(([key, en]) => !key.startsWith("policy.") && own[key] !== en && !en.includes("{") && en.includes(" "))
    .map(([, en]) => en)
    .filter((en) => text.includes(en));
}

for (const lang of Object.keys(CITIES)) {
  test(`/${lang}/: the widget answers in ${lang}, no English left, axe clean, its cities found`, async () => {
    const { page, log, context } = await openPage(env.browser, `${env.origin}/${lang}/`, { bypassCSP: true });
    await answered(page);
    const own = messages(lang);
    const text = await widgetText(page);
    assert.ok(text.includes(own.TargetBy), `${lang}: "${own.TargetBy}" in ${text.slice(0, 200)}`);
    assert.deepEqual(englishLeft(text, lang), [], "English left in the widget");
    assert.equal(await page.evaluate(() => document.documentElement.lang.split("-")[0]), lang);
    // The details and the plan comparison open, in the language too.
    const w = page.locator("support-policy-widget");
    await w.locator("details.plans summary").click();
    assert.deepEqual(englishLeft(await widgetText(page), lang), [], "English left with the comparison open");
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(" ")} — ${v.help}`);
    });
    assert.deepEqual(violations, []);
    // Cities by their names in the language, with or without accents.
    const field = w.locator("#zone");
    for (const [typed, zone] of CITIES[lang]) {
      await field.fill(typed);
      await field.press("Enter");
      await until(async () => (await field.inputValue()) === zone, 5000, `${typed} → ${zone}`);
    }
    const [first] = CITIES[lang];
    const label = await w.locator(`datalist option[value="${first[1]}"]`).getAttribute("label");
    assert.ok(label && label.toLowerCase().includes(first[0].toLowerCase().split(" ")[0]), `suggestion label ${label}`);
    assert.deepEqual(log.errors, []);
    // Only that language's file travels.
    const files = log.requests.filter((u) => u.includes("/lang/"));
    assert.equal(files.length, 1, files.join(", "));
    assert.match(files[0], new RegExp(`/lang/${lang}\\.[0-9a-f]{10}\\.json$`));
    await context.close();
  });
}

test("English travels alone: no language file on /", async () => {
  const { page, log, context } = await openPage(env.browser, `${env.origin}/`, { locale: "fr-FR" });
  await answered(page);
  assert.deepEqual(log.requests.filter((u) => u.includes("/lang/")), []);
  await context.close();
});

test("the language comes from the widget, else its nearest ancestor, else the page; a language it does not speak gets English", async () => {
  const { page, log, context } = await openPage(env.browser, `${env.origin}/fixtures/languages.html`, { locale: "fr-FR" });
  for (const id of ["#page", "#section", "#own"]) await answered(page, id);
  assert.ok((await widgetText(page, "#page")).includes(EN.TargetBy), "a German page: English, not the browser's French");
  assert.ok((await widgetText(page, "#section")).includes(messages("pl").TargetBy), "the Polish section");
  assert.ok((await widgetText(page, "#own")).includes(messages("nl").TargetBy), "lang=nl");
  const files = log.requests.filter((u) => u.includes("/lang/")).map((u) => u.replace(/.*\/lang\//, ""));
  assert.deepEqual(files.map((f) => f.slice(0, 2)).sort(), ["nl", "pl"], "no French file: the browser's language is not asked");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the language file is requested before the wasm has arrived (throttled network, no preload)", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  // 400 kbit/s: the wasm (about 128 KB) takes seconds; the file far less.
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 40, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024 });
  const times = {};
  page.on("request", (r) => {
    if (r.url().includes("/lang/fr.")) times.langRequested = Date.now();
    if (r.url().endsWith(".wasm")) times.wasmRequested = Date.now();
  });
  page.on("requestfinished", (r) => {
    if (r.url().endsWith(".wasm")) times.wasmDone = Date.now();
  });
  await page.goto(`${env.origin}/fixtures/no-preload-fr.html`);
  await until(() => page.evaluate(() => !!document.querySelector("support-policy-widget")?.shadowRoot?.querySelector("[data-deadline]")), 60000, "the widget");
  assert.ok(times.langRequested && times.wasmDone, JSON.stringify(times));
  assert.ok(times.langRequested < times.wasmDone, `the file was asked for ${times.langRequested - times.wasmDone} ms after the wasm arrived`);
  console.log(`French file requested ${times.langRequested - times.wasmRequested} ms after the wasm's request, ${times.wasmDone - times.langRequested} ms before the wasm arrived`);
  assert.ok((await widgetText(page)).includes(messages("fr").TargetBy));
  await context.close();
});

test("a lang change at run time loads the new language and keeps the visitor's choices", async () => {
  const { page, log, context } = await openPage(env.browser, `${env.origin}/`);
  await answered(page);
  const w = page.locator("support-policy-widget");
  await w.getByRole("radio", { name: "High" }).first().check();
  await w.getByLabel("Support plan").selectOption("premium");
  const before = await page.evaluate(() => document.querySelector("support-policy-widget").answer);
  await page.evaluate(() => document.querySelector("support-policy-widget").setAttribute("lang", "pt"));
  await until(async () => (await widgetText(page)).includes(messages("pt").TargetBy), 5000, "Portuguese");
  const after = await page.evaluate(() => document.querySelector("support-policy-widget").answer);
  assert.equal(after.impact, "high");
  assert.equal(after.tier, "premium");
  assert.equal(after.deadline, before.deadline);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a language file that cannot load leaves the widget in English and says so once", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route(/\/lang\//, (route) => route.abort());
  await page.goto(`${env.origin}/it/`);
  await answered(page);
  assert.ok((await widgetText(page)).includes(EN.TargetBy), "English");
  const ours = errors.filter((e) => e.includes("support-policy-widget"));
  assert.equal(ours.length, 1, errors.join("\n"));
  assert.match(ours[0], /the it texts .* could not be loaded .*the widget speaks English/);
  await context.close();
});

test("screenshots: each language's page at 390 px", async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const lang of ["it", "fr", "pt", "nl", "pl"]) {
    const { page, context } = await openPage(env.browser, `${env.origin}/${lang}/`, { viewport: { width: 390, height: 844 } });
    await answered(page);
    await page.screenshot({ path: join(SCREENSHOTS, `lang-${lang}-390.png`), fullPage: false });
    await page.locator("support-policy-widget").scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 600));
    await page.screenshot({ path: join(SCREENSHOTS, `lang-${lang}-390-scrolled.png`) });
    await context.close();
  }
});

test("/frame.html speaks the query's language: the widget, the title and the notes", async () => {
  const { page, log, context } = await openPage(env.browser, `${env.origin}/frame.html?lang=pl&colour=blue`);
  await answered(page);
  assert.ok((await widgetText(page)).includes(messages("pl").TargetBy), "the widget in Polish");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "pl");
  assert.equal(await page.title(), "Kalkulator priorytetu wsparcia Zmanda");
  assert.match(await page.locator("#frame-notes").innerText(), /^Nieznany parametr „colour”/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
