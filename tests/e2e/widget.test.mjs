// The widget as a visitor and a host page use it: override, community,
// trial, the matrix, copy summary, attributes, several widgets, bad options,
// host policies (including hostile text), requests and console under CSP.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, setTicket, result, until, LABELS } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const ready = (widget) => until(async () => (await widget.locator(".answer").count()) === 1, 10000, "the widget");

test("override, community, trial and the matrix that shows the cell", async () => {
  const { page, log } = await openPage(env.browser, env.origin + "/");
  const w = page.locator("support-policy-widget").first();
  await ready(w);
  await setTicket(w, "en", { impact: "low", urgency: "low", tier: "standard", timeZone: "Europe/Madrid", filedLocal: "2025-06-13T16:00:00" });
  await until(async () => (await result(w)).priority === "P4", 3000, "P4");
  assert.equal((await result(w)).deadline, "2025-06-18T11:00:00Z");

  // Override to P1: the chosen priority drives the deadline, both are shown.
  await w.getByLabel("Override priority").selectOption("P1");
  await until(async () => (await result(w)).priority === "P1", 3000, "override");
  // One support hour from Friday 16:00: due at closing time, 17:00.
  assert.equal((await result(w)).deadline, "2025-06-13T15:00:00Z");
  const text = await w.locator(".answer").innerText();
  assert.match(text, /your choice; the matrix says P4/);
  await w.getByLabel("Override priority").selectOption("");
  await until(async () => (await result(w)).priority === "P4", 3000, "override cleared");

  // Impact and urgency are set one way (their radios); the matrix marks the cell.
  await setTicket(w, "en", { impact: "high", urgency: "medium" });
  await until(async () => (await result(w)).priority === "P2", 3000, "P2");
  const current = w.locator(".matrix [aria-current=true]");
  assert.equal(await current.count(), 1);
  assert.match(await current.innerText(), /^P2/);
  assert.equal(await w.locator(".matrix button").count(), 0, "the matrix sets nothing");

  // Trial: the Premium SLA (60 minutes for P2, around the clock).
  await setTicket(w, "en", { tier: "trial" });
  await until(async () => (await result(w)).tier === "trial", 3000, "trial");
  assert.equal((await result(w)).deadline, "2025-06-13T15:00:00Z");

  // Community: no deadline, and the widget says so.
  await setTicket(w, "en", { tier: "community" });
  await until(async () => (await result(w)).tier === "community", 3000, "community");
  assert.equal((await result(w)).deadline, "");
  const community = await w.locator(".answer").innerText();
  assert.match(community, /^No response target/);
  assert.match(community, /best-effort basis, subject to staff availability\. No phone support/);
  assert.equal(await w.locator(".answer").locator(".badge").count(), 0, "no priority badge for community help");

  // Prospects: Standard shows the same ticket with Premium side by side.
  await setTicket(w, "en", { tier: "standard" });
  await until(async () => (await result(w)).tier === "standard", 3000, "standard");
  assert.match(await w.locator(".details").innerText(), /With Premium: Friday, 13 June 2025 at 17:00/);
  // The page's head preloads the glue and the wasm: each is fetched once, so
  // the preloads match the loader's own requests.
  for (const file of ["/pkg/support_policy.js", "/pkg/support_policy_bg.wasm"]) {
    // (Served under a content-hashed name: support_policy.0123456789.js.)
    assert.equal(log.requests.filter((u) => new URL(u).pathname.replace(/\.[0-9a-f]{10}\./, ".") === file).length, 1, `${file} fetched once`);
  }
  assert.deepEqual(log.errors, []);
});

test("a DST gap in the typed time is announced", async () => {
  const { page } = await openPage(env.browser, env.origin + "/");
  const w = page.locator("support-policy-widget").first();
  await ready(w);
  await setTicket(w, "en", { impact: "high", urgency: "high", tier: "premium", timeZone: "America/New_York", filedLocal: "2025-03-09T02:30:00" });
  await until(async () => (await result(w)).deadline === "2025-03-09T07:45:00Z", 3000, "gap deadline");
  assert.match(await w.locator(".widget").innerText(), /does not exist in this zone .* the time 1\sh later is used/);
  await setTicket(w, "en", { filedLocal: "2025-11-02T01:30:00" });
  await until(async () => (await result(w)).deadline === "2025-11-02T05:45:00Z", 3000, "fold deadline");
  assert.match(await w.locator(".widget").innerText(), /happens twice in this zone/);
  // "Now" returns to the clock.
  await w.getByRole("button", { name: "Now" }).click();
  await until(async () => /Using the current time/.test(await w.locator(".widget").innerText()), 3000, "following the clock");
});

