import { test } from "node:test";
import assert from "node:assert/strict";
import {
  articleOfError,
  collate,
  containerSpans,
  countVerdicts,
  errorFields,
  filterFacts,
  memberMarks,
  paint,
  pieces,
  quoteWithEvidence,
  shortTitle,
  siglum,
  slugId,
  sortFacts,
  subtract,
  summaryLine,
  verdictInfo,
} from "../../www/model.js";
import { report, texts } from "../fixtures/report.mjs";

const slice = (id, r) => texts.get(id).slice(r.start, r.end).trim();

test("sigla run A…Z then AA", () => {
  for (const [i, want] of [[0, "A"], [1, "B"], [25, "Z"], [26, "AA"], [27, "AB"], [701, "ZZ"], [702, "AAA"]]) {
    assert.equal(siglum(i), want, `siglum(${i})`);
  }
});

test("facts sort conflicts, agreements, singles, stable inside a verdict", () => {
  const facts = [
    { id: "s1", verdict: "single" },
    { id: "a1", verdict: "agree" },
    { id: "c1", verdict: "conflict" },
    { id: "s2", verdict: "single" },
    { id: "c2", verdict: "conflict" },
  ];
  assert.deepEqual(sortFacts(facts).map((f) => f.id), ["c1", "c2", "a1", "s1", "s2"]);
  assert.deepEqual(countVerdicts(facts), { conflict: 2, agree: 1, single: 2 });
});

test("verdicts read as icon and word", () => {
  for (const [key, icon, word] of [["conflict", "⚠", "Conflict"], ["agree", "✓", "Agree"], ["single", "•", "Single"], ["new", "?", "new"]]) {
    assert.equal(verdictInfo(key).icon, icon);
    assert.equal(verdictInfo(key).word, word);
  }
});

test("filters by verdict and by article", () => {
  const ids = (o) => filterFacts(report.facts, o).map((f) => f.id);
  const cases = [
    [{}, ["f3", "f4", "f2", "f1"]],
    [{ verdicts: new Set(["conflict"]) }, ["f1"]],
    [{ verdicts: new Set(["conflict", "single"]) }, ["f3", "f4", "f1"]],
    [{ article: "c" }, ["f4", "f2", "f1"]],
    [{ article: "a", verdicts: new Set(["single"]) }, ["f3"]],
    [{ article: "b", verdicts: new Set(["single"]) }, []],
  ];
  for (const [options, want] of cases) assert.deepEqual(ids(options), want, JSON.stringify([...(options.verdicts ?? [])]));
});

test("summary line counts with singular and plural", () => {
  assert.equal(
    summaryLine(report),
    "Compared 3 articles: 1 conflict, 1 agreement, 2 single-source facts; 3 aligned passages.",
  );
  assert.equal(
    summaryLine({ articles: [{}, {}], facts: [], passages: [] }),
    "Compared 2 articles: 0 conflicts, 0 agreements, 0 single-source facts; 0 aligned passages.",
  );
});

test("paint cuts at every mark boundary and lists overlapping marks", () => {
  const runs = paint(0, 10, [
    { start: 2, end: 6, kind: "ins" },
    { start: 4, end: 8, kind: "anchor" },
    { start: 12, end: 14, kind: "outside" },
  ]);
  assert.deepEqual(
    runs.map((r) => [r.start, r.end, r.marks.map((m) => m.kind).join("+")]),
    [[0, 2, ""], [2, 4, "ins"], [4, 6, "ins+anchor"], [6, 8, "anchor"], [8, 10, ""]],
  );
  assert.deepEqual(paint(3, 3, []), []);
});

