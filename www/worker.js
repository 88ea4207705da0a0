// The comparison runs here, off the page's thread, so a large article never freezes the page.
// Messages in: { run, articles }; out: { run, report, ms } or { run, error, fatal }, where error
// is { message, kind, article, limit }: a plain object, as a cloned Error would keep only its message.

// The wasm download starts with the glue's, not after it: one round trip less to first results.
import { glueUrl, wasmUrl } from "./glue.js";
import { errorFields } from "./model.js";

const wasm = fetch(wasmUrl);
const ready = import(glueUrl).then(async (pkg) => {
  await pkg.default({ module_or_path: wasm });
  return pkg.compare;
});

self.onmessage = async (event) => {
  const { run, articles } = event.data;
  try {
    const compare = await ready;
    const t0 = performance.now();
    const report = compare(articles);
    self.postMessage({ run, report, ms: performance.now() - t0 });
  } catch (e) {
    const fatal = e instanceof WebAssembly.RuntimeError;
    self.postMessage({ run, error: errorFields(e), fatal });
  }
};
