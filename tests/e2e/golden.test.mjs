// The golden answers (issue 27, point 1): what the build answered before the
// boundary changed (tests/golden/*.json, recorded by scripts/golden.mjs),
// reproduced by this build: every worked case, 1,000 random requests, bad
// inputs (the errors, word for word), classify, mount/update errors,
// policy(), and the element's support-policy-change details. Keys keep their
// order. `counted` (contract section 3, 2026-12-07) is the one key every
// answer adds, last: its spans follow each other within the filing and the
// deadline, and sum to the target to the second.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, openPage, ROOT } from "./helpers.mjs";
import { record, randomRequests, BAD_REQUESTS } from "../../scripts/golden.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const API = JSON.parse(readFileSync(join(ROOT, "tests/golden/api.json"), "utf8"));
const EVENTS = JSON.parse(readFileSync(join(ROOT, "tests/golden/events.json"), "utf8"));

/** An answer as recorded: `counted` checked (when there) and set aside. */
function withoutCounted(answer, where) {
  if (answer === null || typeof answer !== "object") return answer;
  assert.equal(Object.keys(answer).at(-1), "counted", `${where}: counted, last`);
  const { counted, ...rest } = answer;
  assert.ok(Array.isArray(counted), `${where}: counted is a list`);
  if (answer.targetMinutes === null) assert.deepEqual(counted, [], `${where}: no target, no spans`);
  else {
    let sum = 0, last = answer.filedAt;
    for (const span of counted) {
      assert.deepEqual(Object.keys(span), ["from", "to", "seconds"], `${where}: a span's keys`);
      assert.ok(Date.parse(span.from) >= Date.parse(last), `${where}: spans in order`);
      assert.equal((Date.parse(span.to) - Date.parse(span.from)) / 1000, span.seconds, `${where}: a span's seconds`);
      sum += span.seconds;
      last = span.to;
    }
    assert.equal(sum, answer.targetMinutes * 60, `${where}: the spans sum to the target`);
    if (answer.clock === "continuous" && answer.targetMinutes > 0) assert.equal(counted.length, 1, `${where}: around the clock, one span`);
    assert.equal(last, answer.deadline, `${where}: the last span ends at the deadline`);
  }
  // The keys that were there keep their order; counted comes after them.
  return rest;
}

function same(got, want, where) {
  if (want.error !== undefined) {
    assert.equal(got.error, want.error, `${where}: the same error`);
    return;
  }
  assert.equal(got.error, undefined, `${where}: no error (${got.error})`);
  const answer = typeof want.answer === "object" && want.answer !== null ? withoutCounted(got.answer, where) : got.answer;
  assert.deepEqual(answer, want.answer, `${where}: the same answer`);
  if (answer && typeof answer === "object") assert.deepEqual(Object.keys(answer), Object.keys(want.answer), `${where}: keys in order`);
}

test("the golden answers' requests are the recorder's (nothing edited by hand)", () => {
  assert.deepEqual(API.random.map((r) => r.request), randomRequests());
  assert.deepEqual(API.bad.map((r) => r.request), BAD_REQUESTS);
  assert.equal(API.cases.length, JSON.parse(readFileSync(join(ROOT, "tests/cases/deadlines.json"), "utf8")).cases.length);
  assert.equal(API.random.length, 1000);
});

test("the API and the element reproduce the golden answers: worked cases, 1,000 random requests, bad inputs, classify, mount, policy(), change events", { timeout: 300000 }, async () => {
  const { page, log, context } = await openPage(env.browser, env.origin + "/fixtures/blank.html");
  const { api, events } = await record(page);
  for (const kind of ["cases", "random", "bad", "classify", "mount", "update"]) {
    assert.equal(api[kind].length, API[kind].length, kind);
    api[kind].forEach((got, i) => same(got, API[kind][i], `${kind}[${i}] ${JSON.stringify(API[kind][i].request ?? API[kind][i].args ?? API[kind][i].options ?? API[kind][i].changes ?? null)}`));
  }
  assert.deepEqual(api.policy, API.policy, "policy()");
  assert.equal(events.length, EVENTS.events.length);
  events.forEach((got, i) => {
    const want = EVENTS.events[i];
    assert.equal(got.sameAsAnswer, true, `${want.note}: the detail is element.answer`);
    const detail = withoutCounted(got.detail, want.note);
    assert.deepEqual(detail, want.detail, `${want.note}: the change event's detail`);
    assert.deepEqual(Object.keys(detail), Object.keys(want.detail), `${want.note}: keys in order`);
  });
  // The worked cases' answers are right, not only unchanged.
  API.cases.forEach((c, i) => {
    const w = JSON.parse(readFileSync(join(ROOT, "tests/cases/deadlines.json"), "utf8")).cases[i];
    assert.equal(c.answer.deadline, w.deadline, c.note);
  });
  assert.deepEqual(log.errors, []);
  await context.close();
});
