import { test } from "node:test";
import assert from "node:assert/strict";
import { heading, md, toJson, toMarkdown } from "../../www/export.js";
import { report } from "../fixtures/report.mjs";

test("JSON export round-trips the report", () => {
  assert.deepEqual(JSON.parse(toJson(report)), report);
});

test("Markdown: conflicts with every quote first, then agreements, then single counts", () => {
  const text = toMarkdown(report);
  const at = (needle) => {
    const i = text.indexOf(needle);
    assert.ok(i >= 0, `${needle} missing in\n${text}`);
    return i;
  };
  assert.ok(at("## Conflicts") < at("## Agreements"));
  assert.ok(at("## Agreements") < at("## Single-source facts"));
  assert.ok(at("### Joe Bloggs — role — the film") > at("## Conflicts"));
  for (const quote of ["The film is produced by Joe Bloggs.", "The film is directed by Joe Bloggs.", "Le film est réalisé par Joe Bloggs."]) {
    assert.ok(at(`> ${quote}`) < at("## Agreements"), quote);
  }
  assert.ok(at("- Jane Doe — CEO — Acme Corp: A CEO; B CEO; C CEO") > at("## Agreements"));
  assert.ok(at("- A (`a`): 1") > at("## Single-source facts"));
  assert.ok(at("A (`a`) and B (`b`): 86 % alike"));
});

test("Markdown escapes markup inside article words", () => {
  assert.equal(md("*bold* [link](x) <b>"), "\\*bold\\* \\[link\\]\\(x\\) \\<b\\>");
  assert.equal(heading({ subject: "s", attribute: "a", object: null }), "s — a");
});

test("Markdown of an empty report says none found", () => {
  const text = toMarkdown({ version: 1, articles: [], facts: [], passages: [], copies: [] });
  assert.match(text, /## Conflicts\n\nNone found\.\n\n## Agreements/, "a blank line before the next heading");
  assert.match(text, /## Agreements\n\nNone found\./);
});
