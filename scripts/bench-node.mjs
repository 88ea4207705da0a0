// Times the WebAssembly engine outside the browser: the nodejs package (`make package`) on the demo
// set, on 50 synthetic articles (the demo texts repeated, as on www/bench.html) and on the README's
// 50-article NTREX bench set (as tests/common builds it for `cargo bench`), median of repeated
// runs after a warm-up. Conversion of the report to JS objects is included.
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

/** The bench set of `cargo bench` (tests/common/mod.rs, bench_articles): consecutive documents
 * in all five languages grouped to at least 1,000 English words, story k in en, de, fr, es, it. */
function benchSet(n = 50) {
  const fixtures = new URL("../tests/fixtures/ntrex128/", import.meta.url);
  const langs = ["en", "de", "fr", "es", "it"];
  const rows = readFileSync(new URL("DOCUMENTS.tsv", fixtures), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t"))
    .filter(([, , , have]) => langs.every((lang) => have.split(",").includes(lang)));
  const groups = [];
  let group = [];
  let words = 0;
  for (const [id, , english] of rows) {
    group.push(id);
    words += Number(english);
    if (words >= 1000) {
      groups.push(group);
      group = [];
      words = 0;
    }
  }
  const load = (id, lang) => readFileSync(new URL(`${id}.${lang}.txt`, fixtures), "utf8");
  const articles = groups.flatMap((g, k) => langs.map((lang) => ({ id: `story${k}.${lang}`, text: g.map((id) => load(id, lang)).join("\n\n") })));
  return articles.slice(0, n);
}

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
const bench = benchSet();
console.log(`ntrex-50 (the README's bench set, ${bench.length} articles): median ${median(bench, 11).toFixed(1)} ms over 11 runs`);
