import { test } from "node:test";
import assert from "node:assert/strict";
import { defuse, fileKind, markdownTitle } from "../../www/import.js";

test("defuse renames handlers, style attributes and style tags, and nothing else", () => {
  const cases = [
    ['<img src=x onerror="alert(1)">', '<img src=x data-px-onerror="alert(1)">'],
    ["<body onload='x()' class=a>", "<body data-px-onload='x()' class=a>"],
    ['<p style="color:red" title="a > b onclick=1">t</p>', '<p data-px-style="color:red" title="a > b onclick=1">t</p>'],
    ["<style>p{}</style >", "<px-style>p{}</px-style >"],
    ["<svg ONLOAD=x()>", "<svg data-px-ONLOAD=x()>"],
    ["<div onclick>", "<div data-px-onclick>"],
    ["text onclick=1 and a < b > c", "text onclick=1 and a < b > c"],
    ["<a href=\"javascript:x()\">ok</a>", "<a href=\"javascript:x()\">ok</a>"],
    ["<p data-online=1 ongoing>é “quotes” 😀</p>", "<p data-online=1 data-px-ongoing>é “quotes” 😀</p>"],
  ];
  for (const [html, want] of cases) assert.equal(defuse(html), want, html);
});

test("file kinds by extension, then MIME type", () => {
  const cases = [
    [{ name: "a.HTML", type: "" }, "html"],
    [{ name: "a.htm", type: "" }, "html"],
    [{ name: "a.md", type: "" }, "md"],
    [{ name: "notes.markdown", type: "" }, "md"],
    [{ name: "a.txt", type: "" }, "txt"],
    [{ name: "noext", type: "text/plain" }, "txt"],
    [{ name: "photo.png", type: "image/png" }, null],
  ];
  for (const [file, want] of cases) assert.equal(fileKind(file), want, file.name);
});

test("markdown titles come from the first heading", () => {
  assert.equal(markdownTitle("intro\n\n## Le titre ##\ntext"), "Le titre");
  assert.equal(markdownTitle("no heading"), "");
  assert.equal(markdownTitle("#hashtag is not a heading"), "");
});
