// The package on the documentation sites a docs team would embed it in:
// Docusaurus (React 19, webpack), VitePress (Vue, Vite 5) and Astro Starlight
// (Vite 6) from npm, MkDocs Material 9 (instant navigation) and Sphinx with
// Furo from PyPI, each a minimal real site under tests/docs-stacks/ with its
// versions pinned (package-lock.json; requirements.txt with every package
// pinned). Each is copied to a fresh folder and installed (`npm ci` and the
// packed tarball; or one virtual environment the two Python sites share,
// with the tarball's files copied where the recipe in package/README.md
// says), built (server-side rendering included for the npm stacks: the
// import must not throw in Node) and served under a docs-site CSP. In
// Chromium, with the OS in dark mode: follow the site's own link to the
// support page (client-side where the stack navigates so), a worked case
// through the element's properties (data-deadline, `answer`,
// `support-policy-change` reaching document), the widget following the
// site's own light/dark switch without a reload, ten round trips away and
// back where the stack navigates client-side (one module evaluation, one
// wasm, one widget per tag), the support page loaded directly (hydration),
// and no errors. Screenshots:
// tests/e2e/screenshots/docstacks-<stack>-<light|dark>.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer as createNetServer } from "node:net";
import { join, relative, sep } from "node:path";
import { chromium } from "playwright-core";
import { start } from "../../scripts/serve.mjs";
import { ROOT, LAUNCH, CASES, SCREENSHOTS, until } from "./helpers.mjs";

