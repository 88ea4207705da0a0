// <parallax-compare>: the page's results view (facts ledger, side by side) in a shadow root, for
// other sites. One `<script type="module" src=".../www/parallax-compare.js">` adds it.
//
// Articles come from the `articles` property when it is set, else from child <article> elements
// (id, lang, data-title, data-published; their text as a reader sees it, blocks separated by
// blank lines, read by html-text.js as the page reads an imported .html file).
// Changes to either re-run the comparison, in a worker so the host page stays responsive. Each
// finished run fires `parallax-result` (detail: the report, UTF-16 offsets); bad input fires
// `parallax-error` (detail: { message, kind, article, limit }) and shows the message. Styling: the
// --px-* custom properties of theme.css set on the element, and the parts listed in the README (::part).
import { createEngine } from "./engine.js";
import { textOfNode } from "./html-text.js";
import { h } from "./render.js";
import { createResultsView } from "./view.js";

/** Style sheets of the shadow root, next to this module (links obey a strict CSP's 'self'). */
const STYLES = ["theme.css", "results.css", "parallax-compare.css"];

let instances = 0;

export class ParallaxCompare extends HTMLElement {
  #articles = null; // set through the property; null: read the child <article>s
  #report = null;
  #engine = null;
  #pending = false;
  #view;
  #status;
  #observer;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    for (const file of STYLES) root.append(h("link", { rel: "stylesheet", href: new URL(file, import.meta.url).href }));
    this.#status = h("p", { class: "px-status", part: "status", role: "status" });
    const viewRoot = h("div", { class: "px-view", part: "view" });
    root.append(this.#status, viewRoot);
    this.#view = createResultsView(viewRoot, { idPrefix: `px-c${++instances}` });
    this.#observer = new MutationObserver(() => this.#articles || this.#schedule());
  }

  connectedCallback() {
    // A page may set `articles` before this module defined the element: that value then hides
    // the setter as an own property. Take it over.
    if (Object.hasOwn(this, "articles")) {
      const list = this.articles;
      delete this.articles;
      this.articles = list;
    }
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ["id", "lang", "data-id", "data-title", "data-published"] });
    this.#schedule();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
    this.#engine?.dispose();
    this.#engine = null;
  }

  /** The articles compared: the property's list if set, else those read from the children. */
  get articles() {
    return this.#articles ? this.#articles.map((a) => ({ ...a })) : articlesFromChildren(this);
  }

  /** Sets the articles ({ id, text, title?, language?, published? }); null goes back to the children. */
  set articles(list) {
    if (list !== null && list !== undefined && !Array.isArray(list)) throw new TypeError("articles must be an array of { id, text, title?, language?, published? }, or null");
    this.#articles = list ? list.map((a) => ({ ...a })) : null;
    this.#schedule();
  }

  /** The last report shown (UTF-16 offsets), or null. */
  get report() {
    return this.#report;
  }

  /** Several changes in one task give one comparison. */
  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) this.#run();
    });
  }

  async #run() {
    const articles = this.articles;
    if (articles.length < 2) {
      this.#engine?.cancel(); // a run still in flight is stale now
      this.#show(null, articles.length ? "Add a second article to compare." : "Add at least two articles to compare them.");
      return;
    }
    this.#engine ??= createEngine({ onRunning: (busy) => this.#busy(busy) });
    const result = await this.#engine.run(articles);
    if (result.status === "stale") return;
    if (result.status === "error") {
      this.#show(null, `Cannot compare: ${result.message}`);
      this.dispatchEvent(new CustomEvent("parallax-error", { detail: result.error, bubbles: true, composed: true }));
      return;
    }
    this.#show(result.report, "", new Map(articles.map((a) => [a.id, a.text])));
    this.dispatchEvent(new CustomEvent("parallax-result", { detail: result.report, bubbles: true, composed: true }));
  }

  #show(report, message, texts) {
    this.#report = report;
    if (report) this.#view.update(report, texts);
    else this.#view.clear(message);
    this.#status.textContent = report ? "" : message;
    this.#status.dataset.state = report ? "ready" : "empty";
  }

  #busy(busy) {
    this.toggleAttribute("aria-busy", busy);
    if (!busy) return;
    this.#status.textContent = "Comparing…";
    this.#status.dataset.state = "busy";
  }
}

/** Articles from child <article> elements, in document order. */
function articlesFromChildren(host) {
  const elements = [...host.children].filter((el) => el.localName === "article");
  const given = new Set(elements.map((el) => el.id || el.dataset.id).filter(Boolean));
  let n = 0;
  const freshId = () => {
    let id;
    do id = `article-${++n}`;
    while (given.has(id));
    return id;
  };
  return elements.map((el) => {
    const article = { id: el.id || el.dataset.id || freshId(), text: textOf(el) };
    const language = el.getAttribute("lang");
    if (language) article.language = language;
    if (el.dataset.title) article.title = el.dataset.title;
    if (el.dataset.published) article.published = el.dataset.published;
    return article;
  });
}

/**
 * The text of an element as a reader sees its paragraphs: blocks apart, whitespace collapsed as
 * HTML renders it; the same reading as an .html file imported into the page (html-text.js).
 */
export function textOf(el) {
  return textOfNode(el);
}

// Registering twice (two copies of this script, or a bundle that also includes it) is harmless.
if (!customElements.get("parallax-compare")) customElements.define("parallax-compare", ParallaxCompare);
