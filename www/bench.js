// The bench page: times `compare` in the page's own thread on the demo set and on a synthetic
// 50-article set (the demo texts repeated), and prints median, min and max.
import { loadCompare } from "./engine.js";
import { h } from "./render.js";
import { loadDemo, toEngineInput } from "./store.js";

const runs = Math.max(1, Math.min(1000, Number(new URLSearchParams(location.search).get("runs")) || 20));
const status = document.getElementById("px-bench-status");

/** 50 articles from the demo texts; a numbered last line keeps each text distinct. */
export function syntheticSet(demo, count = 50) {
  return Array.from({ length: count }, (_, i) => {
    const base = demo[i % demo.length];
    return { ...base, id: `s${String(i + 1).padStart(2, "0")}`, text: `${base.text}\n\nCopy ${i + 1}.` };
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

async function time(compare, name, articles) {
  const input = articles.map(toEngineInput);
  compare(input); // warm-up: first call pays for lazy setup
  const times = [];
  for (let i = 0; i < runs; i++) {
    status.textContent = `${name}: run ${i + 1} of ${runs}…`;
    await pause();
    const t0 = performance.now();
    compare(input);
    times.push(performance.now() - t0);
  }
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  return { name, articles: articles.length, chars, runs, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

async function main() {
  const [compare, demo] = await Promise.all([loadCompare(), loadDemo()]);
  const figures = [await time(compare, "demo", demo), await time(compare, "synthetic-50", syntheticSet(demo))];
  const rows = document.getElementById("px-bench-rows");
  const ms = (v) => v.toFixed(2);
  for (const f of figures) {
    rows.append(h("tr", {}, h("th", { scope: "row" }, f.name), h("td", {}, String(f.articles)), h("td", {}, f.chars.toLocaleString("en")), h("td", {}, String(f.runs)), h("td", {}, ms(f.medianMs)), h("td", {}, ms(f.minMs)), h("td", {}, ms(f.maxMs))));
  }
  document.getElementById("px-bench-json").textContent = JSON.stringify(figures, null, 2);
  status.textContent = `Done: ${figures.map((f) => `${f.name} median ${ms(f.medianMs)} ms`).join(", ")}.`;
  document.body.dataset.done = "1";
}

main().catch((e) => {
  status.textContent = `The bench failed: ${e.message}`;
  document.body.dataset.done = "error";
});
