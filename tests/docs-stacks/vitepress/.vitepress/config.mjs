// A docs site as a team would set it up: the default theme with its
// appearance switch (VitePress sets class="dark" on <html>). Vue is told the
// widget's tag is a custom element, so it leaves it to the browser.
import { defineConfig } from "vitepress";

export default defineConfig({
  title: "Support policy docs",
  description: "How support works",
  // cleanUrls stays off: pages are written as support.html and linked so,
  // which a plain static server (scripts/serve.mjs) finds as they are.
  cleanUrls: false,
  vue: {
    template: {
      compilerOptions: {
        isCustomElement: (tag) => tag === "support-policy-widget",
      },
    },
  },
  themeConfig: {
    nav: [{ text: "Support policy", link: "/support" }],
  },
});
