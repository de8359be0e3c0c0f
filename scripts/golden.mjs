// Golden answers (issue 27, point 1): what today's build answers, recorded
// before the boundary changes, for the tests to reproduce afterwards
// (tests/e2e/golden.test.mjs). Run in Chromium through the loader's API and
// the element:
//   - every worked case of tests/cases/deadlines.json through responseDeadline,
//   - 1,000 random requests from a fixed seed (every plan, override and level;
//     zones whose rules no tzdb release since 2015 has changed for 2015-2030;
//     instants as UTC, with an offset, and as local times with and without
//     seconds),
//   - bad inputs to responseDeadline, classify and mount/update (the errors
//     thrown, or what the widget's alert says),
//   - classify for the nine pairs, and policy(),
//   - the element's support-policy-change details for every worked case
//     (the clock fixed at the case's filing time).
// Usage: node scripts/golden.mjs --write   (after scripts/build; rewrites tests/golden/*.json)
import { writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { start } from "./serve.mjs";
import { LAUNCH } from "../tests/e2e/helpers.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const GOLDEN = join(root, "tests/golden");
const CASES = JSON.parse(readFileSync(join(root, "tests/cases/deadlines.json"), "utf8")).cases;

/** mulberry32: the same sequence from the same seed, everywhere. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = ["UTC", "Europe/Madrid", "Europe/London", "Europe/Warsaw", "America/New_York", "America/Los_Angeles", "America/St_Johns",
  "Asia/Tokyo", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Sydney", "Australia/Lord_Howe", "Pacific/Auckland", "Pacific/Chatham"];
const LEVELS = ["high", "medium", "low"];
const TIERS = ["standard", "premium", "trial", "community"];
const pad = (n, w = 2) => String(n).padStart(w, "0");

/** The 1,000 random requests of seed 27. */
export function randomRequests(count = 1000, seed = 27) {
  const r = random(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const from = Date.UTC(2015, 0, 1), to = Date.UTC(2030, 0, 1);
  const out = [];
  for (let i = 0; i < count; i++) {
    const request = { impact: pick(LEVELS), urgency: pick(LEVELS), tier: pick(TIERS), timeZone: pick(ZONES) };
    if (r() < 0.15) request.priority = pick(["P1", "P2", "P3", "P4"]);
    const t = new Date(from + Math.floor(r() * ((to - from) / 60000)) * 60000 + (r() < 0.2 ? Math.floor(r() * 60) * 1000 : 0));
    const form = r();
    if (form < 0.4) request.filedAt = t.toISOString().replace(".000Z", "Z");
    else if (form < 0.6) {
      const offset = pick([-570, -300, 0, 60, 330, 345, 840]);
      const local = new Date(t.getTime() + offset * 60000);
      const sign = offset < 0 ? "-" : "+";
      request.filedAt = `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    } else if (form < 0.8) request.filedAt = t.toISOString().slice(0, 16); // local, read in timeZone
    else request.filedAt = t.toISOString().slice(0, 19); // local with seconds
    out.push(request);
  }
  return out;
}

/** Bad requests: each names a field and a value in its error. */
export const BAD_REQUESTS = [
  null, "high", 42, [], {},
  { impact: "huge", urgency: "low", tier: "standard", timeZone: "UTC", filedAt: "2025-06-13T14:00:00Z" },
  { impact: "high", urgency: 5, tier: "standard", timeZone: "UTC", filedAt: "2025-06-13T14:00:00Z" },
  { impact: "high", urgency: "low", tier: "gold", timeZone: "UTC", filedAt: "2025-06-13T14:00:00Z" },
  { impact: "high", urgency: "low", tier: "standard", timeZone: "Mars/Olympus", filedAt: "2025-06-13T14:00:00Z" },
  { impact: "high", urgency: "low", tier: "standard", timeZone: "UTC", filedAt: "yesterday" },
  { impact: "high", urgency: "low", tier: "standard", timeZone: "UTC", filedAt: "2025-02-30T10:00" },
  { impact: "high", urgency: "low", tier: "standard", timeZone: "UTC", filedAt: 1749823200000 },
  { impact: "high", urgency: "low", tier: "standard", timeZone: "UTC", filedAt: "2025-06-13T14:00:00+25:00" },
  { impact: "high", urgency: "low", tier: "standard", timeZone: "UTC", priority: "P9", filedAt: "2025-06-13T14:00:00Z" },
  { impact: "high", urgency: "low", tier: "standard", timeZone: "UTC", filedAt: "2025-06-13T14:00:00Z", color: "red" },
  { impact: "high", urgency: "low", tier: "standard", timeZone: 7, filedAt: "2025-06-13T14:00:00Z" },
  { impact: "high", urgency: "low", tier: null, timeZone: "UTC", filedAt: "2025-06-13T14:00:00Z" },
  { impact: "high", urgency: "low", tier: "standard", timeZone: "Europe/Madrid", filedAt: "2025-03-30T02:30" },
  { impact: "high", urgency: "low", tier: "standard", timeZone: "Europe/Madrid", filedAt: "2025-10-26T02:30" },
  { urgency: "low", tier: "standard", timeZone: "UTC", filedAt: "2025-06-13T14:00:00Z" },
  { priority: "P2", tier: "premium", timeZone: "UTC", filedAt: "2025-06-13T14:00:00Z" },
];
export const BAD_CLASSIFY = [["huge", "low"], ["high", "urgent"], [1, 2], [null, "low"], ["HIGH", "low"]];
export const BAD_MOUNT = [
  ["not an element", {}], [null, {}], ["element", "nope"], ["element", { tier: "gold" }], ["element", { colour: "red" }],
  ["element", { timeZone: "Mars/Olympus" }], ["element", { lang: 7 }],
];
export const BAD_UPDATE = ["nope", 5, { tier: "gold" }, { colour: "red" }, { impact: "huge" }];

/** Everything the build answers, recorded in `page` (a page of the site with the loader). */
export async function record(page) {
  const api = await page.evaluate(async ({ cases, random, bad, badClassify, badMount, badUpdate }) => {
    const m = await import("/support-policy-widget.js");
    await m.ready;
    const call = (f) => {
      try {
        return { answer: f() };
      } catch (e) {
        return { error: `${e.constructor.name}: ${e.message}` };
      }
    };
    const requestOf = (c) => ({ impact: c.impact, urgency: c.urgency, tier: c.tier, timeZone: c.timeZone, filedAt: c.filedAt });
    const here = document.getElementById("here") ?? document.body;
    const element = () => {
      const el = document.createElement("div");
      here.append(el);
      return el;
    };
    /** What a widget mounted with `options` (then updated with `changes`) says in its alert, once rendered. */
    const said = async (options, changes) => {
      const el = element();
      let handle;
      try {
        handle = m.mount(el, options);
      } catch (e) {
        el.remove();
        return { error: `${e.constructor.name}: ${e.message}` };
      }
      try {
        if (changes !== undefined) handle.update(changes);
      } catch (e) {
        handle.destroy();
        el.remove();
        return { error: `${e.constructor.name}: ${e.message}` };
      }
      for (let i = 0; i < 100 && !el.shadowRoot?.querySelector("[data-deadline]"); i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 50));
      const alert = el.shadowRoot?.querySelector("[role=alert]")?.textContent ?? "";
      handle.destroy();
      el.remove();
      return { answer: alert };
    };
    const mounts = [];
    for (const [target, options] of badMount) {
      mounts.push({ target, options, ...(target === "element" ? await said(options) : call(() => m.mount(target, options))) });
    }
    const updates = [];
    for (const changes of badUpdate) updates.push({ changes, ...(await said({ lang: "en" }, changes)) });
    return {
      mount: mounts,
      update: updates,
      cases: cases.map((c) => ({ note: c.note, request: requestOf(c), ...call(() => m.responseDeadline(requestOf(c))) })),
      random: random.map((request) => ({ request, ...call(() => m.responseDeadline(request)) })),
      bad: bad.map((request) => ({ request, ...call(() => m.responseDeadline(request)) })),
      classify: [
        ...["high", "medium", "low"].flatMap((i) => ["high", "medium", "low"].map((u) => ({ args: [i, u], ...call(() => m.classify(i, u)) }))),
        ...badClassify.map((args) => ({ args, ...call(() => m.classify(...args)) })),
      ],
      policy: m.policy(),
    };
  }, { cases: CASES, random: randomRequests(), bad: BAD_REQUESTS, badClassify: BAD_CLASSIFY, badMount: BAD_MOUNT, badUpdate: BAD_UPDATE });

  // The element's support-policy-change for each worked case, its clock at the case's filing time.
  const events = [];
  for (const c of CASES) {
    await page.clock.setFixedTime(c.filedAt);
    events.push({
      note: c.note,
      attributes: { lang: "en", tier: c.tier, "time-zone": c.timeZone, impact: c.impact, urgency: c.urgency },
      now: c.filedAt,
      ...(await page.evaluate(async (attributes) => {
        const w = document.createElement("support-policy-widget");
        for (const [k, v] of Object.entries(attributes)) w.setAttribute(k, v);
        const detail = new Promise((resolve) => w.addEventListener("support-policy-change", (e) => resolve(e.detail), { once: true }));
        (document.getElementById("here") ?? document.body).append(w);
        const d = await detail;
        const answer = w.answer;
        w.remove();
        return { detail: JSON.parse(JSON.stringify(d)), sameAsAnswer: JSON.stringify(d) === JSON.stringify(answer) };
      }, { lang: "en", tier: c.tier, "time-zone": c.timeZone, impact: c.impact, urgency: c.urgency })),
    });
  }
  return { api, events };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes("--write")) {
    console.error("usage: node scripts/golden.mjs --write   (rewrites tests/golden/*.json from this build)");
    process.exit(2);
  }
  const server = await start(0, { "/fixtures/": join(root, "tests/e2e/fixtures") });
  const browser = await chromium.launch(LAUNCH);
  const context = await browser.newContext({ timezoneId: "Europe/Madrid", locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/fixtures/blank.html`);
  const { api, events } = await record(page);
  const build = JSON.parse(readFileSync(join(root, "www/build-info.json"), "utf8"));
  const about = { recorded: new Date().toISOString().slice(0, 10), commit: process.env.GOLDEN_COMMIT ?? null, chromium: browser.version(), payload: build.total?.brotli ?? null };
  writeFileSync(join(GOLDEN, "api.json"), JSON.stringify({ about, ...api }, null, 1) + "\n");
  writeFileSync(join(GOLDEN, "events.json"), JSON.stringify({ about, events }, null, 1) + "\n");
  const errors = [...api.random, ...api.cases].filter((x) => x.error).length;
  console.log(`tests/golden: ${api.cases.length} worked cases, ${api.random.length} random requests (${errors} errors), ${api.bad.length} bad requests, ${api.classify.length} classify calls, ${api.mount.length + api.update.length} mount/update calls, policy(), ${events.length} change events`);
  await browser.close();
  server.close();
}
