// Serves the built site (target/site/, written by scripts/build) on 127.0.0.1
// as production should: under the strict Content Security Policy the widget
// must work under; brotli, else gzip, else identity by the client's
// Accept-Encoding (the precompressed .br and .gz beside each file), with
// `Vary: Accept-Encoding`; content-hashed files cached for good
// (`public, max-age=31536000, immutable`), pages, loaders and the rest
// `no-cache`; an ETag per representation and `304 Not Modified`;
// `application/wasm` for the wasm.
// Usage: node scripts/serve.mjs [port] (default 8080; 0 picks a free one).
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { SITE, HASHED } from "./site.mjs";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
export const IMMUTABLE = "public, max-age=31536000, immutable";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".woff2": "font/woff2",
};

/**
 * The encodings a client takes, best first, from its Accept-Encoding: by
 * the client's q-values (q=0 refuses), br before gzip when they tie, then
 * identity.
 */
export function encodings(header = "") {
  const accepted = new Map();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const q = (name) => accepted.get(name) ?? accepted.get("*") ?? 0;
  return [...["br", "gzip"].filter((name) => q(name) > 0).sort((a, b) => q(b) - q(a)), "identity"];
}

const etags = new Map(); // path → { mtime, size, etag }
async function etagOf(path, body) {
  const info = await stat(path);
  const known = etags.get(path);
  if (known && known.mtime === info.mtimeMs && known.size === info.size) return known.etag;
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
  etags.set(path, { mtime: info.mtimeMs, size: info.size, etag });
  return etag;
}

/**
 * Starts the server. `mounts` maps extra URL prefixes to folders (the tests
 * serve their fixture pages under /fixtures/ this way, and built docs sites
 * under /); `headers` are sent with every file, and one given as null is
 * not sent (the cross-origin test serves the widget without
 * `Access-Control-Allow-Origin`, which is otherwise always sent).
 */
export function start(port = 8080, mounts = {}, headers = {}) {
  if (!existsSync(join(SITE, "index.html")) && !mounts["/"]) {
    throw new Error("target/site/ is missing: run scripts/build first");
  }
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain" }).end("method not allowed");
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain" }).end("bad request");
      return;
    }
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const base = mount ? mounts[mount] : SITE;
    let file = normalize(join(base, mount ? path.slice(mount.length) : path));
    if (!file.startsWith(base + sep) && file !== base) {
      res.writeHead(403, { "Content-Type": "text/plain" }).end("forbidden");
      return;
    }
    if (path.endsWith("/")) file = join(file, "index.html");
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    try {
      // The best representation this client takes and the site has.
      let body, encoding, chosen;
      for (const e of encodings(req.headers["accept-encoding"])) {
        const candidate = e === "identity" ? file : `${file}.${e === "br" ? "br" : "gz"}`;
        try {
          body = await readFile(candidate);
          [encoding, chosen] = [e, candidate];
          break;
        } catch {
          // Not precompressed: try the next one.
        }
      }
      if (!body) throw new Error("not found");
      const etag = await etagOf(chosen, body);
      const common = {
        "Cache-Control": HASHED.test(file) ? IMMUTABLE : "no-cache",
        "Vary": "Accept-Encoding",
        ETag: etag,
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        // Any origin may load the files (contract section 6): a docs site on
        // another origin, and /frame.html inside a sandboxed iframe, whose
        // opaque origin fetches the loader, the glue and the wasm with CORS.
        "Access-Control-Allow-Origin": "*",
        ...headers,
      };
      // A header given as null is not sent (the cross-origin test's server without CORS).
      for (const [name, value] of Object.entries(common)) if (value === null) delete common[name];
      const seen = (req.headers["if-none-match"] ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
      if (seen.includes(etag) || seen.includes("*")) {
        res.writeHead(304, common).end();
        return;
      }
      res.writeHead(200, {
        ...common,
        "Content-Type": type,
        "Content-Length": body.length,
        ...(encoding === "identity" ? {} : { "Content-Encoding": encoding }),
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain", "Content-Security-Policy": CSP, "Cache-Control": "no-cache" }).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await start(Number(process.argv[2] ?? process.env.PORT ?? 8080));
  const { port } = server.address();
  console.log(`Serving target/site/ at http://127.0.0.1:${port}/ (English), http://127.0.0.1:${port}/es/ (Spanish), http://127.0.0.1:${port}/embed.html, http://127.0.0.1:${port}/frame.html`);
}
