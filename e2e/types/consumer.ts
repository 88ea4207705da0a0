// A consumer of the packages, checked by `tsc --noEmit -p e2e/types` in `make test`: it touches
// every field of the report and both ways of using the element, and the @ts-expect-error lines
// fail the check if the declarations stop refusing what they must refuse.
import init, { compare, read, reportVersion } from "../../pkg/parallax.js";
import type { Anchor, ArticleInput, CompareError, CompareOptions, DiffOp, ErrorKind, Fact, Mention, MentionKind, Passage, Reading, Report, Verdict } from "../../pkg/parallax.js";
import type { ParallaxErrorDetail } from "../../pkg/www/parallax-compare.js";
import { ParallaxCompare } from "../../pkg/www/parallax-compare.js";
import * as node from "../../pkg-node/parallax.js";

export async function run(texts: string[]): Promise<string[]> {
  await init();
  const articles: ArticleInput[] = texts.map((text, i) => ({ id: `a${i}`, text, language: i ? "fr" : null, published: "2015-06-01" }));
  const options: CompareOptions = { maxArticles: 10, maxArticleBytes: 1 << 20, amountTolerance: 0.05, copyThreshold: 0.8 };
  const report: Report = compare(articles, options);
  const same: Report = node.compare(articles);
  const version: 1 = report.version;
  const lines = [`v${version}/${reportVersion()}/${same.facts.length}`];
  for (const a of report.articles) {
    const spans = [...a.boilerplate, ...a.sentences].map((s) => s.end - s.start);
    lines.push(`${a.id} ${a.title} ${a.language} ${a.published ?? "-"} ${spans.length}`);
  }
  report.facts.forEach((f: Fact) => lines.push(describe(f)));
  report.passages.forEach((p: Passage) => lines.push(passage(p)));
  for (const c of report.copies) lines.push(`${c.articles[0]}≈${c.articles[1]} ${c.similarity.toFixed(2)}`);
  const reading: Reading = read([articles[0]]);
  const one: 1 = reading.version;
  for (const a of reading.articles) lines.push(`${one} ${a.id} ${a.language} ${a.mentions.map(mention).join(", ")}`);
  return lines;
}

function mention(m: Mention): string {
  const kind: MentionKind = m.kind;
  const value: number | string | null = m.value;
  const to = m.value_to ?? "-";
  return `${kind} ${value ?? "unresolved"}→${to} ${m.unit ?? ""} ${m.context ?? ""} ${m.qualifier ?? ""} ${m.text} ${m.end - m.start}`;
}

function describe(f: Fact): string {
  const verdict: Verdict = f.verdict;
  const claims = f.claims.map((c) => `${c.article}:${c.value}:${c.quote.slice(c.evidence.start - c.start, c.evidence.end - c.start)}@${c.start}-${c.end}`);
  return `${f.id} ${f.kind} ${f.subject} ${f.attribute} ${f.object ?? ""} ${verdict} ${f.reason} ${claims.join(" ")}`;
}

function passage(p: Passage): string {
  const anchors = p.anchors.map((a: Anchor) => `${a.article}:${a.key}:${a.shared}:${a.start}-${a.end}`);
  const ops = p.diffs.flatMap((d) => d.ops.map((o: DiffOp) => `${d.from}>${d.to}:${o.op}:${o.article}:${o.start}-${o.end}`));
  return `${p.moved} ${p.members.map((m) => `${m.article}:${m.start}-${m.end}`).join(",")} ${anchors.join(",")} ${ops.join(",")}`;
}

/** What a caller does with a thrown error: every field of CompareError, each kind by name. */
export function explain(thrown: unknown): string {
  if (!(thrown instanceof Error)) return String(thrown);
  const e = thrown as CompareError;
  const where: string = e.article ?? "all articles";
  const limit = e.limit === null ? "" : typeof e.limit === "number" ? `≤ ${e.limit.toFixed(0)}` : `${e.limit[0]}..=${e.limit[1]}`;
  return `${kindWord(e.kind)} (${where}) ${limit}: ${e.message}`;
}

function kindWord(kind: ErrorKind): string {
  switch (kind) {
    case "too_few_articles":
    case "too_many_articles":
      return "article count";
    case "empty_id":
    case "duplicate_id":
      return "id";
    case "empty_text":
    case "too_large":
      return "text";
    case "bad_language":
    case "bad_date":
    case "unsupported_language":
      return "metadata";
    case "bad_option":
    case "bad_input":
      return "call";
  }
}

export function embed(host: HTMLElement, articles: ArticleInput[]): ParallaxCompare {
  const el = document.createElement("parallax-compare");
  el.articles = articles;
  el.articles = null;
  el.addEventListener("parallax-result", (e) => console.log(e.detail.facts.length, el.report?.version));
  el.addEventListener("parallax-error", (e) => {
    const detail: ParallaxErrorDetail = e.detail;
    console.log(detail.message, detail.kind ?? "engine failure", detail.article ?? "-", detail.limit);
  });
  host.append(el);
  return el;
}

export function refused(report: Report, el: ParallaxCompare): void {
  // @ts-expect-error an article needs a text
  compare([{ id: "a" }]);
  // @ts-expect-error options are camelCase
  compare([], { max_articles: 3 });
  // @ts-expect-error verdicts are three words
  const v: Verdict = "maybe";
  // @ts-expect-error the report is read-only on the element
  el.report = report;
  // @ts-expect-error offsets are numbers
  const s: string = report.facts[0]!.claims[0]!.start;
  // @ts-expect-error error kinds are the engine's names
  const k: ErrorKind = "too_big";
  // @ts-expect-error a limit may be null or a range
  const n: number = ({} as CompareError).limit;
  // @ts-expect-error an error may name no article
  const a: string = ({} as CompareError).article;
  console.log(v, s, k, n, a);
}
