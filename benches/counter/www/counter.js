import init from "./pkg/counter.js";
init();
