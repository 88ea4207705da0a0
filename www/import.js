// Files to article text. HTML is parsed by DOMParser into an inert document: its scripts never
// run and nothing it names is fetched; only the text of its body is kept, paragraph by paragraph.

export const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/** Elements whose content is never article text. */
const SKIP = new Set(["SCRIPT", "STYLE", "PX-STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "MATH", "HEAD", "SELECT", "BUTTON"]);

/** Elements that start a new paragraph. */
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR",
  "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TR", "UL",
]);

/** What kind of file this is, by extension then MIME type: "html", "md", "txt" or null. */
export function fileKind(file) {
  const name = (file.name || "").toLowerCase();
  if (/\.(html?|xhtml)$/.test(name) || file.type === "text/html") return "html";
  if (/\.(md|markdown)$/.test(name) || file.type === "text/markdown") return "md";
  if (/\.txt$/.test(name) || file.type === "text/plain") return "txt";
  return null;
}

/** { title, text } of a file; throws an Error in plain words for unsupported files. */
export async function fileToArticle(file, parser = new DOMParser()) {
  const kind = fileKind(file);
  if (!kind) throw new Error(`${file.name}: only .txt, .md and .html files can be added`);
  const raw = await file.text();
  const stem = (file.name || "").replace(/\.[^.]+$/, "");
  if (kind === "html") {
    const { title, text } = htmlToText(raw, parser);
    return { title: title || stem, text, name: file.name };
  }
  const text = normalizeNewlines(raw);
  const title = kind === "md" ? markdownTitle(text) : "";
  return { title: title || stem, text, name: file.name };
}

/** The first heading of a Markdown text, without its #s. */
export function markdownTitle(text) {
  const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(text);
  return heading ? heading[1] : "";
}

/** The readable text of an HTML string, via an inert document. */
export function htmlToText(html, parser = new DOMParser()) {
  const doc = parser.parseFromString(defuse(html), "text/html");
  const title = (doc.title || doc.querySelector("h1")?.textContent || "").replace(/\s+/g, " ").trim();
  const parts = [];
  collect(doc.body, parts, false);
  return { title, text: tidy(parts.join("")) };
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

function collect(node, parts, pre) {
  if (!node) return;
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      parts.push(pre ? child.data : child.data.replace(/\s+/g, " "));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = child.nodeName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === "BR") {
      parts.push("\n");
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push("\n\n");
    else if (tag === "TD" || tag === "TH") parts.push(" ");
    collect(child, parts, pre || tag === "PRE");
    if (block) parts.push("\n\n");
  }
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

function normalizeNewlines(text) {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
