import { test } from "node:test";
import assert from "node:assert/strict";
import { BLOCK, SKIP, textOfNode } from "../../www/html-text.js";

// A DOM stand-in with what the walker reads: nodeType, nodeName, childNodes, data.
const text = (data) => ({ nodeType: 3, nodeName: "#text", data, childNodes: [] });
const el = (tag, ...children) => ({ nodeType: 1, nodeName: tag, childNodes: children.map((c) => (typeof c === "string" ? text(c) : c)) });
const comment = (data) => ({ nodeType: 8, nodeName: "#comment", data, childNodes: [] });

test("blocks of both former lists start paragraphs; inline text flows; cells stay on their row", () => {
  const root = el(
    "ARTICLE",
    "\n  ",
    el("H2", "Heading"),
    el("NAV", "Nav line"),
    el("MAIN", el("P", "First   paragraph\n  wrapped in source,\u00a0with ", el("b", "bold"), " and ", el("a", "a link"), ".")),
    el("FORM", el("FIELDSET", el("P", "In a form"))),
    el("DETAILS", el("SUMMARY", "Summary"), el("DIV", "Details body")),
    el("BLOCKQUOTE", "Quoted", el("BR"), "second line"),
    el("UL", el("LI", "One"), el("LI", "Two")),
    el("DL", el("DT", "Term"), el("DD", "Definition")),
    el("TABLE", el("TR", el("TH", "Cell A"), el("TD", "Cell B"))),
    el("FIGURE", el("FIGCAPTION", "Caption")),
    el("ADDRESS", "Address"),
    el("FOOTER", "Footer"),
    comment("not text"),
  );
  assert.equal(
    textOfNode(root),
    [
      "Heading", "Nav line", "First paragraph wrapped in source, with bold and a link.", "In a form", "Summary",
      "Details body", "Quoted\nsecond line", "One", "Two", "Term", "Definition", "Cell A Cell B", "Caption", "Address", "Footer",
    ].join("\n\n"),
  );
});

test("scripts, styles, forms' controls and embedded content are skipped; <pre> keeps its lines", () => {
  const root = el(
    "DIV",
    el("SCRIPT", "window.ran = 1"),
    el("STYLE", "p {}"),
    el("PX-STYLE", "p {}"),
    el("NOSCRIPT", "noscript"),
    el("TEMPLATE", el("P", "template")),
    el("BUTTON", "Share"),
    el("SELECT", el("OPTION", "choice")),
    el("svg", el("text", "svg text")),
    el("P", "Kept."),
    el("PRE", "line   one\n  line two"),
  );
  assert.equal(textOfNode(root), "Kept.\n\nline one\nline two");
  for (const tag of ["SCRIPT", "STYLE", "TEMPLATE", "IFRAME", "SVG"]) assert.ok(SKIP.has(tag), tag);
  for (const tag of ["P", "DIV", "LI", "TR", "NAV", "MAIN", "FORM", "DETAILS", "SUMMARY", "FIELDSET"]) assert.ok(BLOCK.has(tag), tag);
});

test("a document nested 100,000 levels deep is read without overflowing the stack", () => {
  let node = el("P", "deep");
  for (let i = 0; i < 100_000; i++) node = el(i % 2 ? "DIV" : "SPAN", node);
  assert.equal(textOfNode(el("BODY", node)), "deep");
  assert.equal(textOfNode(null), "");
});
