// Inlines wasm-bindgen's JavaScript snippets (src/web/boundary.js, bound with
// `#[wasm_bindgen(module = ...)]`) into the glue, so the widget loads no
// extra module (one request and one round trip fewer at start-up).
// Usage: node scripts/inline-snippets.mjs www/pkg/support_policy.js
import { readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";

const gluePath = process.argv[2];
const dir = dirname(gluePath);
let glue = readFileSync(gluePath, "utf8");
const IMPORT = /^import\s+(\{[^}]*\}|\*\s+as\s+\w+)\s+from\s+["'](\.\/snippets\/[^"']+)["'];?\s*$/gm;

const modules = new Map(); // path → name of the inlined namespace object
let count = 0;
glue = glue.replace(IMPORT, (_line, what, path) => {
  let namespace = modules.get(path);
  let declaration = "";
  if (!namespace) {
    namespace = `__snippet${modules.size}`;
    modules.set(path, namespace);
    const source = readFileSync(join(dir, path), "utf8");
    const names = [...source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+(\w+)/gm)].map((m) => m[1]);
    if (/^export\s+(default|\{|\*)/m.test(source)) {
      throw new Error(`${path}: only "export function/const/let/class NAME" can be inlined`);
    }
    const body = source.replace(/^export\s+/gm, "");
    declaration = `const ${namespace} = (() => {\n${body}\nreturn { ${names.join(", ")} };\n})();\n`;
  }
  count++;
  return what.startsWith("{")
    ? `${declaration}const ${what} = ${namespace};`
    : `${declaration}const ${what.replace(/^\*\s+as\s+/, "")} = ${namespace};`;
});
if (/\.\/snippets\//.test(glue.replace(/"\.\/snippets\/[^"]+":/g, ""))) {
  throw new Error(`${gluePath}: a snippet import was not inlined`);
}
writeFileSync(gluePath, glue);
if (existsSync(join(dir, "snippets"))) rmSync(join(dir, "snippets"), { recursive: true });
console.log(`inlined ${modules.size} snippet module(s) (${count} imports) into ${gluePath}`);
