// A docs site as a team would set it up: the classic preset, docs only, the
// default navbar with its colour-mode toggle (Docusaurus sets data-theme on
// <html>). Nothing here needs the network at build time.
export default {
  title: "Support policy docs",
  url: "http://127.0.0.1",
  baseUrl: "/",
  // Every page is written as folder/index.html and linked with a trailing
  // slash, so a plain static server (scripts/serve.mjs) finds each one.
  trailingSlash: true,
  onBrokenLinks: "throw",
  i18n: { defaultLocale: "en", locales: ["en"] },
  presets: [
    [
      "classic",
      {
        docs: { routeBasePath: "/" },
        blog: false,
        pages: false,
        sitemap: false,
      },
    ],
  ],
  themeConfig: {
    // The default: light unless the visitor picks dark with the toggle,
    // whatever the OS prefers.
    colorMode: { defaultMode: "light", disableSwitch: false, respectPrefersColorScheme: false },
    navbar: { title: "Support policy docs", items: [] },
  },
};
