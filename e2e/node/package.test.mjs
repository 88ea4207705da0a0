// The packages as their users get them (`make package`): pkg-node/ required from Node.js,
// pkg-bundler/ imported as ESM with its .wasm (as a bundler does; Node needs a flag for that),
// and pkg/ (web) with <parallax-compare> inside, as `npm pack` would publish it.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { COMPONENT_FILES, NOTICES } from "../../scripts/package.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const parallax = require(path.join(ROOT, "pkg-node"));

const DEMO = ["000_c0ddcebfb0d342a2", "001_1c8bcfeb080f928f", "002_4e2ff99566001c97", "003_0f41107755d267d7", "004_95e9c8df36c59bc8"];
const demo = () => DEMO.map((id) => ({ id, text: readFileSync(path.join(ROOT, "www/demo", `${id}.txt`), "utf8") }));

test("nodejs build: the demo gives the two conflicts, each quote sliced from the text in UTF-16", () => {
  const articles = demo();
  const report = parallax.compare(articles);
  assert.equal(report.version, parallax.reportVersion());
  const conflicts = report.facts.filter((f) => f.verdict === "conflict");
  const values = conflicts.map((f) => f.claims.map((c) => c.value).sort().join(" vs ")).sort();
  assert.equal(conflicts.length, 2, JSON.stringify(values));
  assert.ok(values.some((v) => v.includes("director vs producer")), values.join("; "));
  assert.ok(values.some((v) => v.includes("CEO") && v.includes("executive director")), values.join("; "));
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  for (const claim of report.facts.flatMap((f) => f.claims)) {
    // The quote is the sentence as written; JS string indices are UTF-16 code units.
    assert.equal(texts.get(claim.article).slice(claim.start, claim.end), claim.quote);
  }
});

test("nodejs build: read gives every figure and date of one article, sliced from its text in UTF-16", () => {
  const text = "Le 3 juin 2015 — 🙂 — Acme a levé 4,8 milliards de dollars, soit 36 % de plus.";
  const reading = parallax.read([{ id: "fr", text, language: "fr" }]);
  assert.equal(reading.version, 1);
  const got = reading.articles[0].mentions.map((m) => [m.kind, m.value, m.unit, text.slice(m.start, m.end)]);
  assert.deepEqual(got, [
    ["date", "2015-06-03", null, "3 juin 2015"],
    ["money", 4800000000, "USD", "4,8 milliards de dollars"],
    ["percent", 36, null, "36 %"],
  ]);
  assert.throws(() => parallax.read([{ id: "blank", text: " " }]), (e) => e.kind === "empty_text" && e.article === "blank");
});

test("nodejs build: bad input throws an Error naming the article and the limit", () => {
  const [a, b] = demo();
  assert.throws(() => parallax.compare([a, { ...b, id: a.id }]), (e) => e instanceof Error && e.message.includes(a.id));
  assert.throws(() => parallax.compare([a, { id: "blank", text: " \n " }]), (e) => e instanceof Error && /blank/.test(e.message));
  assert.throws(() => parallax.compare([a, b], { maxArticleBytes: 100 }), (e) => e instanceof Error && /100/.test(e.message) && e.message.includes(a.id));
  assert.throws(() => parallax.compare([a, b, { id: "c", text: "Third." }], { maxArticles: 2 }), /limit is 2/);
  assert.throws(() => parallax.compare("not a list"), /articles must be an array/);
  assert.throws(() => parallax.compare([a, b], { max_articles: 1 }), /unknown option "max_articles"/);
});

test("nodejs build: thrown errors carry kind, article and limit (CompareError in the declarations)", () => {
  const [a, b] = demo();
  const thrown = (articles, options) => {
    try {
      parallax.compare(articles, options);
    } catch (e) {
      assert.ok(e instanceof Error);
      return { message: e.message, kind: e.kind, article: e.article, limit: e.limit };
    }
    assert.fail("no error thrown");
  };
  const cases = [
    [[a, b], { maxArticleBytes: 100 }, { kind: "too_large", article: a.id, limit: 100 }],
    [[a, { ...b, id: a.id }], undefined, { kind: "duplicate_id", article: a.id, limit: null }],
    [[a, { id: "blank", text: " " }], undefined, { kind: "empty_text", article: "blank", limit: null }],
    [[a, { ...b, language: "xx" }], undefined, { kind: "bad_language", article: b.id, limit: null }],
    [[a], undefined, { kind: "too_few_articles", article: null, limit: 2 }],
    [[a, b], { amountTolerance: NaN }, { kind: "bad_option", article: null, limit: [0, 1] }],
    [[a, b], { amountTolerance: -0.05 }, { kind: "bad_option", article: null, limit: [0, 1] }],
    [[a, b], { maxArticles: 1 }, { kind: "bad_option", article: null, limit: [2, 100] }],
    [[a, b], { copyThreshold: "high" }, { kind: "bad_option", article: null, limit: null }],
    ["not a list", undefined, { kind: "bad_input", article: null, limit: null }],
  ];
  for (const [articles, options, want] of cases) {
    const { message, ...fields } = thrown(articles, options);
    assert.deepEqual(fields, want, message);
  }
  assert.match(thrown([a, b], { amountTolerance: NaN }).message, /^option amount_tolerance = NaN: it must be a number from 0 to 1$/);
});

