import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionLabel, mentionRuns, unresolvedCount, unresolvedNote } from "../../www/model.js";

/** A mention of the reading contract with the fields a test does not care about left null. */
const mention = (kind, start, end, value, more = {}) => ({ kind, text: "", start, end, value, value_to: null, unit: null, context: null, qualifier: null, ...more });

test("mention runs: plain text and mentions alternate, covering the whole text once", () => {
  const runs = mentionRuns(20, [mention("number", 10, 12, 12), mention("date", 0, 4, null)]);
  assert.deepEqual(
    runs.map((r) => [r.start, r.end, r.mentions.map((m) => m.kind).join()]),
    [[0, 4, "date"], [4, 10, ""], [10, 12, "number"], [12, 20, ""]],
  );
});

test("mention runs: an overlapping mention joins the run before; marks past the text are clipped or dropped", () => {
  const runs = mentionRuns(15, [mention("date", 2, 8, "2015"), mention("year", 5, 10, "2015"), mention("number", 12, 30, 1), mention("number", 40, 42, 2)]);
  assert.deepEqual(
    runs.map((r) => [r.start, r.end, r.mentions.map((m) => m.kind).join()]),
    [[0, 2, ""], [2, 10, "date,year"], [10, 12, ""], [12, 15, "number"]],
  );
  assert.deepEqual(mentionRuns(3, []), [{ start: 0, end: 3, mentions: [] }]);
});

test("mention labels say the kind and the value, with range, unit, qualifier and context", () => {
  const cases = [
    [mention("date", 0, 4, null), "date: not resolved (the article has no publication date)"],
    [mention("date", 0, 4, "2015-06-09"), "date: 2015-06-09"],
    [mention("percent", 0, 4, 2.9), "percent: 2.9 %"],
    [mention("money", 0, 4, 3000000, { unit: "EUR", context: "raised" }), "money: 3000000 EUR — raised"],
    [mention("count", 0, 4, 10, { value_to: 12, qualifier: "at_least" }), "count: 10 to 12 (at least)"],
  ];
  for (const [m, want] of cases) assert.equal(mentionLabel(m), want);
});

test("unresolved relative dates: counted from null values, said in plain words, nothing when none", () => {
  const reading = { id: "x", language: "fr", mentions: [mention("date", 0, 4, null), mention("number", 6, 8, 12), mention("date", 9, 12, null)] };
  assert.equal(unresolvedCount(reading), 2);
  assert.equal(unresolvedNote(2), "2 relative dates left unresolved: add a publication date");
  assert.equal(unresolvedNote(1), "1 relative date left unresolved: add a publication date");
  assert.equal(unresolvedNote(0), "");
});
