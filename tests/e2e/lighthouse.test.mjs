// Lighthouse 12 on the seven policy pages (/, /es/, /it/, /fr/, /pt/, /nl/, /pl/) and /embed.html as scripts/serve.mjs serves them:
// accessibility, best practices and SEO at 100 (the categories that do not
// depend on timing; performance is a benchmark figure, printed by
// scripts/bench and `node scripts/lighthouse.mjs`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { lighthouse } from "../../scripts/lighthouse.mjs";

test("Lighthouse: accessibility, best practices and SEO are 100 on every page", { timeout: 300000 }, async () => {
  for (const r of await lighthouse()) {
    console.log(`# ${r.path}: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo}; LCP ${r.lcp}, TBT ${r.tbt}, CLS ${r.cls}`);
    assert.deepEqual([r.accessibility, r.bestPractices, r.seo], [100, 100, 100], `${r.path}: failing audits ${r.failing.join(", ")}`);
  }
});
