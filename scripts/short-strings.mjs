// Reads short ASCII strings out of the wasm's memory without TextDecoder.
// wasm-bindgen's glue decodes every string the wasm hands JavaScript with
// `TextDecoder.decode` on a fresh view of the memory; for the API's answers
// (a dozen strings of 20 to 28 ASCII bytes each: timestamps, and the zone)
// that call's fixed cost was a fifth of a `responseDeadline` call in Chromium
// and more in Firefox. Strings of up to 64 bytes are read eight bytes at a
// time while they are ASCII (then a byte is a UTF-16 code unit); anything else
// is decoded as before. Fails if the glue no longer has the function this
// replaces.
// Usage: node scripts/short-strings.mjs www/pkg/support_policy.js
// (tests/e2e/shortstrings.test.mjs checks the reader against TextDecoder.)
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** wasm-bindgen's reader, as its glue has it. */
export const BEFORE = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;
/** The reader this script puts in its place. */
export const AFTER = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    const bytes = getUint8ArrayMemory0();
    const end = ptr + len;
    if (len > 64) return decodeText(bytes.subarray(ptr, end));
    let text = "";
    let i = ptr;
    for (; i + 8 <= end; i += 8) {
        const a = bytes[i], b = bytes[i + 1], c = bytes[i + 2], d = bytes[i + 3];
        const e = bytes[i + 4], f = bytes[i + 5], g = bytes[i + 6], h = bytes[i + 7];
        if ((a | b | c | d | e | f | g | h) > 127) return decodeText(bytes.subarray(ptr, end));
        text += String.fromCharCode(a, b, c, d, e, f, g, h);
    }
    for (; i < end; i++) {
        const a = bytes[i];
        if (a > 127) return decodeText(bytes.subarray(ptr, end));
        text += String.fromCharCode(a);
    }
    return text;
}`;
/** Rewrites the glue at `gluePath`, or fails if it has no one BEFORE. */
export function rewrite(gluePath) {
  const glue = readFileSync(gluePath, "utf8");
  const at = glue.indexOf(BEFORE);
  if (at < 0 || glue.indexOf(BEFORE, at + 1) >= 0) {
    throw new Error(`${gluePath}: expected wasm-bindgen's getStringFromWasm0 once, as written in scripts/short-strings.mjs`);
  }
  writeFileSync(gluePath, glue.replace(BEFORE, () => AFTER));
  console.log(`short ASCII strings read without TextDecoder in ${gluePath}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) rewrite(process.argv[2]);
