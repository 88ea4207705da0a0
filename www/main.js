// Entry point: wires the store, the engine worker, the articles panel and the results view.
// Every change re-runs the comparison after a short pause; only the newest run is shown.
import { createArticlesPanel, checkFields, readForm } from "./articles.js";
import { createEngine } from "./engine.js";
import { download, toJson, toMarkdown } from "./export.js";
import { ACCEPT, fileToArticle } from "./import.js";
import { articleOfError, summaryLine, unresolvedCount, unresolvedNote } from "./model.js";
import { createStore, draft, loadDemo, toEngineInput } from "./store.js";
import { createResultsView } from "./view.js";

const DEBOUNCE_MS = 300;
const $ = (id) => document.getElementById(id);

const storage = openStorage();
const store = createStore(storage);
const engine = createEngine({ onRunning: (on) => document.body.toggleAttribute("data-px-running", on) });
engine.warm();

const view = createResultsView($("px-view"), { read: readArticle });
const panel = createArticlesPanel({ els: { list: $("px-article-list"), count: $("px-article-count"), undo: $("px-undo") }, store });

/** Articles the engine refused ({ message, kind }); they sit out until edited. */
const refused = new Map();
/** Notes on articles the engine read (id → text): relative dates left unresolved. */
let notes = new Map();
let generation = 0;
let timer = 0;
let shown = null; // { report, texts }

function openStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// --- comparison loop ------------------------------------------------------------------------
function setState(state, message) {
  document.body.dataset.pxState = state;
  $("px-results").setAttribute("aria-busy", state === "busy" ? "true" : "false");
  $("px-status").dataset.state = state;
  if (message !== undefined) $("px-status-text").textContent = message;
}

function schedule(delay = DEBOUNCE_MS) {
  generation++;
  setState("busy", "Comparing…");
  clearTimeout(timer);
  timer = setTimeout(compareNow, delay);
}

async function compareNow() {
  const gen = generation;
  const articles = store.list().filter((a) => !refused.has(a.id));
  if (articles.length < 2) {
    engine.cancel();
    shown = null;
    const why = store.list().length < 2 ? "Add at least two articles to compare them." : "Fewer than two articles can be compared: see the notes next to the articles.";
    view.clear(why);
    setExports(false);
    setState("empty", why);
    announce(why);
    panel.render(new Map(), refused);
    noteUnresolved(gen, articles);
    return;
  }
  const result = await engine.run(articles.map(toEngineInput));
  if (result.status === "stale" || gen !== generation) return;
  if (result.status === "error") {
    const id = articleOfError(result.error, articles.map((a) => a.id));
    if (id) {
      refused.set(id, { message: result.message, kind: result.error?.kind });
      panel.render(undefined, refused);
      return compareNow();
    }
    setState("error", `Could not compare: ${result.message}`);
    announce(`Could not compare: ${result.message}`);
    return;
  }
  const texts = new Map(result.articles.map((a) => [a.id, a.text]));
  shown = { report: result.report, texts };
  view.update(result.report, texts);
  setExports(true);
  const summary = summaryLine(result.report);
  setState("ready", `${summary} (${Math.max(1, Math.round(result.ms))} ms)`);
  announce(summary);
  panel.render(new Map(result.report.articles.map((a) => [a.id, a])), refused);
  if (!document.body.dataset.pxFirstResultsMs) document.body.dataset.pxFirstResultsMs = String(Math.round(performance.now()));
  noteUnresolved(gen, articles);
}

/**
 * Reads the articles that have no publication date and notes, next to each, the relative dates
 * ("yesterday", "mardi") the engine could not resolve without one. After the comparison, so the
 * results never wait for it; a change in between makes it stale.
 */
async function noteUnresolved(gen, articles) {
  const undated = articles.filter((a) => !a.published);
  const result = undated.length ? await engine.read(undated.map(toEngineInput), { lane: "notes" }) : { status: "ok", reading: { articles: [] } };
  if (result.status !== "ok" || gen !== generation) return;
  notes = new Map(result.reading.articles.map((r) => [r.id, unresolvedNote(unresolvedCount(r))]).filter(([, note]) => note));
  panel.render(undefined, undefined, notes);
}

/** What the engine read in one article, for the results' "What was read" tab. */
async function readArticle(id) {
  const article = store.get(id);
  if (!article) return { status: "error", message: `no article "${id}" any more` };
  const result = await engine.read([toEngineInput(article)], { lane: "view" });
  return result.status === "ok" ? { ...result, text: article.text } : result;
}

