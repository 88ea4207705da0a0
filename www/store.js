// The articles the user compares, kept in memory first and mirrored to localStorage. A failed
// save (quota, private mode) never loses what is in memory: it is reported, and the list stays.

const KEY = "parallax.articles.v1";
const DRAFT_KEY = "parallax.draft.v1";

/** The demo set: the page's own files, with their file names (sans extension) as ids. */
export const DEMO_FILES = [
  "000_c0ddcebfb0d342a2.txt",
  "001_1c8bcfeb080f928f.txt",
  "002_4e2ff99566001c97.txt",
  "003_0f41107755d267d7.txt",
  "004_95e9c8df36c59bc8.txt",
];

/** Fetches the demo articles from www/demo/ (same origin). */
export async function loadDemo(fetchFn = fetch) {
  const base = new URL("./demo/", import.meta.url);
  return Promise.all(
    DEMO_FILES.map(async (file) => {
      const response = await fetchFn(new URL(file, base));
      if (!response.ok) throw new Error(`demo article ${file}: HTTP ${response.status}`);
      return { id: file.replace(/\.[^.]+$/, ""), title: "", text: await response.text(), language: "", published: "" };
    }),
  );
}

/** Keeps only the fields an article has, as strings. */
export function cleanArticle(a) {
  const str = (v) => (typeof v === "string" ? v : "");
  return { id: str(a.id), title: str(a.title), text: str(a.text), language: str(a.language), published: str(a.published) };
}

/** The article as the engine takes it: empty optional fields become null. */
export function toEngineInput(a) {
  return { id: a.id, text: a.text, title: a.title || null, language: a.language || null, published: a.published || null };
}

/**
 * An article list with change listeners, persisted to `storage` (a Storage or null).
 * `saveError` holds the message of the last failed save, or "".
 */
export function createStore(storage) {
  let articles = [];
  const listeners = new Set();
  const store = {
    saveError: "",
    /** Saved articles, or null when nothing was ever saved (first visit: show the demo). */
    restore() {
      const raw = safeGet(storage, KEY);
      if (raw === null) return null;
      try {
        const parsed = JSON.parse(raw);
        articles = Array.isArray(parsed?.articles) ? parsed.articles.map(cleanArticle).filter((a) => a.id) : [];
        return articles;
      } catch {
        return null;
      }
    },
    list: () => articles,
    get: (id) => articles.find((a) => a.id === id),
    ids: () => articles.map((a) => a.id),
    replace(list) {
      commit(list.map(cleanArticle));
    },
    add(article) {
      commit([...articles, cleanArticle(article)]);
    },
    update(id, patch) {
      commit(articles.map((a) => (a.id === id ? cleanArticle({ ...a, ...patch, id }) : a)));
    },
    remove(id) {
      commit(articles.filter((a) => a.id !== id));
    },
    onChange(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
  function commit(list) {
    articles = list;
    store.saveError = safeSet(storage, KEY, JSON.stringify({ version: 1, articles }));
    for (const fn of listeners) fn(articles);
  }
  return store;
}

/** The unsent text of the add form, kept so a reload or an error never loses typing. */
export const draft = {
  load(storage) {
    try {
      return JSON.parse(safeGet(storage, DRAFT_KEY) ?? "null");
    } catch {
      return null;
    }
  },
  save(storage, value) {
    return safeSet(storage, DRAFT_KEY, JSON.stringify(value));
  },
  clear(storage) {
    try {
      storage?.removeItem(DRAFT_KEY);
    } catch {
      // Nothing to clear when storage is unavailable.
    }
  },
};

function safeGet(storage, key) {
  try {
    return storage ? storage.getItem(key) : null;
  } catch {
    return null;
  }
}

/** "" on success, else a plain-words reason. */
function safeSet(storage, key, value) {
  if (!storage) return "this browser offers no storage";
  try {
    storage.setItem(key, value);
    return "";
  } catch (e) {
    const full = e?.name === "QuotaExceededError" || e?.code === 22;
    return full ? "the browser's storage for this page is full" : `the browser refused to store them (${e?.name ?? e})`;
  }
}
