// The pages start-up is measured on (scripts/bench.mjs, scripts/bench-firefox.mjs),
// written into `pagesDir` (served at /bench/pages/) from a site's build:
// the widget's page with the policy page's preload links, its first screen as
// static HTML, and the same widget page in French.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const benchPage = () => readFileSync(join(root, "benches/www/widget.html"), "utf8");

/**
 * The paint that shows a page's content, in ms from navigation start: the
 * browser's first contentful paint, and when each of `files` arrived
 * (Resource Timing's responseEnd, by stable name: the site serves the glue
 * and wasm under content-hashed ones) and each of `marks` fell. On the
 * widget's page nothing else paints before the widget's first screen (the
 * element is empty until its first render, which holds the deadline), so
 * its first contentful paint is the first deadline on screen.
 */
export async function paintOf(page, { files = [], marks = [] }) {
  return page.evaluate(async ({ files, marks }) => {
    for (let k = 0; k < 500; k++) {
      const paint = performance.getEntriesByName("first-contentful-paint")[0];
      if (paint && marks.every((m) => performance.getEntriesByName(m).length)) {
        const at = {};
        for (const f of files) {
          at[f] = performance.getEntriesByType("resource").find((x) => new URL(x.name).pathname.replace(/\.[0-9a-f]{10}\./, ".").endsWith(f))?.responseEnd ?? NaN;
        }
        for (const m of marks) at[m] = performance.getEntriesByName(m)[0]?.startTime ?? NaN;
        return { t: paint.startTime, at };
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    return { t: NaN, at: {} };
  }, { files, marks });
}

/** The policy page's preload links (`count` of them) from `site`'s `path`. */
function preloadsOf(site, path, count) {
  const html = readFileSync(join(site, path), "utf8");
  const preloads = html.match(/<link rel="(?:modulepreload|preload)"[^>]*>/g) ?? [];
  if (preloads.length !== count) throw new Error(`expected ${path}'s ${count} preload links, found ${preloads.length}`);
  return preloads;
}

/**
 * What start-up is measured against (contract section 5): the widget's own
 * first screen as static HTML, no script. One load's shadow DOM and style
 * sheet are written into the same page as a declarative shadow root
 * (`<template shadowrootmode="open">` with a `<style>`), with the controls'
 * values as attributes; its first contentful paint is what the browser
 * alone needs to parse, lay out and paint what the widget shows. The
 * baseline is the whole widget, built (its controls there), not the
 * headline alone.
 */
async function writeStaticPage(browser, origin, pagesDir) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/widget.html`);
  await page.waitForFunction(() => {
    const root = document.querySelector("support-policy-widget").shadowRoot;
    return root?.getElementById("tier") && root.querySelector("[data-deadline]");
  });
  await page.waitForTimeout(100);
  const html = await page.evaluate(() => {
    const root = document.querySelector("support-policy-widget").shadowRoot;
    const css = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join("\n")).join("\n");
    // Values live in properties, which innerHTML does not carry: write them as attributes.
    const copy = document.createElement("div");
    copy.append(...[...root.childNodes].map((n) => n.cloneNode(true)));
    const live = [...root.querySelectorAll("input, select")];
    [...copy.querySelectorAll("input, select")].forEach((e, i) => {
      if (e.type === "radio" || e.type === "checkbox") e.toggleAttribute("checked", live[i].checked);
      else if (e.tagName === "SELECT") [...e.options].forEach((o, j) => o.toggleAttribute("selected", j === live[i].selectedIndex));
      else e.setAttribute("value", live[i].value);
    });
    const host = document.querySelector("support-policy-widget");
    const attributes = [...host.attributes].map((a) => ` ${a.name}="${a.value}"`).join("");
    return `<support-policy-widget${attributes}><template shadowrootmode="open"><style>${css}</style>${copy.innerHTML}</template></support-policy-widget>`;
  });
  await page.close();
  mkdirSync(join(pagesDir, "static"));
  writeFileSync(join(pagesDir, "static/index.html"), benchPage()
    .replace(/<script[^>]*><\/script>\s*/g, "")
    .replace(/<support-policy-widget[^>]*><\/support-policy-widget>/, () => html));
}

/**
 * Writes the pages and returns them as scripts/bench.mjs measures them:
 * `widgetPage` (the bench page with the policy page's preload links, so the
 * downloads start with the page), `staticPage`, and `frenchPage` (the same
 * in French, with the French page's preloads, its language file among them).
 */
export async function writeBenchPages(browser, origin, site, pagesDir) {
  mkdirSync(join(pagesDir, "widget"));
  writeFileSync(join(pagesDir, "widget/index.html"), benchPage().replace("</head>", `${preloadsOf(site, "index.html", 2).join("\n")}\n</head>`));
  await writeStaticPage(browser, origin, pagesDir);
  mkdirSync(join(pagesDir, "widget-fr"));
  writeFileSync(join(pagesDir, "widget-fr/index.html"), benchPage()
    .replace('<html lang="en">', '<html lang="fr">')
    .replace('<support-policy-widget lang="en"', '<support-policy-widget lang="fr"')
    .replace("</head>", `${preloadsOf(site, "fr/index.html", 3).join("\n")}\n</head>`));
  const widgetPage = {
    url: `${origin}/bench/pages/widget/`,
    files: ["/support-policy-widget.js", "/pkg/support_policy.js", "/pkg/support_policy_bg.wasm"],
    marks: ["support-policy:instantiated", "support-policy:first-result"],
  };
  return {
    widgetPage,
    staticPage: { url: `${origin}/bench/pages/static/` },
    frenchPage: { ...widgetPage, url: `${origin}/bench/pages/widget-fr/`, files: [...widgetPage.files, "/lang/fr.json"] },
  };
}
