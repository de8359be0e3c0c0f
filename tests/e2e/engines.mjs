// One small interface over three browser engines, so a test runs the same
// page-side code in each: Chromium (Playwright), Firefox ESR (puppeteer-core
// over WebDriver BiDi) and WebKitGTK's MiniBrowser (WebKitWebDriver with
// selenium-webdriver, on an Xvfb display). scripts/test installs them.
//   const b = await launch("firefox"); await b.goto(url);
//   const r = await b.evaluate((arg) => ..., arg); await b.screenshot(file); await b.close();
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { chromium } from "playwright-core";
import { LAUNCH, until } from "./helpers.mjs";

export const ENGINES = ["chromium", "firefox", "webkit"];

const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
/** WebKitGTK's MiniBrowser, in Debian's multiarch library folder of this machine. */
function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  const found = readdirSync("/usr/lib", { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/usr/lib/${d.name}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));
  if (!found) throw new Error("MiniBrowser not found under /usr/lib/*/webkit2gtk-4.1/ (apt-get install webkit2gtk-driver)");
  return found;
}

/** A display number no X server holds, and the server started on it (waited for). */
async function startXvfb() {
  for (let n = 90; n < 200; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const xvfb = spawn("Xvfb", [`:${n}`, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], { stdio: "ignore" });
    try {
      await until(async () => existsSync(`/tmp/.X11-unix/X${n}`), 10000, `Xvfb on :${n}`);
      return { display: `:${n}`, xvfb };
    } catch {
      xvfb.kill();
    }
  }
  throw new Error("no free X display for Xvfb");
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().once("error", reject).listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Launches `engine`; the result has name, version, goto, evaluate and close. */
export async function launch(engine) {
  if (engine === "chromium") {
    const browser = await chromium.launch(LAUNCH);
    const context = await browser.newContext({ timezoneId: "Europe/Madrid", locale: "en-GB" });
    const page = await context.newPage();
    return {
      name: engine,
      version: browser.version(),
      goto: (url) => page.goto(url),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      screenshot: (path) => page.screenshot({ path }),
      close: () => browser.close(),
    };
  }
  if (engine === "firefox") {
    const puppeteer = (await import("puppeteer-core")).default;
    const browser = await puppeteer.launch({
      browser: "firefox", executablePath: FIREFOX, headless: true,
      env: { ...process.env, TZ: "Europe/Madrid" },
    });
    const page = await browser.newPage();
    return {
      name: engine,
      version: await browser.version(),
      goto: (url) => page.goto(url),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      screenshot: (path) => page.screenshot({ path }),
      close: () => browser.close(),
    };
  }
  if (engine === "webkit") {
    const { Builder } = await import("selenium-webdriver");
    const binary = miniBrowser();
    const { display, xvfb } = await startXvfb();
    const port = await freePort();
    const env = { ...process.env, DISPLAY: display, TZ: "Europe/Madrid" };
    const driverProcess = spawn("WebKitWebDriver", [`--port=${port}`], { env, stdio: "ignore" });
    const stop = () => { driverProcess.kill(); xvfb.kill(); };
    try {
      await until(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 20000, "WebKitWebDriver");
      const driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary, args: ["--automation"] },
        })
        .build();
      await driver.manage().setTimeouts({ script: 240000, pageLoad: 60000 });
      const caps = await driver.getCapabilities();
      return {
        name: engine,
        version: `WebKitGTK ${caps.get("browserVersion") ?? ""}`.trim(),
        goto: (url) => driver.get(url),
        async screenshot(path) {
          const { writeFileSync } = await import("node:fs");
          writeFileSync(path, Buffer.from(await driver.takeScreenshot(), "base64"));
        },
        async evaluate(fn, arg) {
          const json = await driver.executeAsyncScript(
            `const done = arguments[arguments.length - 1];
             Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
               .then((ok) => done(JSON.stringify({ ok })), (e) => done(JSON.stringify({ error: String(e && e.stack || e) })));`,
            arg,
          );
          const result = JSON.parse(json);
          if ("error" in result) throw new Error(result.error);
          return result.ok;
        },
        async close() {
          await driver.quit().catch(() => {});
          stop();
        },
      };
    } catch (e) {
      stop();
      throw e;
    }
  }
  throw new Error(`unknown engine ${JSON.stringify(engine)} (expected one of ${ENGINES.join(", ")})`);
}