test("copy summary puts plain text on the clipboard", async () => {
  const { page, context } = await openPage(env.browser, env.origin + "/");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.origin });
  const w = page.locator("support-policy-widget").first();
  await ready(w);
  await setTicket(w, "en", { impact: "high", urgency: "medium", tier: "standard", timeZone: "Europe/Madrid", filedLocal: "2025-06-13T16:00:00" });
  await until(async () => (await result(w)).deadline === "2025-06-16T08:00:00Z", 3000, "deadline");
  await w.getByRole("button", { name: "Copy summary" }).click();
  await until(async () => /Summary copied/.test(await w.locator(".widget").innerText()), 3000, "copied notice");
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(text.split("\n").slice(0, 7), [
    "Impact: High",
    "Urgency: Medium",
    "Priority: P2, the policy's “High impact” level",
    "Plan: Standard",
    "Filed: Friday, 13 June 2025 at 16:00 CEST",
    "Response target: 3 support hours",
    "Target response by: Monday, 16 June 2025 at 10:00 CEST (2025-06-16T08:00:00Z)",
  ]);
  // The account of how the target was counted, day by day.
  assert.match(text, /\nHow this target response time is counted:\n- Filed: Friday 13 June at 16:00, within Standard support hours, so counting starts at once\.\n- Friday 13 June, 16:00–17:00: 1\u00a0h\n- Saturday 14 June to Sunday 15 June: closed, nothing counted\n- Monday 16 June, 08:00–10:00: 2\u00a0h\n- Target response by Monday 16 June at 10:00 \(3 support hours in all\)\.$/);
});

test("attributes are observed; two widgets stay independent", async () => {
  const { page, log } = await openPage(env.browser, env.origin + "/embed.html");
  const en = page.locator("#example-en");
  const es = page.locator("#example-es");
  await ready(en);
  await ready(es);
  assert.deepEqual(await result(en), { priority: "P2", tier: "standard", deadline: (await result(en)).deadline });
  assert.equal((await result(es)).tier, "premium");
  assert.equal(await es.getByLabel(LABELS.es.tier).count(), 1, "the Spanish widget has Spanish labels");

  await page.evaluate(() => document.querySelector("#example-en").setAttribute("tier", "premium"));
  await until(async () => (await result(en)).tier === "premium", 3000, "tier attribute");
  await page.evaluate(() => document.querySelector("#example-en").setAttribute("urgency", "high"));
  await until(async () => (await result(en)).priority === "P1", 3000, "urgency attribute");
  await page.evaluate(() => document.querySelector("#example-en").setAttribute("lang", "es"));
  await until(async () => (await en.getByLabel(LABELS.es.zone).count()) === 1, 3000, "lang attribute");
  await page.evaluate(() => document.querySelector("#example-en").setAttribute("time-zone", "Asia/Tokyo"));
  await until(async () => (await en.getByLabel(LABELS.es.zone).inputValue()) === "Asia/Tokyo", 3000, "time-zone attribute");
  // The other widget did not move.
  assert.equal((await result(es)).tier, "premium");
  assert.equal(await es.getByLabel(LABELS.es.zone).inputValue(), "Europe/Madrid");
  // A person's choice in one widget stays there.
  await es.getByLabel(LABELS.es.tier).selectOption("community");
  await until(async () => (await result(es)).tier === "community", 3000, "es community");
  assert.equal((await result(en)).tier, "premium");
  // Removing the element destroys the widget cleanly.
  await page.evaluate(() => document.querySelector("#example-en").remove());
  assert.equal(await page.locator("#example-en").count(), 0);
  assert.deepEqual(log.errors, []);
});

