// /frame.html, for platforms that take an iframe but no script: the widget
// alone, options from the query string (bad values named in the widget,
// unknown parameters named above it), its height posted to the parent, which
// the host snippet of /embed.html uses to size the iframe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, until } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

test("the frame takes its options from the query string and sizes its iframe", async () => {
  const query = "?lang=es&tier=premium&time-zone=Europe/Madrid&impact=low&urgency=high";
  const { page, log, context } = await openPage(env.browser, `${env.origin}/fixtures/frame-host.html${query}`, { viewport: { width: 800, height: 900 } });
  const frame = page.frameLocator("#frame");
  await until(async () => (await frame.locator("[data-deadline]").count()) === 1, 10000, "the widget in the frame");
  assert.equal(await frame.locator("[data-deadline]").getAttribute("data-tier"), "premium");
  assert.equal(await frame.locator("[data-deadline]").getAttribute("data-priority"), "P3");
  assert.equal(await frame.getByRole("group", { name: "Impacto", exact: true }).getByRole("radio", { name: /^Bajo\b/ }).isChecked(), true, "Spanish, impact low");
  assert.equal(await frame.getByLabel("Zona horaria", { exact: true }).inputValue(), "Europe/Madrid");
  // The parent heard the height and the iframe now shows the whole widget, with no scroll inside.
  await until(async () => (await page.evaluate(() => window.__heights.length)) > 0, 5000, "a height message");
  await until(async () => page.evaluate(() => {
    const f = document.getElementById("frame");
    const inner = f.contentDocument.documentElement;
    return Math.abs(f.getBoundingClientRect().height - inner.getBoundingClientRect().height) < 2 && inner.scrollHeight <= f.clientHeight + 1;
  }), 5000, "the iframe sized to its content");
  const height = await page.evaluate(() => window.__heights.at(-1));
  assert.ok(height > 600, `a whole widget is tall (${height} px)`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a bad value is named in the widget, an unknown parameter above it; the widget keeps working", async () => {
  const { page, log, context } = await openPage(env.browser, `${env.origin}/frame.html?lang=en&tier=gold&timeZone=Asia/Tokyo&colour=blue`);
  await until(async () => (await page.locator("[data-deadline]").count()) === 1, 10000, "the widget");
  const errors = await page.locator("support-policy-widget .errors").innerText();
  assert.match(errors, /tier: unknown support plan "gold"/);
  assert.equal(await page.getByLabel("Time zone", { exact: true }).inputValue(), "Asia/Tokyo", "camelCase timeZone is taken too");
  assert.match(await page.locator("#frame-notes").innerText(), /^Unknown parameter "colour" in this page's address, ignored \(expected one of: lang, tier, time-zone/);
  assert.equal(await page.locator("[data-deadline]").getAttribute("data-tier"), "standard", "the default plan");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("theme from the query: dark and light win over the visitor's system; auto follows it", async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + "/frame.html?lang=en&theme=dark", { colorScheme: "light" });
  const background = () => page.evaluate(() => getComputedStyle(document.querySelector("support-policy-widget").shadowRoot.querySelector(".widget")).backgroundColor);
  await until(async () => (await page.locator("[data-deadline]").count()) === 1, 10000, "the widget");
  await until(async () => (await background()) === "rgb(22, 24, 28)", 5000, "theme=dark on a light system");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(env.origin + "/frame.html?lang=en&theme=light");
  await until(async () => (await page.locator("[data-deadline]").count()) === 1, 10000, "the widget");
  await until(async () => (await background()) === "rgb(255, 255, 255)", 5000, "theme=light on a dark system");
  await page.goto(env.origin + "/frame.html?lang=en");
  await until(async () => (await page.locator("[data-deadline]").count()) === 1, 10000, "the widget");
  await until(async () => (await background()) === "rgb(22, 24, 28)", 5000, "no theme: the system's (dark)");
  assert.deepEqual(log.errors, []);
  await context.close();
});
