// Shortens the names the wasm and its JS glue share: the ~140 imports
// (`__wbg_createElement_de4a31ed2fb252be` …), their module
// ("./support_policy_bg.js") and the exports become one or two letters.
// wasm-opt renames them in the wasm and prints the old → new mapping; this
// script applies the same mapping to the glue and its type declarations, and
// fails if any name is left over. Measured: 2.9 KB gzip off the wasm and
// 2.1 KB off the glue.
// Usage: node scripts/minify-names.mjs WASM GLUE [wasm-opt --enable-… flags]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, renameSync, existsSync, rmSync } from "node:fs";

const [wasmPath, gluePath, ...flags] = process.argv.slice(2);
// wasm-opt's feature flags (the rest of the optimiser's flags do not apply).
const features = flags.filter((f) => /^--(enable|disable)-|^--(all-features|mvp-features)$|^-all$/.test(f));
const minPath = `${wasmPath}.min`;
process.on("exit", () => rmSync(minPath, { force: true })); // left behind only on failure

const mapping = JSON.parse(execFileSync("wasm-opt", [
  ...features, "--minify-imports-and-exports-and-modules", wasmPath, "-o", minPath,
], { maxBuffer: 1 << 24 }).toString());
const minified = new WebAssembly.Module(readFileSync(minPath));
const modules = new Set(WebAssembly.Module.imports(minified).map((i) => i.module));
const exports = new Set(WebAssembly.Module.exports(minified).map((e) => e.name));
if (modules.size !== 1) throw new Error(`expected one import module after minifying, found ${[...modules].join(", ")}`);
const [module] = modules;
// wasm-opt merges every import module into one: the glue must have had one
// too, or its import object would end with two keys of the same name.
const originalModules = new Set(mapping.imports.map(([m]) => m));
if (originalModules.size !== 1) throw new Error(`expected one import module, found ${[...originalModules].join(", ")}`);

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Replaces `pattern` (one capture group around the name) exactly `count` times or fails. */
function rename(text, what, pattern, to, count = 1) {
  let n = 0;
  const out = text.replace(pattern, (match, name) => {
    n++;
    return match.replace(name, () => to);
  });
  if (count !== null && n !== count) throw new Error(`${gluePath}: ${what} found ${n} times, expected ${count}`);
  return out;
}

let glue = readFileSync(gluePath, "utf8");
for (const m of originalModules) {
  glue = rename(glue, `import module ${m}`, new RegExp(`(${escape(JSON.stringify(m))})\\s*:`, "g"), JSON.stringify(module));
}
for (const [, name, to] of mapping.imports) {
  glue = rename(glue, `import ${name}`, new RegExp(`(?<=[\\s,{])(${escape(name)})(?=\\s*:)`, "g"), to);
}
for (const [name, to] of mapping.exports) {
  glue = rename(glue, `export ${name}`, new RegExp(`\\bwasm\\.(${escape(name)})\\b`, "g"), to, null);
}
for (const [, name] of mapping.imports) {
  if (glue.includes(name)) throw new Error(`${gluePath}: import ${name} is still named in the glue`);
}
// Every export the glue reaches (`wasm.NAME`) must be one the minified wasm has.
for (const [, name] of glue.matchAll(/\bwasm\s*\.\s*([A-Za-z_$][\w$]*)/g)) {
  if (!exports.has(name)) throw new Error(`${gluePath}: wasm.${name} is not an export of the minified wasm`);
}
if (/\bwasm\s*\[/.test(glue)) throw new Error(`${gluePath}: an export reached by wasm[…] cannot be checked`);
writeFileSync(gluePath, glue);
renameSync(minPath, wasmPath);

// The type declarations name the exports too (InitOutput, the wasm's .d.ts).
for (const dts of [gluePath.replace(/\.js$/, ".d.ts"), wasmPath.replace(/\.wasm$/, ".wasm.d.ts")]) {
  if (!existsSync(dts)) continue;
  let text = readFileSync(dts, "utf8");
  let renamed = 0;
  for (const [name, to] of mapping.exports) {
    text = text.replace(new RegExp(`(readonly |export const )${escape(name)}(?=\\s*:)`, "g"), (_m, p) => (renamed++, `${p}${to}`));
  }
  for (const [name] of mapping.exports) {
    if (new RegExp(`(readonly |export const )${escape(name)}\\s*:`).test(text)) throw new Error(`${dts}: export ${name} is still declared`);
  }
  if (renamed === 0) throw new Error(`${dts}: no export declaration found to rename`);
  writeFileSync(dts, text);
}
console.log(`minified ${mapping.imports.length} import and ${mapping.exports.length} export names (module "${module}")`);
