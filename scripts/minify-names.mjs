// Shortens the names the wasm and its JS glue share: the ~140 imports
// (`__wbg_createElement_de4a31ed2fb252be` …), their module
// ("./support_policy_bg.js") and the exports become one or two letters.
// wasm-opt renames them in the wasm and prints the old → new mapping; this
// script applies the same mapping to the glue and its type declarations, and
// fails if any name is left over. Measured: 2.9 KB gzip off the wasm and
// 2.1 KB off the glue.
// Usage: node scripts/minify-names.mjs WASM GLUE [wasm-opt --enable-… flags]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, renameSync, existsSync } from "node:fs";

const [wasmPath, gluePath, ...flags] = process.argv.slice(2);
const features = flags.filter((f) => f.startsWith("--enable-"));
const mapping = JSON.parse(execFileSync("wasm-opt", [
  ...features, "--minify-imports-and-exports-and-modules", wasmPath, "-o", `${wasmPath}.min`,
], { maxBuffer: 1 << 24 }).toString());
const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(`${wasmPath}.min`))).map((i) => i.module));
if (modules.size !== 1) throw new Error(`expected one import module after minifying, found ${[...modules].join(", ")}`);
const [module] = modules;

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
const originalModules = new Set(mapping.imports.map(([m]) => m));
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
for (const [name] of mapping.exports) {
  if (new RegExp(`\\bwasm\\s*(\\.|\\[\\s*["'])${escape(name)}\\b`).test(glue)) {
    throw new Error(`${gluePath}: export ${name} is still used under its old name`);
  }
}
writeFileSync(gluePath, glue);
renameSync(`${wasmPath}.min`, wasmPath);

// The type declarations name the exports too (InitOutput, the wasm's .d.ts).
for (const dts of [gluePath.replace(/\.js$/, ".d.ts"), wasmPath.replace(/\.wasm$/, ".wasm.d.ts")]) {
  if (!existsSync(dts)) continue;
  let text = readFileSync(dts, "utf8");
  for (const [name, to] of mapping.exports) {
    text = text.replace(new RegExp(`(readonly |export const )${escape(name)}(?=\\s*:)`, "g"), (_m, p) => `${p}${to}`);
  }
  writeFileSync(dts, text);
}
console.log(`minified ${mapping.imports.length} import and ${mapping.exports.length} export names (module "${module}")`);
