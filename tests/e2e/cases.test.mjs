// Worked deadlines from tests/cases/deadlines.json, driven through the
// widget's labelled controls on the English and Spanish pages, checked
// against the result region's data-deadline.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, setTicket, result, until, localText, unambiguous, CASES } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

async function drive(path, lang, cases) {
  const { page, log } = await openPage(env.browser, env.origin + path);
  const widget = page.locator("support-policy-widget").first();
  await until(async () => (await widget.locator(".answer").count()) === 1, 10000, "the widget");
  const failures = [];
  for (const c of cases) {
    await setTicket(widget, lang, {
      impact: c.impact, urgency: c.urgency, tier: c.tier, timeZone: c.timeZone,
      filedLocal: localText(c.filedAt, c.timeZone),
    });
    const want = c.deadline ?? "";
    try {
      await until(async () => {
        const r = await result(widget);
        return r.deadline === want && r.priority === c.priority && r.tier === c.tier;
      }, 3000, c.note);
    } catch {
      failures.push(`${c.note}: got ${JSON.stringify(await result(widget))}, want ${want}`);
    }
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(log.errors, []);
  return cases.length;
}

// Cases whose filing time reads the same on a wall clock (no gap or fold near it).
const drivable = CASES.filter((c) => unambiguous(c.filedAt, c.timeZone));

test("every unambiguous worked case through the English page's controls", async () => {
  assert.ok(drivable.length >= 80, `${drivable.length} drivable cases`);
  const n = await drive("/", "en", drivable);
  console.log(`# ${n} cases driven through the English controls`);
});

test("30 worked cases through the Spanish page's controls", async () => {
  const picked = drivable.filter((_, i) => i % 3 === 0).slice(0, 30);
  assert.ok(picked.length >= 20);
  await drive("/es/", "es", picked);
});
