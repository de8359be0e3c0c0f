// Lifecycle figures for scripts/bench (issue 25): 1, 5 and 20 widgets on one
// page (cold loads until every one has answered; memory after garbage
// collection), 100 mounts and removals, and a day of (fake) clock on a page
// left open. Uses benches/www/many.html (served at /bench/).
import { memoryCounters, mountCycles } from "../tests/e2e/helpers.mjs";

const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The table's lines, measured in `browser` against the bench server at `origin`. */
export async function lifecycle(browser, origin) {
  // Lifecycle (issue 25): 1, 5 and 20 widgets on one page (cold loads: until
  // every one has answered; then memory after garbage collection), 100 mounts
  // and removals, and a day of (fake) clock on a page left open.
  const counters = memoryCounters;
  const many = {};
  for (const n of [1, 5, 20]) many[n] = { times: [] };
  for (let i = 0; i < 7; i++) {
    for (const n of [1, 5, 20]) {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(`${origin}/bench/many.html?n=${n}`);
      const t = await p.evaluate(async () => {
        for (let k = 0; k < 1000 && !performance.getEntriesByName("support-policy:all-answered").length; k++) await new Promise((r) => setTimeout(r, 10));
        return performance.getEntriesByName("support-policy:all-answered")[0]?.startTime ?? NaN;
      });
      many[n].times.push(t);
      if (i === 6) many[n].memory = await counters(context, p);
      await context.close();
    }
  }
  const cycles = await (async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${origin}/bench/many.html?n=1`);
    await p.waitForFunction(() => performance.getEntriesByName("support-policy:all-answered").length);
    const cycle = () => mountCycles(p);
    await cycle(); // warm-up: the parked apps and Intl's caches exist after it
    const before = await counters(context, p);
    await cycle();
    const after = await counters(context, p);
    await context.close();
    return { before, after };
  })();
  const day = await (async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.clock.install({ time: new Date("2025-03-07T12:00:00Z") });
    await p.goto(`${origin}/bench/many.html?n=1`);
    for (let k = 0; k < 300 && !(await p.evaluate(() => performance.getEntriesByName("support-policy:all-answered").length)); k++) await p.clock.runFor(100);
    await p.clock.runFor(3_600_000); // an hour first: caches filled
    const before = await counters(context, p, true);
    await p.clock.runFor(24 * 3_600_000);
    const after = await counters(context, p, true);
    await context.close();
    return { before, after };
  })();

  const out = [];
  {
    const kb = (b) => `${fmt(b / 1024, 0)} KiB`;
    const mem = (m) => `${m.nodes} DOM nodes, ${m.listeners} listeners, JS heap ${kb(m.heap)}, wasm memory ${kb(m.wasm)}`;
    for (const n of [1, 5, 20]) {
      out.push(`| lifecycle: ${n} widget${n > 1 ? "s" : ""} on one page, cold: every one answered (7 loads) | median ${fmt(median(many[n].times))} ms${n > 1 ? ` (${fmt(median(many[n].times) / median(many[1].times), 2)}× one widget's)` : ""} |`);
      out.push(`| lifecycle: ${n} widget${n > 1 ? "s" : ""} on one page: memory after garbage collection | ${mem(many[n].memory)} |`);
    }
    const grew = (a, b) => `${b.nodes - a.nodes} nodes, ${b.listeners - a.listeners} listeners, JS heap ${b.heap >= a.heap ? "+" : ""}${kb(b.heap - a.heap)}, wasm memory ${b.wasm >= a.wasm ? "+" : ""}${kb(b.wasm - a.wasm)}`;
    out.push(`| lifecycle: 100 mounts and removals (after 100 to warm up) | ${grew(cycles.before, cycles.after)} (before: ${mem(cycles.before)}) |`);
    out.push(`| lifecycle: a page left open 24 hours of (fake) clock | ${grew(day.before, day.after)} (before: ${mem(day.before)}) |`);
  }
  return out;
}
