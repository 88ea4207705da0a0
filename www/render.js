// Report + article texts → DOM, built with createElement and text nodes only: article words
// never pass through an HTML parser. Pure: no queries of the document, no listeners, no state,
// so the same functions can fill a shadow root. Events are the caller's (data-* attributes
// name what was clicked).
import {
  collate,
  containerSpans,
  copiesOf,
  countVerdicts,
  filterFacts,
  ledgerFacts,
  memberMarks,
  paint,
  pieces,
  quoteWithEvidence,
  shortTitle,
  siglum,
  sortFacts,
} from "./model.js";
import { countLabel, verdictInfo, VERDICTS } from "./verdicts.js";

/** createElement with classes, attributes (null skipped) and children (strings become text). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") el.className = value;
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return el;
}

/** The `lang` attribute value for an engine language ("und" gives none). */
export function langOf(view) {
  return view && view.language && view.language !== "und" ? view.language : null;
}

/** Article id → { siglum, view, index } for a report. */
export function articleIndex(report) {
  return new Map(report.articles.map((view, index) => [view.id, { siglum: siglum(index), view, index }]));
}

/** "⚠ Conflict": the icon for the eye, the word for everyone. */
export function verdictBadge(verdict) {
  const v = verdictInfo(verdict);
  return h("span", { class: `px-verdict px-verdict--${v.key}`, part: `verdict verdict-${v.key}` }, h("span", { class: "px-icon", "aria-hidden": "true" }, v.icon), ` ${v.word}`);
}

/** Verdict filter buttons with the counts of `facts` (aria-pressed; none pressed = all shown). */
export function renderVerdictFilters(facts, pressed) {
  const counts = countVerdicts(facts);
  const frag = document.createDocumentFragment();
  for (const v of VERDICTS) {
    frag.append(
      h(
        "button",
        { type: "button", class: `px-count px-count--${v.key}`, "data-px-verdict": v.key, "aria-pressed": pressed.has(v.key) ? "true" : "false" },
        h("span", { class: "px-icon", "aria-hidden": "true" }, v.icon),
        h("span", { class: "px-count-n" }, String(counts[v.key])),
        h("span", { class: "px-count-word" }, countLabel(v.key, counts[v.key])),
      ),
    );
  }
  return frag;
}

/** <option>s for an article filter: "All articles" (unless `all` is false), then one per article. */
export function renderArticleOptions(report, selected, { all = true } = {}) {
  const frag = document.createDocumentFragment();
  if (all) frag.append(h("option", { value: "" }, "All articles"));
  report.articles.forEach((view, i) => {
    frag.append(h("option", { value: view.id, selected: view.id === selected }, `${siglum(i)} · ${shortTitle(view.title || view.id, 48)}`));
  });
  return frag;
}

/**
 * The facts ledger: conflicts, agreements, then single-source facts, each with subject,
 * attribute, object, the reason, and per article the value and the quote (evidence marked).
 * Figures are not listed here: they have their own view (figures.js).
 */
export function renderLedger(report, texts, filter) {
  const index = articleIndex(report);
  const listed = ledgerFacts(report.facts);
  const facts = filterFacts(sortFacts(listed), filter);
  if (!facts.length) {
    const why = listed.length ? "No fact matches these filters." : "No facts found in these articles yet.";
    return h("p", { class: "px-empty" }, why);
  }
  return h("ol", { class: "px-facts" }, facts.map((fact) => renderFact(fact, texts, index)));
}

function renderFact(fact, texts, index) {
  const title = h(
    "h3",
    { class: "px-fact-title" },
    h("span", { class: "px-subject" }, fact.subject),
    h("span", { class: "px-sep", "aria-hidden": "true" }, " — "),
    h("span", { class: "px-attribute" }, fact.attribute),
    fact.object ? [h("span", { class: "px-sep", "aria-hidden": "true" }, " — "), h("span", { class: "px-object" }, fact.object)] : null,
  );
  return h(
    "li",
    { class: `px-fact px-fact--${fact.verdict}`, part: `fact fact-${fact.verdict}`, "data-fact": fact.id, "data-kind": fact.kind, "data-verdict": fact.verdict },
    h("div", { class: "px-fact-head" }, verdictBadge(fact.verdict), h("span", { class: "px-kind" }, fact.kind), title),
    fact.reason ? h("p", { class: "px-reason" }, fact.reason) : null,
    h("ul", { class: "px-claims" }, fact.claims.map((c) => renderClaim(c, texts, index))),
  );
}

