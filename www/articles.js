// The articles panel: the list (with each article's engine error next to it), inline editing,
// removal with undo, and the paste form. Nothing typed is dropped on an error: a form keeps its
// fields until the article is stored.
import { h, langOf } from "./render.js";
import { shortTitle, siglum, slugId } from "./model.js";

export const LANGUAGES = [
  ["", "Detect"],
  ["en", "English"],
  ["fr", "French"],
  ["de", "German"],
  ["es", "Spanish"],
  ["it", "Italian"],
];

/** "" when the fields make an article, else what is missing, in plain words. */
export function checkFields({ text, published }) {
  if (!text || !text.trim()) return "The text is empty: paste or type the article's text.";
  if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) return "The publication date must read YYYY-MM-DD.";
  return "";
}

/** Reads title, text, published, language from a form's fields. */
export function readForm(form) {
  const value = (name) => form.elements.namedItem(name)?.value ?? "";
  return { title: value("title").trim(), text: value("text"), published: value("published"), language: value("language") };
}

function languageSelect(id, current) {
  return h(
    "select",
    { id, name: "language" },
    LANGUAGES.map(([code, name]) => h("option", { value: code, selected: code === current }, name)),
  );
}

/** For an article refused as a language Parallax does not read: set its language by hand. */
function setLanguageForm(article, name) {
  const id = `px-set-language-${article.id}`;
  return h(
    "form",
    { class: "px-set-language", "data-px-set-language": article.id },
    h("label", { for: id }, "Compare it as"),
    h(
      "select",
      { id, name: "language", "aria-label": `Language of ${name}` },
      LANGUAGES.filter(([code]) => code).map(([code, label]) => h("option", { value: code }, label)),
    ),
    h("button", { type: "submit", class: "px-button px-button--small" }, "Set language"),
  );
}

/** The edit form of one article, prefilled. */
function editForm(article) {
  const id = (name) => `px-edit-${name}`;
  return h(
    "form",
    { class: "px-form px-edit", "data-px-edit-form": article.id, novalidate: true },
    h("label", { for: id("title") }, "Title"),
    h("input", { id: id("title"), name: "title", type: "text", value: article.title, autocomplete: "off" }),
    h("label", { for: id("text") }, "Text"),
    textArea(id("text"), article.text),
    h(
      "div",
      { class: "px-form-row" },
      h("span", {}, h("label", { for: id("published") }, "Published"), h("input", { id: id("published"), name: "published", type: "date", value: article.published })),
      h("span", {}, h("label", { for: id("language") }, "Language"), languageSelect(id("language"), article.language)),
    ),
    h("p", { class: "px-form-error", role: "alert", hidden: true }),
    h("div", { class: "px-buttons" }, h("button", { type: "submit", class: "px-button px-button--primary" }, "Save"), h("button", { type: "button", class: "px-button", "data-px-cancel": "" }, "Cancel")),
  );
}

function textArea(id, value) {
  const area = h("textarea", { id, name: "text", rows: "8", spellcheck: "false" });
  area.value = value;
  return area;
}

/**
 * Wires the panel. `els`: { list, count, undo }. `store`: see store.js.
 * Returns { render(reportViews, errors) }.
 */
