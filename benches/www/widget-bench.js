// Benchmark page only, a module listed before the loader (so it runs first,
// without blocking the parser): marks
// when the WebAssembly module has been compiled and instantiated, so
// scripts/bench can say where start-up goes. (A `.then` on the loader's
// `ready` would fire only after the first render has begun.)
const instantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = (...args) =>
  instantiateStreaming.apply(WebAssembly, args).then((result) => {
    performance.mark("support-policy:instantiated");
    return result;
  });
