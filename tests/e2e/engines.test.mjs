// The same checks in Chromium, Firefox and WebKit (tests/e2e/engines.mjs):
// the JavaScript API's worked cases and bad-input messages, a zone newer than
// the browser's time-zone data, and the widget's worked cases and bad input
// through its controls (English). The page-side code drives the widget's
// shadow DOM with the events its controls listen to, the same in each engine.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start } from "../../scripts/serve.mjs";
import { ROOT, CASES, localText, unambiguous } from "./helpers.mjs";
import { ENGINES, launch } from "./engines.mjs";

let server, origin;
before(async () => {
  server = await start(0, { "/fixtures/": join(ROOT, "tests/e2e/fixtures") });
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((r) => server.close(r)));

const BAD_REQUESTS = [
  [{ impact: "huge", urgency: "high", tier: "standard", timeZone: "UTC" }, 'impact: unknown impact "huge"'],
  [{ impact: 3, urgency: "high", tier: "standard", timeZone: "UTC" }, "impact: expected a string, got 3"],
  [{ priority: "P5", tier: "standard", timeZone: "UTC" }, 'priority: unknown priority "P5"'],
  [{ priority: "P1", tier: "gold", timeZone: "UTC" }, 'tier: unknown support plan "gold"'],
  [{ priority: "P1", timeZone: "UTC" }, "tier: missing"],
  [{ priority: "P1", tier: "standard", timeZone: "Mars/Olympus" }, 'timeZone: unknown time zone "Mars/Olympus"'],
  [{ priority: "P1", tier: "standard", timeZone: "UTC", filedAt: "yesterday" }, 'filedAt: cannot read "yesterday"'],
  [{ priority: "P1", tier: "standard", timeZone: "UTC", filedAt: "2025-02-30T10:00" }, 'filedAt: cannot read "2025-02-30T10:00": no such date'],
  [{ priority: "P1", tier: "standard", timeZone: "UTC", timezone: "UTC" }, "timezone: unknown field `timezone`"],
  [null, "request: expected an object"],
];
const NEW_ZONES = ["America/Coyhaique", "America/Ciudad_Juarez"];

/** Runs in the page: the API over the worked cases, bad requests and new zones. */
async function apiInPage({ cases, bad, newZones }) {
  const m = await import("/support-policy-widget.js");
  await m.ready;
  const answers = cases.map((c) => {
    try {
      const a = m.responseDeadline({ impact: c.impact, urgency: c.urgency, tier: c.tier, timeZone: c.timeZone, filedAt: c.filedAt });
      return [a.priority, a.deadline, a.deadlineLocal];
    } catch (e) {
      return ["error", e.message];
    }
  });
  const messages = bad.map(([request]) => {
    try {
      m.responseDeadline(request);
      return "no error";
    } catch (e) {
      return e.message;
    }
  });
  const zones = newZones.map((timeZone) => {
    let known = true;
    try { new Intl.DateTimeFormat("en-US", { timeZone }); } catch { known = false; }
    try {
      return { known, deadline: m.responseDeadline({ priority: "P1", tier: "premium", timeZone, filedAt: "2026-06-01T12:00:00Z" }).deadline };
    } catch (e) {
      return { known, message: e.message };
    }
  });
  return { answers, messages, zones, errors: window.__errors };
}

/** Runs in the page: sets each case through the first widget's controls and reads the result. */
async function widgetInPage({ cases, typedZones }) {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const until = async (fn, ms) => {
    const end = Date.now() + ms;
    for (;;) {
      const v = fn();
      if (v || Date.now() > end) return v;
      await sleep(20);
    }
  };
  const host = document.querySelector("support-policy-widget");
  // The whole widget: the headline comes first, the controls a frame later.
  const root = await until(() => host.shadowRoot && host.shadowRoot.querySelector(".answer") && host.shadowRoot.querySelector("#tier") && host.shadowRoot, 15000);
  if (!root) return { error: "the widget did not render" };
  const status = () => root.querySelector(".answer");
  const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true }));
  const setValue = (selector, value, events) => {
    const el = root.querySelector(selector);
    el.value = value;
    for (const type of events) fire(el, type);
  };
  const results = [];
  for (const c of cases) {
    for (const group of ["impact", "urgency"]) {
      const radio = root.querySelector(`input[name=${group}][value=${c[group]}]`);
      radio.checked = true;
      fire(radio, "change");
    }
    setValue("#tier", c.tier, ["change"]);
    setValue("#zone", c.timeZone, ["input", "change"]);
    setValue("#filed", c.filedLocal, ["input", "change"]);
    const want = c.deadline ?? "";
    await until(() => status().getAttribute("data-deadline") === want && status().getAttribute("data-priority") === c.priority, 3000);
    results.push([status().getAttribute("data-priority"), status().getAttribute("data-deadline")]);
  }
  const zoneMessages = [];
  for (const zone of typedZones) {
    setValue("#zone", zone, ["input", "change"]);
    const input = root.querySelector("#zone");
    await until(() => input.getAttribute("aria-invalid") === "true", 2000);
    const described = (input.getAttribute("aria-describedby") || "").split(" ")
      .map((id) => root.getElementById(id)?.textContent ?? "").join(" ");
    zoneMessages.push({ zone, invalid: input.getAttribute("aria-invalid"), text: described });
  }
  const bad = document.querySelector("#bad");
  const badRoot = await until(() => bad.shadowRoot && bad.shadowRoot.querySelector("[role=alert]") && bad.shadowRoot, 5000);
  return {
    results,
    zoneMessages,
    badMessages: badRoot ? badRoot.querySelector("[role=alert]").textContent : "",
    errors: window.__errors,
  };
}