test("pieces cover the range exactly, in order, without overlap", () => {
  const spans = [
    { start: 2, end: 5, kind: "sentence" },
    { start: 6, end: 9, kind: "boilerplate" },
    { start: 9, end: 12, kind: "sentence" },
  ];
  const got = pieces(3, 11, spans).map((p) => [p.start, p.end, p.kind]);
  assert.deepEqual(got, [[3, 5, "sentence"], [5, 6, "text"], [6, 9, "boilerplate"], [9, 11, "sentence"]]);
  assert.deepEqual(pieces(0, 4, []).map((p) => p.kind), ["text"]);
});

test("container spans never overlap", () => {
  const spans = containerSpans({
    sentences: [{ start: 0, end: 10 }, { start: 12, end: 20 }],
    boilerplate: [{ start: 8, end: 14 }],
  });
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end, JSON.stringify(spans));
  assert.equal(spans.reduce((n, s) => n + s.end - s.start, 0), 20);
});

test("subtract drops holes and whitespace-only leftovers", () => {
  const text = "abc  def ghi";
  assert.deepEqual(subtract(0, 12, [{ start: 3, end: 5 }, { start: 8, end: 9 }]), [
    { start: 0, end: 3 },
    { start: 5, end: 8 },
    { start: 9, end: 12 },
  ]);
  assert.deepEqual(subtract(3, 5, [], text), []);
});

test("collate: every character of every column appears exactly once", () => {
  const chosen = ["a", "b", "c"];
  const rows = collate(report, texts, chosen);
  for (const id of chosen) {
    const covered = [];
    for (const row of rows) {
      const cell = row.cells.get(id);
      if (!cell) continue;
      for (const r of row.kind === "passage" ? [cell] : cell) covered.push(r);
    }
    covered.sort((x, y) => x.start - y.start);
    const text = texts.get(id);
    const joined = covered.map((r) => text.slice(r.start, r.end)).join("|");
    for (let i = 1; i < covered.length; i++) assert.ok(covered[i].start >= covered[i - 1].end, `${id} overlaps`);
    assert.equal(joined.replace(/[|\s]/g, ""), text.replace(/\s/g, ""), `${id} reads in full`);
  }
});

test("collate: gap before the first passage, moved passage keeps its row, tail gap last", () => {
  const rows = collate(report, texts, ["a", "b", "c"]);
  assert.deepEqual(rows.map((r) => r.kind), ["gap", "passage", "passage", "passage", "gap"]);
  assert.equal(slice("a", rows[0].cells.get("a")[0]), "Share this story");
  assert.equal(rows[3].passage.moved, true);
  assert.equal(slice("c", rows[4].cells.get("c")[0]), "« Une phrase seule. »");
});

test("collate: passages with fewer than two chosen members fall back into the text", () => {
  const rows = collate(report, texts, ["a", "c"]);
  assert.deepEqual(rows.map((r) => r.kind), ["gap", "passage", "passage", "gap"]);
  assert.equal(slice("a", rows[3].cells.get("a")[0]), "Jane Doe said the deal was worth $2 billion.");
});

test("member marks: del in the old text, ins in the new, anchors everywhere", () => {
  const passage = report.passages[0];
  const all = new Set(["a", "b", "c"]);
  const kinds = (id, chosen = all) =>
    memberMarks(passage, id, chosen).map((m) => `${m.kind}:${slice(id, m)}`).sort();
  assert.deepEqual(kinds("a"), ["anchor:2014", "anchor:Jane Doe", "del:as CEO"]);
  assert.deepEqual(kinds("b"), ["anchor:2014", "anchor:Jane Doe", "ins:its chief executive"]);
  assert.deepEqual(kinds("c"), ["anchor:2014", "anchor:Jane Doe"]);
  assert.deepEqual(kinds("a", new Set(["a", "c"])), ["anchor:2014", "anchor:Jane Doe"]);
});

