// Visitors on other settings (docs/contract.md, section 4, "Screen readers" and
// "Visitors on other settings"): a screen reader hears changes, not the
// clock; every instant is a <time datetime>; forced colours keep every
// state visible; no page scrolls sideways at 320 CSS px or at 200 % zoom;
// printing gives the answer as a plain statement without controls.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, readdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, openPage, until, setTicket, SCREENSHOTS } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); mkdirSync(SCREENSHOTS, { recursive: true }); });
after(async () => { await env.close(); });

const PAGES = { en: "/", es: "/es/" };
const ready = (w) => until(async () => (await w.locator(".answer").count()) === 1, 10000, "the widget");
/** The text of every live region and alert in the widget. */
const liveTexts = (page) => page.evaluate(() => [...document.querySelector("support-policy-widget").shadowRoot
  .querySelectorAll("[aria-live], [role=status], [role=alert], [role=log], output")]
  .map((e) => `${e.getAttribute("role") ?? e.getAttribute("aria-live")}: ${e.textContent}`));

test("screen readers: changes are announced once, briefly; nothing while only the clock moves", async () => {
  for (const [lang, path] of Object.entries(PAGES)) {
    const context = await env.browser.newContext({ timezoneId: "Europe/Madrid", locale: lang === "en" ? "en-GB" : "es-ES" });
    const page = await context.newPage();
    // Friday 13 June 2025, 12:00 in Madrid: the widget follows this clock.
    await page.clock.install({ time: new Date("2025-06-13T10:00:00Z") });
    await page.goto(env.origin + path);
    const w = page.locator("support-policy-widget");
    await ready(w);
    // The headline and its time left are in no live region.
    const inLive = await w.locator(".answer").evaluate((e) => !!e.closest("[aria-live], [role=status], [role=alert], [role=log]"));
    assert.equal(inLive, false, `${lang}: the headline is outside every live region`);
    const live = w.locator("p[role=status]");
    assert.equal(await live.count(), 1, `${lang}: one polite live region`);
    const before = await liveTexts(page);
    assert.equal(await live.textContent(), "", `${lang}: nothing announced at start`);
    // Ten minutes of the clock, filed "now": the filing time follows the clock, no live region changes.
    const filed = w.getByLabel(lang === "en" ? "Filed at" : "Fecha y hora de apertura", { exact: true });
    const filedBefore = await filed.inputValue();
    await page.clock.runFor("10:00");
    await until(async () => (await filed.inputValue()) !== filedBefore, 3000, `${lang}: the widget follows the clock`);
    assert.deepEqual(await liveTexts(page), before, `${lang}: no live region changed while the clock moved`);
    // A change by the person (a typed filing time): one short announcement of the new answer.
    await setTicket(w, lang, { impact: "high", urgency: "high", filedLocal: "2025-06-13T12:00:00" }); // P1: due 13:00, minutes left
    await until(async () => (await live.textContent()) !== "", 3000, `${lang}: an announcement`);
    await page.waitForTimeout(100);
    const said = await live.textContent();
    const priority = await w.locator(".answer").getAttribute("data-priority");
    const when = await w.locator(".answer .when").innerText();
    assert.ok(said.startsWith(`${priority}, `), `${lang}: "${said}" names the priority`);
    assert.ok(said.includes(when), `${lang}: "${said}" names the deadline "${when}"`);
    assert.match(said, lang === "en" ? / level\. Target response by / : / de la política\. Hora objetivo de respuesta: /);
    // More clock: the time left counts down on screen; nothing is announced.
    const livesAfter = await liveTexts(page);
    const left = await w.locator(".answer .left").innerText();
    await page.clock.runFor("10:00");
    await until(async () => (await w.locator(".answer .left").innerText()) !== left, 3000, `${lang}: the time left follows the clock`);
    assert.deepEqual(await liveTexts(page), livesAfter, `${lang}: the clock changes nothing announced`);
    // A change by the host: announced too.
    await page.evaluate(() => { document.querySelector("support-policy-widget").tier = "premium"; });
    await until(async () => (await live.textContent()) !== said, 3000, `${lang}: the host's change announced`);
    await context.close();
  }
});

