// Shared helpers for the end-to-end tests: the server, the browser, and
// driving the widget through its labelled controls.
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { start } from "../../scripts/serve.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SCREENSHOTS = join(ROOT, "tests/e2e/screenshots");

/** The worked cases (the verbatim copy kept under tests/cases). */
export const CASES = JSON.parse(readFileSync(join(ROOT, "tests/cases/deadlines.json"), "utf8")).cases;

export const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
};

/** Starts the site (with /fixtures/) and a browser; returns both and a closer. */
export async function setup() {
  const server = await start(0, { "/fixtures/": join(ROOT, "tests/e2e/fixtures") });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(LAUNCH);
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/**
 * A page that records console errors, page errors, failed requests and every
 * request's URL, so tests can assert none went astray.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ timezoneId: "Europe/Madrid", locale: "en-GB", ...contextOptions });
  const page = await context.newPage();
  const log = { errors: [], requests: [] };
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") log.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("requestfailed", (r) => log.errors.push(`request failed: ${r.url()}`));
  await page.goto(url);
  return { page, context, log };
}

/** Polls `fn` until it returns true (or throws after `ms`). */
export async function until(fn, ms = 5000, what = "condition") {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last === true) return;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** The wall-clock time of a UTC instant in a zone, as datetime-local text. */
export function localText(instant, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    }).formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Whether a wall-clock time is unambiguous in a zone (no change within 3 hours). */
export function unambiguous(instant, timeZone) {
  const offset = (t) => {
    const local = localText(t, timeZone);
    return Date.parse(local + "Z") - t;
  };
  const t = Date.parse(instant);
  return offset(t - 3 * 3600e3) === offset(t) && offset(t + 3 * 3600e3) === offset(t);
}

export const LABELS = {
  en: {
    impact: "Impact", urgency: "Urgency", tier: "Support plan", zone: "Time zone", filed: "Filed at",
    override: "Override priority", now: "Now", copy: "Copy summary",
    impactLevels: { high: "High", medium: "Medium", low: "Low" },
    urgencyLevels: { high: "High", medium: "Medium", low: "Low" },
  },
  es: {
    impact: "Impacto", urgency: "Urgencia", tier: "Plan de soporte", zone: "Zona horaria", filed: "Fecha y hora de apertura",
    override: "Cambiar prioridad", now: "Ahora", copy: "Copiar resumen",
    impactLevels: { high: "Alto", medium: "Medio", low: "Bajo" },
    urgencyLevels: { high: "Alta", medium: "Media", low: "Baja" },
  },
};

/** Sets a ticket through the controls, by their labels. */
export async function setTicket(widget, lang, { impact, urgency, tier, timeZone, filedLocal }) {
  const L = LABELS[lang];
  if (impact) {
    await widget.getByRole("group", { name: L.impact, exact: true })
      .getByRole("radio", { name: new RegExp(`^${L.impactLevels[impact]}\\b`) }).check();
  }
  if (urgency) {
    await widget.getByRole("group", { name: L.urgency, exact: true })
      .getByRole("radio", { name: new RegExp(`^${L.urgencyLevels[urgency]}\\b`) }).check();
  }
  if (tier) await widget.getByLabel(L.tier, { exact: true }).selectOption(tier);
  if (timeZone) await widget.getByLabel(L.zone, { exact: true }).fill(timeZone);
  if (filedLocal) await widget.getByLabel(L.filed, { exact: true }).fill(filedLocal);
}

/** The result region's machine-readable attributes. */
export async function result(widget) {
  const status = widget.locator(".answer");
  return {
    priority: await status.getAttribute("data-priority"),
    tier: await status.getAttribute("data-tier"),
    deadline: await status.getAttribute("data-deadline"),
  };
}

/**
 * DOM nodes, event listeners, JS heap and wasm memory (where the page kept
 * `window.__wasmMemory`), after garbage collection and a task for the
 * finalizers that free the wasm side of dropped handles (on a fake clock,
 * its own time moves them). Shared by embed.test.mjs and scripts/bench.
 */
export async function memoryCounters(context, page, fakeClock = false) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  for (let i = 0; i < 3; i++) {
    await cdp.send("HeapProfiler.collectGarbage");
    if (fakeClock) await page.clock.runFor(50);
    else await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  }
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? NaN);
  await cdp.detach();
  return { nodes: metrics.Nodes, listeners: metrics.JSEventListeners, heap: metrics.JSHeapUsedSize, wasm };
}

/** 100 widgets mounted under #here and removed, one at a time, each after its first frame. */
export function mountCycles(page) {
  return page.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const w = document.createElement("support-policy-widget");
      w.lang = "en";
      document.getElementById("here").append(w);
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(r));
      w.remove();
      await new Promise((r) => setTimeout(r, 0));
    }
  });
}
