// Benchmark page only: the cost of a cold browser's first Intl time-zone
// formatter (its ICU data), which the widget's loader pays while the
// WebAssembly downloads.
const t0 = performance.now();
new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Madrid", hour: "numeric" }).format(0);
performance.measure("intl:first-formatter", { start: t0 });
performance.mark("intl:done");
