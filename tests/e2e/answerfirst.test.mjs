// The answer first (issue 26): the first render builds the headline, and the
// rest of the widget follows after the browser has painted it, around the
// headline (which does not move), with one change event, no announcement,
// and one mount.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, until } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

for (const width of [390, 1280]) {
  test(`the headline is in the DOM, and painted, before the rest is built (${width} px); one event, no announcement`, async () => {
    const { page, log, context } = await openPage(env.browser, env.origin + "/fixtures/blank.html", { viewport: { width, height: 900 } });
    await page.evaluate(async () => {
      // Each state of the widget's shadow root as its mutations land.
      window.__seen = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver(() => {
          const box = root.querySelector(".answer")?.getBoundingClientRect();
          window.__seen.push({
            answer: root.querySelector(".answer") !== null,
            controls: root.querySelector(".controls") !== null,
            details: root.querySelector(".outcome") !== null,
            matrix: root.querySelector(".more") !== null,
            frames: window.__frames,
            at: box ? [Math.round(box.x), Math.round(box.y), Math.round(box.width)] : null,
          });
        }).observe(root, { subtree: true, childList: true });
        return root;
      };
      window.__frames = 0;
      const count = () => { window.__frames++; requestAnimationFrame(count); };
      requestAnimationFrame(count);
      window.__events = 0;
      document.addEventListener("support-policy-change", () => window.__events++);
      const w = document.createElement("support-policy-widget");
      w.lang = "en";
      w.tier = "premium";
      document.getElementById("here").append(w);
      await import("/support-policy-widget.js");
    });
    await until(() => page.evaluate(() => window.__seen.some((s) => s.details)), 10000, "the whole widget");
    await page.waitForTimeout(200);
    const { seen, events, live, answer } = await page.evaluate(() => {
      const root = document.querySelector("support-policy-widget").shadowRoot;
      return {
        seen: window.__seen, events: window.__events,
        live: root.querySelector("[role=status]").textContent,
        answer: document.querySelector("support-policy-widget").answer?.tier,
      };
    });
    const first = seen.find((s) => s.answer);
    assert.deepEqual({ ...first, frames: undefined, at: undefined }, { answer: true, controls: false, details: false, matrix: false, frames: undefined, at: undefined },
      `the first render holds the headline alone: ${JSON.stringify(seen)}`);
    const whole = seen.find((s) => s.details);
    assert.ok(whole.controls && whole.matrix, `then the controls, the details and the matrix: ${JSON.stringify(whole)}`);
    assert.ok(whole.frames > first.frames, `the rest is built in a later frame: ${JSON.stringify([first, whole])}`);
    assert.deepEqual(whole.at, first.at, "the headline does not move when the rest is built");
    assert.equal(events, 1, "one support-policy-change at start");
    assert.equal(live, "", "nothing announced at start");
    assert.equal(answer, "premium");
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
