// What the widget says, read as a visitor reads it in the browser (the
// words' rules are tested natively in tests/native/reading.rs; here the
// browser's Intl writes the dates): the account of a deadline, Spanish city
// names in the time-zone field (downloaded on first use only), no ticket
// link for community users, a trial told of the Premium SLA and not of
// hours, and the frame's fallback in its language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, setTicket, result, until } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const ready = (w) => until(async () => (await w.locator(".answer").count()) === 1, 10000, "the widget");

test("the account says what each day counts, in English and Spanish", async () => {
  for (const [lang, path, expected] of [
    ["en", "/", [
      "Filed: Friday 13 June at 16:00, within Standard support hours, so counting starts at once.",
      "Friday 13 June, 16:00–17:00: 1\u00a0h",
      "Saturday 14 June to Sunday 15 June: closed, nothing counted",
      "Monday 16 June, 08:00–17:00: 9\u00a0h",
      "Tuesday 17 June, 08:00–17:00: 9\u00a0h",
      "Wednesday 18 June, 08:00–13:00: 5\u00a0h",
      "Target response by Wednesday 18 June at 13:00 (24 support hours in all).",
    ]],
    ["es", "/es/", [
      "Apertura del ticket: viernes, 13 de junio, 16:00, dentro del horario de soporte del plan Estándar, así que el plazo empieza a contar enseguida.",
      "Viernes, 13 de junio, de 16:00 a 17:00: 1\u00a0h",
      "Del sábado, 14 de junio al domingo, 15 de junio: sin horario de soporte, no se cuenta nada",
      "Lunes, 16 de junio, de 08:00 a 17:00: 9\u00a0h",
      "Martes, 17 de junio, de 08:00 a 17:00: 9\u00a0h",
      "Miércoles, 18 de junio, de 08:00 a 13:00: 5\u00a0h",
      "Hora objetivo de respuesta: miércoles, 18 de junio, 13:00 (en total, 24 horas de soporte).",
    ]],
  ]) {
    const { page, log, context } = await openPage(env.browser, env.origin + path, { locale: lang === "en" ? "en-GB" : "es-ES" });
    const w = page.locator("support-policy-widget");
    await ready(w);
    await setTicket(w, lang, { impact: "low", urgency: "low", tier: "standard", timeZone: "Europe/Madrid", filedLocal: "2025-06-13T16:00:00" });
    await until(async () => (await result(w)).deadline === "2025-06-18T11:00:00Z", 3000, "Standard P4 from Friday 16:00");
    const account = w.locator("details.account");
    await account.locator("summary").click();
    const lines = await account.locator("li").allInnerTexts();
    assert.deepEqual(lines, expected, `${lang}: ${JSON.stringify(lines)}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
  // A US reader gets US dates on the policy's 24-hour clock (no "04:00 PM").
  const { page, context } = await openPage(env.browser, env.origin + "/", { locale: "en-US" });
  const w = page.locator("support-policy-widget");
  await ready(w);
  await setTicket(w, "en", { impact: "low", urgency: "low", tier: "standard", timeZone: "Europe/Madrid", filedLocal: "2025-06-13T16:00:00" });
  await until(async () => (await result(w)).deadline === "2025-06-18T11:00:00Z", 3000, "Standard P4");
  const lines = await w.locator("details.account li").allTextContents();
  assert.equal(lines[1], "Friday, June 13, 16:00–17:00: 1\u00a0h", JSON.stringify(lines));
  assert.doesNotMatch(await w.locator(".widget").innerText(), /\b(AM|PM)\b/);
  await context.close();
});

test("Spanish city names find their zones; the names are downloaded only when the field is first used", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + "/es/", { locale: "es-ES" });
  const w = page.locator("support-policy-widget");
  await ready(w);
  const zonesRequested = () => log.requests.filter((u) => u.includes("/zones/"));
  assert.deepEqual(zonesRequested(), [], "nothing before the field is used");
  const field = w.getByLabel("Zona horaria", { exact: true });
  await field.focus();
  await until(async () => zonesRequested().length === 1, 5000, "the Spanish names");
  assert.match(zonesRequested()[0], /\/zones\/es\.txt$/);
  for (const [typed, zone] of [
    ["Nueva York", "America/New_York"],
    ["londres", "Europe/London"],
    ["Ciudad de Mexico", "America/Mexico_City"],
    ["Bogotá", "America/Bogota"],
    ["LISBOA", "Europe/Lisbon"],
    ["São Paulo", "America/Sao_Paulo"],
  ]) {
    await field.fill(typed);
    await field.press("Enter");
    await until(async () => (await field.inputValue()) === zone, 3000, `${typed} → ${zone}`);
    assert.equal(await w.locator("[aria-invalid=true]").count(), 0, typed);
  }
  // The suggestions show the cities in Spanish, and the zone's readable name too.
  assert.equal(await w.locator('datalist option[value="America/New_York"]').getAttribute("label"), "Nueva York");
  await field.fill("Nueva York");
  await field.press("Enter");
  await until(async () => (await w.locator("#zone-readable").innerText()).startsWith("Nueva York · UTC"), 3000, "readable name");
  assert.equal(zonesRequested().length, 1, "downloaded once");
  assert.deepEqual(log.errors, []);
  await context.close();

  // English needs no download: its city names are the IANA ones.
  const en = await openPage(env.browser, env.origin + "/");
  const we = en.page.locator("support-policy-widget");
  await ready(we);
  const fe = we.getByLabel("Time zone", { exact: true });
  await fe.fill("new york");
  await fe.press("Enter");
  await until(async () => (await fe.inputValue()) === "America/New_York", 3000, "new york");
  assert.deepEqual(en.log.requests.filter((u) => u.includes("/zones/")), []);
  await en.context.close();
});

test("community users get no web-ticket link; a trial is told of the Premium SLA, not of support hours", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + "/embed.html");
  await page.evaluate(() => {
    const el = document.createElement("support-policy-widget");
    el.id = "words-test";
    el.setAttribute("lang", "en");
    el.setAttribute("time-zone", "Europe/Madrid");
    el.setAttribute("ticket-url", "https://support.example.com/new?priority={priority}");
    document.body.append(el);
  });
  const w = page.locator("#words-test");
  await ready(w);
  const link = () => w.getByRole("link", { name: "Open a ticket" }).count();
  assert.equal(await link(), 1, "Standard: the ticket link");
  await w.getByLabel("Support plan", { exact: true }).selectOption("community");
  await until(async () => (await result(w)).tier === "community", 3000, "community");
  assert.equal(await link(), 0, "community: e-mail help only");
  await w.getByLabel("Support plan", { exact: true }).selectOption("trial");
  await until(async () => (await result(w)).tier === "trial", 3000, "trial");
  const details = await w.locator(".details").innerText();
  assert.match(details, /Response targets are counted around the clock\./);
  assert.match(details, /During the evaluation, trial customers get the Premium SLA/);
  assert.doesNotMatch(details, /support hours: around the clock|open around the clock|targets and hours/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the frame's fallback speaks the frame's language and links to its page", async () => {
  const { page, context } = await openPage(env.browser, "about:blank", { locale: "es-ES" });
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(env.origin + "/frame.html?lang=es");
  const fallback = page.locator("support-policy-widget .widget-fallback");
  await until(async () => (await fallback.textContent()).startsWith("Si la calculadora no se inicia"), 5000, "Spanish fallback");
  assert.equal(await fallback.textContent(), "Si la calculadora no se inicia, la página de la política de soporte recoge las mismas prioridades y objetivos de respuesta.");
  assert.equal(await fallback.locator("a").getAttribute("href"), "/es/");
  await context.close();
});

test("a page in a language the widget does not speak gets English, not the browser's; a page without one gets the browser's", async () => {
  for (const [pageLang, expected] of [["fr", "Impact"], ["es", "Impacto"], ["", "Impacto"]]) {
    const { page, log, context } = await openPage(env.browser, env.origin + "/fixtures/blank.html", { locale: "es-ES" });
    await page.evaluate(async (pageLang) => {
      if (pageLang) document.documentElement.lang = pageLang;
      else document.documentElement.removeAttribute("lang");
      document.getElementById("here").append(document.createElement("support-policy-widget"));
      await import("/support-policy-widget.js");
    }, pageLang);
    const w = page.locator("support-policy-widget");
    await until(async () => (await w.getByRole("group", { name: expected, exact: true }).count()) === 1, 10000, `lang="${pageLang}" with a Spanish browser: ${expected}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});
