// The results area: tabs (roving tabindex, arrows/Home/End as in github's tab-container), the
// facts ledger and the figures, each with its filters, the side-by-side table (filled a few rows
// per task so a huge article never blocks input), quote → passage highlighting, and, when the
// caller can read an article, what the engine read in it. Queries stay inside `root`.
import { renderFigures, renderKindOptions, singleFigureList } from "./figures.js";
import { figureFacts, figureKinds, figureTable, ledgerFacts, verdictPhrases } from "./model.js";
import { renderReading } from "./reading.js";
import {
  articleIndex,
  h,
  renderArticleOptions,
  renderColumnChooser,
  renderCopies,
  renderLedger,
  renderSideBySide,
  renderVerdictFilters,
} from "./render.js";

/** Time given to table building per task before yielding to input (ms). */
const SLICE_MS = 8;

/**
 * Builds the tabs and panels inside `root` and returns the view's controls.
 * `idPrefix` keeps element ids unique when several views share a document. `read(id)`, when
 * given, reads one article through the engine (resolving to engine.js's RunResult with the
 * reading and the text read) and adds the "What was read" tab.
 */
export function createResultsView(root, { idPrefix = "px", read = null } = {}) {
  const id = (name) => `${idPrefix}-${name}`;
  const tabs = [
    { key: "facts", label: "Facts" },
    { key: "figures", label: "Figures" },
    { key: "sbs", label: "Side by side" },
    read ? { key: "read", label: "What was read" } : null,
  ].filter(Boolean);
  const tablist = h("div", { class: "px-tabs", part: "tabs", role: "tablist", "aria-label": "Results" });
  const tabEls = tabs.map((t, i) =>
    h("button", { type: "button", role: "tab", class: "px-tab", part: "tab", id: id(`tab-${t.key}`), "aria-controls": id(`panel-${t.key}`), "aria-selected": i === 0 ? "true" : "false", tabindex: i === 0 ? "0" : "-1", "data-tab": t.key }, t.label),
  );
  tablist.append(...tabEls);
  const panel = (key, ...children) =>
    h("section", { role: "tabpanel", id: id(`panel-${key}`), "aria-labelledby": id(`tab-${key}`), class: "px-panel", part: "panel", tabindex: "0", hidden: key !== "facts" }, ...children);

  const factFilters = filterBar({ label: "Show facts by verdict (none pressed: all)", articleId: id("article-filter"), onChange: () => renderFacts() });
  const copiesSlot = h("div", { class: "px-copies-slot" });
  const figuresNote = h("p", { class: "px-note px-figures-note" });
  const ledger = h("div", { class: "px-ledger", part: "ledger" });
  const factsPanel = panel("facts", factFilters.el, copiesSlot, figuresNote, ledger);

  const figureFilters = filterBar({
    label: "Show figures by verdict (none pressed: all)",
    articleId: id("figure-article-filter"),
    kindId: id("figure-kind-filter"),
    onChange: () => renderFigureView(),
  });
  const figuresSlot = h("div", { class: "px-figures-slot" });
  const figuresPanel = panel("figures", figureFilters.el, figuresSlot);

  const chooser = h("div", { class: "px-chooser" });
  const sbsNote = h("p", { class: "px-note", hidden: true });
  const sbsSlot = h("div", { class: "px-sbs-slot", part: "side-by-side" });
  const sbsPanel = panel("sbs", h("fieldset", { class: "px-columns" }, h("legend", {}, "Columns"), chooser), legend(), sbsNote, sbsSlot);

  const readSelect = h("select", { id: id("read-article"), class: "px-select" });
  const readNote = h("p", { class: "px-note px-read-note", role: "status" });
  const readSlot = h("div", { class: "px-read-slot" });
  const readPanel = read
    ? panel(
        "read",
        h("p", { class: "px-note" }, "Every figure and date the engine read in one article, marked in its text (hover a mark for its kind and value)."),
        h("div", { class: "px-filters" }, h("label", { class: "px-filter-article", for: readSelect.id }, "Article ", readSelect)),
        readNote,
        readSlot,
      )
    : null;
  const panels = { facts: factsPanel, figures: figuresPanel, sbs: sbsPanel, read: readPanel };
  const empty = h("p", { class: "px-empty px-results-empty", part: "empty" }, "Add at least two articles to compare them.");
  root.append(tablist, ...Object.values(panels).filter(Boolean), empty);

  const state = {
    report: null,
    texts: new Map(),
    chosen: null, // article ids in the side-by-side, or null for all
    known: new Set(), // article ids of the previous report: new ones join the chosen columns
    active: "facts",
    figuresDirty: true,
    openSingles: new Set(), // article ids whose single-source figures are unfolded
    sbsDirty: true,
    sbsBuild: 0,
    sbsDone: Promise.resolve(),
    readArticle: "",
    readDirty: true,
    readRun: 0,
    readDone: Promise.resolve(),
  };

  // --- tabs -----------------------------------------------------------------------------------
  function select(key, { focus = false } = {}) {
    state.active = key;
    tabEls.forEach((tab) => {
      const on = tab.dataset.tab === key;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      if (on && focus) tab.focus();
    });
    for (const [name, el] of Object.entries(panels)) if (el) el.hidden = key !== name;
    if (key === "figures" && state.figuresDirty) renderFigureView();
    if (key === "sbs" && state.sbsDirty) buildSideBySide();
    if (key === "read" && state.readDirty) readArticle();
    return key === "read" ? state.readDone : state.sbsDone;
  }
  tablist.addEventListener("click", (e) => {
    const tab = e.target.closest("[role=tab]");
    if (tab) select(tab.dataset.tab, { focus: true });
  });
  tablist.addEventListener("keydown", (e) => {
    const at = tabEls.indexOf(e.target.closest("[role=tab]"));
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabEls.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(tabEls[(to + tabEls.length) % tabEls.length].dataset.tab, { focus: true });
  });

  // --- facts ledger -----------------------------------------------------------------------------
  function renderFacts() {
    if (!state.report) return;
    factFilters.render(state.report, ledgerFacts(state.report.facts));
    const copies = renderCopies(state.report);
    copiesSlot.replaceChildren(...(copies ? [copies] : []));
    // The counts above are the ledger's; the figures' are said here, so no count goes missing.
    const figures = figureFacts(state.report.facts);
    figuresNote.textContent = figures.length ? `Figures are in the Figures tab: ${verdictPhrases(figures)}.` : "";
    ledger.replaceChildren(renderLedger(state.report, state.texts, factFilters.filter));
  }

  // --- figures ----------------------------------------------------------------------------------
  function renderFigureView() {
    if (!state.report) return;
    state.figuresDirty = false;
    figureFilters.render(state.report, figureFacts(state.report.facts), figureKinds(state.report));
    figuresSlot.replaceChildren(renderFigures(state.report, state.texts, figureFilters.filter, state.openSingles));
  }
  // A folded article's list is built when it opens ("toggle" does not bubble: listen in capture).
  figuresSlot.addEventListener(
    "toggle",
    (e) => {
      const group = e.target.closest?.(".px-figure-group");
      if (!group || !state.report) return;
      const article = group.dataset.article;
      if (!group.open) return state.openSingles.delete(article);
      state.openSingles.add(article);
      if (group.querySelector(":scope > .px-figure-list")) return;
      const singles = figureTable(state.report, figureFilters.filter).singles.find((g) => g.article === article);
      if (singles) group.append(singleFigureList(singles, state.texts, articleIndex(state.report)));
    },
    true,
  );

  // A quote, in the ledger or among the figures, shows its sentence side by side.
  for (const slot of [ledger, figuresSlot]) {
    slot.addEventListener("click", (e) => {
      const quote = e.target.closest(".px-quote");
      if (quote) showInContext(quote.dataset.article, Number(quote.dataset.start), Number(quote.dataset.end));
    });
  }

  // --- side by side -----------------------------------------------------------------------------
  function chosenIds() {
    const ids = state.report ? state.report.articles.map((a) => a.id) : [];
    return state.chosen ? ids.filter((x) => state.chosen.includes(x)) : ids;
  }
  function buildSideBySide() {
    state.sbsDirty = false;
    const build = ++state.sbsBuild;
    const ids = chosenIds();
    chooser.replaceChildren(renderColumnChooser(state.report, ids));
    if (ids.length < 2) {
      sbsNote.hidden = false;
      sbsNote.textContent = "Choose two or more articles to see them side by side.";
      sbsSlot.replaceChildren();
      state.sbsDone = Promise.resolve();
      return;
    }
    sbsNote.hidden = true;
    const { table, body, rows } = renderSideBySide(state.report, state.texts, ids);
    sbsSlot.replaceChildren(table);
    table.setAttribute("aria-busy", "true");
    state.sbsDone = new Promise((resolve) => {
      let next = 0;
      const step = () => {
        if (build !== state.sbsBuild) return resolve();
        const t0 = performance.now();
        const batch = document.createDocumentFragment();
        while (next < rows.length && performance.now() - t0 < SLICE_MS) batch.append(rows[next++]());
        body.append(batch);
        if (next < rows.length) return setTimeout(step, 0);
        table.removeAttribute("aria-busy");
        resolve();
      };
      step();
    });
  }
  chooser.addEventListener("change", (e) => {
    const box = e.target.closest("[data-px-column]");
    if (!box) return;
    const ids = chosenIds().filter((x) => x !== box.value);
    if (box.checked) ids.push(box.value);
    state.chosen = ids;
    buildSideBySide();
    chooser.querySelector(`[data-px-column="${CSS.escape(box.value)}"]`)?.focus();
  });

  /** Brings the passage holding [start, end) of `article` into view and highlights it. */
  async function showInContext(article, start, end) {
    if (!chosenIds().includes(article)) {
      state.chosen = [...chosenIds(), article];
      state.sbsDirty = true;
    }
    await select("sbs");
    for (const old of sbsSlot.querySelectorAll(".px-hl")) old.classList.remove("px-hl");
    const overlaps = (el) => el.dataset.article === article && Number(el.dataset.start) < end && Number(el.dataset.end) > start;
    const cell = [...sbsSlot.querySelectorAll(".px-cell--passage")].find(overlaps);
    let target;
    if (cell) {
      target = cell.closest(".px-sbs-row");
      target.classList.add("px-hl");
      for (const c of target.querySelectorAll(".px-cell--passage")) c.classList.add("px-hl");
    } else {
      target = [...sbsSlot.querySelectorAll(".px-cell--gap")]
        .filter((c) => c.dataset.article === article)
        .flatMap((c) => [...c.querySelectorAll(".px-sentence")])
        .find((s) => Number(s.dataset.start) < end && Number(s.dataset.end) > start);
      if (!target) return null;
      target.classList.add("px-hl");
      target.tabIndex = -1;
    }
    target.scrollIntoView({ block: "center", behavior: "auto" });
    target.focus({ preventScroll: true });
    return target;
  }

  // --- what was read ----------------------------------------------------------------------------
  function readArticle() {
    if (!state.report) return;
    state.readDirty = false;
    const ids = state.report.articles.map((a) => a.id);
    if (!ids.includes(state.readArticle)) state.readArticle = ids[0] ?? "";
    readSelect.replaceChildren(renderArticleOptions(state.report, state.readArticle, { all: false }));
    const run = ++state.readRun;
    const view = state.report.articles.find((a) => a.id === state.readArticle);
    readNote.textContent = "Reading…";
    readPanel.setAttribute("aria-busy", "true");
    state.readDone = read(state.readArticle).then((result) => {
      if (run !== state.readRun || result.status === "stale") return;
      readPanel.removeAttribute("aria-busy");
      if (result.status === "error") {
        readNote.textContent = `Could not read it: ${result.message}`;
        readSlot.replaceChildren();
        return;
      }
      readNote.textContent = "";
      readSlot.replaceChildren(renderReading(result.reading.articles[0], result.text, view));
    });
  }
  readSelect.addEventListener("change", () => {
    state.readArticle = readSelect.value;
    readArticle();
  });

  return {
    /** Shows a report of the articles whose texts are in `texts` (Map id → text). */
    update(report, texts) {
      state.report = report;
      state.texts = texts;
      const ids = new Set(report.articles.map((a) => a.id));
      for (const filters of [factFilters, figureFilters]) if (!ids.has(filters.filter.article)) filters.filter.article = "";
      if (!figureKinds(report).includes(figureFilters.filter.attribute)) figureFilters.filter.attribute = "";
      if (state.chosen) {
        // Keep the user's choice; articles new since then join the table.
        state.chosen = report.articles.map((a) => a.id).filter((x) => state.chosen.includes(x) || !state.known.has(x));
      }
      state.known = ids;
      empty.hidden = true;
      tablist.hidden = false;
      renderFacts();
      // The other tabs are built when shown: most runs are never looked at there.
      state.figuresDirty = true;
      state.sbsDirty = true;
      state.readDirty = true;
      select(state.active);
    },
    /** No comparison to show: `message` says why. */
    clear(message) {
      state.report = null;
      state.sbsBuild++;
      empty.textContent = message;
      empty.hidden = false;
      state.readRun++;
      tablist.hidden = true;
      for (const el of Object.values(panels)) if (el) el.hidden = true;
    },
    select,
    showInContext,
    /** Resolves when the side-by-side table is complete. */
    sideBySideReady: () => state.sbsDone,
  };
}

