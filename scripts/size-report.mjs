// The page's download, measured: opens the page in Chromium (as the e2e tests do), records every
// file it and its worker fetch until the demo is compared, and prints each with its bytes raw and
// gzipped (level 9, what a server would send), the wasm's largest parts, and the totals against
// the budget. `make size` runs it after `make build`.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { ROOT, openApp, startBrowser, waitCompared } from "../e2e/harness.mjs";

/** The budget for wasm + JS + CSS + HTML, gzipped (demo texts are content, listed apart). */
const BUDGET = 350_000;

const env = await startBrowser();
let files;
try {
  const session = await openApp(env);
  await waitCompared(session.page, 5);
  files = [...new Set(session.requests)].filter((u) => u.startsWith(env.base)).map((u) => new URL(u).pathname);
  await session.close();
} finally {
  await env.close();
}

const rows = [];
for (const file of files) {
  const local = path.join(ROOT, decodeURIComponent(file === "/" ? "/index.html" : file));
  const bytes = await readFile(local);
  rows.push({ file: file === "/" ? "/index.html" : file, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
}
rows.sort((a, b) => b.gz - a.gz);
const isDemo = (r) => r.file.startsWith("/www/demo/");
const page = rows.filter((r) => !isDemo(r));
const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

console.log("file".padEnd(44), "raw".padStart(10), "gzip -9".padStart(10));
for (const r of rows) console.log(r.file.padEnd(44), kB(r.raw).padStart(10), kB(r.gz).padStart(10));
console.log("");
console.log(`page (wasm + JS + CSS + HTML): ${kB(sum(page, "raw"))} raw, ${kB(sum(page, "gz"))} gzipped; budget ${kB(BUDGET)}`);
console.log(`  of which wasm: ${kB(sum(page.filter((r) => r.file.endsWith(".wasm")), "gz"))}; JS: ${kB(sum(page.filter((r) => r.file.endsWith(".js")), "gz"))}; CSS + HTML: ${kB(sum(page.filter((r) => /\.(css|html)$/.test(r.file)), "gz"))}`);
console.log(`demo texts (content, not counted): ${kB(sum(rows.filter(isDemo), "gz"))} gzipped`);
if (sum(page, "gz") > BUDGET) {
  console.log("OVER BUDGET");
  process.exitCode = 1;
}
