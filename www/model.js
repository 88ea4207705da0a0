// DOM-free shaping of a Parallax report (contract v1, src/report.d.ts) into what the page shows:
// verdict order and counts, filters, text runs with their marks, and the rows of the
// side-by-side table. Everything here is a pure function so node --test can check it.

import { countPhrase, verdictRank, VERDICTS } from "./verdicts.js";

// The verdict vocabulary lives in verdicts.js; re-exported for the modules that read it here.
export { VERDICTS, verdictInfo } from "./verdicts.js";

/** Column letter of the i-th article: A…Z, then AA, AB, … (collation sigla). */
export function siglum(i) {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** Conflicts first, then agreements, then single-source facts; stable within a verdict. */
export function sortFacts(facts) {
  const rank = (f) => verdictRank(f.verdict);
  return facts.map((f, i) => [f, i]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([f]) => f);
}

/** { conflict, agree, single } counts. */
export function countVerdicts(facts) {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v.key, 0]));
  for (const f of facts) counts[f.verdict] = (counts[f.verdict] ?? 0) + 1;
  return counts;
}

/**
 * Facts shown under the filters: `verdicts` is a Set of verdict keys (empty = all), `article`
 * an article id or "" for all, `attribute` an attribute or "" for all (for figures, the reading
 * kind: "count", "percent", …).
 */
export function filterFacts(facts, { verdicts = new Set(), article = "", attribute = "" } = {}) {
  return facts.filter(
    (f) =>
      (verdicts.size === 0 || verdicts.has(f.verdict)) &&
      (!article || f.claims.some((c) => c.article === article)) &&
      (!attribute || f.attribute === attribute),
  );
}

/** Figures (kind "figure") have a view of their own: an article states dozens of them. */
export function isFigure(fact) {
  return fact.kind === "figure";
}

/** The facts of the Facts ledger: every kind but figures, which would swamp it. */
export function ledgerFacts(facts) {
  return facts.filter((f) => !isFigure(f));
}

/** The figure facts of a list. */
export function figureFacts(facts) {
  return facts.filter(isFigure);
}

/** "1 conflict, 2 agreements, 0 single-source facts" for a list of facts. */
export function verdictPhrases(facts) {
  const counts = countVerdicts(facts);
  return VERDICTS.map((v) => countPhrase(v.key, counts[v.key])).join(", ");
}

/**
 * One plain sentence for the live region and the status line. Figures are counted apart, as the
 * page lists them apart, so each count matches a list the reader can see.
 */
export function summaryLine(report) {
  const n = report.articles.length;
  const figures = figureFacts(report.facts);
  const passages = report.passages.length;
  const figurePart = figures.length ? `; ${figures.length} figure${figures.length === 1 ? "" : "s"}: ${verdictPhrases(figures)}` : "";
  return (
    `Compared ${n} article${n === 1 ? "" : "s"}: ${verdictPhrases(ledgerFacts(report.facts))}${figurePart}; ` +
    `${passages} aligned passage${passages === 1 ? "" : "s"}.`
  );
}

/**
 * Per article of the report, in its order, the facts of `facts` it states (a claim of it);
 * articles stating none are left out. A fact two near-copies state counts for both.
 * @returns {{article: string, facts: object[]}[]}
 */
export function factsByArticle(report, facts) {
  return report.articles
    .map((a) => ({ article: a.id, facts: facts.filter((f) => f.claims.some((c) => c.article === a.id)) }))
    .filter((group) => group.facts.length);
}

/**
 * The Figures view under `filter` (as filterFacts): `rows`, the figures two or more articles
 * state (conflicts first, then agreements), each with its claims per article id; `singles`, per
 * article, the figures only it states. Singles are grouped apart because each article has
 * dozens: folded per article, they leave the conflicts and agreements on top.
 * @returns {{ rows: {fact: object, cells: Map<string, object[]>}[], singles: {article: string, facts: object[]}[] }}
 */
export function figureTable(report, filter = {}) {
  const figures = filterFacts(sortFacts(figureFacts(report.facts)), filter);
  const rows = figures
    .filter((f) => f.verdict !== "single")
    .map((fact) => {
      const cells = new Map();
      for (const c of fact.claims) cells.set(c.article, [...(cells.get(c.article) ?? []), c]);
      return { fact, cells };
    });
  const singles = factsByArticle(report, figures.filter((f) => f.verdict === "single")).filter(
    (group) => !filter.article || group.article === filter.article,
  );
  return { rows, singles };
}

/** The reading kinds ("count", "money", …) of the report's figures, sorted, for the kind filter. */
export function figureKinds(report) {
  return [...new Set(figureFacts(report.facts).map((f) => f.attribute))].sort();
}

/**
 * Cuts [start, end) into runs at every mark boundary; each run lists the marks covering it
 * (marks may overlap: an anchor inside an inserted run).
 * @param {{start:number,end:number}[]} marks
 * @returns {{start:number,end:number,marks:object[]}[]}
 */