test("bad attributes and policies show a message and fall back", async () => {
  const { page, log } = await openPage(env.browser, env.origin + "/fixtures/options.html");
  const bad = page.locator("#bad");
  await ready(bad);
  const alert = await bad.getByRole("alert").innerText();
  assert.match(alert, /lang: unsupported language "xx"/);
  assert.match(alert, /tier: unknown support plan "gold"/);
  assert.match(alert, /timeZone: unknown time zone "Mars\/Olympus"/);
  assert.match(alert, /impact: unknown impact "huge"/);
  const r = await result(bad);
  assert.equal(r.tier, "standard");
  assert.ok(r.deadline.endsWith("Z"), "the fallback still computes a deadline");
  assert.equal(await bad.evaluate((el) => el.answer.timeZone), "Europe/Madrid", "an unknown zone: the browser's is used, as documented");
  // Fixing the attribute clears its message.
  await page.evaluate(() => document.querySelector("#bad").setAttribute("tier", "premium"));
  await until(async () => (await result(bad)).tier === "premium", 3000, "fixed tier");
  assert.doesNotMatch(await bad.getByRole("alert").innerText(), /tier:/);

  const badPolicy = page.locator("#bad-policy");
  await ready(badPolicy);
  assert.match(await badPolicy.getByRole("alert").innerText(), /policy: not valid JSON: .* at line 1, column \d+/);
  assert.equal((await result(badPolicy)).priority, "P3");
  // Another attribute changes; the unchanged (refused) policy keeps its message.
  await page.evaluate(() => document.querySelector("#bad-policy").setAttribute("tier", "premium"));
  await until(async () => (await result(badPolicy)).tier === "premium", 3000, "tier on the bad-policy widget");
  assert.match(await badPolicy.getByRole("alert").innerText(), /policy: not valid JSON/);

  // mount() from JavaScript with bad input throws a named Error; good input works.
  const thrown = await page.evaluate(async () => {
    const { mount, ready } = await import("/support-policy-widget-full.js");
    await ready;
    const out = [];
    try { mount("not an element", {}); } catch (e) { out.push(e instanceof Error ? e.message : String(e)); }
    const handle = mount(document.getElementById("mount-here"), { tier: "trial", timeZone: "UTC" });
    try { handle.update("nope"); } catch (e) { out.push(e.message); }
    handle.update({ tier: "premium" });
    return out;
  });
  assert.deepEqual(thrown, ['element: expected an Element, got "not an element"', 'options: expected an object, got "nope"']);
  const mounted = page.locator("#mount-here");
  await until(async () => (await result(mounted)).tier === "premium", 3000, "mounted widget");
  assert.deepEqual(log.errors, []);
});

test("the default bundle refuses a host policy with a message naming the full bundle", async () => {
  const { page, log } = await openPage(env.browser, env.origin + "/");
  await page.evaluate(() => {
    const el = document.createElement("support-policy-widget");
    el.id = "host-policy";
    el.setAttribute("lang", "en");
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = "{}";
    el.append(script);
    document.body.append(el);
  });
  const w = page.locator("#host-policy");
  await ready(w);
  assert.match(await w.getByRole("alert").innerText(), /policy: this bundle reads no host policy documents; load support-policy-widget-full\.js instead/);
  assert.ok((await result(w)).deadline.endsWith("Z"), "the built-in policy still answers");
  assert.deepEqual(log.errors, []);
});

