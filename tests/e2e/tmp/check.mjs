import { setup, openPage, until } from "../helpers.mjs";
const { origin, browser, close } = await setup();
try {
  for (const lang of ["fr", "pl", "pt", "it", "nl", "es"]) {
    const { page, log } = await openPage(browser, `${origin}/${lang}/`);
    await until(() => page.evaluate(() => !!document.querySelector("support-policy-widget")?.shadowRoot?.querySelector("[data-deadline]")), 8000, "widget");
    const text = await page.evaluate(() => document.querySelector("support-policy-widget").shadowRoot.textContent);
    console.log(lang, text.slice(0, 400).replace(/\s+/g, " "));
    console.log("errors", log.errors, log.requests.filter((u) => u.includes("lang/")));
    await page.screenshot({ path: `/tmp/shot-${lang}.png`, fullPage: false });
    await page.context().close();
  }
} finally { await close(); }
