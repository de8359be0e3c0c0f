// Accessibility and looks: keyboard-only use with visible focus, axe-core in
// light and dark, and screenshots (English, Spanish; light, dark; 360 and
// 1280 px wide) saved under tests/e2e/screenshots.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, openPage, result, until, ROOT, SCREENSHOTS } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** The element that has focus, looking through shadow roots. */
async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(), id: el.id, type: el.type ?? "", name: el.name ?? "", value: el.value ?? "",
      label: el.getAttribute("aria-label") ?? "", text: el.textContent ?? "",
      // A visually hidden radio shows its focus on its label.
      outline: el.type === "radio" ? getComputedStyle(el.nextElementSibling).outlineStyle : style.outlineStyle,
      outlineWidth: style.outlineWidth,
    };
  });
}

async function tabUntil(page, predicate, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f && predicate(f)) return f;
  }
  throw new Error("never reached the control by Tab");
}

test("a check can be completed by keyboard alone, with visible focus", async () => {
  const { page, log } = await openPage(env.browser, env.origin + "/");
  const w = page.locator("support-policy-widget").first();
  await until(async () => (await w.locator(".answer").count()) === 1, 10000, "the widget");

  // Impact: Tab into the group, arrow up from Medium to High.
  let f = await tabUntil(page, (f) => f.type === "radio" && f.name === "impact");
  assert.notEqual(f.outline, "none", "focus is visible on the radio");
  await page.keyboard.press("ArrowUp");
  assert.equal((await focused(page)).value, "high");
  // Urgency: the next Tab stop, arrow up to High.
  f = await tabUntil(page, (f) => f.type === "radio" && f.name === "urgency", 3);
  await page.keyboard.press("ArrowUp");
  await until(async () => (await result(w)).priority === "P1", 3000, "P1 by keyboard");
  // The plan: arrow keys on the native select.
  f = await tabUntil(page, (f) => f.id === "tier", 12);
  await page.keyboard.press("ArrowDown");
  await until(async () => (await result(w)).tier === "premium", 3000, "premium by keyboard");
  // The time zone: type a city.
  f = await tabUntil(page, (f) => f.id === "zone", 3);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Tokyo");
  await until(async () => (await w.locator(".answer").innerText()).includes("GMT+9") || (await w.locator(".answer").innerText()).includes("JST"), 3000, "Tokyo by keyboard");
  // The override, then the hand-off buttons, are reachable.
  f = await tabUntil(page, (f) => f.id === "override", 20);
  await page.keyboard.press("ArrowDown");
  await until(async () => (await result(w)).priority === "P1", 3000, "override by keyboard");
  f = await tabUntil(page, (f) => f.tag === "button" && f.text === "Copy summary", 12);
  assert.notEqual(f.outline, "none", "focus is visible on the copy button");
  assert.deepEqual(log.errors, []);
});

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

const MODES = {
  light: { colorScheme: "light" },
  dark: { colorScheme: "dark" },
  "forced colours, light": { colorScheme: "light", forcedColors: "active" },
  "forced colours, dark": { colorScheme: "dark", forcedColors: "active" },
  "320 px": { colorScheme: "light", viewport: { width: 320, height: 640 } },
};
for (const [mode, options] of Object.entries(MODES)) {
  for (const path of ["/", "/es/", "/embed.html"]) {
    test(`axe-core finds no violations on ${path} (${mode})`, async () => {
      // The page keeps its CSP; only the test's injected axe script bypasses it.
      const { page } = await openPage(env.browser, env.origin + path, { bypassCSP: true, ...options });
      await until(async () => (await page.locator("support-policy-widget .answer").count()) >= 1, 10000, "the widget");
      // Open the plan comparison so it is checked too.
      await page.locator("support-policy-widget").first().locator("details.plans summary").click();
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(" ")} — ${v.help}`);
      });
      assert.deepEqual(violations, []);
    });
  }
}

test("screenshots: English and Spanish, light and dark; phone first screen, phone scrolled, laptop", async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const saved = [];
  for (const [lang, path] of [["en", "/"], ["es", "/es/"]]) {
    for (const scheme of ["light", "dark"]) {
      for (const [size, viewport] of [["390", { width: 390, height: 844 }], ["1280", { width: 1280, height: 800 }]]) {
        const { page, context } = await openPage(env.browser, env.origin + path, { colorScheme: scheme, viewport });
        const w = page.locator("support-policy-widget").first();
        await until(async () => (await w.locator(".answer").count()) === 1, 10000, "the widget");
        await w.getByLabel(lang === "en" ? "Filed at" : "Fecha y hora de apertura").fill("2025-06-13T16:00:00");
        await until(async () => (await result(w)).deadline !== "", 3000, "a deadline");
        await page.evaluate(() => window.scrollTo(0, 0));
        const first = join(SCREENSHOTS, `page-${lang}-${scheme}-${size}-first-screen.png`);
        await page.screenshot({ path: first });
        saved.push(first);
        // The controls' end in view: the answer stays pinned above them.
        await w.getByLabel(lang === "en" ? "Override priority" : "Cambiar prioridad").scrollIntoViewIfNeeded();
        const scrolled = join(SCREENSHOTS, `page-${lang}-${scheme}-${size}-at-override.png`);
        await page.screenshot({ path: scrolled });
        saved.push(scrolled);
        if (size === "1280") {
          const file = join(SCREENSHOTS, `widget-${lang}-${scheme}-1280.png`);
          await w.screenshot({ path: file });
          saved.push(file);
        }
        await context.close();
      }
    }
  }
  assert.equal(saved.length, 20);
  console.log(`# screenshots: ${saved.join(", ")}`);
});
