// Writes the deployable site, target/site/, from www/ after scripts/build:
// - the glue and the wasm of both bundles also under content-hashed names
//   (pkg/support_policy.HASH.js, pkg/support_policy_bg.HASH.wasm), which the
//   loaders and the pages' preload links refer to: they can be cached for
//   good. The loaders keep their stable URLs (the one-tag embed), and so does
//   pkg/support_policy.js (the JavaScript API's path, docs/contract.md, section 3);
// - beside every file a precompressed .br (brotli, quality 11) and .gz
//   (gzip -9), which scripts/serve.mjs (or nginx's gzip_static and
//   brotli_static, Caddy's precompressed) sends to a client that takes it.
// Usage: node scripts/site.mjs   (scripts/build runs it)
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
export const SITE = join(root, "target/site");
/** Hashed names look like this: NAME.<10 hex>.js / .wasm (scripts/serve.mjs caches them for good). */
export const HASHED = /\.[0-9a-f]{10}\.(js|wasm|json)$/;
const COMPRESS = /\.(html|js|mjs|css|wasm|svg|json|ts|txt)$/;

/** Where the site will be served from (absolute alternates); set SITE_ORIGIN for a production build. */
const ORIGIN = (process.env.SITE_ORIGIN ?? "https://support.example.com").replace(/\/$/, "");
const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 10);

function main() {
  const www = join(root, "www");
  for (const f of ["pkg/support_policy.js", "pkg/support_policy_bg.wasm", "support-policy-widget.js"]) {
    if (!existsSync(join(www, f))) throw new Error(`www/${f} is missing: run scripts/build first`);
  }
  rmSync(SITE, { recursive: true, force: true });
  // The loader's readable source is not served.
  cpSync(www, SITE, { recursive: true, filter: (src) => !src.startsWith(join(www, "loader")) });

  // Stable name → hashed name, per bundle folder.
  const renames = [];
  for (const dir of ["pkg", "pkg-full"]) {
    for (const [stable, ext] of [["support_policy", "js"], ["support_policy_bg", "wasm"]]) {
      const from = `${dir}/${stable}.${ext}`;
      const bytes = readFileSync(join(SITE, from));
      const to = `${dir}/${stable}.${hash(bytes)}.${ext}`;
      writeFileSync(join(SITE, to), bytes);
      renames.push([from, to]);
    }
  }
  // Each language's texts (lang/LANG.json) too: the loader fetches them by
  // their hashed names, and a page in that language preloads them.
  if (existsSync(join(SITE, "lang"))) {
    for (const name of readdirSync(join(SITE, "lang")).filter((f) => /^[a-z]{2,3}\.json$/.test(f))) {
      const from = `lang/${name}`;
      const bytes = readFileSync(join(SITE, from));
      const to = `lang/${name.replace(/\.json$/, "")}.${hash(bytes)}.json`;
      writeFileSync(join(SITE, to), bytes);
      renames.push([from, to]);
    }
  }
  // The loaders (relative "./pkg/…") and the pages' preload links ("/pkg/…").
  const rewrite = (file, prefix) => {
    let text = readFileSync(file, "utf8");
    for (const [from, to] of renames) {
      const before = `${prefix}${from}"`;
      text = text.split(before).join(`${prefix}${to}"`);
    }
    writeFileSync(file, text);
  };
  for (const name of readdirSync(SITE).filter((f) => /^support-policy-widget.*\.js$/.test(f))) {
    const file = join(SITE, name);
    rewrite(file, "./");
    const text = readFileSync(file, "utf8");
    const left = renames.filter(([from]) => text.includes(`./${from}"`));
    if (left.length || !renames.some(([, to]) => text.includes(`./${to}"`))) {
      throw new Error(`${name}: the glue and the wasm must be named by their hashes (left: ${left.map(([f]) => f).join(", ") || "none"})`);
    }
  }
  for (const file of walk(SITE).filter((f) => f.endsWith(".html"))) {
    // Only the pages' own <link> and <script> tags: the code samples in the
    // text keep the stable names embedders should use.
    const tags = readFileSync(file, "utf8").replace(/<(link|script)\b[^>]*>/g, (tag) => {
      for (const [from, to] of renames) tag = tag.split(`"/${from}"`).join(`"/${to}"`);
      return tag;
    });
    writeFileSync(file, tags);
    // Language alternates must be absolute URLs (search engines, Lighthouse's
    // hreflang audit): the production origin, SITE_ORIGIN when building.
    const text = readFileSync(file, "utf8").replace(
      /(<link rel="alternate" hreflang="[\w-]+" href=")(\/[^"]*)"/g,
      (_m, head, path) => `${head}${ORIGIN}${path}"`,
    );
    writeFileSync(file, text);
  }

  // Netlify and Cloudflare Pages read _headers: the hashed files are cached
  // for good; everything else keeps those hosts' default (revalidate each time).
  // Exact paths only: both hosts join the headers of every rule that matches.
  writeFileSync(join(SITE, "_headers"), renames.map(([, to]) => `/${to}\n  Cache-Control: public, max-age=31536000, immutable\n`).join(""));

  // Precompressed copies.
  let count = 0;
  for (const file of walk(SITE).filter((f) => COMPRESS.test(f))) {
    const bytes = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }));
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    count++;
  }
  console.log(`target/site: ${renames.map(([, to]) => to).join(", ")}; ${count} files precompressed (.br q11, .gz -9)`);
}

/** Every file under `dir`. */
export function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The hashed names the built site uses, stable → hashed ("pkg/support_policy.js" → "pkg/support_policy.0123456789.js"). */
export function hashedNames() {
  const names = {};
  for (const dir of ["pkg", "pkg-full", "lang"]) {
    if (!existsSync(join(SITE, dir))) continue;
    for (const f of readdirSync(join(SITE, dir)).filter((f) => HASHED.test(f))) {
      names[`${dir}/${f.replace(HASHED, ".$1")}`] = `${dir}/${f}`;
    }
  }
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
