// Differential test: 10,000 random requests (every zone the browser lists,
// instants 1990-2035, every plan and priority, some filed as local times)
// through the JavaScript API with Intl's rules, compared with the native
// engine on chrono-tz. The expected answers come from a native binary run
// now (examples/expected_deadlines.rs), not from stored values.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, openPage, ROOT } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const COUNT = Number(process.env.DIFFERENTIAL_COUNT ?? 10000);
const SEED = Number(process.env.DIFFERENTIAL_SEED ?? Date.now() % 1e9);
const DIFFERENCES = JSON.parse(readFileSync(join(ROOT, "tests/tzdb-differences.json"), "utf8")).differences;

test(`${COUNT} random requests: browser (Intl) equals native (chrono-tz)`, async () => {
  const { page, log } = await openPage(env.browser, env.origin + "/fixtures/options.html");
  const zones = await page.evaluate(async () => {
    const { timeZones, ready } = await import("/support-policy-widget.js");
    await ready;
    return timeZones();
  });
  assert.ok(zones.length > 300, `${zones.length} zones`);
  const expected = JSON.parse(execFileSync(
    "cargo", ["run", "--quiet", "--example", "expected_deadlines", "--", String(COUNT), String(SEED)],
    { cwd: ROOT, input: zones.join("\n"), maxBuffer: 64 << 20, encoding: "utf8" },
  ));
  assert.equal(expected.length, COUNT);
  const results = await page.evaluate(async (cases) => {
    const { responseDeadline } = await import("/support-policy-widget.js");
    return cases.map(({ request }) => {
      try { return responseDeadline(request); } catch (e) { return { error: e.message }; }
    });
  }, expected);
  const mismatches = [];
  const explained = new Map();
  expected.forEach(({ request, expected: want }, i) => {
    const got = results[i];
    const same = Object.keys(want).every((k) => got[k] === want[k]);
    if (same) return;
    const t = Math.min(Date.parse(want.filedAt), Date.parse(want.deadline ?? want.filedAt)) / 1000;
    const t2 = Math.max(Date.parse(want.filedAt), Date.parse(want.deadline ?? want.filedAt)) / 1000;
    const known = DIFFERENCES.find((d) => d.zone === request.timeZone && (t >= d.from || t2 >= d.from));
    if (known) {
      explained.set(known.zone, (explained.get(known.zone) ?? 0) + 1);
    } else {
      mismatches.push({ request, want, got });
    }
  });
  const zonesUsed = new Set(expected.map((e) => e.request.timeZone)).size;
  console.log(`# differential: seed ${SEED}, ${COUNT} requests over ${zonesUsed} zones: ${mismatches.length} unexplained mismatches; explained by tzdb differences: ${JSON.stringify(Object.fromEntries(explained))}`);
  assert.deepEqual(mismatches.slice(0, 5), []);
  assert.deepEqual(log.errors, []);
});
