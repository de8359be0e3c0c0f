// Serves www/ on 127.0.0.1 with the strict Content Security Policy the
// widget must work under. Usage: node scripts/serve.mjs [port] (default 8080; 0 picks a free one).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const root = join(fileURLToPath(new URL("..", import.meta.url)), "www");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
  ".png": "image/png",
};

/**
 * Starts the server. `mounts` maps extra URL prefixes to folders (the tests
 * serve their fixture pages under /fixtures/ this way); `headers` are sent
 * with every file (the cross-origin test serves the widget as a CDN would,
 * with `Access-Control-Allow-Origin`).
 */
export function start(port = 8080, mounts = {}, headers = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const base = mount ? mounts[mount] : root;
    let file = normalize(join(base, mount ? path.slice(mount.length) : path));
    if (!file.startsWith(base + sep) && file !== base) {
      res.writeHead(403).end("forbidden");
      return;
    }
    if (path.endsWith("/")) file = join(file, "index.html");
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain", "Content-Security-Policy": CSP }).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await start(Number(process.argv[2] ?? process.env.PORT ?? 8080));
  const { port } = server.address();
  console.log(`Serving www/ at http://127.0.0.1:${port}/ (English), http://127.0.0.1:${port}/es/ (Spanish), http://127.0.0.1:${port}/embed.html`);
}
