// The comparison runs here, off the page's thread, so a large article never freezes the page.
// Messages in: { run, op, articles } (op "compare" or "read"); out: { run, result, ms }, the
// report or the reading, or { run, error, fatal }, where error is { message, kind, article, limit }:
// a plain object, as a cloned Error would keep only its message.

// The wasm download starts with the glue's, not after it: one round trip less to first results.
import { glueUrl, wasmUrl } from "./glue.js";
import { errorFields } from "./model.js";

const wasm = fetch(wasmUrl);
const ready = import(glueUrl).then(async (pkg) => {
  await pkg.default({ module_or_path: wasm });
  return { compare: pkg.compare, read: pkg.read };
});

self.onmessage = async (event) => {
  const { run, op, articles } = event.data;
  try {
    const engine = await ready;
    const t0 = performance.now();
    const result = op === "read" ? engine.read(articles) : engine.compare(articles);
    self.postMessage({ run, result, ms: performance.now() - t0 });
  } catch (e) {
    const fatal = e instanceof WebAssembly.RuntimeError;
    self.postMessage({ run, error: errorFields(e), fatal });
  }
};
