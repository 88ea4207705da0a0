// "What was read": one article's text with every figure and date the engine read in it marked
// (reading contract, src/report.d.ts `Reading`), each mark titled with its kind and value, and a
// legend counting the kinds. Pure like render.js: data in, DOM out.
import { mentionLabel, mentionRuns, unresolvedCount, unresolvedNote } from "./model.js";
import { h, langOf } from "./render.js";

/** The reading of one article (`ArticleReading`) over `text`, the text that was read. */
export function renderReading(articleReading, text, view) {
  const { mentions } = articleReading;
  const body = h("div", { class: "px-text px-read-text", lang: langOf(view) ?? langOf(articleReading), dir: "auto" });
  for (const run of mentionRuns(text.length, mentions)) {
    const words = text.slice(run.start, run.end);
    body.append(run.mentions.length ? mentionMark(words, run.mentions) : document.createTextNode(words));
  }
  const unresolved = unresolvedNote(unresolvedCount(articleReading));
  return h(
    "div",
    { class: "px-reading", "data-article": articleReading.id },
    readingLegend(mentions),
    unresolved ? h("p", { class: "px-note px-read-unresolved" }, unresolved, ".") : null,
    body,
  );
}

/** The words of one or more overlapping mentions, marked; the title says what each was read as. */
function mentionMark(words, mentions) {
  const [first] = mentions;
  const unresolved = mentions.some((m) => m.value === null);
  return h(
    "mark",
    {
      class: `px-mention px-mention--${first.kind}${unresolved ? " px-mention--unresolved" : ""}`,
      title: mentions.map(mentionLabel).join("; "),
      "data-kind": first.kind,
      "data-value": first.value === null ? null : String(first.value),
    },
    words,
  );
}

/** "12 read: 3 date, 2 money, …", each kind with a sample mark. */
function readingLegend(mentions) {
  const counts = new Map();
  for (const m of mentions) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  if (!counts.size) return h("p", { class: "px-empty" }, "No figure or date read in this article.");
  return h(
    "p",
    { class: "px-read-legend" },
    `${mentions.length} read: `,
    [...counts].flatMap(([kind, n], i) => [i ? ", " : "", h("mark", { class: `px-mention px-mention--${kind}`, "data-kind": kind }, kind), ` ${n}`]),
  );
}
