// Where the default bundle's bytes go, by crate and by our own module.
// Usage: node scripts/size.mjs --breakdown   (or node scripts/size-breakdown.mjs)
//
// Builds the default wasm with names kept (cargo, then wasm-bindgen
// --keep-debug, then wasm-opt with the shipped flags plus --debuginfo), asks
// twiggy (installed with `cargo install twiggy` when missing, about two
// minutes) for every item's size, and groups them. Sizes are of the optimised
// code without the names section, so they add up to the shipped wasm's raw
// size; the gzip column shares the shipped gzip size out in proportion.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${join(root, "node_modules/.bin")}:${process.env.PATH}` };
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 28, ...opts })?.toString() ?? "";

/** wasm-opt's flags from wasm-pack.toml, without the ones that drop names. */
function optFlags() {
  const toml = readFileSync(join(root, "wasm-pack.toml"), "utf8");
  const line = toml.split("\n").find((l) => l.startsWith("wasm-opt"));
  return JSON.parse(line.slice(line.indexOf("["), line.lastIndexOf("]") + 1))
    .filter((f) => f !== "--strip-debug" && f !== "--strip-producers");
}

/** The group an item belongs to: a crate, one of our modules, or data. */
function group(name) {
  if (name.startsWith("data segment")) return "read-only data (texts, CSS, tables)";
  if (/shim|^__wbg|^__wbindgen|^__externref|wasm_bindgen|js_sys|web_sys|gloo_utils|^widgethandle_/.test(name)) return "wasm-bindgen, js-sys, web-sys";
  if (/^(import|export|type|table|global|memory|elem|element|code|data|wasm)\b/.test(name)) return "wasm module structure (imports, exports, tables)";
  // Generic code belongs to what it was made for: look for our paths first.
  const ours = name.match(/support_policy::((?:web::widget::\w+)|(?:web::\w+)|\w+)/);
  if (name.includes("CompStateInner<COMP>") || name.includes("yew::functional")) {
    return ours ? `yew, for support_policy::${ours[1]}` : "yew (components: views and lifecycle)";
  }
  if (ours) return `support_policy::${ours[1]}`;
  const crate = name.replace(/^[<&\s]+/, "").replace(/^(dyn |impl |mut )/, "").match(/^([a-z_][a-z0-9_]*)/);
  if (!crate) return "other (tables, elements, unnamed)";
  const c = crate[1].replace(/\[.*$/, "");
  if (/^(char|str|bool|[iu](8|16|32|64|128|size)|f32|f64|memcmp|memcpy|memset|__rustc)$/.test(c)) return "core (formatting, collections, panics)";
  if (c === "implicit_clone" || c === "indexmap") return `${c} (for yew)`;
  return ["core", "alloc", "std"].includes(c) ? `${c} (formatting, collections, panics)` : c;
}

export function breakdown() {
  const out = join(tmpdir(), "support-policy-breakdown");
  mkdirSync(out, { recursive: true });
  try {
    run("twiggy", ["--version"]);
  } catch {
    console.error("installing twiggy (cargo install twiggy)…");
    run("cargo", ["install", "twiggy"], { stdio: "inherit" });
  }
  run("cargo", ["build", "--lib", "--release", "--target", "wasm32-unknown-unknown"], { stdio: "inherit" });
  run("wasm-bindgen", ["--keep-debug", "--target", "web", "--out-dir", out,
    join(root, "target/wasm32-unknown-unknown/release/support_policy.wasm")]);
  const named = join(out, "named.wasm");
  // As scripts/build does, with names kept: the import and export names
  // minified (scripts/minify-names.mjs), the functions' names kept for twiggy.
  run("wasm-opt", [...optFlags(), "--debuginfo", join(out, "support_policy_bg.wasm"), "-o", named]);
  run("wasm-opt", [...optFlags().filter((f) => f.startsWith("--enable-")), "--minify-imports-and-exports-and-modules", "--debuginfo", named, "-o", named]);
  const items = JSON.parse(run("twiggy", ["top", "-n", "1000000", "--format", "json", named]));
  const groups = new Map();
  let total = 0;
  for (const { name, shallow_size: size } of items) {
    if (/subsection|custom section|^producers|^name$/.test(name) || name.startsWith('"')) continue;
    groups.set(group(name), (groups.get(group(name)) ?? 0) + size);
    total += size;
  }
  const shipped = join(root, "www/pkg/support_policy_bg.wasm");
  const gzip = existsSync(shipped) ? gzipSync(readFileSync(shipped), { level: 9 }).length : null;
  const rows = [...groups.entries()].sort((a, b) => b[1] - a[1]);
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${"where".padEnd(52)} ${pad("raw B", 8)} ${pad("share", 6)} ${pad("≈ gzip B", 9)}`);
  for (const [name, size] of rows) {
    const share = size / total;
    console.log(`${name.slice(0, 52).padEnd(52)} ${pad(size, 8)} ${pad((100 * share).toFixed(1) + "%", 6)} ${pad(gzip ? Math.round(share * gzip) : "", 9)}`);
  }
  console.log(`${"total (optimised code and data, no names)".padEnd(52)} ${pad(total, 8)} ${pad("100%", 6)} ${pad(gzip ?? "", 9)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) breakdown();
