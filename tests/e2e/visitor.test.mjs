// The visitor's answer first, in English and Spanish, on a phone
// (390 × 844) and a laptop (1280 × 800): the static tables agree with the
// built-in policy; the answer is in view after every control change; plain
// words for Standard, trial and community; an unknown zone or a bad date is
// flagged on its field; zone aliases; the hand-off (ticket link, calendar
// file, sync-url round trip).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, openPage, setTicket, result, until, LABELS } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const SIZES = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } };
const PAGES = { en: "/", es: "/es/" };

/** Words each language must show, faithful to the policy. */
const WORDS = {
  en: {
    targetBy: "Target response by", noTarget: "No response target", review: "Our support engineers review the priority with you.",
    days: "24 support hours (about 2⅔ working days)", holidays: "The policy does not mention public holidays; this calculator counts every Monday to Friday, holidays included.",
    closing: "this calculator treats a ticket filed at exactly 17:00 as filed outside them", notFix: "The target is for support's response, not for a fix.",
    trial: "The policy says nothing else of a trial's plan (support hours, channels, training).", community: "best-effort basis, subject to staff availability",
    unknownZone: 'Unknown time zone "Mars/Olympus"', openTicket: "Open a ticket", calendar: "Add to calendar",
    p4Example: "“Please clarify the backup configuration settings.”",
  },
  es: {
    targetBy: "Hora objetivo de respuesta", noTarget: "Sin objetivo de respuesta", review: "Nuestros ingenieros de soporte revisan la prioridad con usted.",
    days: "24 horas de soporte (unos 2⅔ días laborables)", holidays: "La política no menciona los festivos; esta calculadora cuenta todos los días de lunes a viernes, festivos incluidos.",
    closing: "esta calculadora considera fuera del horario de soporte un ticket abierto exactamente a las 17:00", notFix: "El objetivo se refiere a la respuesta del soporte, no a la solución del problema.",
    trial: "La política no dice nada más del plan de prueba (horario de soporte, canales, formación).", community: "en la medida de lo posible, sujeta a la disponibilidad del personal",
    unknownZone: "Zona horaria desconocida «Mars/Olympus»", openTicket: "Abrir un ticket", calendar: "Añadir al calendario",
    p4Example: "«Solicitud de aclaración sobre los ajustes de configuración de la copia de seguridad».",
  },
};

// The whole widget (the headline comes first, the rest a frame later).
const ready = (w) => until(async () => (await w.locator(".answer").count()) === 1 && (await w.locator("#tier").count()) === 1, 10000, "the widget");

/** The result region's box lies inside the viewport. */
async function answerInView(page, w) {
  const box = await w.locator(".answer").boundingBox();
  const { width, height } = page.viewportSize();
  return box !== null && box.y >= 0 && box.y + box.height <= height && box.x >= 0 && box.x + box.width <= width;
}

