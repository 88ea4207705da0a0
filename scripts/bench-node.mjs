// Times the WebAssembly engine outside the browser: the nodejs package (`make package`) on the demo
// set and on 50 synthetic articles (the demo texts repeated, as on www/bench.html), median of
// repeated runs after a warm-up. Conversion of the report to JS objects is included.
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { compare } = require("../pkg-node/parallax.js");
const dir = new URL("../www/demo/", import.meta.url);

const demo = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ id: f.replace(/\.txt$/, ""), text: readFileSync(new URL(f, dir), "utf8") }));
const synthetic = Array.from({ length: 50 }, (_, i) => {
  const base = demo[i % demo.length];
  return { ...base, id: `s${i + 1}`, text: `${base.text}\n\nCopy ${i + 1}.` };
});

function median(articles, runs) {
  compare(articles); // warm-up: the first call builds the table indexes
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    compare(articles);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[runs >> 1];
}

console.log(`demo: median ${median(demo, 51).toFixed(2)} ms over 51 runs`);
console.log(`synthetic-50: median ${median(synthetic, 11).toFixed(1)} ms over 11 runs`);