test("every instant shown is a <time datetime> with the exact instant", async () => {
  const context = await env.browser.newContext({ timezoneId: "Europe/Madrid", locale: "en-GB" });
  const page = await context.newPage();
  // Saturday: Standard is closed, so "next opening" is shown too.
  await page.clock.install({ time: new Date("2025-06-14T10:00:00Z") });
  await page.goto(env.origin + "/");
  const w = page.locator("support-policy-widget");
  await ready(w);
  await setTicket(w, "en", { tier: "standard", timeZone: "Europe/Madrid" });
  await until(async () => (await w.locator(".timeline time").count()) === 2, 3000, "the timeline");
  const deadline = await w.locator(".answer").getAttribute("data-deadline");
  const times = await page.evaluate(() => [...document.querySelector("support-policy-widget").shadowRoot.querySelectorAll("time")]
    .map((t) => ({ where: t.closest(".answer, .compare, .timeline, .open, .viewer")?.className ?? "?", datetime: t.dateTime, text: t.textContent })));
  const where = (w) => times.filter((t) => t.where.startsWith(w));
  assert.deepEqual(where("answer").map((t) => t.datetime), [deadline], "the headline's deadline");
  assert.equal(where("compare").length, 1, "the other plan's target");
  assert.equal(where("open").length, 1, "the next opening");
  assert.equal(where("open")[0].datetime, "2025-06-16T06:00:00Z", "Monday 08:00 in Madrid");
  assert.equal(where("timeline").length, 2, "the timeline's ends");
  assert.equal(where("timeline")[1].datetime, deadline);
  for (const t of times) assert.match(t.datetime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, `${t.where}: ${t.datetime}`);
  await context.close();
});

