// The comparison runs here, off the page's thread, so a large article never freezes the page.
// Messages in: { run, articles }; out: { run, report, ms } or { run, error }.
import init, { compare } from "../pkg/parallax.js";

const ready = init();

self.onmessage = async (event) => {
  const { run, articles } = event.data;
  try {
    await ready;
    const t0 = performance.now();
    const report = compare(articles);
    self.postMessage({ run, report, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ run, error: e instanceof Error ? e.message : String(e) });
  }
};
