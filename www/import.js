// Files to article text. HTML is parsed by DOMParser into an inert document: its scripts never
// run and nothing it names is fetched; only the text of its body is kept, paragraph by paragraph
// (html-text.js, the same reading <parallax-compare> gives its child <article>s).
import { defuse, htmlToText } from "./html-text.js";

export { defuse, htmlToText };

export const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

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

function normalizeNewlines(text) {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
