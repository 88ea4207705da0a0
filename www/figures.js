// The Figures view: a table with a row per figure that two or more articles state (conflicts
// first, then agreements) and a column per article, each cell the article's value and its
// sentence with the figure's words marked; below it, per article, the figures only that article
// states, each article's in a folded <details>. Pure like render.js (data in, DOM out, no
// listeners); view.js wires the filters, the folding and the quote clicks.
import { figureFacts, figureTable, shortTitle } from "./model.js";
import { articleIndex, columnHead, h, langOf, quoteButton, verdictBadge } from "./render.js";
import { verdictInfo } from "./verdicts.js";

/**
 * The view under `filter` (see figureTable). `open`: the ids of the articles whose singles are
 * unfolded; the others get a summary only, their list is built when they open (singleFigureList):
 * an article states dozens of figures, a long one thousands, and most are never looked at.
 */
export function renderFigures(report, texts, filter, open = new Set()) {
  const { rows, singles } = figureTable(report, filter);
  if (!rows.length && !singles.length) {
    const why = figureFacts(report.facts).length ? "No figure matches these filters." : "No figures compared in these articles yet.";
    return h("p", { class: "px-empty" }, why);
  }
  const index = articleIndex(report);
  const frag = document.createDocumentFragment();
  if (rows.length) frag.append(h("div", { class: "px-figures-scroll", part: "figures" }, figureGrid(report, rows, texts, index)));
  if (singles.length) {
    frag.append(
      h(
        "section",
        { class: "px-figure-singles" },
        h("h3", { class: "px-figure-singles-title" }, verdictInfo("single").figureHeading),
        singles.map((group) => singleGroup(group, texts, index, open.has(group.article))),
      ),
    );
  }
  return frag;
}

function figureGrid(report, rows, texts, index) {
  const columns = report.articles.map((view) => index.get(view.id));
  return h(
    "table",
    { class: "px-figures" },
    h("caption", { class: "px-visually-hidden" }, "Figures two or more articles state, conflicts first, one column per article"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col", class: "px-figure-corner" }, "Figure"), columns.map((info) => columnHead(report, info)))),
    h(
      "tbody",
      {},
      rows.map(({ fact, cells }) =>
        h(
          "tr",
          { class: `px-figure px-figure--${fact.verdict}`, part: `figure figure-${fact.verdict}`, "data-fact": fact.id, "data-verdict": fact.verdict, "data-kind": fact.attribute },
          h(
            "th",
            { scope: "row", class: "px-figure-head" },
            h("span", { class: "px-fact-head" }, verdictBadge(fact.verdict), h("span", { class: "px-kind" }, fact.attribute)),
            h("span", { class: "px-subject" }, fact.subject),
            fact.reason ? h("span", { class: "px-reason" }, fact.reason) : null,
          ),
          columns.map((info) => figureCell(cells.get(info.view.id), texts, info)),
        ),
      ),
    ),
  );
}

function figureCell(claims, texts, info) {
  if (!claims) {
    return h(
      "td",
      { class: "px-figure-cell px-figure-cell--none", "data-article": info.view.id },
      h("span", { "aria-hidden": "true" }, "—"),
      h("span", { class: "px-visually-hidden" }, `Not stated in ${info.siglum}`),
    );
  }
  return h(
    "td",
    { class: "px-figure-cell", "data-article": info.view.id },
    claims.map((claim) => h("div", { class: "px-figure-claim" }, h("span", { class: "px-value" }, claim.value), quoteButton(claim, texts, info))),
  );
}

function singleGroup(group, texts, index, open) {
  const info = index.get(group.article);
  const n = group.facts.length;
  return h(
    "details",
    { class: "px-figure-group", "data-article": group.article, open },
    h(
      "summary",
      {},
      h("span", { class: "px-siglum" }, info.siglum),
      " ",
      h("span", { class: "px-figure-group-title", lang: langOf(info.view), dir: "auto" }, shortTitle(info.view.title || info.view.id, 60)),
      " ",
      h("span", { class: "px-figure-count" }, `${n} figure${n === 1 ? "" : "s"} only here`),
    ),
    open ? singleFigureList(group, texts, index) : null,
  );
}

/** The list inside an article's <details>: each figure only it states, value and sentence. */
export function singleFigureList(group, texts, index) {
  const info = index.get(group.article);
  return h(
    "ol",
    { class: "px-figure-list" },
    group.facts.map((fact) =>
      h(
        "li",
        { class: "px-figure-single", "data-fact": fact.id, "data-kind": fact.attribute },
        h("span", { class: "px-figure-what" }, h("span", { class: "px-kind" }, fact.attribute), " ", h("span", { class: "px-subject" }, fact.subject)),
        fact.claims
          .filter((claim) => claim.article === group.article)
          .map((claim) => h("div", { class: "px-figure-claim" }, h("span", { class: "px-value" }, claim.value), quoteButton(claim, texts, info))),
      ),
    ),
  );
}

/** <option>s for the kind filter: "All kinds" then each reading kind of the figures. */
export function renderKindOptions(kinds, selected) {
  const frag = document.createDocumentFragment();
  frag.append(h("option", { value: "" }, "All kinds"));
  for (const kind of kinds) frag.append(h("option", { value: kind, selected: kind === selected }, kind));
  return frag;
}
