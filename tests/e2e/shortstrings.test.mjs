// scripts/short-strings.mjs replaces wasm-bindgen's string reader in the
// glue: whatever the bytes, it must give what wasm-bindgen's own reader
// (TextDecoder, UTF-8, BOM kept) gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import { AFTER, BEFORE } from "../../scripts/short-strings.mjs";

/** A glue reader (`source`) over `memory`, as a function of (ptr, len). */
function reader(source, memory) {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const context = vm.createContext({
    getUint8ArrayMemory0: () => memory,
    decodeText: (bytes) => decoder.decode(bytes),
  });
  return vm.runInContext(`(${source})`, context);
}

test("short strings: the rewritten reader gives what TextDecoder gives, for every byte, length and position", () => {
  const memory = new Uint8Array(4096);
  const ours = reader(AFTER, memory);
  const theirs = reader(BEFORE, memory);
  const check = (bytes, at) => {
    memory.fill(0x41);
    memory.set(bytes, at);
    assert.equal(ours(at, bytes.length), theirs(at, bytes.length), `bytes ${[...bytes]} at ${at}`);
  };
  // Every byte alone, and in every position of strings of 0 to 70 bytes.
  for (let byte = 0; byte < 256; byte++) check(Uint8Array.of(byte), 7);
  let seed = 27;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ascii = (n) => Uint8Array.from({ length: n }, () => Math.floor(random() * 128));
  for (let len = 0; len <= 70; len++) {
    check(ascii(len), 0);
    check(ascii(len), 1001);
    for (let at = 0; at < len; at++) {
      for (const odd of [[0x80], [0xff], [0xc3, 0xa9], [0xe2, 0x80, 0xaf], [0xf0, 0x9f, 0x98, 0x80], [0xc3]]) {
        const bytes = ascii(len);
        bytes.set(odd.slice(0, len - at), at);
        check(bytes, 100 + at);
      }
    }
  }
  // The API's own strings.
  for (const text of ["", "2025-06-13T14:00:00Z", "2025-06-16T10:00:00+02:00", "2025-06-16T08:19:32+00:19:32", "America/Argentina/ComodRivadavia", "días hábiles", "x".repeat(64), "x".repeat(65)]) {
    check(new TextEncoder().encode(text), 12);
  }
});