function renderClaim(claim, texts, index) {
  const info = index.get(claim.article);
  return h(
    "li",
    { class: "px-claim", "data-article": claim.article },
    h(
      "span",
      { class: "px-claim-who" },
      h("span", { class: "px-siglum", title: claim.article }, info?.siglum ?? "?"),
      h("span", { class: "px-claim-title" }, shortTitle(info?.view.title || claim.article, 60)),
    ),
    h("span", { class: "px-value" }, claim.value),
    quoteButton(claim, texts, info),
  );
}

/**
 * A claim's sentence with its evidence marked, as a button (data-article/start/end) that the
 * view answers by showing the sentence side by side. `info` is the article's articleIndex entry.
 */
export function quoteButton(claim, texts, info) {
  const { text, evidence } = quoteWithEvidence(claim, texts.get(claim.article));
  const quote = h("span", { class: "px-quote-text", lang: langOf(info?.view), dir: "auto" });
  for (const run of paint(0, text.length, [{ ...evidence, kind: "evidence" }])) {
    const words = text.slice(run.start, run.end);
    quote.append(run.marks.length ? h("mark", { class: "px-evidence", part: "evidence" }, words) : document.createTextNode(words));
  }
  return h(
    "button",
    {
      type: "button",
      class: "px-quote",
      part: "quote",
      "data-article": claim.article,
      "data-start": claim.start,
      "data-end": claim.end,
      title: "Show this sentence side by side",
    },
    quote,
  );
}

/** Notes about near-copies (their agreement is not independent). */
export function renderCopies(report) {
  if (!report.copies.length) return null;
  const index = articleIndex(report);
  const name = (id) => `${index.get(id)?.siglum ?? "?"} (${id})`;
  return h(
    "ul",
    { class: "px-copies" },
    report.copies.map((c) =>
      h("li", {}, h("span", { class: "px-flag px-flag--copy" }, "≈ Near-copies"), ` ${name(c.articles[0])} and ${name(c.articles[1])}: ${Math.round(c.similarity * 100)} % of sentences alike.`),
    ),
  );
}

/** Checkboxes choosing the side-by-side columns. */
export function renderColumnChooser(report, chosen) {
  const frag = document.createDocumentFragment();
  report.articles.forEach((view, i) => {
    const id = `px-col-${i}`;
    frag.append(
      h(
        "span",
        { class: "px-check" },
        h("input", { type: "checkbox", id, value: view.id, "data-px-column": view.id, checked: chosen.includes(view.id) }),
        h("label", { for: id }, h("span", { class: "px-siglum" }, siglum(i)), ` ${shortTitle(view.title || view.id, 32)}`),
      ),
    );
  });
  return frag;
}

/**
 * The side-by-side table: a real <table> (one <th scope="col"> per chosen article, a row per
 * passage or stretch of unaligned text), built as a header and a list of row builders so a
 * caller can add rows to `body` a few at a time (a 2 MB article has thousands of sentences).
 * Its rows are laid out as CSS grids (results.css) so each can skip rendering off screen; the
 * explicit roles keep the table's semantics where a browser drops them for a non-table display.
 * @returns {{ table: HTMLTableElement, body: HTMLTableSectionElement, rows: (() => HTMLTableRowElement)[] }}
 */
export function renderSideBySide(report, texts, chosen) {
  const index = articleIndex(report);
  const ids = report.articles.map((a) => a.id).filter((id) => chosen.includes(id));
  const head = h(
    "thead",
    { class: "px-sbs-thead", role: "rowgroup" },
    h("tr", { class: "px-sbs-row px-sbs-head", role: "row" }, ids.map((id) => columnHead(report, index.get(id)))),
  );
  const body = h("tbody", { class: "px-sbs-body", role: "rowgroup" });
  const table = h("table", { class: "px-sbs", part: "table", role: "table", "aria-label": "Articles side by side" }, head, body);
  const chosenSet = new Set(ids);
  const containers = new Map(ids.map((id) => [id, containerSpans(index.get(id).view)]));
  const rows = collate(report, texts, ids).map((row) => () =>
    row.kind === "passage" ? passageRow(row, ids, index, texts, chosenSet) : gapRow(row, ids, index, texts, containers),
  );
  return { table, body, rows };
}

/** The <th> naming an article over its column: siglum, title, language and date, near-copies. */
export function columnHead(report, info) {
  const { view } = info;
  const copies = copiesOf(report, view.id);
  return h(
    "th",
    { class: "px-col-head", scope: "col", role: "columnheader", "data-article": view.id },
    h("span", { class: "px-siglum" }, info.siglum),
    h("span", { class: "px-col-title", lang: langOf(view), dir: "auto" }, shortTitle(view.title || view.id, 48)),
    h("span", { class: "px-col-meta" }, [langOf(view), view.published].filter(Boolean).join(" · ")),
    copies.map((c) => h("span", { class: "px-flag px-flag--copy", title: `${Math.round(c.similarity * 100)} % of sentences alike` }, `≈ near-copy of ${siglumOf(report, c.other)}`)),
  );
}