export function paint(start, end, marks) {
  const inside = marks
    .map((m) => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end) }))
    .filter((m) => m.start < m.end);
  const cuts = new Set([start, end]);
  for (const m of inside) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const runs = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    runs.push({ start: a, end: b, marks: inside.filter((m) => m.start <= a && m.end >= b) });
  }
  return runs;
}

/**
 * Cuts [start, end) into pieces by non-overlapping container spans (sentences, boilerplate),
 * in one sweep: text outside every span is a "text" piece. Spans must be sorted by start.
 * @param {{start:number,end:number,kind:string}[]} spans
 */
export function pieces(start, end, spans) {
  const out = [];
  let at = start;
  let i = lowerBound(spans, start);
  for (; i < spans.length && spans[i].start < end; i++) {
    const s = spans[i];
    const a = Math.max(s.start, at);
    const b = Math.min(s.end, end);
    if (b <= a) continue;
    if (a > at) out.push({ start: at, end: a, kind: "text" });
    out.push({ start: a, end: b, kind: s.kind, span: s });
    at = b;
  }
  if (at < end) out.push({ start: at, end, kind: "text" });
  return out;
}

/** First index whose span ends after `offset` (spans sorted, non-overlapping). */
function lowerBound(spans, offset) {
  let [lo, hi] = [0, spans.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentences and boilerplate of an article view as sorted container spans. */
export function containerSpans(view) {
  const spans = [
    ...view.sentences.map((s) => ({ start: s.start, end: s.end, kind: "sentence" })),
    ...view.boilerplate.map((s) => ({ start: s.start, end: s.end, kind: "boilerplate" })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps (a sentence inside boilerplate) would double text: keep the first, clip the rest.
  const out = [];
  let end = 0;
  for (const s of spans) {
    if (s.end <= end) continue;
    out.push({ ...s, start: Math.max(s.start, end) });
    end = s.end;
  }
  return out;
}

/** [start, end) minus the sorted ranges `holes`; pieces that hold only whitespace are dropped. */
export function subtract(start, end, holes, text) {
  const out = [];
  let at = start;
  for (const h of holes) {
    if (h.end <= at || h.start >= end) continue;
    if (h.start > at) out.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  }
  if (at < end) out.push({ start: at, end });
  return text === undefined ? out : out.filter((r) => text.slice(r.start, r.end).trim() !== "");
}

/**
 * The side-by-side table: one row per passage with two or more chosen members, and, before it,
 * a "gap" row holding each column's text that no shown passage covers, so every column reads
 * as the whole article. Moved passages keep their row; the text skipped is never repeated.
 * @param {object} report
 * @param {Map<string,string>} texts article id → text
 * @param {string[]} chosen article ids, in column order
 * @returns {{kind:"passage"|"gap", passage?:object, index?:number, cells:Map<string, any>}[]}
 */
export function collate(report, texts, chosen) {
  const chosenSet = new Set(chosen);
  const shown = report.passages
    .map((passage, index) => ({ passage, index }))
    .filter(({ passage }) => passage.members.filter((m) => chosenSet.has(m.article)).length >= 2);
  const holes = new Map(chosen.map((id) => [id, []]));
  for (const { passage } of shown) {
    for (const m of passage.members) holes.get(m.article)?.push({ start: m.start, end: m.end });
  }
  for (const list of holes.values()) list.sort((a, b) => a.start - b.start);
  const cursor = new Map(chosen.map((id) => [id, 0]));
  const gapOf = (id, end) => subtract(cursor.get(id), end, holes.get(id), texts.get(id) ?? "");
  const rows = [];
  for (const { passage, index } of shown) {
    const members = passage.members.filter((m) => chosenSet.has(m.article));
    const gap = new Map();
    for (const m of members) {
      const ranges = gapOf(m.article, m.start);
      if (ranges.length) gap.set(m.article, ranges);
      cursor.set(m.article, Math.max(cursor.get(m.article), m.end));
    }
    if (gap.size) rows.push({ kind: "gap", cells: gap });
    rows.push({ kind: "passage", passage, index, cells: new Map(members.map((m) => [m.article, m])) });
  }
  const tail = new Map();
  for (const id of chosen) {
    const ranges = gapOf(id, (texts.get(id) ?? "").length);
    if (ranges.length) tail.set(id, ranges);
  }
  if (tail.size) rows.push({ kind: "gap", cells: tail });
  return rows;
}

/**
 * Marks of one member of a passage: its anchors, and the word diff against the first chosen
 * partner of the same language (`del` where it is the old text, `ins` where it is the new).
 */
export function memberMarks(passage, article, chosenSet) {
  const marks = passage.anchors
    .filter((a) => a.article === article)
    .map((a) => ({ start: a.start, end: a.end, kind: "anchor", shared: a.shared, key: a.key }));
  const diff = passage.diffs.find(
    (d) => (d.from === article || d.to === article) && chosenSet.has(d.from) && chosenSet.has(d.to),
  );
  if (diff) {
    const [tag, partner] = diff.from === article ? ["delete", diff.to] : ["insert", diff.from];
    for (const op of diff.ops) {
      if (op.op === tag && op.article === article) {
        marks.push({ start: op.start, end: op.end, kind: tag === "delete" ? "del" : "ins", partner });
      }
    }
  }
  return marks;
}

/**
 * The quote of a claim with its evidence: `text` is the quote, and `evidence` the range inside
 * it. Uses the article text when it matches the quote, so offsets stay the engine's.
 */
export function quoteWithEvidence(claim, articleText) {
  const fromText = articleText?.slice(claim.start, claim.end);
  const text = fromText && fromText === claim.quote ? fromText : claim.quote;
  const clip = (n) => Math.min(Math.max(n - claim.start, 0), text.length);
  const ev = claim.evidence;
  return { text, evidence: ev ? { start: clip(ev.start), end: clip(ev.end) } : { start: 0, end: 0 } };
}

/**
 * An article's text [0, length) cut into runs for the reading view: plain text (no mentions) or
 * a mention. A mention overlapping the one before joins its run, so the cut is one pass however
 * many mentions a long article has (paint() compares every mark with every run).
 * @param {{start:number,end:number}[]} mentions
 * @returns {{start:number,end:number,mentions:object[]}[]}
 */
export function mentionRuns(length, mentions) {
  const runs = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const start = Math.max(m.start, 0);
    const end = Math.min(m.end, length);
    if (end <= start) continue;
    const last = runs[runs.length - 1];
    if (last?.mentions.length && start < last.end) {
      last.end = Math.max(last.end, end);
      last.mentions.push(m);
    } else {
      if (start > at) runs.push({ start: at, end: start, mentions: [] });
      runs.push({ start, end, mentions: [m] });
    }
    at = runs[runs.length - 1].end;
  }
  if (at < length) runs.push({ start: at, end: length, mentions: [] });
  return runs;
}

/** A mention (reading contract) in words: "money: 3000000 EUR", "percent: 2 to 3 % (approx) — raised". */
export function mentionLabel(m) {
  if (m.value === null) return `${m.kind}: not resolved (the article has no publication date)`;
  const value = m.value_to === null || m.value_to === undefined ? String(m.value) : `${m.value} to ${m.value_to}`;
  const unit = m.kind === "percent" ? " %" : m.unit ? ` ${m.unit}` : "";
  const qualifier = m.qualifier ? ` (${m.qualifier.replace("_", " ")})` : "";
  const context = m.context ? ` — ${m.context}` : "";
  return `${m.kind}: ${value}${unit}${qualifier}${context}`;
}

/** How many relative dates of an article's reading were left unresolved (value null). */
export function unresolvedCount(articleReading) {
  return articleReading.mentions.filter((m) => m.value === null).length;
}

/** The note next to an article without a publication date whose relative dates stay unresolved. */
export function unresolvedNote(count) {
  if (!count) return "";
  return `${count} relative date${count === 1 ? "" : "s"} left unresolved: add a publication date`;
}

/** The id of the article an engine error is about (its `article` field), if it is one of `ids`. */
export function articleOfError(error, ids) {
  const id = error?.article;
  return typeof id === "string" && ids.includes(id) ? id : null;
}

/**
 * A thrown engine error as a plain object that survives postMessage (a cloned Error keeps only
 * its message): { message, kind, article, limit }, null where the engine gave none (see
 * CompareError in src/report.d.ts). `kind` null means the engine itself failed.
 */
export function errorFields(e) {
  const field = (key) => (e !== null && typeof e === "object" && e[key] != null ? e[key] : null);
  const limit = field("limit");
  return {
    message: e instanceof Error ? e.message : String(e),
    kind: typeof field("kind") === "string" ? field("kind") : null,
    article: typeof field("article") === "string" ? field("article") : null,
    limit: Array.isArray(limit) ? [...limit] : typeof limit === "number" ? limit : null,
  };
}

/** Copies involving `id`, as { other, similarity }. */
export function copiesOf(report, id) {
  return report.copies
    .filter((c) => c.articles.includes(id))
    .map((c) => ({ other: c.articles[0] === id ? c.articles[1] : c.articles[0], similarity: c.similarity }));
}

/** A short readable id from a title, unique among `taken`. */
export function slugId(title, taken) {
  const slug = String(title ?? "")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  const base = cutAtHyphen(slug, 24) || "article";
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

function cutAtHyphen(slug, max) {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const hyphen = cut.lastIndexOf("-");
  return hyphen > max / 2 ? cut.slice(0, hyphen) : cut.slice(0, max);
}

/** A title for display: the first line, cut at about `max` characters on a word boundary. */
export function shortTitle(title, max = 80) {
  const line = String(title ?? "").split("\n")[0].trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
