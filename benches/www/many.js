// Benchmark page only (scripts/bench, "Lifecycle"): ?n= widgets on one page.
// Marks when every one has answered (its first support-policy-change), and
// keeps the wasm's memory where the benchmark can read its size.
const n = Number(new URLSearchParams(location.search).get("n") ?? 1);
const instantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = (...args) =>
  instantiateStreaming.apply(WebAssembly, args).then((result) => {
    window.__wasmMemory = Object.values(result.instance.exports).find((v) => v instanceof WebAssembly.Memory);
    return result;
  });
let answered = 0;
document.addEventListener("support-policy-change", () => {
  if (++answered === n) performance.mark("support-policy:all-answered");
});
const zones = ["Europe/Madrid", "America/New_York", "Asia/Tokyo", "Australia/Sydney"];
for (let i = 0; i < n; i++) {
  const w = document.createElement("support-policy-widget");
  w.lang = "en";
  w.timeZone = zones[i % zones.length];
  document.getElementById("here").append(w);
}
await import("/support-policy-widget.js");
