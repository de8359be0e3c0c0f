// Benchmark page only: marks when the WebAssembly module is compiled and
// instantiated, so scripts/bench can say where start-up time goes.
import { ready } from "/support-policy-widget.js";

ready.then(() => performance.mark("support-policy:ready"));
