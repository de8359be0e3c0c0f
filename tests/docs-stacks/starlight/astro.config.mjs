// A docs site as a team would set it up: Starlight with its theme select
// (it sets data-theme on <html>). The search index (Pagefind) is off: the
// check needs no search and the build stays quick.
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";

export default defineConfig({
  site: "http://127.0.0.1",
  integrations: [
    starlight({
      title: "Support policy docs",
      pagefind: false,
    }),
  ],
});