function siglumOf(report, id) {
  const i = report.articles.findIndex((a) => a.id === id);
  return i < 0 ? id : siglum(i);
}

function cellShell(info, extraClass, attrs = {}) {
  return h(
    "td",
    { class: `px-cell ${extraClass}`, part: "cell", role: "cell", "data-article": info.view.id, ...attrs },
    h("span", { class: "px-cell-label", "aria-hidden": "true" }, `${info.siglum} · ${shortTitle(info.view.title || info.view.id, 40)}`),
  );
}

function emptyCell(info) {
  return h("td", { class: "px-cell px-cell--empty", role: "cell", "data-article": info.view.id }, h("span", { class: "px-visually-hidden" }, `Nothing in ${info.siglum}`));
}

function passageRow(row, ids, index, texts, chosenSet) {
  const { passage } = row;
  const el = h("tr", { class: `px-sbs-row px-sbs-passage${passage.moved ? " px-moved" : ""}`, role: "row", "data-passage": row.index, tabindex: "-1" });
  let first = true;
  for (const id of ids) {
    const info = index.get(id);
    const member = row.cells.get(id);
    if (!member) {
      el.append(emptyCell(info));
      continue;
    }
    const cell = cellShell(info, "px-cell--passage", { "data-start": member.start, "data-end": member.end });
    if (first && passage.moved) cell.append(h("span", { class: "px-flag px-flag--moved" }, "↕ Moved"), " ");
    first = false;
    const text = texts.get(id) ?? "";
    const body = h("div", { class: "px-text", lang: langOf(info.view), dir: "auto" });
    for (const run of paint(member.start, member.end, memberMarks(passage, id, chosenSet))) {
      body.append(markRun(text.slice(run.start, run.end), run.marks, index));
    }
    cell.append(body);
    el.append(cell);
  }
  return el;
}

/** Text of a run wrapped in its marks: anchor innermost, then ins/del. */
function markRun(words, marks, index) {
  let node = document.createTextNode(words);
  const anchor = marks.find((m) => m.kind === "anchor");
  if (anchor) {
    const cue = anchor.shared ? `shared: ${anchor.key}` : `only here: ${anchor.key}`;
    node = h("mark", { class: `px-anchor ${anchor.shared ? "px-anchor--shared" : "px-anchor--differs"}`, title: cue }, node);
  }
  const diff = marks.find((m) => m.kind === "ins" || m.kind === "del");
  if (diff) {
    const partner = index.get(diff.partner)?.siglum ?? diff.partner;
    node = h(diff.kind, { class: `px-${diff.kind}`, title: `not in ${partner}` }, node);
  }
  return node;
}

function gapRow(row, ids, index, texts, containers) {
  const el = h("tr", { class: "px-sbs-row px-sbs-gap", role: "row" });
  for (const id of ids) {
    const info = index.get(id);
    const ranges = row.cells.get(id);
    if (!ranges) {
      el.append(emptyCell(info));
      continue;
    }
    const cell = cellShell(info, "px-cell--gap");
    cell.append(h("span", { class: "px-visually-hidden" }, "Not aligned: "));
    const body = h("div", { class: "px-text", lang: langOf(info.view), dir: "auto" });
    appendChunked(body, ranges, texts.get(id) ?? "", containers.get(id));
    cell.append(body);
    el.append(cell);
  }
  return el;
}

const CHUNK = 60;

/** Gap text as sentence/boilerplate spans, in blocks of about CHUNK pieces cut at line breaks. */
function appendChunked(body, ranges, text, spans) {
  let chunk = null;
  let count = 0;
  for (const range of ranges) {
    const list = pieces(range.start, range.end, spans);
    list.forEach((piece, i) => {
      let words = text.slice(piece.start, piece.end);
      // Line breaks around a range would show as blank lines at the top or bottom of a cell.
      if (piece.kind === "text" && i === 0) words = words.trimStart();
      if (piece.kind === "text" && i === list.length - 1) words = words.trimEnd();
      if (!chunk || (count >= CHUNK && piece.kind === "text" && words.includes("\n")) || count >= CHUNK * 8) {
        chunk = h("div", { class: "px-chunk" });
        body.append(chunk);
        count = 0;
      }
      count++;
      if (piece.kind === "sentence") {
        chunk.append(h("span", { class: "px-sentence", "data-start": piece.span.start, "data-end": piece.span.end }, words));
      } else if (piece.kind === "boilerplate") {
        chunk.append(h("span", { class: "px-boilerplate", title: "Site furniture: yields no facts" }, words));
      } else {
        chunk.append(document.createTextNode(words));
      }
    });
    chunk?.append(document.createTextNode("\n"));
  }
}