/**
 * A filter bar: verdict count buttons, the article select and, with `kindId`, a kind select.
 * `filter` ({ verdicts, article, attribute }, as filterFacts takes it) is the bar's state;
 * `onChange` runs after each change, `render(report, facts, kinds)` redraws the bar.
 */
function filterBar({ label, articleId, kindId = null, onChange }) {
  const filter = { verdicts: new Set(), article: "", attribute: "" };
  const counts = h("div", { class: "px-counts", part: "counts", role: "group", "aria-label": label });
  const articleSelect = h("select", { id: articleId, class: "px-select" });
  const kindSelect = kindId ? h("select", { id: kindId, class: "px-select" }) : null;
  const el = h(
    "div",
    { class: "px-filters" },
    counts,
    h("label", { class: "px-filter-article", for: articleId }, "Article ", articleSelect),
    kindSelect ? h("label", { class: "px-filter-article", for: kindId }, "Kind ", kindSelect) : null,
  );
  counts.addEventListener("click", (e) => {
    const button = e.target.closest("[data-px-verdict]");
    if (!button) return;
    const key = button.dataset.pxVerdict;
    if (filter.verdicts.has(key)) filter.verdicts.delete(key);
    else filter.verdicts.add(key);
    onChange();
    counts.querySelector(`[data-px-verdict="${key}"]`)?.focus();
  });
  articleSelect.addEventListener("change", () => {
    filter.article = articleSelect.value;
    onChange();
  });
  kindSelect?.addEventListener("change", () => {
    filter.attribute = kindSelect.value;
    onChange();
  });
  return {
    el,
    filter,
    render(report, facts, kinds = []) {
      counts.replaceChildren(renderVerdictFilters(facts, filter.verdicts));
      articleSelect.replaceChildren(renderArticleOptions(report, filter.article));
      kindSelect?.replaceChildren(renderKindOptions(kinds, filter.attribute));
    },
  };
}

function legend() {
  const item = (sample, words) => h("li", {}, sample, ` ${words}`);
  return h(
    "details",
    { class: "px-legend" },
    h("summary", {}, "How to read the table"),
    h(
      "ul",
      {},
      item(h("ins", { class: "px-ins" }, "words"), "underlined: only in this article, compared with the same-language article beside it"),
      item(h("del", { class: "px-del" }, "words"), "struck through: in this article but not in the other"),
      item(h("mark", { class: "px-anchor px-anchor--shared" }, "2014"), "name, number or date found in another article of the row"),
      item(h("mark", { class: "px-anchor px-anchor--differs" }, "2015"), "name, number or date found only here (marked ≠)"),
      item(h("span", { class: "px-boilerplate" }, "Share this story"), "greyed: site furniture, yields no facts"),
      item(h("span", { class: "px-flag px-flag--moved" }, "↕ Moved"), "the passage stands elsewhere in the order of the articles"),
      item(h("span", { class: "px-cell-gap-sample" }, "dashed edge"), "text that no other chosen article says"),
    ),
  );
}