test("a host policy is used, and its text is only ever text", async () => {
  const { page, log } = await openPage(env.browser, env.origin + "/fixtures/options.html");
  // Build a custom policy from the default: P1 Standard in 30 minutes, with markup in its texts.
  await page.evaluate(async () => {
    const { policy, ready } = await import("/support-policy-widget-full.js");
    await ready;
    const doc = policy();
    doc.plans.standard.targets.P1 = 30;
    doc.priorities.P1.title.en = '<img src="/x.png" onerror="window.pwned=1">Critical <b>now</b>';
    doc.plans.standard.name.en = "<script>window.pwned=2</script>Standard";
    const el = document.createElement("support-policy-widget");
    el.id = "hostile";
    el.setAttribute("lang", "en");
    el.setAttribute("tier", "standard");
    el.setAttribute("time-zone", "UTC");
    el.setAttribute("impact", "high");
    el.setAttribute("urgency", "high");
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = JSON.stringify(doc);
    el.append(script);
    document.body.append(el);
  });
  const w = page.locator("#hostile");
  await ready(w);
  await setTicket(w, "en", { filedLocal: "2025-06-13T10:00:00" });
  await until(async () => (await result(w)).deadline === "2025-06-13T10:30:00Z", 3000, "custom target");
  const status = await w.locator(".answer").innerText();
  assert.ok(status.includes('<img src="/x.png" onerror="window.pwned=1">Critical <b>now</b>'), status);
  assert.equal(await w.locator(".widget").locator("img, b, script").count(), 0, "no element made from policy text");
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.ok((await w.getByLabel("Support plan").innerText()).includes("<script>window.pwned=2</script>Standard"));
  assert.deepEqual(log.errors, []);
  assert.ok(!log.requests.some((u) => u.endsWith("/x.png")), "the markup made no request");
});

test("no request leaves the origin; nothing is stored; no console errors under the CSP", async () => {
  for (const path of ["/", "/es/", "/embed.html"]) {
    const { page, log } = await openPage(env.browser, env.origin + path);
    const w = page.locator("support-policy-widget").first();
    await ready(w);
    await setTicket(w, path === "/es/" ? "es" : "en", { impact: "high", urgency: "high", tier: "premium", timeZone: "Asia/Kolkata" });
    await until(async () => (await result(w)).priority === "P1", 3000, "P1");
    await page.waitForTimeout(300);
    const foreign = log.requests.filter((u) => !u.startsWith(env.origin + "/"));
    assert.deepEqual(foreign, [], `${path}: requests outside the origin`);
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get("content-security-policy"));
    assert.equal(csp, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
    assert.equal(stored, 0, `${path}: stored something`);
    assert.deepEqual(log.errors, [], `${path}: console errors`);
  }
});

test("the other plan reads as today or tomorrow when it is", async () => {
  const { page, log } = await openPage(env.browser, env.origin + "/fixtures/options.html");
  await page.evaluate(async () => {
    const { mount, ready } = await import("/support-policy-widget-full.js");
    await ready;
    window.__now = Date.parse("2025-06-13T14:00:00Z"); // Friday 16:00 in Madrid
    window.__handle = mount(document.getElementById("mount-here"), {
      lang: "en", tier: "standard", timeZone: "Europe/Madrid", impact: "high", urgency: "medium", clock: () => window.__now,
    });
  });
  const w = page.locator("#mount-here");
  await until(async () => (await result(w)).deadline === "2025-06-16T08:00:00Z", 5000, "standard P2 from Friday 16:00");
  assert.match(await w.locator(".details").innerText(), /With Premium: today at 17:00 \(1 hour, counted around the clock\)/);
  await page.evaluate(() => { window.__now = Date.parse("2025-06-13T21:30:00Z"); window.__handle.refresh(); }); // 23:30
  await until(async () => /With Premium: tomorrow at 00:30/.test(await w.locator(".details").innerText()), 3000, "tomorrow");
  await page.evaluate(() => window.__handle.update({ lang: "es" }));
  await until(async () => /Con el plan Premium: mañana a las 00:30/.test(await w.locator(".details").innerText()), 3000, "mañana");
  assert.deepEqual(log.errors, []);
});

test("the plan comparison is built when opened, and closes again", async () => {
  const { page, log } = await openPage(env.browser, env.origin + "/");
  const w = page.locator("support-policy-widget").first();
  await ready(w);
  const plans = w.locator("details.plans");
  assert.equal(await plans.locator("table").count(), 0, "closed: only the summary");
  await plans.locator("summary").click();
  await until(async () => (await plans.locator("table").count()) === 1, 3000, "the table");
  const headers = await plans.locator("thead th").allInnerTexts();
  assert.deepEqual(headers, ["Standard", "Premium"]);
  assert.match(await plans.innerText(), /P1: 1 support hour\n[^]*P1: 15 minutes/);
  await plans.locator("summary").click();
  await until(async () => (await plans.locator("table").count()) === 0, 3000, "closed again");
  assert.deepEqual(log.errors, []);
});
