// The report as a JSON file and as a Markdown summary, downloaded through a Blob: nothing
// leaves the machine.
import { countVerdicts, shortTitle, siglum, sortFacts, summaryLine } from "./model.js";
import { verdictInfo } from "./verdicts.js";

/** The report, pretty-printed. */
export function toJson(report) {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * A Markdown summary: conflicts with every quote, then agreements with their values, then how
 * many single-source facts each article has.
 */
export function toMarkdown(report) {
  const label = new Map(report.articles.map((a, i) => [a.id, siglum(i)]));
  const who = (id) => `${label.get(id) ?? "?"} (\`${code(id)}\`)`;
  const facts = sortFacts(report.facts);
  const lines = ["# Parallax report", "", summaryLine(report), "", "## Articles", ""];
  report.articles.forEach((a, i) => {
    const meta = [a.language, a.published].filter((v) => v && v !== "und").join(", ");
    lines.push(`- **${siglum(i)}** \`${code(a.id)}\`: ${md(shortTitle(a.title, 120)) || "(untitled)"}${meta ? ` (${meta})` : ""}`);
  });
  const conflicts = facts.filter((f) => f.verdict === "conflict");
  lines.push("", `## ${verdictInfo("conflict").heading}`, "");
  if (!conflicts.length) lines.push("None found.");
  for (const f of conflicts) {
    lines.push(`### ${md(heading(f))}`, "", md(f.reason), "");
    for (const c of f.claims) {
      lines.push(`- ${who(c.article)}: **${md(c.value)}**`, `  > ${md(oneLine(c.quote))}`);
    }
    lines.push("");
  }
  const agreements = facts.filter((f) => f.verdict === "agree");
  lines.push(`## ${verdictInfo("agree").heading}`, "");
  if (!agreements.length) lines.push("None found.");
  for (const f of agreements) {
    const values = f.claims.map((c) => `${label.get(c.article) ?? "?"} ${md(c.value)}`).join("; ");
    lines.push(`- ${md(heading(f))}: ${values}`);
  }
  lines.push("", `## ${verdictInfo("single").heading}`, "");
  const singles = report.facts.filter((f) => f.verdict === "single");
  const perArticle = new Map();
  for (const f of singles) for (const id of new Set(f.claims.map((c) => c.article))) perArticle.set(id, (perArticle.get(id) ?? 0) + 1);
  lines.push(`${countVerdicts(report.facts).single} in all.`, "");
  for (const a of report.articles) {
    if (perArticle.has(a.id)) lines.push(`- ${who(a.id)}: ${perArticle.get(a.id)}`);
  }
  if (report.copies.length) {
    lines.push("", "## Near-copies", "");
    for (const c of report.copies) lines.push(`- ${who(c.articles[0])} and ${who(c.articles[1])}: ${Math.round(c.similarity * 100)} % alike`);
  }
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
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