function announce(text) {
  const live = $("px-live");
  live.textContent = "";
  // A changed node is what screen readers announce; a frame later the text is new.
  requestAnimationFrame(() => {
    live.textContent = text;
  });
}

store.onChange(() => {
  refused.clear();
  showSaveError();
  panel.render();
  schedule();
});

function showSaveError() {
  const note = $("px-storage-note");
  note.hidden = !store.saveError;
  note.textContent = store.saveError
    ? `Not saved in this browser: ${store.saveError}. Your articles stay on this page until it is closed; remove large articles or export the report to keep the results.`
    : "";
}

// --- exports ------------------------------------------------------------------------------
function setExports(on) {
  for (const id of ["px-export-json", "px-export-md"]) $(id).disabled = !on;
}
$("px-export-json").addEventListener("click", () => shown && download(document, "parallax-report.json", "application/json", toJson(shown.report)));
$("px-export-md").addEventListener("click", () => shown && download(document, "parallax-report.md", "text/markdown", toMarkdown(shown.report)));

// --- paste form ---------------------------------------------------------------------------
const addForm = $("px-add-form");
const addError = $("px-add-error");
let draftTimer = 0;

addForm.addEventListener("submit", (e) => {
  e.preventDefault();
  const fields = readForm(addForm);
  const problem = checkFields(fields);
  addError.hidden = !problem;
  addError.textContent = problem;
  if (problem) return;
  const [id] = panel.addArticles([fields]);
  addForm.reset();
  draft.clear(storage);
  $("px-add-note").textContent = `Added “${id}”.`;
  $("px-add-title").focus();
});
addForm.addEventListener("input", () => {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => draft.save(storage, readForm(addForm)), 400);
});

function restoreDraft() {
  const saved = draft.load(storage);
  if (!saved) return;
  for (const name of ["title", "text", "published", "language"]) {
    const field = addForm.elements.namedItem(name);
    if (field && typeof saved[name] === "string") field.value = saved[name];
  }
  if (saved.text) $("px-add").open = true;
}

// --- files: choose or drop ----------------------------------------------------------------
const fileInput = $("px-files");
fileInput.accept = ACCEPT;
fileInput.addEventListener("change", async () => {
  await importFiles([...fileInput.files]);
  fileInput.value = "";
});

async function importFiles(files) {
  if (!files.length) return;
  const note = $("px-import-note");
  const added = [];
  const problems = [];
  for (const file of files) {
    try {
      const article = await fileToArticle(file);
      if (!article.text.trim()) throw new Error(`${file.name}: no text found`);
      added.push({ title: article.title, text: article.text, idHint: file.name.replace(/\.[^.]+$/, "") });
    } catch (e) {
      problems.push(e.message);
    }
  }
  const ids = added.length ? panel.addArticles(added) : [];
  note.textContent = [ids.length ? `Added ${ids.map((id) => `“${id}”`).join(", ")}.` : "", ...problems].filter(Boolean).join(" ");
}

const dropZone = $("px-drop");
const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes("Files");
document.addEventListener("dragover", (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = "copy";
  dropZone.classList.add("px-drop--over");
});
document.addEventListener("dragleave", (e) => {
  if (!e.relatedTarget) dropZone.classList.remove("px-drop--over");
});
document.addEventListener("drop", (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dropZone.classList.remove("px-drop--over");
  importFiles([...e.dataTransfer.files]);
});

// --- whole-list actions -------------------------------------------------------------------
$("px-clear").addEventListener("click", () => {
  const previous = store.list();
  if (!previous.length) return;
  store.replace([]);
  panel.offerUndo(`Removed all ${previous.length} articles.`, previous);
});
$("px-restore-demo").addEventListener("click", async () => {
  const previous = store.list();
  try {
    store.replace(await loadDemo());
    if (previous.length) panel.offerUndo("Restored the demo articles.", previous);
  } catch (e) {
    setState("error", `Could not load the demo articles: ${e.message}`);
  }
});

// --- start --------------------------------------------------------------------------------
async function start() {
  // On a phone the list would push the results a few screens down: it starts folded there.
  if (window.matchMedia("(max-width: 640px)").matches) $("px-list-details").open = false;
  restoreDraft();
  const saved = store.restore();
  if (saved) {
    showSaveError();
    panel.render();
    return schedule(0);
  }
  try {
    store.replace(await loadDemo());
  } catch (e) {
    setState("error", `Could not load the demo articles: ${e.message}`);
    return;
  }
  schedule(0);
}

setExports(false);
start();
