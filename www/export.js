// The report as a JSON file and as a Markdown summary, downloaded through a Blob: nothing
// leaves the machine.
import { factsByArticle, figureFacts, ledgerFacts, shortTitle, siglum, sortFacts, summaryLine, verdictPhrases } from "./model.js";
import { verdictInfo } from "./verdicts.js";

/** The report, pretty-printed. */
export function toJson(report) {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * A Markdown summary: conflicts with every quote, then agreements with their values, then how
 * many single-source facts each article has; then the same for figures (kind "figure"), whose
 * agreements carry their quotes too, as a figure is only as good as the sentence it comes from.
 */
export function toMarkdown(report) {
  const label = new Map(report.articles.map((a, i) => [a.id, siglum(i)]));
  const who = (id) => `${label.get(id) ?? "?"} (\`${code(id)}\`)`;
  const facts = sortFacts(ledgerFacts(report.facts));
  const lines = ["# Parallax report", "", summaryLine(report), "", "## Articles", ""];
  report.articles.forEach((a, i) => {
    const meta = [a.language, a.published].filter((v) => v && v !== "und").join(", ");
    lines.push(`- **${siglum(i)}** \`${code(a.id)}\`: ${md(shortTitle(a.title, 120)) || "(untitled)"}${meta ? ` (${meta})` : ""}`);
  });
  const conflicts = facts.filter((f) => f.verdict === "conflict");
  lines.push("", `## ${verdictInfo("conflict").heading}`, "");
  if (!conflicts.length) lines.push("None found.", "");
  for (const f of conflicts) lines.push(...quotedFact(f, "###", who));
  const agreements = facts.filter((f) => f.verdict === "agree");
  lines.push(`## ${verdictInfo("agree").heading}`, "");
  if (!agreements.length) lines.push("None found.");
  for (const f of agreements) {
    const values = f.claims.map((c) => `${label.get(c.article) ?? "?"} ${md(c.value)}`).join("; ");
    lines.push(`- ${md(heading(f))}: ${values}`);
  }
  const singles = facts.filter((f) => f.verdict === "single");
  lines.push("", `## ${verdictInfo("single").heading}`, "", `${singles.length} in all.`, "", ...perArticle(report, singles, who));
  lines.push(...figureSection(report, who));
  if (report.copies.length) {
    lines.push("", "## Near-copies", "");
    for (const c of report.copies) lines.push(`- ${who(c.articles[0])} and ${who(c.articles[1])}: ${Math.round(c.similarity * 100)} % alike`);
  }
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

/** "## Figures": conflicts and agreements with every value and quote, then singles per article. */
function figureSection(report, who) {
  const figures = sortFacts(figureFacts(report.facts));
  if (!figures.length) return [];
  const lines = ["", "## Figures", "", `${figures.length} in all: ${verdictPhrases(figures)}.`, ""];
  for (const key of ["conflict", "agree"]) {
    const shown = figures.filter((f) => f.verdict === key);
    lines.push(`### ${verdictInfo(key).figureHeading}`, "");
    if (!shown.length) lines.push("None found.", "");
    for (const f of shown) lines.push(...quotedFact(f, "####", who));
  }
  const singles = figures.filter((f) => f.verdict === "single");
  lines.push(`### ${verdictInfo("single").figureHeading}`, "", `${singles.length} in all.`, "", ...perArticle(report, singles, who));
  return lines;
}

/** A fact as a heading, its reason, and per claim the article, the value and the quote. */
function quotedFact(fact, level, who) {
  const lines = [`${level} ${md(heading(fact))}`, "", md(fact.reason), ""];
  for (const c of fact.claims) lines.push(`- ${who(c.article)}: **${md(c.value)}**`, `  > ${md(oneLine(c.quote))}`);
  lines.push("");
  return lines;
}

/** "- A (`a`): 3" for each article stating some of `facts`. */
function perArticle(report, facts, who) {
  return factsByArticle(report, facts).map((group) => `- ${who(group.article)}: ${group.facts.length}`);
}

/** "subject — attribute — object". */
export function heading(fact) {
  return [fact.subject, fact.attribute, fact.object].filter((v) => v).join(" — ");
}

/** Escapes what Markdown would read as markup in article words. */
export function md(text) {
  return String(text ?? "").replace(/[\\`*_{}[\]<>()#+!|~]/g, "\\$&");
}

function code(text) {
  return String(text).replace(/`/g, "'");
}

function oneLine(text) {
  return String(text).replace(/\s+/g, " ").trim();
}

/** Offers `content` as a file download, without any request. */
export function download(doc, name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
