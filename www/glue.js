// Where the engine's wasm-pack output lives, relative to these modules: the one file that knows.
// In the repo it is ../pkg; scripts/package.mjs rewrites this file when it copies the modules into
// the npm package, where the glue sits one folder up.
export const glueUrl = new URL("../pkg/parallax.js", import.meta.url).href;
export const wasmUrl = new URL("../pkg/parallax_bg.wasm", import.meta.url).href;
