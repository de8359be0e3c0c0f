// Delivery (docs/contract.md, section 6): the built site (target/site/) has the glue and
// the wasm under content-hashed names with .br and .gz beside every file;
// scripts/serve.mjs negotiates the encoding, caches hashed files for good
// and the rest no-cache, sends ETags and 304s and application/wasm; a
// browser on / fetches each hashed file once and no stable name.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { start, IMMUTABLE } from "../../scripts/serve.mjs";
import { SITE, hashedNames } from "../../scripts/site.mjs";
import { openPage, until } from "./helpers.mjs";
import { chromium } from "playwright-core";
import { LAUNCH } from "./helpers.mjs";

let server, port;
before(async () => { server = await start(0); port = server.address().port; });
after(async () => { await new Promise((r) => server.close(r)); });

function get(path, headers = {}, method = "GET") {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const names = () => hashedNames();

test("the built site: hashed glue and wasm for both bundles, loaders and pages pointing at them, .br and .gz beside every file", () => {
  const hashed = names();
  const languages = ["es", "fr", "it", "nl", "pl", "pt"].map((l) => `lang/${l}.json`);
  assert.deepEqual(Object.keys(hashed).sort(), [...languages, "pkg-full/support_policy.js", "pkg-full/support_policy_bg.wasm", "pkg/support_policy.js", "pkg/support_policy_bg.wasm"]);
  for (const [stable, name] of Object.entries(hashed)) {
    assert.deepEqual(readFileSync(join(SITE, name)), readFileSync(join(SITE, stable)), `${name} is ${stable}`);
  }
  const loader = readFileSync(join(SITE, "support-policy-widget.js"), "utf8");
  assert.ok(loader.includes(`"./${hashed["pkg/support_policy.js"]}"`) && loader.includes(`"./${hashed["pkg/support_policy_bg.wasm"]}"`), "the loader names the hashed files");
  const full = readFileSync(join(SITE, "support-policy-widget-full.js"), "utf8");
  assert.ok(full.includes(`"./${hashed["pkg-full/support_policy_bg.wasm"]}"`), "the full loader names its hashed wasm");
  for (const file of languages) assert.ok(loader.includes(`"./${hashed[file]}"`), `the loader names ${hashed[file]}`);
  const french = readFileSync(join(SITE, "fr/index.html"), "utf8");
  assert.ok(french.includes(`href="/${hashed["lang/fr.json"]}"`), "the French page preloads its hashed texts");
  const page = readFileSync(join(SITE, "index.html"), "utf8");
  assert.ok(page.includes(`href="/${hashed["pkg/support_policy_bg.wasm"]}"`) && !page.includes('href="/pkg/support_policy_bg.wasm"'), "the page preloads the hashed wasm");
  for (const f of ["index.html", "es/index.html", "fr/index.html", hashed["lang/fr.json"], "embed.html", "frame.html", "site.css", "support-policy-widget.js", hashed["pkg/support_policy.js"], hashed["pkg/support_policy_bg.wasm"], "pkg/support_policy.js"]) {
    assert.ok(existsSync(join(SITE, f + ".br")) && existsSync(join(SITE, f + ".gz")), `${f}: .br and .gz`);
    assert.deepEqual(brotliDecompressSync(readFileSync(join(SITE, f + ".br"))), readFileSync(join(SITE, f)), `${f}.br`);
  }
});

test("scripts/serve.mjs: encoding by Accept-Encoding, caching by kind, ETags and 304s, application/wasm", async () => {
  const hashed = names();
  const kinds = [
    { path: "/", file: "index.html", type: /^text\/html/, cache: "no-cache" },
    { path: "/support-policy-widget.js", file: "support-policy-widget.js", type: /^text\/javascript/, cache: "no-cache" },
    { path: "/pkg/support_policy.js", file: "pkg/support_policy.js", type: /^text\/javascript/, cache: "no-cache" },
    { path: "/" + hashed["pkg/support_policy.js"], file: hashed["pkg/support_policy.js"], type: /^text\/javascript/, cache: IMMUTABLE },
    { path: "/" + hashed["pkg/support_policy_bg.wasm"], file: hashed["pkg/support_policy_bg.wasm"], type: /^application\/wasm$/, cache: IMMUTABLE },
    { path: "/site.css", file: "site.css", type: /^text\/css/, cache: "no-cache" },
  ];
  const clients = [
    { accept: "gzip, deflate, br, zstd", encoding: "br" },
    { accept: "gzip", encoding: "gzip" },
    { accept: "br;q=0, gzip;q=0.5", encoding: "gzip" },
    { accept: "br;q=0.5, gzip;q=1", encoding: "gzip" },
    { accept: "", encoding: undefined },
    { accept: "identity", encoding: undefined },
    { accept: "*", encoding: "br" },
  ];
  for (const kind of kinds) {
    const original = readFileSync(join(SITE, kind.file));
    const etags = new Set();
    for (const client of clients) {
      const what = `${kind.path} for "${client.accept}"`;
      const r = await get(kind.path, client.accept ? { "Accept-Encoding": client.accept } : {});
      assert.equal(r.status, 200, what);
      assert.match(r.headers["content-type"], kind.type, what);
      assert.equal(r.headers["cache-control"], kind.cache, what);
      assert.equal(r.headers.vary, "Accept-Encoding", what);
      assert.equal(r.headers["content-encoding"], client.encoding, what);
      assert.equal(Number(r.headers["content-length"]), r.body.length, what);
      const decoded = client.encoding === "br" ? brotliDecompressSync(r.body) : client.encoding === "gzip" ? gunzipSync(r.body) : r.body;
      assert.deepEqual(decoded, original, `${what}: the same bytes`);
      if (client.encoding) assert.ok(r.body.length < original.length, `${what}: smaller`);
      assert.match(r.headers.etag, /^"[\w-]{22}"$/, what);
      etags.add(`${client.encoding}:${r.headers.etag}`);
      // A revalidation: 304, no body, the same caching headers.
      const again = await get(kind.path, { ...(client.accept ? { "Accept-Encoding": client.accept } : {}), "If-None-Match": r.headers.etag });
      assert.equal(again.status, 304, `${what}: revalidated`);
      assert.equal(again.body.length, 0);
      assert.equal(again.headers.etag, r.headers.etag);
      assert.equal(again.headers["cache-control"], kind.cache);
      const changed = await get(kind.path, { "If-None-Match": '"something-else"' });
      assert.equal(changed.status, 200, `${what}: another ETag gets the file`);
    }
    // One ETag per representation: br, gzip and identity differ.
    assert.equal(new Set([...etags].map((e) => e.split(":")[1])).size, 3, `${kind.path}: ${[...etags].join(" ")}`);
  }
  const head = await get("/", { "Accept-Encoding": "br" }, "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal((await get("/nothing-here.js")).status, 404);
  assert.equal((await get("/%E0%A4%A")).status, 400);
});

test("a browser on / fetches the hashed glue and wasm once each, compressed, and no stable name", async () => {
  const browser = await chromium.launch(LAUNCH);
  try {
    const origin = `http://127.0.0.1:${port}`;
    const hashed = names();
    const { page, log } = await openPage(browser, origin + "/");
    await until(async () => (await page.locator("support-policy-widget .answer").count()) === 1, 10000, "the widget");
    const paths = log.requests.map((u) => new URL(u).pathname);
    for (const f of ["pkg/support_policy.js", "pkg/support_policy_bg.wasm"]) {
      assert.equal(paths.filter((p) => p === "/" + hashed[f]).length, 1, `${hashed[f]} fetched once: ${paths.join(" ")}`);
      assert.equal(paths.filter((p) => p === "/" + f).length, 0, `no request for the stable ${f}`);
    }
    assert.deepEqual(log.errors, []);
  } finally {
    await browser.close();
  }
});
