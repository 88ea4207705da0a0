// Completes the web package that wasm-pack wrote to pkg/: copies <parallax-compare> and the
// modules and styles it needs into pkg/www/, points them at the glue one folder up (the only
// difference from the repo, where the glue is in ../pkg/), and lists www/ in package.json files.
// Every package also lists LICENSE-THIRD-PARTY (wasm-pack copies it; npm would leave it out).
// Usage: node scripts/package.mjs [PKG_DIR]            (run by `make build`)
//        node scripts/package.mjs --notices PKG_DIR    (pkg-node/, pkg-bundler/: notices only)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NOTICES_ONLY = process.argv[2] === "--notices";
const PKG = path.resolve(ROOT, process.argv[NOTICES_ONLY ? 3 : 2] ?? "pkg");
/** The licences of the third-party code and data compiled into the wasm. */
export const NOTICES = "LICENSE-THIRD-PARTY";

/** What the element loads, directly or through its imports (e2e/node checks the list is whole). */
export const COMPONENT_FILES = [
  "parallax-compare.js",
  "parallax-compare.d.ts",
  "parallax-compare.css",
  "theme.css",
  "results.css",
  "view.js",
  "figures.js",
  "reading.js",
  "render.js",
  "model.js",
  "verdicts.js",
  "html-text.js",
  "engine.js",
  "worker.js",
  "glue.js",
];

/** Adds `entries` to the package's `files`. */
function listFiles(entries) {
  const manifestPath = path.join(PKG, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  manifest.files = [...new Set([...(manifest.files ?? []), ...entries])];
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

function main() {
  if (NOTICES_ONLY) return listFiles([NOTICES]);
  const out = path.join(PKG, "www");
  mkdirSync(out, { recursive: true });
  for (const file of COMPONENT_FILES) {
    const text = readFileSync(path.join(ROOT, "www", file), "utf8");
    writeFileSync(path.join(out, file), text.replaceAll('"../pkg/', '"../'));
  }
  listFiles(["www/", NOTICES]);
  console.log(`package: ${COMPONENT_FILES.length} files of <parallax-compare> copied to ${path.relative(ROOT, out)}/`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
