import { test } from "node:test";
import assert from "node:assert/strict";
import { countLabel, countPhrase, verdictInfo, verdictRank, VERDICTS } from "../../www/verdicts.js";
import * as model from "../../www/model.js";
import { toMarkdown } from "../../www/export.js";
import { report } from "../fixtures/report.mjs";

const FIELDS = ["key", "icon", "word", "words", "noun", "nouns", "heading", "figureHeading"];

test("one table: the report's three verdicts in display order, every word filled in, frozen", () => {
  assert.deepEqual(VERDICTS.map((v) => v.key), ["conflict", "agree", "single"]);
  for (const v of VERDICTS) {
    assert.deepEqual(Object.keys(v).sort(), [...FIELDS].sort(), v.key);
    for (const f of FIELDS) assert.ok(typeof v[f] === "string" && v[f].trim() !== "", `${v.key}.${f}`);
    assert.ok(Object.isFrozen(v));
  }
  assert.ok(Object.isFrozen(VERDICTS));
  assert.equal(new Set(VERDICTS.map((v) => v.icon)).size, VERDICTS.length, "icons tell verdicts apart without colour");
  // model.js hands out the same table, not a copy that could drift.
  assert.equal(model.VERDICTS, VERDICTS);
  assert.equal(model.verdictInfo, verdictInfo);
});

test("words for badges, count buttons, running text and headings", () => {
  const table = VERDICTS.map((v) => [v.key, v.icon, v.word, v.words, v.noun, v.nouns, v.heading, v.figureHeading]);
  assert.deepEqual(table, [
    ["conflict", "⚠", "Conflict", "Conflicts", "conflict", "conflicts", "Conflicts", "Figures in conflict"],
    ["agree", "✓", "Agree", "Agree", "agreement", "agreements", "Agreements", "Figures that agree"],
    ["single", "•", "Single", "Single", "single-source fact", "single-source facts", "Single-source facts", "Figures only one article states"],
  ]);
  assert.deepEqual([0, 1, 2].map((n) => countPhrase("agree", n)), ["0 agreements", "1 agreement", "2 agreements"]);
  assert.deepEqual([0, 1, 2].map((n) => countLabel("conflict", n)), ["Conflicts", "Conflict", "Conflicts"]);
  assert.deepEqual([1, 2].map((n) => countPhrase("single", n)), ["1 single-source fact", "2 single-source facts"]);
});

test("an unknown verdict (a later contract) reads as its own key everywhere and sorts last", () => {
  const v = verdictInfo("disputed");
  for (const f of FIELDS.slice(2)) assert.equal(v[f], "disputed", f);
  assert.equal(v.icon, "?");
  assert.equal(countPhrase("disputed", 3), "3 disputed");
  assert.deepEqual(["single", "disputed", "conflict", "agree"].map(verdictRank), [2, 3, 0, 1]);
});

test("the Markdown export's section headings and the summary line come from the table", () => {
  const md = toMarkdown(report);
  const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  for (const v of VERDICTS) assert.ok(sections.includes(v.heading), `## ${v.heading}`);
  const counts = model.countVerdicts(report.facts);
  for (const v of VERDICTS) assert.ok(model.summaryLine(report).includes(countPhrase(v.key, counts[v.key])), v.key);
});
