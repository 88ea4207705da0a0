// The results area: tabs (roving tabindex, arrows/Home/End as in github's tab-container), the
// facts ledger with its filters, the side-by-side table (filled a few rows per task so a huge
// article never blocks input), and quote → passage highlighting. Queries stay inside `root`.
import {
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
 * `idPrefix` keeps element ids unique when several views share a document.
 */
export function createResultsView(root, { idPrefix = "px" } = {}) {
  const id = (name) => `${idPrefix}-${name}`;
  const tabs = [
    { key: "facts", label: "Facts" },
    { key: "sbs", label: "Side by side" },
  ];
  const tablist = h("div", { class: "px-tabs", part: "tabs", role: "tablist", "aria-label": "Results" });
  const tabEls = tabs.map((t, i) =>
    h("button", { type: "button", role: "tab", class: "px-tab", part: "tab", id: id(`tab-${t.key}`), "aria-controls": id(`panel-${t.key}`), "aria-selected": i === 0 ? "true" : "false", tabindex: i === 0 ? "0" : "-1", "data-tab": t.key }, t.label),
  );
  tablist.append(...tabEls);

  const counts = h("div", { class: "px-counts", part: "counts", role: "group", "aria-label": "Show facts by verdict (none pressed: all)" });
  const articleSelect = h("select", { id: id("article-filter"), class: "px-select" });
  const copiesSlot = h("div", { class: "px-copies-slot" });
  const ledger = h("div", { class: "px-ledger", part: "ledger" });
  const factsPanel = h(
    "section",
    { role: "tabpanel", id: id("panel-facts"), "aria-labelledby": id("tab-facts"), class: "px-panel", part: "panel", tabindex: "0" },
    h("div", { class: "px-filters" }, counts, h("label", { class: "px-filter-article", for: id("article-filter") }, "Article ", articleSelect)),
    copiesSlot,
    ledger,
  );

  const chooser = h("div", { class: "px-chooser" });
  const sbsNote = h("p", { class: "px-note", hidden: true });
  const sbsSlot = h("div", { class: "px-sbs-slot", part: "side-by-side" });
  const sbsPanel = h(
    "section",
    { role: "tabpanel", id: id("panel-sbs"), "aria-labelledby": id("tab-sbs"), class: "px-panel", part: "panel", tabindex: "0", hidden: true },
    h("fieldset", { class: "px-columns" }, h("legend", {}, "Columns"), chooser),
    legend(),
    sbsNote,
    sbsSlot,
  );
  const empty = h("p", { class: "px-empty px-results-empty", part: "empty" }, "Add at least two articles to compare them.");
  root.append(tablist, factsPanel, sbsPanel, empty);

  const state = {
    report: null,
    texts: new Map(),
    verdicts: new Set(),
    article: "",
    chosen: null, // article ids in the side-by-side, or null for all
    known: new Set(), // article ids of the previous report: new ones join the chosen columns
    active: "facts",
    sbsDirty: true,
    sbsBuild: 0,
    sbsDone: Promise.resolve(),
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
    factsPanel.hidden = key !== "facts";
    sbsPanel.hidden = key !== "sbs";
    if (key === "sbs" && state.sbsDirty) buildSideBySide();
    return state.sbsDone;
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
    counts.replaceChildren(renderVerdictFilters(state.report, state.verdicts));
    articleSelect.replaceChildren(renderArticleOptions(state.report, state.article));
    const copies = renderCopies(state.report);
    copiesSlot.replaceChildren(...(copies ? [copies] : []));
    ledger.replaceChildren(renderLedger(state.report, state.texts, { verdicts: state.verdicts, article: state.article }));
  }
  counts.addEventListener("click", (e) => {
    const button = e.target.closest("[data-px-verdict]");
    if (!button) return;
    const key = button.dataset.pxVerdict;
    if (state.verdicts.has(key)) state.verdicts.delete(key);
    else state.verdicts.add(key);
    renderFacts();
    counts.querySelector(`[data-px-verdict="${key}"]`)?.focus();
  });
  articleSelect.addEventListener("change", () => {
    state.article = articleSelect.value;
    ledger.replaceChildren(renderLedger(state.report, state.texts, { verdicts: state.verdicts, article: state.article }));
  });
  ledger.addEventListener("click", (e) => {
    const quote = e.target.closest(".px-quote");
    if (quote) showInContext(quote.dataset.article, Number(quote.dataset.start), Number(quote.dataset.end));
  });

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

  return {
    /** Shows a report of the articles whose texts are in `texts` (Map id → text). */
    update(report, texts) {
      state.report = report;
      state.texts = texts;
      const ids = new Set(report.articles.map((a) => a.id));
      if (state.article && !ids.has(state.article)) state.article = "";
      if (state.chosen) {
        // Keep the user's choice; articles new since then join the table.
        state.chosen = report.articles.map((a) => a.id).filter((x) => state.chosen.includes(x) || !state.known.has(x));
      }
      state.known = ids;
      empty.hidden = true;
      tablist.hidden = false;
      renderFacts();
      state.sbsDirty = true;
      if (state.active === "sbs") buildSideBySide();
      else sbsPanel.hidden = true;
      factsPanel.hidden = state.active !== "facts";
    },
    /** No comparison to show: `message` says why. */
    clear(message) {
      state.report = null;
      state.sbsBuild++;
      empty.textContent = message;
      empty.hidden = false;
      tablist.hidden = true;
      factsPanel.hidden = true;
      sbsPanel.hidden = true;
    },
    select,
    showInContext,
    /** Resolves when the side-by-side table is complete. */
    sideBySideReady: () => state.sbsDone,
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