for (const [lang, path] of Object.entries(PAGES)) {
  test(`${path}: the static tables say what the built-in policy says`, async () => {
    const { page } = await openPage(env.browser, env.origin + path);
    await ready(page.locator("support-policy-widget"));
    const mismatches = await page.evaluate(async (lang) => {
      const { policy } = await import("/support-policy-widget.js");
      const doc = policy();
      const out = [];
      const eq = (what, got, want) => { if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${what}: page ${JSON.stringify(got)}, policy ${JSON.stringify(want)}`); };
      const text = (el) => el.textContent.trim().replace(/\s+/g, " ");
      const levels = ["high", "medium", "low"];
      // Priority levels: title, description, example.
      for (const row of document.querySelectorAll("#priority-levels tbody tr")) {
        const p = row.dataset.priority;
        const [desc, example] = row.querySelectorAll("td");
        eq(`${p} title`, text(row.querySelector("th")), `${p} · ${doc.priorities[p].title[lang]}`);
        eq(`${p} description`, text(desc), doc.priorities[p].description[lang]);
        eq(`${p} example`, text(example), doc.priorities[p].example[lang]);
      }
      // The matrix: headers and cells.
      const phrase = (kind, name) => lang === "en" ? `${name} ${kind}` : `${kind === "impact" ? "Impacto" : "Urgencia"} ${name.toLowerCase()}`;
      eq("matrix columns", [...document.querySelectorAll("#priority-matrix thead th")].map(text), levels.map((i) => phrase("impact", doc.levels.impact[i].name[lang])));
      [...document.querySelectorAll("#priority-matrix tbody tr")].forEach((row, r) => {
        const u = levels[r];
        eq(`matrix row ${u}`, text(row.querySelector("th")), phrase("urgency", doc.levels.urgency[u].name[lang]));
        eq(`matrix ${u}`, [...row.querySelectorAll("td")].map(text), levels.map((i) => doc.matrix[u][i]));
      });
      // Targets: the figure at the start of each cell, in minutes.
      const minutes = (cell) => {
        const m = cell.firstChild.textContent.trim().match(/^(\d+) (hours?|support hours?|horas?|horas? de soporte|minutes|minutos)$/);
        if (!m) return `unreadable: ${cell.firstChild.textContent}`;
        return Number(m[1]) * (/hour|hora/.test(m[2]) ? 60 : 1);
      };
      const rows = [...document.querySelectorAll("#response-targets tbody tr")];
      eq("target rows", rows.map((r) => text(r.querySelector("th"))), ["P1", "P2", "P3", "P4"]);
      for (const row of rows) {
        const p = text(row.querySelector("th"));
        const [standard, premium] = row.querySelectorAll("td");
        eq(`${p} Standard target`, minutes(standard), doc.plans.standard.targets[p]);
        eq(`${p} Premium target`, minutes(premium), doc.plans.premium.targets[p]);
      }
      // Plan rows: labels and items, in the document's order.
      const planRows = [...document.querySelectorAll("#plan-features tbody tr")];
      eq("plan rows", planRows.map((r) => r.dataset.row), doc.featureRows.map((r) => r.id));
      for (const row of planRows) {
        const id = row.dataset.row;
        const label = doc.featureRows.find((r) => r.id === id).label[lang];
        eq(`${id} label`, text(row.querySelector("th")), label);
        const items = (tier) => (doc.plans[tier].features[id] ?? []).map((t) => t[lang]);
        const cells = [...row.querySelectorAll("td")].map((td) => [...td.querySelectorAll("li")].map(text));
        if (cells.length === 1) {
          eq(`${id} (same in both)`, [cells[0], cells[0]], [items("standard"), items("premium")]);
        } else {
          eq(`${id} Standard`, cells[0], items("standard"));
          eq(`${id} Premium`, cells[1], items("premium"));
        }
      }
      // Trial: Premium's SLA and nothing more in the document.
      eq("trial targets", doc.plans.trial.targets, doc.plans.premium.targets);
      // (The policy grants a trial the Premium SLA, not Premium's hours: no rows.)
      eq("trial features", Object.keys(doc.plans.trial.features), []);
      return out;
    }, lang);
    assert.deepEqual(mismatches, []);
  });
}

for (const [lang, path] of Object.entries(PAGES)) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`${lang} ${size}: the answer is in view after every change; plain words; flagged fields`, async () => {
      const { page, log } = await openPage(env.browser, env.origin + path, { viewport, locale: lang === "en" ? "en-GB" : "es-ES" });
      const w = page.locator("support-policy-widget");
      await ready(w);
      const L = LABELS[lang], W = WORDS[lang];
      assert.ok(await answerInView(page, w), "the answer is on the first screen");
      const changes = [
        ["impact low", { impact: "low" }],
        ["urgency low", { urgency: "low" }],
        ["plan", { tier: "standard" }],
        ["zone", { timeZone: "Europe/Madrid" }],
        ["filed", { filedLocal: "2025-06-13T16:00:00" }],
      ];
      for (const [what, change] of changes) {
        await setTicket(w, lang, change);
        await page.waitForTimeout(50);
        assert.ok(await answerInView(page, w), `the answer is in view after: ${what}`);
      }
      await until(async () => (await result(w)).deadline === "2025-06-18T11:00:00Z", 3000, "Standard P4 from Friday 16:00");
      const status = await w.locator(".answer").innerText();
      assert.ok(status.startsWith("P4"), status);
      assert.ok(status.includes(W.targetBy), status);
      const details = await w.locator(".details").innerText();
      for (const words of [W.review, W.days, W.holidays, W.closing, W.notFix, W.p4Example]) {
        assert.ok(details.includes(words), `${words} in: ${details}`);
      }
      // Override: the chosen priority drives the deadline.
      await w.getByLabel(L.override, { exact: true }).selectOption("P1");
      await until(async () => (await result(w)).priority === "P1", 3000, "override");
      assert.ok(await answerInView(page, w), "the answer is in view after: override");
      await w.getByLabel(L.override, { exact: true }).selectOption("");
      // Trial: Premium's SLA; the rest of its plan is not stated.
      await setTicket(w, lang, { tier: "trial" });
      await until(async () => (await result(w)).tier === "trial", 3000, "trial");
      assert.ok(await answerInView(page, w), "the answer is in view after: trial");
      assert.ok((await w.locator(".details").innerText()).includes(W.trial));
      // Community: no target leads.
      await setTicket(w, lang, { tier: "community" });
      await until(async () => (await result(w)).tier === "community", 3000, "community");
      assert.ok(await answerInView(page, w), "the answer is in view after: community");
      const community = await w.locator(".answer").innerText();
      assert.ok(community.startsWith(W.noTarget), community);
      assert.ok(community.includes(W.community), community);

      // An unknown zone: flagged on its field, tied to its message, announced.
      const zone = w.getByLabel(L.zone, { exact: true });
      await zone.fill("Mars/Olympus");
      await zone.press("Tab");
      await until(async () => (await zone.getAttribute("aria-invalid")) === "true", 3000, "aria-invalid zone");
      const zoneMessage = await w.evaluate((el) => {
        const input = el.shadowRoot.getElementById("zone");
        const ids = input.getAttribute("aria-describedby").split(" ");
        const alert = el.shadowRoot.querySelector("#zone-hint [role=alert]");
        return { described: ids.map((id) => el.shadowRoot.getElementById(id)?.textContent ?? "").join(" "), alert: alert?.textContent ?? "" };
      });
      assert.ok(zoneMessage.alert.includes(W.unknownZone), JSON.stringify(zoneMessage));
      assert.ok(zoneMessage.described.includes(W.unknownZone), "the message is tied to the field");
      assert.equal((await result(w)).tier, "community", "the widget keeps working");
      // An alias is accepted and written in its current form.
      await zone.fill("Asia/Calcutta");
      await zone.press("Tab");
      await until(async () => (await zone.inputValue()) === "Asia/Kolkata", 3000, "alias written as Asia/Kolkata");
      assert.equal(await zone.getAttribute("aria-invalid"), "false");
      // (Its city in the visitor's language: CLDR's Spanish name is "Calcuta".)
      assert.match(await w.locator("#zone-readable").innerText(), lang === "en" ? /^Kolkata · UTC\+05:30$/ : /^Calcuta · UTC\+05:30$/);
      // A date outside 1900–2999: flagged the same way.
      const filed = w.getByLabel(L.filed, { exact: true });
      await filed.fill("1850-06-13T16:00:00");
      await until(async () => (await filed.getAttribute("aria-invalid")) === "true", 3000, "aria-invalid date");
      const dateAlert = await w.locator("#filed-hint [role=alert]").innerText();
      // A whole sentence of the catalogue, in the page's language (not the engine's "filedAt: …").
      assert.match(dateAlert, lang === "en"
        ? /^The filing date "1850-06-13T16:00(:00)?" is outside the period the calculator covers \(1900 to 2999\)\.$/
        : /^La fecha de apertura «1850-06-13T16:00(:00)?» está fuera del periodo que cubre la calculadora \(de 1900 a 2999\)\.$/);
      assert.equal(await filed.getAttribute("aria-describedby"), "filed-hint");
      await w.getByRole("button", { name: L.now, exact: true }).click();
      await until(async () => (await filed.getAttribute("aria-invalid")) === "false", 3000, "now clears the date error");
      assert.deepEqual(log.errors, []);
    });

    test(`${lang} ${size}: the hand-off — ticket link, calendar file, sync-url round trip`, async () => {
      const fixture = `${env.origin}/fixtures/handoff-${lang}.html`;
      const { page, context, log } = await openPage(env.browser, fixture, { viewport, acceptDownloads: true });
      const w = page.locator("#handoff");
      await ready(w);
      const W = WORDS[lang];
      await setTicket(w, lang, { impact: "high", urgency: "medium", tier: "standard", timeZone: "Europe/Madrid", filedLocal: "2025-06-13T16:00:00" });
      await until(async () => (await result(w)).deadline === "2025-06-16T08:00:00Z", 3000, "Standard P2 from Friday 16:00");

      // The ticket link: every value URL-encoded into the host's template.
      const link = w.getByRole("link", { name: W.openTicket });
      assert.equal(await link.getAttribute("href"),
        "https://support.example.com/new?priority=P2&impact=high&urgency=medium&tier=standard&tz=Europe%2FMadrid" +
        "&filed=2025-06-13T14%3A00%3A00Z&due=2025-06-16T08%3A00%3A00Z");

      // The calendar file: made in the browser, one event at the target in UTC.
      await page.evaluate(() => {
        const make = URL.createObjectURL;
        URL.createObjectURL = (blob) => { window.__blobType = blob.type; return make(blob); };
      });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        w.getByRole("button", { name: W.calendar }).click(),
      ]);
      assert.equal(await page.evaluate(() => window.__blobType), "text/calendar");
      assert.match(download.suggestedFilename(), /\.ics$/);
      assert.ok(download.url().startsWith("blob:"), "made in the browser, no request");
      const ics = readFileSync(await download.path(), "utf8");
      assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
      assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
      assert.equal(ics.replace(/\r\n/g, "").includes("\n"), false, "every line ends in CRLF");
      assert.equal(ics.match(/BEGIN:VEVENT/g).length, 1);
      const unfolded = ics.replace(/\r\n /g, "");
      assert.match(unfolded, /\r\nDTSTART:20250616T080000Z\r\n/);
      const summary = unfolded.match(/\r\nSUMMARY:(.*)\r\n/)[1];
      assert.ok(summary.includes("P2") && summary.includes(lang === "en" ? "Standard" : "Estándar"), summary);
      for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, line);

      // sync-url: the choices are in the fragment; a new visit restores them.
      await w.getByLabel(LABELS[lang].override, { exact: true }).selectOption("P1");
      await until(async () => (await result(w)).priority === "P1", 3000, "override");
      await until(async () => new URL(page.url()).hash.startsWith("#spw:"), 3000, "the fragment");
      const shared = page.url();
      assert.match(shared, /#spw:impact=high&urgency=medium&tier=standard&timeZone=Europe%2FMadrid&filedAt=2025-06-13T16%3A00(%3A00)?&priority=P1$/);
      const want = await result(w);
      const second = await context.newPage();
      await second.goto(shared);
      const w2 = second.locator("#handoff");
      await ready(w2);
      await until(async () => JSON.stringify(await result(w2)) === JSON.stringify(want), 3000, "restored from the link");
      assert.equal(await w2.getByLabel(LABELS[lang].zone, { exact: true }).inputValue(), "Europe/Madrid");
      assert.equal(await w2.getByLabel(LABELS[lang].override, { exact: true }).inputValue(), "P1");

      // A template that is not https: is refused with a message, and no link.
      await page.evaluate(() => document.querySelector("#handoff").setAttribute("ticket-url", "javascript:alert(1)"));
      await until(async () => (await w.getByRole("link", { name: W.openTicket }).count()) === 0, 3000, "no link");
      assert.match(await w.getByRole("alert").innerText(), /ticketUrl: only https: addresses \(or http: on localhost\) are accepted, got "javascript:alert\(1\)"/);
      assert.equal((await result(w)).priority, "P1", "the widget keeps working");
      assert.deepEqual(log.errors, []);
    });
  }
}

test("before the widget starts, and without JavaScript, the page points to its tables", async () => {
  for (const [lang, path] of Object.entries(PAGES)) {
    // Without JavaScript: the fallback text shows and no blank height is kept.
    const off = await openPage(env.browser, env.origin + path, { javaScriptEnabled: false, viewport: SIZES.phone });
    const fallback = off.page.locator("support-policy-widget .widget-fallback");
    assert.ok(await fallback.isVisible(), `${lang}: the fallback shows without JavaScript`);
    assert.match(await fallback.innerText(), lang === "en" ? /the tables below give the same priorities/ : /las tablas siguientes recogen las mismas prioridades y los mismos objetivos/);
    const height = await off.page.locator("support-policy-widget").evaluate((e) => e.getBoundingClientRect().height);
    assert.ok(height < 200, `${lang}: ${height}px kept for a widget that cannot start`);
    await off.context.close();

    // With it: the widget's shadow root takes the element's place; the fallback is not shown.
    const on = await openPage(env.browser, env.origin + path, { viewport: SIZES.phone });
    const w = on.page.locator("support-policy-widget");
    await until(async () => (await w.locator(".answer").count()) === 1, 10000, "the widget");
    assert.equal(await on.page.locator("support-policy-widget .widget-fallback").isVisible(), false, `${lang}: fallback hidden once the widget runs`);
    assert.deepEqual(on.log.errors, []);
    await on.context.close();
  }
});