/** What a docs site needs: its inline scripts and styles; the widget adds only 'wasm-unsafe-eval'. */
const DOCS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
const LIGHT = "rgb(255, 255, 255)", DARK = "rgb(22, 24, 28)";
/** Installed or built in a copy, never copied from the fixture folder. */
const SKIP = ["node_modules", "build", "dist", ".next", "out", ".docusaurus", ".astro", ".vitepress/cache", ".vitepress/dist", "site", "_build", "public", "resources"];
/** The package's files a static site serves (package/README.md's recipes for MkDocs, Sphinx and Hugo). */
const SERVED = ["support-policy-widget.js", "pkg", "lang", "zones"];
/** A Standard ticket over a weekend: filed Friday 16:00 in Madrid, due Monday 10:00. */
const CASE = CASES.find((c) => c.note === "standard P2 filed Friday 16:00 rolls to Monday 10:00");
/** The tools' own checks for updates and telemetry stay off (no network but the registry). */
const ENV = { ...process.env, NO_UPDATE_NOTIFIER: "1", ASTRO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" };

/**
 * Sets the site's own colour mode by clicking its own switch, up to three
 * times (Docusaurus's toggle may cycle light → dark → system), until
 * `read()` (run in the page) says the wanted mode.
 */
async function clickUntil(page, control, want, read) {
  for (let i = 0; i < 3 && (await page.evaluate(read)) !== want; i++) {
    await control.click();
    await page.waitForTimeout(100);
  }
  return page.evaluate(read);
}

const STACKS = [
  {
    name: "docusaurus",
    build: ["docusaurus", ["build"]],
    out: "build",
    index: "/",
    support: "/support/",
    clientSide: true,
    // Docusaurus: data-theme="light|dark" on <html>, set by the navbar's toggle.
    read: () => document.documentElement.getAttribute("data-theme"),
    async setTheme(page, mode) {
      const toggle = page.getByRole("button", { name: /dark and light mode/i });
      return clickUntil(page, toggle, mode, this.read);
    },
  },
  {
    name: "vitepress",
    build: ["vitepress", ["build"]],
    out: ".vitepress/dist",
    index: "/",
    support: "/support.html",
    clientSide: true,
    // Vue's own view of the widget: @support-policy-change.
    vueAnswer: true,
    // VitePress: class="dark" on <html>, set by the navbar's appearance switch.
    read: () => (document.documentElement.classList.contains("dark") ? "dark" : "light"),
    async setTheme(page, mode) {
      const toggle = page.locator(".VPNavBarAppearance button.VPSwitchAppearance");
      return clickUntil(page, toggle, mode, this.read);
    },
  },
  {
    name: "starlight",
    build: ["astro", ["build"]],
    out: "dist",
    index: "/",
    support: "/support/",
    clientSide: false, // Starlight loads each page in full.
    // Starlight: data-theme="light|dark" on <html>, set by its theme <select>.
    read: () => document.documentElement.getAttribute("data-theme"),
    async setTheme(page, mode) {
      await page.locator("starlight-theme-select select").locator("visible=true").first().selectOption(mode);
      await page.waitForTimeout(100);
      return page.evaluate(this.read);
    },
  },
  {
    name: "nextjs",
    build: ["next", ["build"]],
    out: "out",
    index: "/",
    support: "/support/",
    clientSide: true, // next/link
    // React's own view of the widget: onsupport-policy-change, or element.answer once mounted.
    reactAnswer: true,
    // The site has no switch of its own: the widget follows the system.
    read: () => (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"),
    async setTheme(page, mode) {
      await page.emulateMedia({ colorScheme: mode });
      return page.evaluate(this.read);
    },
  },
  {
    name: "mkdocs",
    kind: "pip",
    place: "docs/js/support-policy-widget",
    build: ["mkdocs", ["build", "--strict"]],
    out: "site",
    index: "/",
    support: "/support/",
    clientSide: true, // navigation.instant
    // MkDocs Material: data-md-color-scheme="default|slate" on <body>, set by the palette toggle.
    read: () => (document.body.getAttribute("data-md-color-scheme") === "slate" ? "dark" : "light"),
    async setTheme(page, mode) {
      const toggle = page.locator("form[data-md-component=palette] label").locator("visible=true").first();
      return clickUntil(page, toggle, mode, this.read);
    },
  },
  {
    name: "sphinx",
    kind: "pip",
    place: "_static/support-policy-widget",
    build: ["sphinx-build", ["-W", "-q", "-b", "html", ".", "_build/html"]],
    out: "_build/html",
    index: "/",
    support: "/support.html",
    clientSide: false, // Furo loads each page in full.
    // Furo: data-theme="auto|light|dark" on <body>, cycled by its theme toggle; auto follows the OS.
    read: () => {
      const t = document.body.dataset.theme;
      return t === "dark" || t === "light" ? t : matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    },
    async setTheme(page, mode) {
      const toggle = page.locator("button.theme-toggle").locator("visible=true").first();
      return clickUntil(page, toggle, mode, this.read);
    },
  },
  {
    name: "hugo",
    kind: "static", // Debian's hugo, installed by scripts/lib.sh
    place: "static/support-policy-widget",
    shortcode: "layouts/shortcodes/support-policy.html", // the package's hugo/support-policy.html
    build: ["hugo", ["--quiet", "--panicOnWarning"]],
    out: "public",
    index: "/",
    support: "/support/",
    clientSide: false,
    // Two shortcodes on the page: two elements, the loader written once.
    rendered(html) {
      assert.equal(html.match(/<support-policy-widget\b/g)?.length, 2, "[hugo] two elements from two shortcodes");
      assert.equal(html.match(/<script type="?module"? src="?[^">]*support-policy-widget\.js/g)?.length, 1, "[hugo] the loader written once");
      assert.match(html, /<support-policy-widget lang="es" tier="standard" time-zone="Europe\/Madrid">/, "[hugo] the second shortcode's attributes");
    },
    // The site has no switch of its own: it declares color-scheme "light dark" and follows the system.
    read: () => (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"),
    async setTheme(page, mode) {
      await page.emulateMedia({ colorScheme: mode });
      return page.evaluate(this.read);
    },
  },
  {
    name: "wordpress",
    kind: "wordpress", // Debian's WordPress, MariaDB, Apache and PHP, installed by scripts/lib.sh
    clientSide: false,
    // The Author's post: the shortcode's widget; the bare tag removed by WordPress (kses).
    rendered(html) {
      assert.equal(html.match(/<support-policy-widget\b/g)?.length, 1, "[wordpress] the Author's bare tag removed, the shortcode's element kept");
      assert.equal(html.match(/<script type="module" src="[^"]*support-policy-widget\.js/g)?.length, 1, "[wordpress] the loader as a module, once");
    },
    // Twenty Twenty-Three has no dark mode: the site is light, whatever the system.
    modes: ["light"],
    read: () => "light",
    async setTheme(page) {
      return "light";
    },
  },
];

let work, tarball;
before(() => {
  assert.ok(CASE, "the worked case is in tests/cases/deadlines.json");
  // The build already ran in scripts/test; pack what www/ holds.
  const out = execFileSync(join(ROOT, "scripts/pack"), ["--no-build"], { cwd: ROOT, encoding: "utf8" });
  tarball = out.trim().split("\n").at(-1);
  assert.ok(existsSync(tarball), `scripts/pack wrote ${tarball}`);
  work = mkdtempSync(join(tmpdir(), "spw-docstacks-"));
  mkdirSync(SCREENSHOTS, { recursive: true });
});
after(() => { if (work) rmSync(work, { recursive: true, force: true }); });

/** Runs a command in `cwd`; on failure, throws with the stack's name and the output's tail. */
function run(stack, what, cmd, args, cwd, env = {}) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd, env: { ...ENV, ...env }, encoding: "utf8", maxBuffer: 64 << 20 });
  const output = `${r.stdout ?? ""}\n${r.stderr ?? ""}`;
  if (r.status !== 0) {
    const tail = output.trim().split("\n").slice(-40).join("\n");
    throw new Error(`[${stack}] ${what} failed (${r.error?.message ?? `exit ${r.status}`}):\n${tail}`);
  }
  return { output, seconds: ((Date.now() - t0) / 1000).toFixed(1) };
}