test("quote with evidence: relative to the quote, clipped, survives a non-BMP character", () => {
  const conflict = report.facts.find((f) => f.verdict === "conflict");
  for (const c of conflict.claims) {
    const q = quoteWithEvidence(c, texts.get(c.article));
    assert.equal(q.text, c.quote);
    assert.equal(q.text.slice(q.evidence.start, q.evidence.end), texts.get(c.article).slice(c.evidence.start, c.evidence.end));
  }
  const emoji = report.facts.find((f) => f.id === "f2").claims[2];
  assert.ok(emoji.quote.includes("😀"));
  assert.equal(quoteWithEvidence(emoji, undefined).text.slice(...Object.values(quoteWithEvidence(emoji).evidence)), "PDG");
  const odd = { quote: "abc", start: 10, end: 13, evidence: { start: 5, end: 20 } };
  assert.deepEqual(quoteWithEvidence(odd, "x".repeat(30)).evidence, { start: 0, end: 3 });
});

test("engine errors are matched to the article in their article field, never by reading the message", () => {
  const ids = ["a", "big one", "x", 'article "x"'];
  const cases = [
    [{ message: 'article "big one": 2500000 bytes …', kind: "too_large", article: "big one", limit: 2000000 }, "big one"],
    [{ message: 'article "a": the id is used twice; ids must be unique', kind: "duplicate_id", article: "a", limit: null }, "a"],
    // The message names "x" too; the old regular expression blamed that article.
    [{ message: 'article "article "x"": the text is empty', kind: "empty_text", article: 'article "x"', limit: null }, 'article "x"'],
    [{ message: "1 article(s) given: a comparison needs at least 2", kind: "too_few_articles", article: null, limit: 2 }, null],
    [{ message: 'article "zzz": unknown', kind: "bad_date", article: "zzz", limit: null }, null],
    [{ message: 'article "a": a message without fields' }, null],
    [undefined, null],
  ];
  for (const [error, want] of cases) assert.equal(articleOfError(error, ids), want, error?.message);
});

test("engine errors cross postMessage as plain objects with their fields", () => {
  const thrown = Object.assign(new Error('article "b": the text is empty'), { kind: "empty_text", article: "b", limit: null });
  const option = Object.assign(new Error("option amount_tolerance = NaN: …"), { kind: "bad_option", article: null, limit: [0, 1] });
  const cases = [
    [thrown, { message: 'article "b": the text is empty', kind: "empty_text", article: "b", limit: null }],
    [option, { message: "option amount_tolerance = NaN: …", kind: "bad_option", article: null, limit: [0, 1] }],
    [Object.assign(new Error("too many"), { kind: "too_many_articles", article: null, limit: 2 }), { message: "too many", kind: "too_many_articles", article: null, limit: 2 }],
    [new WebAssembly.RuntimeError("unreachable"), { message: "unreachable", kind: null, article: null, limit: null }],
    ["a string", { message: "a string", kind: null, article: null, limit: null }],
    [null, { message: "null", kind: null, article: null, limit: null }],
  ];
  for (const [error, want] of cases) {
    const plain = errorFields(error);
    assert.deepEqual(plain, want);
    // What the page receives from the worker: a structured clone.
    assert.deepEqual(structuredClone(plain), want);
  }
  // The reason for the plain object: a cloned Error drops the fields.
  assert.equal(structuredClone(thrown).article, undefined);
});

test("slug ids are short, ascii and unique", () => {
  const cases = [
    ["Alibaba steigt ins Filmgeschäft ein", [], "alibaba-steigt-ins"],
    ["Après Netflix", [], "apres-netflix"],
    ["", [], "article"],
    ["中文标题", ["article"], "article-2"],
    ["Same", ["same", "same-2"], "same-3"],
  ];
  for (const [title, taken, want] of cases) assert.equal(slugId(title, taken), want, title);
});

test("short titles cut on a word boundary", () => {
  assert.equal(shortTitle("Short one"), "Short one");
  assert.equal(shortTitle("first line\nsecond"), "first line");
  const long = shortTitle("word ".repeat(40), 20);
  assert.ok(long.endsWith("…") && long.length <= 21, long);
});
