// HTML → article text, one way for the page and for <parallax-compare>: the page reads .html
// files (htmlToText: parsed by DOMParser into an inert document, so their scripts never run and
// nothing they name is fetched), the element reads its child <article>s (textOfNode on nodes the
// host page already parsed). Both keep the text a reader sees, paragraph by paragraph: a block
// element starts a new paragraph, <br> a new line, whitespace collapses as HTML renders it
// (except inside <pre>), and content that is never article text is skipped.
// DOM-free apart from the parser: the walker reads only nodeType, nodeName, childNodes and data,
// so node --test can check it on plain objects.

/** Elements whose content is never article text. */
export const SKIP = new Set([
  "SCRIPT", "STYLE", "PX-STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG",
  "CANVAS", "MATH", "HEAD", "SELECT", "BUTTON",
]);

/** Elements that start a new paragraph. */
export const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6",
  "HEADER", "HGROUP", "HR", "LI", "MAIN", "MENU", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY",
  "TABLE", "TR", "UL",
]);

/** Table cells: kept on their row's line, apart from each other. */
const CELL = new Set(["TD", "TH"]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The readable text of the children of `root` (an element, a document's body, a fragment).
 * Iterative, so a hostile file nested thousands of levels deep cannot overflow the stack.
 */
export function textOfNode(root) {
  const parts = [];
  // Work items: a node to read (with whether it is inside <pre>), or a string to emit after
  // an element's children (the break closing a block).
  const stack = root ? [...root.childNodes].reverse().map((node) => ({ node, pre: false })) : [];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === "string") {
      parts.push(item);
      continue;
    }
    const { node, pre } = item;
    if (node.nodeType === TEXT_NODE) {
      parts.push(pre ? node.data : node.data.replace(/\s+/g, " "));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = String(node.nodeName).toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === "BR") {
      parts.push("\n");
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push("\n\n");
    else if (CELL.has(tag)) parts.push(" ");
    if (block) stack.push("\n\n");
    const inPre = pre || tag === "PRE";
    const children = [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], pre: inPre });
  }
  return tidy(parts.join(""));
}

/** { title, text } of an HTML string, read in an inert document (scripts never run). */
export function htmlToText(html, parser = new DOMParser()) {
  const doc = parser.parseFromString(defuse(html), "text/html");
  const title = (doc.title || doc.querySelector("h1")?.textContent || "").replace(/\s+/g, " ").trim();
  return { title, text: textOfNode(doc.body) };
}

const START_TAG = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * Renames event-handler and style attributes and <style> tags before parsing. Parsing is inert
 * either way; but the parsed document inherits the page's CSP, and Chromium logs every handler
 * and style it refuses there as a console error. Text between tags is left as it is.
 */
export function defuse(html) {
  return html
    .replace(START_TAG, (tag, name, attributes) => {
      const safeName = /^style$/i.test(name) ? "px-style" : name;
      const safeAttributes = attributes.replace(ATTRIBUTE, (all, space, attr, value = "") =>
        /^(on|style$)/i.test(attr) ? `${space}data-px-${attr}${value}` : all,
      );
      return `<${safeName}${safeAttributes}>`;
    })
    .replace(/<\/style(\s*)>/gi, "</px-style$1>");
}

/** Trims each line, keeps single line breaks and at most one blank line between paragraphs. */
function tidy(text) {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