export function createArticlesPanel({ els, store }) {
  let editing = null;
  let views = new Map();
  let errors = new Map();
  let notes = new Map();
  let undoList = null;

  function render() {
    const articles = store.list();
    els.count.textContent = `(${articles.length})`;
    // Never rebuild an edit form under the fingers of the person typing in it.
    if (editing && document.activeElement?.closest?.(".px-edit")) return;
    els.list.replaceChildren(...articles.map((a, i) => item(a, i)));
    if (!articles.length) els.list.append(h("li", { class: "px-empty" }, "No articles yet: paste one, drop files, or restore the demo."));
  }

  function item(article, i) {
    const view = views.get(article.id);
    const title = article.title || view?.title || article.id;
    const language = article.language ? `${article.language} (set)` : view?.language && view.language !== "und" ? view.language : "";
    const meta = [article.id, language, `${article.text.length.toLocaleString("en")} characters`, article.published].filter(Boolean).join(" · ");
    const error = errors.get(article.id);
    const name = `${siglum(i)}: ${shortTitle(title, 40)}`;
    return h(
      "li",
      { class: `px-article${error ? " px-article--error" : ""}`, "data-article": article.id },
      h("div", { class: "px-article-head" }, h("span", { class: "px-siglum" }, siglum(i)), h("span", { class: "px-article-title", lang: langOf(view), dir: "auto" }, shortTitle(title, 90))),
      h("p", { class: "px-article-meta" }, meta),
      error ? h("p", { class: "px-article-error" }, h("span", { "aria-hidden": "true" }, "⚠ "), `Not compared: ${error.message}`) : null,
      notes.has(article.id) && !article.published ? h("p", { class: "px-article-note" }, notes.get(article.id)) : null,
      error?.kind === "unsupported_language" && editing !== article.id ? setLanguageForm(article, name) : null,
      editing === article.id
        ? editForm(article)
        : h(
            "div",
            { class: "px-buttons" },
            h("button", { type: "button", class: "px-button px-button--small", "data-px-edit": article.id, "aria-label": `Edit ${name}` }, "Edit"),
            h("button", { type: "button", class: "px-button px-button--small", "data-px-remove": article.id, "aria-label": `Remove ${name}` }, "Remove"),
          ),
    );
  }

  function offerUndo(message, previous) {
    undoList = previous;
    els.undo.replaceChildren(message, " ", h("button", { type: "button", class: "px-button px-button--small", "data-px-undo": "" }, "Undo"));
    els.undo.hidden = false;
  }

  els.undo.addEventListener("click", (e) => {
    if (!e.target.closest("[data-px-undo]") || !undoList) return;
    store.replace(undoList);
    undoList = null;
    els.undo.hidden = true;
  });

  els.list.addEventListener("click", (e) => {
    const edit = e.target.closest("[data-px-edit]");
    const remove = e.target.closest("[data-px-remove]");
    const cancel = e.target.closest("[data-px-cancel]");
    if (edit) {
      editing = edit.dataset.pxEdit;
      render();
      els.list.querySelector("[data-px-edit-form] input")?.focus();
    } else if (remove) {
      const article = store.get(remove.dataset.pxRemove);
      const previous = store.list();
      const at = previous.indexOf(article);
      store.remove(article.id);
      offerUndo(`Removed “${shortTitle(article.title || views.get(article.id)?.title || article.id, 40)}”.`, previous);
      const buttons = els.list.querySelectorAll("[data-px-remove]");
      (buttons[Math.min(at, buttons.length - 1)] ?? els.undo.querySelector("button"))?.focus();
    } else if (cancel) {
      const id = editing;
      editing = null;
      render();
      els.list.querySelector(`[data-px-edit="${CSS.escape(id)}"]`)?.focus();
    }
  });

  els.list.addEventListener("submit", (e) => {
    const chosen = e.target.closest("[data-px-set-language]");
    if (chosen) {
      e.preventDefault();
      store.update(chosen.dataset.pxSetLanguage, { language: chosen.elements.namedItem("language").value });
      return;
    }
    const form = e.target.closest("[data-px-edit-form]");
    if (!form) return;
    e.preventDefault();
    const fields = readForm(form);
    const problem = checkFields(fields);
    const note = form.querySelector(".px-form-error");
    if (problem) {
      note.textContent = problem;
      note.hidden = false;
      return;
    }
    const id = editing;
    editing = null;
    store.update(id, fields);
    els.list.querySelector(`[data-px-edit="${CSS.escape(id)}"]`)?.focus();
  });

  return {
    /**
     * Redraws the list; `reportViews` are the engine's article views, `errorsById` its errors,
     * `notesById` notes on what it read (relative dates left unresolved).
     */
    render(reportViews = views, errorsById = errors, notesById = notes) {
      views = reportViews;
      errors = errorsById;
      notes = notesById;
      render();
    },
    offerUndo,
    /** Adds articles with ids made unique; returns the new ids. */
    addArticles(list) {
      const taken = store.ids();
      const added = list.map((a) => {
        const id = slugId(a.idHint || a.title || a.text.slice(0, 40), taken);
        taken.push(id);
        return { ...a, id };
      });
      store.replace([...store.list(), ...added]);
      return added.map((a) => a.id);
    },
  };
}