test("bundler build: imported as ESM with its .wasm, it writes the same report as the nodejs build", () => {
  const script = `import { compare } from ${JSON.stringify(pathToFileURL(path.join(ROOT, "pkg-bundler/parallax.js")).href)};
import { readFileSync } from "node:fs";
process.stdout.write(JSON.stringify(compare(JSON.parse(readFileSync(0, "utf8")))));`;
  const out = execFileSync(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "--input-type=module", "-e", script], { input: JSON.stringify(demo()), encoding: "utf8" });
  assert.deepEqual(JSON.parse(out), parallax.compare(demo()));
});

test("web package: npm would publish the glue, the wasm, the types and the whole element", () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "pkg/package.json"), "utf8"));
  for (const key of ["name", "description", "license", "repository", "keywords", "files", "types"]) assert.ok(manifest[key], key);
  const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: path.join(ROOT, "pkg"), encoding: "utf8" }));
  const files = new Set(packed[0].files.map((f) => f.path));
  for (const file of ["parallax.js", "parallax_bg.wasm", "parallax.d.ts", "LICENSE", NOTICES, ...COMPONENT_FILES.map((f) => `www/${f}`)]) {
    assert.ok(files.has(file), `${file} is in the package`);
  }
  // Every relative import of the packaged modules resolves inside the package.
  for (const file of COMPONENT_FILES.filter((f) => /\.(js|ts)$/.test(f))) {
    const source = readFileSync(path.join(ROOT, "pkg/www", file), "utf8");
    for (const [, spec] of source.matchAll(/(?:from |import\(|new URL\()"(\.\.?\/[^"]+)"/g)) {
      const target = path.join(ROOT, "pkg/www", spec.replace(/\.js$/, file.endsWith(".d.ts") ? ".d.ts" : ".js"));
      assert.ok(existsSync(target) || existsSync(path.join(ROOT, "pkg/www", spec)), `${file}: ${spec} resolves in the package`);
    }
  }
});

test("every package ships the third-party notices of what its wasm holds", () => {
  for (const dir of ["pkg", "pkg-node", "pkg-bundler"]) {
    const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: path.join(ROOT, dir), encoding: "utf8" }));
    assert.ok(packed[0].files.some((f) => f.path === NOTICES), `${dir} publishes ${NOTICES}`);
    const notices = readFileSync(path.join(ROOT, dir, NOTICES), "utf8");
    for (const name of ["whichlang 0.1.1", "Unicode CLDR", "similar ", "serde ", "wasm-bindgen ", "Apache License"]) {
      assert.ok(notices.includes(name), `${dir}/${NOTICES} names ${name}`);
    }
  }
});

/** Field names of each interface in a .d.ts file: { Report: Set(["version", …]), … }. */
function declaredFields(file) {
  const fields = {};
  for (const [, name, body] of readFileSync(file, "utf8").matchAll(/export interface (\w+) \{([^}]*)\}/g)) {
    const code = body.replace(/\/\*[\s\S]*?\*\//g, "");
    fields[name] = new Set([...code.matchAll(/(\w+)\??\s*:/g)].map((m) => m[1]));
  }
  return fields;
}

test("declarations: every object of a real report has exactly the fields its interface declares", () => {
  const declared = declaredFields(path.join(ROOT, "pkg-node/parallax.d.ts"));
  const articles = demo();
  articles[0].published = "2015-06-01";
  const report = parallax.compare(articles);
  const seen = new Set();
  const check = (type, value) => {
    seen.add(type);
    assert.ok(declared[type], `interface ${type} is declared`);
    assert.deepEqual(new Set(Object.keys(value)), declared[type], `fields of ${type}`);
  };
  check("Report", report);
  report.articles.forEach((a) => (check("ArticleView", a), a.sentences.forEach((s) => check("Span", s))));
  for (const f of report.facts) {
    check("Fact", f);
    f.claims.forEach((c) => (check("ClaimView", c), check("Span", c.evidence)));
  }
  for (const p of report.passages) {
    check("Passage", p);
    p.members.forEach((m) => check("Member", m));
    p.anchors.forEach((a) => check("Anchor", a));
    p.diffs.forEach((d) => (check("WordDiff", d), d.ops.forEach((o) => check("DiffOp", o))));
  }
  report.copies.forEach((c) => check("CopyPair", c));
  // The demo exercises every type but CopyPair (no near-copies among the five).
  assert.deepEqual([...seen].sort(), ["Anchor", "ArticleView", "ClaimView", "DiffOp", "Fact", "Member", "Passage", "Report", "Span", "WordDiff"]);
});
