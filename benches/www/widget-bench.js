// Benchmark page only: marks when the glue has been evaluated and when the
// WebAssembly module is compiled and instantiated, so scripts/bench can say
// where start-up time goes.
import("/pkg/support_policy.js").then(() => performance.mark("support-policy:glue-evaluated"));
const { ready } = await import("/support-policy-widget.js");
ready.then(() => performance.mark("support-policy:ready"));
