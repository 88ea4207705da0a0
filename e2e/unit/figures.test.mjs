import { test } from "node:test";
import assert from "node:assert/strict";
import { toMarkdown } from "../../www/export.js";
import { factsByArticle, figureKinds, figureTable, ledgerFacts, summaryLine } from "../../www/model.js";
import { report } from "../fixtures/figures.mjs";
import { report as noFigures } from "../fixtures/report.mjs";

const rowIds = (table) => table.rows.map((r) => r.fact.id);
const groups = (table) => table.singles.map((g) => `${g.article}:${g.facts.map((f) => f.id).join(",")}`);

test("figure rows: conflicts first, then agreements in report order; singles kept out of the rows", () => {
  const table = figureTable(report);
  assert.deepEqual(rowIds(table), ["f1", "f3", "f2"]);
  assert.deepEqual(table.rows.map((r) => r.fact.verdict), ["conflict", "agree", "agree"]);
});

test("figure rows: the claims of each article in its cell, articles without a claim have none", () => {
  const [conflict, homes] = figureTable(report).rows;
  assert.deepEqual([...conflict.cells.keys()], ["a", "b", "c"]);
  assert.deepEqual([...conflict.cells.values()].map((claims) => claims.map((c) => c.value)), [["12"], ["15"], ["12"]]);
  assert.deepEqual([...homes.cells.keys()], ["a", "b"]);
  assert.equal(homes.cells.get("c"), undefined);
});

test("figure rows: two claims of one article share its cell, in claim order", () => {
  const twice = structuredClone(report);
  const f2 = twice.facts.find((f) => f.id === "f2");
  f2.claims.push({ ...f2.claims[0], value: "40000001 EUR" });
  const row = figureTable(twice).rows.find((r) => r.fact.id === "f2");
  assert.deepEqual(row.cells.get("a").map((c) => c.value), ["40000000 EUR", "40000001 EUR"]);
});

test("single-source figures: grouped per article in the report's article order, other kinds left out", () => {
  assert.deepEqual(groups(figureTable(report)), ["a:f5,f8", "b:f6", "c:f7"]);
});

test("figure filters: verdict, article and reading kind, alone and together", () => {
  const cases = [
    [{ verdicts: new Set(["conflict"]) }, ["f1"], []],
    [{ verdicts: new Set(["single"]) }, [], ["a:f5,f8", "b:f6", "c:f7"]],
    [{ article: "c" }, ["f1", "f2"], ["c:f7"]],
    [{ article: "b", verdicts: new Set(["agree"]) }, ["f3", "f2"], []],
    [{ attribute: "count" }, ["f1", "f3"], ["b:f6", "c:f7"]],
    [{ attribute: "money", article: "c" }, ["f2"], []],
    [{ attribute: "date" }, [], ["a:f8"]],
  ];
  for (const [filter, rows, singles] of cases) {
    const table = figureTable(report, filter);
    assert.deepEqual(rowIds(table), rows, JSON.stringify({ ...filter, verdicts: [...(filter.verdicts ?? [])] }));
    assert.deepEqual(groups(table), singles, JSON.stringify({ ...filter, verdicts: [...(filter.verdicts ?? [])] }));
  }
});

test("a single figure two near-copies state is in both articles' groups, and only in one under the article filter", () => {
  const copied = structuredClone(report);
  const f6 = copied.facts.find((f) => f.id === "f6");
  f6.claims.push({ ...f6.claims[0], article: "c" });
  assert.deepEqual(groups(figureTable(copied)), ["a:f5,f8", "b:f6", "c:f6,f7"]);
  assert.deepEqual(groups(figureTable(copied, { article: "b" })), ["b:f6"]);
});

test("figure kinds for the filter: each reading kind once, sorted", () => {
  assert.deepEqual(figureKinds(report), ["count", "date", "money", "percent"]);
  assert.deepEqual(figureKinds(noFigures), []);
});

test("the Facts ledger keeps the other kinds only; the summary counts facts and figures apart", () => {
  assert.deepEqual(ledgerFacts(report.facts).map((f) => f.id), ["f4"]);
  assert.equal(
    summaryLine(report),
    "Compared 3 articles: 0 conflicts, 0 agreements, 1 single-source fact; 7 figures: 1 conflict, 2 agreements, 4 single-source facts; 0 aligned passages.",
  );
  assert.ok(!summaryLine(noFigures).includes("figure"), "no figure phrase without figures");
});

test("facts per article: report order, articles with none left out", () => {
  const singles = report.facts.filter((f) => f.verdict === "single");
  assert.deepEqual(factsByArticle(report, singles).map((g) => [g.article, g.facts.length]), [["a", 3], ["b", 1], ["c", 1]]);
  assert.deepEqual(factsByArticle(report, []), []);
});

test("Markdown with figures: conflicts and agreements with values, articles and quotes; singles counted per article", () => {
  const text = toMarkdown(report);
  const section = (heading) => {
    const from = text.indexOf(`\n${heading}\n`);
    assert.ok(from >= 0, `${heading} missing in\n${text}`);
    const next = text.slice(from + heading.length + 2).search(/\n#{2,3} /);
    return text.slice(from, next < 0 ? undefined : from + heading.length + 2 + next);
  };
  const figures = section("## Figures");
  assert.match(figures, /^7 in all: 1 conflict, 2 agreements, 4 single-source facts\.$/m);
  const conflicts = section("### Figures in conflict");
  assert.match(conflicts, /#### people killed — count\n\nb says 15; a and c say 12\.\n/);
  for (const line of [
    "- A (`a`): **12**\n  > Floods in Norvale killed 12 people on Monday.",
    "- B (`b`): **15**\n  > Les inondations à Norvale ont tué 15 personnes lundi.",
    "- C (`c`): **12**\n  > Twelve people died in the Norvale floods.",
  ]) assert.ok(conflicts.includes(line), `${line} in\n${conflicts}`);
  const agreements = section("### Figures that agree");
  assert.ok(agreements.indexOf("#### homes damaged — count") < agreements.indexOf("#### cost — money"), "report order within a verdict");
  assert.ok(agreements.includes("- C (`c`): **40000000 EUR**\n  > Repair costs are put at €40 million."), agreements);
  assert.ok(agreements.includes("- B (`b`): **800**\n  > Le maire a évoqué 800 maisons endommagées."), agreements);
  assert.ok(!agreements.includes("people killed"), "the conflict is not listed as an agreement");
  const singles = section("### Figures only one article states");
  assert.match(singles, /^4 in all\.\n\n- A \(`a`\): 2\n- B \(`b`\): 1\n- C \(`c`\): 1$/m);
  assert.ok(!singles.includes("lost power"), "single figures are counted, not listed");
});

test("Markdown with figures: the facts sections hold the other kinds only, and come before the figures", () => {
  const text = toMarkdown(report);
  const at = (heading) => text.indexOf(`\n${heading}\n`);
  assert.ok(at("## Single-source facts") < at("## Figures"));
  assert.match(text, /## Conflicts\n\nNone found\./, "the figure conflict is not a fact conflict");
  assert.match(text, /## Single-source facts\n\n1 in all\.\n\n- A \(`a`\): 1\n/);
});

test("Markdown without figures has no Figures section", () => {
  assert.ok(!toMarkdown(noFigures).includes("## Figures"));
});