test("forced colours: the chosen impact and urgency, the matrix cell, the badge, focus and the timeline keep a mark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context, log } = await openPage(env.browser, env.origin + "/", { forcedColors: "active", colorScheme, viewport: { width: 1280, height: 900 } });
    const w = page.locator("support-policy-widget");
    await ready(w);
    await setTicket(w, "en", { impact: "high", urgency: "medium", tier: "standard" });
    const group = w.getByRole("group", { name: "Impact", exact: true });
    const low = group.locator(".segment").nth(2);
    const shot = async (name) => {
      const file = join(SCREENSHOTS, `forced-colors-${colorScheme}-${name}.png`);
      await group.screenshot({ path: file, animations: "disabled" });
      return low.screenshot({ animations: "disabled" });
    };
    const unchosen = await shot("low-not-chosen");
    await group.getByRole("radio", { name: /^Low\b/ }).check();
    await page.mouse.move(0, 0);
    await page.evaluate(() => document.activeElement?.blur());
    await until(async () => (await w.locator(".answer").getAttribute("data-priority")) === "P4", 3000, "P4 (low impact, medium urgency)");
    const chosen = await shot("low-chosen");
    assert.notDeepEqual(chosen, unchosen, `${colorScheme}: the chosen "Low" looks different from the same button unchosen`);
    const marks = await page.evaluate(() => {
      const root = document.querySelector("support-policy-widget").shadowRoot;
      const style = (sel) => getComputedStyle(root.querySelector(sel));
      const label = style(".segment input:checked + label");
      const other = style(".segment input:not(:checked) + label");
      return {
        chosen: [label.backgroundColor, label.textDecorationLine],
        other: [other.backgroundColor, other.textDecorationLine],
        cell: style(".matrix td.current").outlineStyle,
        badge: style(".badge").borderTopWidth,
        open: style(".timeline .open").fill,
        closed: style(".timeline .closed").stroke,
      };
    });
    assert.notDeepEqual(marks.chosen, marks.other, `${colorScheme}: ${JSON.stringify(marks)}`);
    assert.notEqual(marks.cell, "none", "the matrix's current cell is outlined");
    assert.notEqual(marks.badge, "0px", "the badge keeps a box");
    assert.notEqual(marks.closed, "none", "closed spans are outlined");
    await w.locator(".timeline").screenshot({ path: join(SCREENSHOTS, `forced-colors-${colorScheme}-timeline.png`) });
    await w.locator(".matrix").screenshot({ path: join(SCREENSHOTS, `forced-colors-${colorScheme}-matrix.png`) });
    // Focus shows: a focused radio's label has an outline.
    await group.getByRole("radio", { name: /^Medium\b/ }).focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowRight");
    const outline = await page.evaluate(() => getComputedStyle(document.querySelector("support-policy-widget").shadowRoot.querySelector(".segment input:focus-visible + label")).outlineStyle);
    assert.notEqual(outline, "none", `${colorScheme}: focus is outlined`);
    // An invalid field keeps its mark.
    await w.getByLabel("Time zone", { exact: true }).fill("Mars/Olympus");
    await w.getByLabel("Time zone", { exact: true }).blur();
    await until(async () => (await w.getByLabel("Time zone", { exact: true }).getAttribute("aria-invalid")) === "true", 3000, "invalid zone");
    const invalid = await w.getByLabel("Time zone", { exact: true }).evaluate((e) => getComputedStyle(e).outlineStyle);
    assert.equal(invalid, "dashed", `${colorScheme}: the invalid field is outlined`);
    await w.screenshot({ path: join(SCREENSHOTS, `forced-colors-${colorScheme}-widget.png`) });
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test("reflow: no page scrolls sideways at 320 CSS px, nor at 1280 px with 200 % zoom; tables scroll in a labelled region", async () => {
  const sizes = [{ width: 320, height: 640, deviceScaleFactor: 1 }, { width: 640, height: 400, deviceScaleFactor: 2 }];
  for (const size of sizes) {
    for (const path of ["/", "/es/", "/embed.html", "/frame.html"]) {
      const { page, context, log } = await openPage(env.browser, env.origin + path, { viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.deviceScaleFactor });
      await ready(page.locator("support-policy-widget").first());
      await page.evaluate(() => document.querySelector("details.plans, support-policy-widget"));
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      assert.ok(widths.page <= widths.view, `${path} at ${size.width} px: the page is ${widths.page} px wide in a ${widths.view} px view`);
      // Every table that is wider than its region scrolls inside it, and the region can be reached and is named.
      const regions = await page.evaluate(() => [...document.querySelectorAll(".table-scroll")].map((r) => ({
        tabindex: r.getAttribute("tabindex"), role: r.getAttribute("role"),
        name: document.getElementById(r.getAttribute("aria-labelledby"))?.textContent ?? "",
        scrolls: r.scrollWidth > r.clientWidth,
      })));
      for (const r of regions) {
        assert.deepEqual([r.tabindex, r.role], ["0", "region"], `${path}: ${JSON.stringify(r)}`);
        assert.ok(r.name.length > 3, `${path}: a region is named (${JSON.stringify(r)})`);
      }
      if (size.width === 320) await page.screenshot({ path: join(SCREENSHOTS, `reflow-320${path.replace(/\W+/g, "-")}.png`), fullPage: false });
      assert.deepEqual(log.errors, [], `${path}`);
      await context.close();
    }
  }
});

test("print: the answer as a plain, complete statement; no controls or navigation; tables whole (en, es)", async () => {
  const out = mkdtempSync(join(tmpdir(), "spw-print-"));
  try {
    for (const [lang, path, words] of [
      ["en", "/", { priority: "Priority: P2, the policy's “High impact” level", plan: "Plan: Standard", target: "Response target: 3 support hours", by: "Target response by:", zone: "Time zone: Europe/Madrid", other: "With Premium:", counted: "How the target is counted:", filed: "Filed:", controls: ["Copy summary", "Add to calendar", "Override priority", "Skip to content", "Embed the widget"], tables: "Priority levels" }],
      ["es", "/es/", { priority: "Prioridad: P2, nivel «Impacto alto» de la política", plan: "Plan: Estándar", target: "Objetivo de respuesta: 3 horas de soporte", by: "Hora objetivo de respuesta:", zone: "Zona horaria: Europe/Madrid", other: "Con el plan Premium:", counted: "Cómo se cuenta el objetivo:", filed: "Apertura del ticket:", controls: ["Copiar resumen", "Añadir al calendario", "Cambiar prioridad", "Saltar al contenido"], tables: "Niveles de prioridad" }],
    ]) {
      const context = await env.browser.newContext({ timezoneId: "Europe/Madrid", locale: lang === "en" ? "en-GB" : "es-ES" });
      const page = await context.newPage();
      await page.clock.install({ time: new Date("2025-06-13T12:00:00Z") });
      await page.goto(env.origin + path);
      const w = page.locator("support-policy-widget");
      await ready(w);
      await setTicket(w, lang, { impact: "high", urgency: "medium", tier: "standard", timeZone: "Europe/Madrid" });
      await until(async () => (await w.locator(".answer").getAttribute("data-priority")) === "P2", 3000, "P2");
      const pdf = join(out, `${lang}.pdf`);
      await page.pdf({ path: pdf, format: "A4", printBackground: false });
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/[ \t]+/g, " ");
      for (const [what, word] of Object.entries(words)) {
        if (what === "controls") for (const c of word) assert.ok(!text.includes(c), `${lang}: "${c}" is not printed`);
        else assert.ok(text.includes(word), `${lang}: the printout says "${word}"`);
      }
      assert.ok(text.indexOf(words.priority) < text.indexOf(words.tables), `${lang}: the statement comes before the policy tables`);
      // Pages as images, to look at.
      execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(SCREENSHOTS, `print-${lang}`)]);
      await context.close();
    }
    assert.ok(readdirSync(SCREENSHOTS).some((f) => f.startsWith("print-en")));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("every error a visitor can cause is a sentence in the page's language (no English on the Spanish page)", async () => {
  const WORDS = {
    en: {
      zone: /^Unknown time zone "Mars\/Olympus"; the result still uses Europe\/Madrid\.$/,
      newer: /^This browser's time-zone data does not include "America\/Coyhaique" \("America\/Punta_Arenas" has had the same clock since 2024\); the result still uses Europe\/Madrid\.$/,
      range: /^The filing date "1800-01-01T10:00(:00)?" is outside the period the calculator covers \(1900 to 2999\)\.$/,
      gap: /^That time does not exist in this zone \(the clocks went forward\); the time 1\u00a0h later is used\.$/,
      fold: /^That time happens twice in this zone \(the clocks went back\); the earlier one is used\.$/,
      link: [/The shared link's impact \("huge"\) cannot be used; the current choice is kept\./, /The shared link has a part the widget does not know \("colour"\); it is ignored\./, /The shared link's support plan \("gold"\) cannot be used/],
    },
    es: {
      zone: /^Zona horaria desconocida «Mars\/Olympus»; el resultado sigue usando Europe\/Madrid\.$/,
      newer: /^Los datos de zonas horarias de este navegador no incluyen «America\/Coyhaique» \(«America\/Punta_Arenas» tiene la misma hora desde 2024\); el resultado sigue usando Europe\/Madrid\.$/,
      range: /^La fecha de apertura «1800-01-01T10:00(:00)?» está fuera del periodo que cubre la calculadora \(de 1900 a 2999\)\.$/,
      gap: /^Esa hora no existe en esta zona \(los relojes se adelantaron\); se toma la hora 1\u00a0h más tarde\.$/,
      fold: /^Esa hora se repite en esta zona \(se atrasaron los relojes\); se toma la primera\.$/,
      link: [/No se puede usar el valor de «Impacto» del enlace compartido \(«huge»\); se mantiene la elección actual\./, /El enlace compartido tiene una parte que el widget no conoce \(«colour»\); se ignora\./, /No se puede usar el valor de «Plan de soporte» del enlace compartido \(«gold»\)/],
    },
  };
  const ENGLISH = /\b(the|The|cannot|Unknown|outside|shared link|filing|time zone|does not|still uses|moved forward|earlier one|filedAt|timeZone)\b/;
  for (const [lang, path] of Object.entries(PAGES)) {
    const W = WORDS[lang];
    // A browser whose time-zone data is older than America/Coyhaique (2025), as WebKitGTK 2.50's is.
    const context = await env.browser.newContext({ timezoneId: "Europe/Madrid", locale: "en-GB" });
    await context.addInitScript(() => {
      const Real = Intl.DateTimeFormat, gone = "america/coyhaique";
      const Older = function (locales, options) {
        if (options && String(options.timeZone).toLowerCase() === gone) throw new RangeError(`Invalid time zone specified: ${options.timeZone}`);
        return new Real(locales, options);
      };
      Older.prototype = Real.prototype;
      Older.supportedLocalesOf = Real.supportedLocalesOf.bind(Real);
      Intl.DateTimeFormat = Older;
      const values = Intl.supportedValuesOf.bind(Intl);
      Intl.supportedValuesOf = (key) => values(key).filter((z) => z.toLowerCase() !== gone);
    });
    const page = await context.newPage();
    const log = { errors: [] };
    page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && log.errors.push(m.text()));
    page.on("pageerror", (e) => log.errors.push(e.message));
    await page.goto(env.origin + path);
    const w = page.locator("support-policy-widget").first();
    await ready(w);
    const L = lang === "en" ? { zone: "Time zone", filed: "Filed at" } : { zone: "Zona horaria", filed: "Fecha y hora de apertura" };
    const seen = [];
    const zone = w.getByLabel(L.zone, { exact: true });
    await zone.fill("Mars/Olympus");
    await zone.press("Tab");
    const zoneAlert = w.locator("#zone-hint [role=alert]");
    await until(async () => (await zoneAlert.count()) === 1, 3000, `${lang}: the zone's alert`);
    seen.push(await zoneAlert.innerText());
    assert.match(seen.at(-1), W.zone);
    await zone.fill("America/Coyhaique");
    await zone.press("Tab");
    await until(async () => W.newer.test(await zoneAlert.innerText()), 3000, `${lang}: the newer zone's message (seen ${await zoneAlert.innerText().catch(() => "")})`);
    seen.push(await zoneAlert.innerText());
    await zone.fill("Europe/Madrid");
    await zone.press("Tab");
    const filed = w.getByLabel(L.filed, { exact: true });
    const hint = w.locator("#filed-hint");
    for (const [typed, want] of [["1800-01-01T10:00", W.range], ["2025-03-30T02:30", W.gap], ["2025-10-26T02:30", W.fold]]) {
      await filed.fill(typed);
      await until(async () => want.test(await hint.innerText()), 3000, `${lang}: ${typed} (seen ${await hint.innerText()})`);
      seen.push(await hint.innerText());
    }
    // A shared link the widget cannot read in full.
    await page.evaluate(async (lang) => {
      const el = document.createElement("support-policy-widget");
      el.id = "shared";
      el.setAttribute("sync-url", "");
      el.lang = lang;
      history.replaceState(null, "", "#spw:impact=huge&colour=red&tier=gold&urgency=high");
      document.querySelector("main").prepend(el);
    }, lang);
    const shared = page.locator("#shared");
    await until(async () => (await shared.locator(".errors").count()) === 1, 5000, `${lang}: the shared link's messages`);
    const linkText = await shared.locator(".errors").innerText();
    for (const want of W.link) assert.match(linkText, want, `${lang}: ${linkText}`);
    seen.push(linkText);
    assert.equal(await shared.getByRole("group", { name: lang === "en" ? "Urgency" : "Urgencia", exact: true }).getByRole("radio", { name: lang === "en" ? /^High\b/ : /^Alta\b/ }).isChecked(), true, "what the link says well is used");
    if (lang === "es") {
      for (const text of seen) assert.doesNotMatch(text, ENGLISH, `English on the Spanish page: ${text}`);
      const all = await w.evaluate((el) => el.shadowRoot.querySelector(".widget").innerText);
      assert.doesNotMatch(all.replace(/Europe\/Madrid|America\/New_York|IANA/g, ""), ENGLISH, "no English anywhere in the Spanish widget");
    }
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test("the accessibility tree as a screen reader reads it: answer, then controls, then details; names, descriptions, checked states; nothing hidden", async () => {
  const T = {
    en: { impact: "Impact", urgency: "Urgency", plan: "Support plan", zone: "Time zone", filed: "Filed at", override: "Override priority", target: "Target response by", meaning: "A major loss of function", high: "High", medium: "Medium", low: "Low", now: "Using the current time.", zoneHint: "Type a city, such as London or New York", overrideHint: "The policy lets you override" },
    es: { impact: "Impacto", urgency: "Urgencia", plan: "Plan de soporte", zone: "Zona horaria", filed: "Fecha y hora de apertura", override: "Cambiar prioridad", target: "Hora objetivo de respuesta", meaning: "Pérdida importante de funciones", high: "Alto", medium: "Medio", low: "Bajo", now: "Se usa la hora actual.", zoneHint: "Escriba una ciudad, como Londres o Nueva York", overrideHint: "La política le permite cambiar" },
  };
  for (const [lang, path] of Object.entries(PAGES)) {
    const L = T[lang];
    const { page, context } = await openPage(env.browser, env.origin + path, { timezoneId: "Europe/Madrid" });
    const w = page.locator("support-policy-widget");
    await ready(w);
    await setTicket(w, lang, { impact: "high", urgency: "medium", tier: "standard", timeZone: "Europe/Madrid" });
    await until(async () => (await w.locator(".answer").getAttribute("data-priority")) === "P2", 3000, "P2");
    const cdp = await context.newCDPSession(page);
    await cdp.send("Accessibility.enable");
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    // Depth first from the root: the order a screen reader reads in.
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const order = [];
    const walk = (n) => { if (!n) return; order.push(n); for (const c of n.childIds ?? []) walk(byId.get(c)); };
    walk(nodes.find((n) => !n.parentId));
    const read = order.filter((n) => !n.ignored).map((n) => ({
      role: n.role?.value, name: n.name?.value ?? "", description: n.description?.value ?? "",
      checked: n.properties?.find((p) => p.name === "checked")?.value?.value,
    }));
    const at = (pred, what) => {
      const i = read.findIndex(pred);
      assert.ok(i >= 0, `${lang}: ${what} is read`);
      return i;
    };
    const answer = at((n) => n.name.includes(L.target), "the headline");
    const impactGroup = at((n) => n.role === "group" && n.name === L.impact, "the Impact group");
    const urgencyGroup = at((n) => n.role === "group" && n.name === L.urgency, "the Urgency group");
    const meaning = at((n) => n.name.includes(L.meaning), "the priority's meaning");
    assert.ok(answer < impactGroup && impactGroup < urgencyGroup && urgencyGroup < meaning, `${lang}: reading order answer ${answer}, controls ${impactGroup}, details ${meaning}`);
    // Every control: its name, and what describes it.
    const radios = read.filter((n) => n.role === "radio");
    assert.deepEqual(radios.map((r) => r.name.split(/\s/)[0]), [L.high, L.medium, L.low, lang === "en" ? "High" : "Alta", lang === "en" ? "Medium" : "Media", lang === "en" ? "Low" : "Baja"].map((x) => x), `${lang}: the radios' names`);
    assert.deepEqual(radios.map((r) => r.checked), ["true", "false", "false", "false", "true", "false"], `${lang}: checked states`);
    const control = (role, name) => read.find((n) => n.role === role && n.name === name);
    assert.ok(control("combobox", L.plan)?.description.length > 10, `${lang}: the plan has its description`);
    assert.ok(control("combobox", L.override)?.description.startsWith(L.overrideHint), `${lang}: the override's description`);
    const zone = read.find((n) => ["combobox", "textbox"].includes(n.role) && n.name === L.zone);
    assert.ok(zone && zone.description.includes("Madrid") && zone.description.includes(L.zoneHint), `${lang}: the zone's description: ${zone?.description}`);
    const filed = read.find((n) => n.name === L.filed && n.role !== "LabelText" && n.role !== "StaticText");
    assert.ok(filed, `${lang}: the filing time is named`);
    // Nothing hidden is read: the print statement, the page's fallback text.
    const all = read.map((n) => n.name).join("\n");
    assert.ok(!all.includes(`${L.zone}: Europe/Madrid`), `${lang}: the print-only statement is not read`);
    assert.ok(!/does not start here|no se inicia aquí/.test(all), `${lang}: the fallback behind the shadow root is not read`);
    await context.close();
  }
});