const drivable = CASES.filter((c) => unambiguous(c.filedAt, c.timeZone));

for (const engine of ENGINES) {
  test(`${engine}: the JavaScript API and the widget`, { timeout: 600000 }, async () => {
    // A second try in a fresh browser when the first fails: the drivers of
    // other engines are outside this project, and a run here once saw one
    // stumble. A real fault fails both tries; the first one's error is shown.
    try {
      await check(engine);
    } catch (first) {
      console.log(`# ${engine}: first try failed, trying once more: ${String(first.message).split("\n")[0]}`);
      await check(engine);
    }
  });
}

async function check(engine) {
  {
    const browser = await launch(engine);
    try {
      console.log(`# ${engine}: ${browser.version}`);
      await browser.goto(origin + "/fixtures/engines.html");

      // The API: every worked case, bad input, zones newer than the data.
      const api = await browser.evaluate(apiInPage, { cases: CASES, bad: BAD_REQUESTS, newZones: NEW_ZONES });
      const wrong = CASES.flatMap((c, i) => {
        const want = [c.priority, c.deadline ?? null, c.deadlineLocal ?? null];
        return JSON.stringify(api.answers[i]) === JSON.stringify(want) ? [] : [`${c.note}: got ${JSON.stringify(api.answers[i])}, want ${JSON.stringify(want)}`];
      });
      assert.deepEqual(wrong, [], `${engine}: worked cases through the API`);
      BAD_REQUESTS.forEach(([request, want], i) => {
        assert.ok(api.messages[i].startsWith(want), `${engine}: ${JSON.stringify(request)}: got ${JSON.stringify(api.messages[i])}, want ${want}`);
      });
      for (const [i, zone] of NEW_ZONES.entries()) {
        const r = api.zones[i];
        if (r.known) {
          assert.match(r.deadline ?? "", /^2026-06-01T12:15:00Z$/, `${engine}: ${zone} is known, so it answers (Premium P1: 15 minutes)`);
        } else {
          assert.ok(
            r.message?.startsWith(`timeZone: this browser's time-zone data does not include "${zone}", a zone newer than that data; "`),
            `${engine}: ${zone}: ${r.message}`,
          );
        }
      }
      // WebKitGTK 2.50's ICU is older than these zones, so there the checks above
      // see the message for a missing zone. Said, not asserted: a newer
      // WebKitGTK that knows them is not a failure of the widget.
      const lacking = NEW_ZONES.filter((_, i) => !api.zones[i].known);
      console.log(`# ${engine}: time-zone data lacks ${lacking.length ? lacking.join(", ") : "none of the new zones"}`);
      assert.deepEqual(api.errors, [], `${engine}: errors on the page`);

      // The widget: the worked cases through its controls, then bad input.
      const cases = drivable.map((c) => ({ ...c, filedLocal: localText(c.filedAt, c.timeZone) }));
      const typedZones = ["Mars/Olympus", ...NEW_ZONES.filter((_, i) => !api.zones[i].known)];
      const w = await browser.evaluate(widgetInPage, { cases, typedZones });
      assert.equal(w.error, undefined);
      const widgetWrong = cases.flatMap((c, i) =>
        w.results[i][0] === c.priority && w.results[i][1] === (c.deadline ?? "") ? [] : [`${c.note}: got ${JSON.stringify(w.results[i])}, want ${c.priority} ${c.deadline}`]);
      assert.deepEqual(widgetWrong, [], `${engine}: worked cases through the widget`);
      console.log(`# ${engine}: ${CASES.length} API cases, ${cases.length} widget cases`);
      for (const m of w.zoneMessages) {
        assert.equal(m.invalid, "true", `${engine}: ${m.zone} marked invalid`);
        const want = m.zone === "Mars/Olympus"
          ? `Unknown time zone "Mars/Olympus"; the result still uses`
          : `This browser's time-zone data does not include "${m.zone}" ("`;
        assert.ok(m.text.includes(want), `${engine}: ${m.zone}: ${m.text}`);
      }
      assert.match(w.badMessages, /tier: unknown support plan "gold"/);
      assert.match(w.badMessages, /timeZone: unknown time zone "Mars\/Olympus"/);
      assert.deepEqual(w.errors, [], `${engine}: errors on the page`);
    } finally {
      await browser.close();
    }
  }
}