let venv = null, unpackedDir = null;
/** The Python sites' virtual environment (one for both: their pins agree), made on first use. */
function python(stack, say) {
  if (!venv) {
    venv = join(work, "venv");
    const made = run(stack.name, "python3 -m venv", "python3", ["-m", "venv", venv], work);
    say(`python3 -m venv ${made.seconds} s`);
  }
  return venv;
}
/** The packed tarball's files (its package/ folder), unpacked once. */
function unpacked() {
  if (!unpackedDir) {
    execFileSync("tar", ["xzf", tarball, "-C", work]);
    unpackedDir = join(work, "package");
  }
  return unpackedDir;
}

/** A page's path and query (WordPress's pages are /?p=N). */
const where = (url) => { const u = new URL(url); return u.pathname + u.search; };

/** A free port on the loopback interface. */
function freePort() {
  return new Promise((resolve) => {
    const s = createNetServer().listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/**
 * The WordPress site (tests/docs-stacks/wordpress/setup.sh: Debian's
 * packages, the project's plugin with the package's files), and its posts
 * saved through the REST API: a help page by the Administrator linking to
 * the support post, and the support post by an Author, each with the
 * shortcode and the bare tag, so that WordPress's own filtering applies.
 */
async function wordpress(stack, app, say, fail) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const set = run(stack.name, "setup.sh", join(app, "setup.sh"), [String(port), unpacked()], app);
  say(`setup.sh (database, Apache, WordPress, plugin, users) ${set.seconds} s`);
  const users = JSON.parse(set.output.split("\n").find((l) => l.startsWith("{")));
  const post = async (user, body) => {
    const res = await fetch(`${origin}/?rest_route=/wp/v2/posts`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Basic ${Buffer.from(user).toString("base64")}` },
      body: JSON.stringify({ status: "publish", ...body }),
    });
    const json = await res.json();
    assert.equal(res.status, 201, fail(`the REST API saved the post: ${JSON.stringify(json).slice(0, 300)}`));
    return json;
  };
  const content = '[support-policy tier="premium"]\n\n<p>The same as a bare tag:</p>\n<support-policy-widget tier="standard"></support-policy-widget>';
  const byAuthor = await post(users.author, { title: "Support policy", content });
  const byAdmin = await post(users.admin, { title: "Support policy (by an Administrator)", content });
  const help = await post(users.admin, {
    title: "Getting help",
    content: `<p>Every ticket gets a priority from its impact and urgency, and a target response time that depends on your plan.</p><p>See <a href="${origin}/?p=${byAuthor.id}">the support policy</a> to work out the deadline for a ticket.</p>`,
  });
  const html = async (id) => (await fetch(`${origin}/?p=${id}`)).text();
  const admins = await html(byAdmin.id);
  // An Administrator (unfiltered_html) keeps the bare tag; an Author's is removed; the shortcode works for both.
  assert.match(admins, /<support-policy-widget tier="standard">/, fail("an Administrator's bare tag is kept"));
  return {
    origin,
    index: `/?p=${help.id}`,
    support: `/?p=${byAuthor.id}`,
    html: await html(byAuthor.id),
    close: () => run(stack.name, "a2dissite", "sh", ["-c", `a2dissite -q spw-wordpress-${port} && apachectl graceful`], work),
  };
}

/** Every file under `dir` whose name ends with `ext`, as paths relative to it. */
function filesEnding(dir, ext) {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(ext));
}

for (const stack of STACKS) {
  test(`${stack.name}: installs the package, builds, and the support page's widget works`, { timeout: 600000 }, async (t) => {
    const say = (m) => t.diagnostic(`[${stack.name}] ${m}`);
    const fail = (m) => `[${stack.name}] ${m}`;
    /** Waits for `check`; on a timeout, says (evaluated then) what was wanted and seen. */
    const soon = async (check, ms, describe) => {
      try {
        await until(check, ms);
      } catch {
        const what = await describe().catch((e) => `(a check that could not be described: ${e.message})`);
        throw new Error(fail(`timed out after ${ms} ms waiting for ${what}`));
      }
    };

    // A fresh copy without anything installed or built, so no cache helps.
    const fixture = join(ROOT, "tests/docs-stacks", stack.name);
    const app = join(work, stack.name);
    cpSync(fixture, app, {
      recursive: true,
      filter: (src) => {
        const rel = relative(fixture, src).split(sep).join("/");
        return !SKIP.some((s) => rel === s || rel.startsWith(s + "/"));
      },
    });
    let bin = null;
    if (stack.kind === "static") {
      // The package's files where the recipe puts them, and its shortcode.
      mkdirSync(join(app, stack.place), { recursive: true });
      for (const f of SERVED) cpSync(join(unpacked(), f), join(app, stack.place, f), { recursive: true });
      mkdirSync(join(app, stack.shortcode, ".."), { recursive: true });
      cpSync(join(unpacked(), "hugo/support-policy.html"), join(app, stack.shortcode));
    } else if (stack.kind === "wordpress") {
      // setup.sh copies the plugin and the package's files into WordPress (below, once the port is chosen).
    } else if (stack.kind === "pip") {
      // One virtual environment for the Python sites, made on first use; the package's files copied in.
      const venv = python(stack, say);
      bin = join(venv, "bin");
      const pip = run(stack.name, "pip install -r requirements.txt", join(bin, "pip"),
        ["install", "--quiet", "--disable-pip-version-check", "-r", join(app, "requirements.txt")], app);
      say(`pip install ${pip.seconds} s`);
      mkdirSync(join(app, stack.place), { recursive: true });
      for (const f of SERVED) cpSync(join(unpacked(), f), join(app, stack.place, f), { recursive: true });
    } else {
      const ci = run(stack.name, "npm ci", "npm", ["ci", "--no-audit", "--no-fund"], app);
      const add = run(stack.name, "npm install of the tarball", "npm", ["install", "--no-save", "--no-audit", "--no-fund", tarball], app);
      say(`npm ci ${ci.seconds} s, tarball ${add.seconds} s`);

      // Importing in Node (as each site's server-side rendering does) throws
      // nothing, and has no top-level await (require() of an ES module needs that).
      run(stack.name, "import in Node", process.execPath, ["--input-type=module", "-e", 'await import("support-policy-widget")'], app);
      run(stack.name, "require() in Node (no top-level await)", process.execPath,
        ["--experimental-require-module", "--no-warnings", "-e", 'require("support-policy-widget")'], app);
      bin = join(app, "node_modules/.bin");
    }

    let origin, html;
    if (stack.kind === "wordpress") {
      const site = await wordpress(stack, app, say, fail);
      t.after(site.close);
      ({ origin, html } = site);
      Object.assign(stack, { index: site.index, support: site.support });
    } else {
    // The server first, so that the build knows the site's address (MkDocs's site_url).
    const outDir = join(app, stack.out);
    const server = await start(0, { "/": outDir }, { "Content-Security-Policy": DOCS_CSP });
    origin = `http://127.0.0.1:${server.address().port}`;
    t.after(() => new Promise((r) => server.close(r)));
    const [tool, args] = stack.build;
    const built = run(stack.name, `${tool} ${args.join(" ")}`, bin ? join(bin, tool) : tool, args, app, { SITE_URL: `${origin}/` });
    say(`${tool} ${args.join(" ")} ${built.seconds} s`);
    const notes = built.output.split("\n").filter((l) => /warn|support-policy-widget|support_policy/i.test(l) && !/sitemap/i.test(l));
    for (const line of notes.slice(0, 20)) say(`build: ${line.trim()}`);
    const wasm = filesEnding(outDir, ".wasm");
    assert.ok(wasm.length >= 1, fail(`the build copied the wasm: .wasm files in ${stack.out}: ${JSON.stringify(wasm)}`));
    say(`wasm in the output: ${wasm.join(", ")}`);
    const supportFile = join(outDir, stack.support.endsWith("/") ? stack.support + "index.html" : stack.support);
    assert.ok(existsSync(supportFile), fail(`the build wrote ${relative(app, supportFile)}; html files: ${filesEnding(outDir, ".html").join(", ")}`));
    // Server-side rendering ran the import and kept the element with its attribute.
    html = readFileSync(supportFile, "utf8");
    }
    assert.match(html, /<support-policy-widget[^>]*\btier="premium"/, fail(`the rendered ${stack.support} holds <support-policy-widget tier="premium">`));
    stack.rendered?.(html);

    const browser = await chromium.launch(LAUNCH);
    try {
      // The OS prefers dark; the site itself decides (and starts light where its default is light).
      const context = await browser.newContext({
        colorScheme: "dark", viewport: { width: 1440, height: 900 }, locale: "en-US", timezoneId: "America/New_York",
      });
      const page = await context.newPage();
      const errors = [], warnings = [], requests = [];
      page.on("console", (m) => {
        const where = m.location().url ?? "";
        if (m.type() === "error" && !/\/favicon\.(ico|svg|png)$/.test(where)) errors.push(`console: ${m.text()} (${where})`);
        if (m.type() === "warning") warnings.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      page.on("requestfailed", (r) => {
        // A site's router cancelling its own page fetch when the test navigates on (Next.js) is no failure;
        // any failure of the widget's files is.
        const widgetFile = /support[-_]policy|\.wasm|\/lang\/|\/zones\//.test(r.url());
        if (widgetFile || r.failure()?.errorText !== "net::ERR_ABORTED") errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
      });
      page.on("request", (r) => requests.push(r.url()));
      page.on("response", (r) => {
        if (r.status() >= 400 && !/\/favicon\.(ico|svg|png)$/.test(r.url())) errors.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      // Every support-policy-change that reaches document, recorded from the first.
      // The loader's evaluations: each runs define(), which asks the registry for the tag once.
      await context.addInitScript(() => {
        window.__spwEvaluations = 0;
        const get = CustomElementRegistry.prototype.get;
        CustomElementRegistry.prototype.get = function (name) {
          if (name === "support-policy-widget") window.__spwEvaluations++;
          return get.call(this, name);
        };
      });
      await context.addInitScript(() => {
        window.__spwEvents = [];
        document.addEventListener("support-policy-change", (e) => {
          window.__spwEvents.push({ bubbles: e.bubbles, composed: e.composed, target: e.target?.localName, detail: JSON.parse(JSON.stringify(e.detail)) });
        });
      });
      // The clock stands at the case's filing time from the first script on.
      await page.clock.setFixedTime(CASE.filedAt);

      // a. From the index page, the site's own link to the support page.
      await page.goto(origin + stack.index);
      const link = page.getByRole("main").getByRole("link", { name: "the support policy", exact: true });
      await link.waitFor({ timeout: 15000 }).catch(() => { throw new Error(fail(`no link "the support policy" on ${stack.index}; errors: ${JSON.stringify(errors)}`)); });
      await page.evaluate(() => { window.__spwSamePage = true; });
      await link.click();
      await soon(() => where(page.url()) === stack.support, 15000, async () => (`the URL ${stack.support} (at ${page.url()})`));
      const headline = () => page.evaluate(() => {
        const el = document.querySelector("support-policy-widget");
        const h = el?.shadowRoot?.querySelector("[data-deadline]");
        return h ? { priority: h.getAttribute("data-priority"), tier: h.getAttribute("data-tier"), deadline: h.getAttribute("data-deadline") } : null;
      });
      await soon(async () => (await headline()) !== null, 20000,
        async () => (`the widget's [data-deadline] in its shadow root; errors so far: ${JSON.stringify(errors)}`));
      const sameDocument = await page.evaluate(() => window.__spwSamePage === true);
      say(`navigation to ${stack.support}: ${sameDocument ? "client-side" : "full page load"}`);
      if (stack.clientSide) assert.ok(sameDocument, fail("the link navigated client-side (the widget mounted by the site's router)"));
      const first = await page.evaluate(() => {
        const el = document.querySelector("support-policy-widget");
        return {
          open: el.shadowRoot !== null, tier: el.tier, answer: el.answer,
          events: window.__spwEvents.length,
          // A widget not yet connected has no answer.
          fresh: document.createElement("support-policy-widget").answer,
        };
      });
      assert.equal(first.open, true, fail("an open shadow root"));
      assert.equal(first.tier, "premium", fail("el.tier mirrors the page's tier attribute"));
      assert.equal(first.fresh, null, fail("answer is null before the first answer"));
      await soon(() => page.evaluate(() => window.__spwEvents.length >= 1), 10000, async () => ("a support-policy-change after the first answer"));
      const initial = await page.evaluate(() => ({ answer: document.querySelector("support-policy-widget").answer, last: window.__spwEvents.at(-1) }));
      assert.equal(initial.answer?.tier, "premium", fail(`the first answer is for the page's tier: ${JSON.stringify(initial.answer)}`));
      assert.equal(initial.answer?.filedAt, CASE.filedAt, fail(`the first answer is filed at the (fixed) clock: ${JSON.stringify(initial.answer)}`));

      // b. The worked case through the element's properties, as a host would set them.
      await page.evaluate((c) => {
        window.__spwBefore = window.__spwEvents.length;
        const el = document.querySelector("support-policy-widget");
        el.impact = c.impact;
        el.urgency = c.urgency;
        el.tier = c.tier;
        el.timeZone = c.timeZone;
      }, CASE);
      const attrs = await page.evaluate(() => {
        const el = document.querySelector("support-policy-widget");
        return ["impact", "urgency", "tier", "time-zone"].map((a) => el.getAttribute(a));
      });
      assert.deepEqual(attrs, [CASE.impact, CASE.urgency, CASE.tier, CASE.timeZone], fail("the properties set the attributes"));
      await soon(async () => (await headline())?.deadline === CASE.deadline, 10000,
        async () => (`data-deadline ${CASE.deadline} for "${CASE.note}" (seen: ${JSON.stringify(await headline())})`));
      assert.deepEqual(await headline(), { priority: CASE.priority, tier: CASE.tier, deadline: CASE.deadline }, fail("the headline's data attributes"));
      await soon(() => page.evaluate((d) => window.__spwEvents.at(-1)?.detail?.deadline === d, CASE.deadline), 5000,
        async () => (`a support-policy-change on document with the case's deadline (seen: ${JSON.stringify(await page.evaluate(() => window.__spwEvents.slice(-3)))})`));
      const after = await page.evaluate(() => ({
        answer: document.querySelector("support-policy-widget").answer,
        last: window.__spwEvents.at(-1),
        count: window.__spwEvents.length - window.__spwBefore,
      }));
      const a = after.answer;
      assert.ok(a, fail("el.answer after the change"));
      for (const k of ["impact", "urgency", "priority", "tier", "timeZone", "targetMinutes", "filedAt", "deadline", "deadlineLocal"]) {
        assert.equal(a[k], CASE[k], fail(`el.answer.${k}: ${JSON.stringify(a)}`));
      }
      for (const k of ["computedPriority", "overridden", "clock"]) assert.ok(k in a, fail(`el.answer has ${k}: ${JSON.stringify(a)}`));
      assert.deepEqual(after.last.detail, a, fail("the event's detail is the answer"));
      assert.equal(after.last.bubbles, true, fail("the event bubbles"));
      assert.equal(after.last.composed, true, fail("the event is composed"));
      say(`support-policy-change events for the four property changes: ${after.count}`);
      // React's listener (onsupport-policy-change) got the change: its own text shows the deadline.
      const reactText = () => page.evaluate(() => document.getElementById("react-answer")?.textContent ?? null);
      if (stack.reactAnswer) {
        await soon(async () => (await reactText())?.includes(CASE.deadline), 5000,
          async () => (`React's text with the case's deadline (seen ${JSON.stringify(await reactText())})`));
        const via = await page.evaluate(() => document.getElementById("react-answer").dataset.viaReact);
        assert.equal(via, "yes", fail("React's onsupport-policy-change prop received the change (an element React created)"));
      }

      // Vue's listener (@support-policy-change) got the change: its own text shows the deadline.
      const vueText = () => page.evaluate(() => document.getElementById("vue-answer")?.textContent ?? null);
      if (stack.vueAnswer) {
        await soon(async () => (await vueText())?.includes(CASE.deadline), 5000,
          async () => (`Vue's text with the case's deadline (seen ${JSON.stringify(await vueText())})`));
      }

      // c. The widget follows the site's own light/dark switch, without a reload.
      const background = () => page.evaluate(() =>
        getComputedStyle(document.querySelector("support-policy-widget").shadowRoot.querySelector(".widget")).backgroundColor);
      await page.evaluate(() => { window.__spwNoReload = true; });
      for (const mode of stack.modes ?? ["light", "dark"]) {
        const now = await stack.setTheme(page, mode);
        assert.equal(now, mode, fail(`the site's switch set ${mode} (the site says ${now})`));
        const want = mode === "light" ? LIGHT : DARK;
        await soon(async () => (await background()) === want, 5000,
          async () => (`the widget ${mode} (${want}) with the site ${mode} and the OS dark (seen ${await background()})`));
        // The page's top: the site's header and switch, the title and the widget's headline.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(SCREENSHOTS, `docstacks-${stack.name}-${mode}.png`), animations: "disabled" });
      }
      // theme="light"/"dark" on the element win over the site; "auto" follows it again.
      const setTheme = (v) => page.evaluate((v) => { document.querySelector("support-policy-widget").theme = v; }, v);
      await setTheme("light");
      await soon(async () => (await background()) === LIGHT, 5000, async () => (`theme=light on a dark site (seen ${await background()})`));
      await stack.setTheme(page, "light");
      await setTheme("dark");
      await soon(async () => (await background()) === DARK, 5000, async () => (`theme=dark on a light site (seen ${await background()})`));
      await setTheme("auto");
      await soon(async () => (await background()) === LIGHT, 5000, async () => (`theme=auto back on a light site (seen ${await background()})`));
      assert.ok(await page.evaluate(() => window.__spwNoReload === true), fail("no reload while switching"));
      // The theme is not part of the answer.
      assert.equal(await headline().then((h) => h.deadline), CASE.deadline, fail("the deadline kept through the theme switches"));

      // d. Where the site navigates client-side: away and back ten times, the
      // loader evaluated once, the wasm fetched once, one widget per tag.
      if (stack.clientSide) {
        const wasmBefore = requests.filter((u) => u.endsWith(".wasm")).length;
        const eventsBefore = await page.evaluate(() => window.__spwEvents.length);
        for (let i = 0; i < 10; i++) {
          await page.goBack();
          await soon(() => where(page.url()) === stack.index, 10000, async () => (`round trip ${i + 1}: back at ${stack.index} (at ${page.url()})`));
          await page.getByRole("main").getByRole("link", { name: "the support policy", exact: true }).click();
          await soon(async () => where(page.url()) === stack.support && (await headline()) !== null, 15000,
            async () => (`round trip ${i + 1}: the widget again on ${stack.support} (at ${page.url()}); errors: ${JSON.stringify(errors)}`));
        }
        const after10 = await page.evaluate(() => ({
          same: window.__spwSamePage === true,
          evaluations: window.__spwEvaluations,
          tags: document.querySelectorAll("support-policy-widget").length,
          events: window.__spwEvents.length,
          inside: [...document.querySelectorAll("support-policy-widget")].map((el) => el.shadowRoot?.querySelectorAll(".widget").length ?? 0),
        }));
        const wasmAfter = requests.filter((u) => u.endsWith(".wasm")).length;
        say(`ten round trips: ${JSON.stringify(after10)}, wasm requests ${wasmAfter - wasmBefore}`);
        assert.equal(after10.same, true, fail("the round trips stayed in one document (client-side)"));
        assert.equal(after10.evaluations, 1, fail("the loader evaluated once over ten round trips"));
        // Each visit makes one widget, which answers once: one change event per visit, not two.
        assert.equal(after10.events - eventsBefore, 10, fail(`one support-policy-change per visit over ten round trips (seen ${after10.events - eventsBefore})`));
        assert.equal(wasmAfter, wasmBefore, fail("no wasm fetched again over ten round trips"));
        assert.equal(after10.tags, 1, fail("one element on the support page after ten round trips"));
        assert.deepEqual(after10.inside, [1], fail("one widget inside the element after ten round trips"));
        assert.equal(await headline().then((h) => h.tier), "premium", fail("the page's tier after ten round trips"));
      }

      // e. The support page loaded directly (a visitor from a search engine:
      // hydration where the stack hydrates): the widget starts in the
      // colour mode the site kept (light), with the OS still dark.
      await page.goto(origin + stack.support);
      await soon(async () => (await headline()) !== null, 20000, async () => (`the widget on a direct load of ${stack.support}; errors: ${JSON.stringify(errors)}`));
      assert.equal(await page.evaluate(stack.read), "light", fail("the site kept its light mode over the load"));
      await soon(async () => (await background()) === LIGHT, 5000, async () => (`the widget light on a direct load of the light site (seen ${await background()})`));
      assert.equal(await page.evaluate(() => document.querySelector("support-policy-widget").tier), "premium", fail("the page's tier on a direct load"));
      if (stack.reactAnswer) {
        // Hydrated: React's text has the first answer (from the event, or element.answer if React missed it).
        await soon(async () => /^P[1-4] \(premium\) by /.test((await reactText()) ?? ""), 5000,
          async () => (`React's text with the first answer after hydration (seen ${JSON.stringify(await reactText())})`));
        const zone = await page.evaluate(() => document.querySelector("support-policy-widget").answer?.timeZone);
        assert.equal(zone, "Europe/Madrid", fail("time-zone from React's prop, server-rendered and hydrated"));
      }

      if (stack.vueAnswer) {
        // Hydrated: Vue's listener heard the first answer.
        await soon(async () => /^P[1-4] \(premium\) by /.test((await vueText()) ?? ""), 5000,
          async () => (`Vue's text with the first answer after hydration (seen ${JSON.stringify(await vueText())})`));
      }

      // f. Nothing went wrong, and nothing left the page's origin.
      const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"));
      assert.deepEqual(outside, [], fail("no request outside the site"));
      const wasmRequests = requests.filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname);
      say(`wasm requested: ${wasmRequests.join(", ")}`);
      assert.equal(new Set(wasmRequests).size, 1, fail(`one wasm file requested: ${JSON.stringify(wasmRequests)}`));
      const widgetWarnings = warnings.filter((w) => /support-policy-widget/.test(w));
      if (warnings.length) say(`console warnings: ${JSON.stringify(warnings)}`);
      assert.deepEqual(widgetWarnings, [], fail("no warning from the widget"));
      // The stacks that render on the server and hydrate (item 35): no warning of any origin.
      if (["docusaurus", "vitepress", "starlight", "nextjs"].includes(stack.name)) assert.deepEqual(warnings, [], fail("no console warning of any origin on a server-rendered, hydrated page"));
      assert.deepEqual(errors, [], fail("no page error, console error or failed request"));
      await context.close();
    } finally {
      await browser.close();
      rmSync(app, { recursive: true, force: true });
    }
  });
}
