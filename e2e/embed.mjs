// Browser tests of <parallax-compare> on www/examples/embed.html: both ways of feeding it, the
// report event, theming from outside, re-runs, errors, double registration. The runner fails a
// test on any request leaving 127.0.0.1, console error (a CSP violation is one) or page error.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ROOT, openPage } from "./harness.mjs";

export const tests = [];
const test = (name, fn) => tests.push({ name, fn });

/** Records every parallax-result / parallax-error event reaching the document. */
const RECORD_EVENTS = () => {
  window.__pxEvents = [];
  for (const type of ["parallax-result", "parallax-error"]) {
    document.addEventListener(type, (e) => window.__pxEvents.push({ type, id: e.target.id, detail: e.detail }));
  }
};

async function openEmbed(env) {
  const s = await openPage(env, { init: RECORD_EVENTS });
  const t0 = Date.now();
  await s.page.goto(`${env.base}www/examples/embed.html`);
  await waitReport(s.page, "from-children");
  await waitReport(s.page, "from-property");
  s.loadedMs = Date.now() - t0;
  return s;
}

function waitReport(page, id, articles = 2) {
  return page.waitForFunction(
    ([id, n]) => (document.getElementById(id)?.report?.articles.length ?? 0) >= n,
    [id, articles],
    { timeout: 20_000 },
  );
}

/** Conflicts as rendered in the element's shadow root: subject, values and article ids. */
function renderedConflicts(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    return [...root.querySelectorAll(".px-fact--conflict")].map((li) => ({
      subject: li.querySelector(".px-subject").textContent,
      values: [...li.querySelectorAll(".px-value")].map((v) => v.textContent).sort(),
      articles: [...li.querySelectorAll(".px-claim")].map((c) => c.dataset.article).sort(),
      quotes: li.querySelectorAll(".px-quote-text").length,
    }));
  }, id);
}

test("[engine] embed: fed by child <article>s and by the articles property, both show the two demo conflicts", async (env) => {
  const s = await openEmbed(env);
  const { page } = s;
  console.log(`    embed: both elements rendered ${s.loadedMs} ms after navigation`);
  const children = await renderedConflicts(page, "from-children");
  const property = await renderedConflicts(page, "from-property");
  for (const [conflicts, ids] of [
    [children, ["001", "003"]],
    [property, ["001_1c8bcfeb080f928f", "003_0f41107755d267d7"]],
  ]) {
    assert.equal(conflicts.length, 2, JSON.stringify(conflicts));
    const role = conflicts.find((c) => c.values.includes("producer"));
    const ceo = conflicts.find((c) => c.values.includes("CEO"));
    assert.ok(role && /Wong Kar-wai/.test(role.subject), JSON.stringify(conflicts));
    assert.deepEqual(role.values, ["director", "producer"]);
    assert.deepEqual(role.articles, ids);
    assert.ok(ceo && /Zhang Qiang/.test(ceo.subject), JSON.stringify(conflicts));
    // With all five articles, 000's "directeur" (head, compatible with both) joins the fact.
    assert.ok(["CEO", "executive director"].every((v) => ceo.values.includes(v)), JSON.stringify(ceo));
    assert.ok(ids.every((id) => ceo.articles.includes(id)), JSON.stringify(ceo));
    assert.ok(conflicts.every((c) => c.quotes === c.articles.length && c.quotes >= 2), JSON.stringify(conflicts));
  }
  // The host page hears each report once per run, with the report itself as detail.
  const events = await page.evaluate(() => window.__pxEvents.map((e) => ({ type: e.type, id: e.id, version: e.detail.version, n: e.detail.articles.length })));
  assert.deepEqual(events.filter((e) => e.id === "from-children"), [{ type: "parallax-result", id: "from-children", version: 1, n: 2 }]);
  assert.deepEqual(events.filter((e) => e.id === "from-property"), [{ type: "parallax-result", id: "from-property", version: 1, n: 5 }]);
  assert.match(await page.textContent("#from-property-note"), /5 articles, \d+ facts, 2 conflicts/);
  return s;
});

test("[engine] embed: the element has the page's Figures tab, showing as many rows as its report has figures two articles state", async (env) => {
  const s = await openEmbed(env);
  const { page } = s;
  const got = await page.evaluate(() => {
    const el = document.getElementById("from-property");
    const root = el.shadowRoot;
    root.querySelector("[role=tab][data-tab='figures']").click();
    const figures = el.report.facts.filter((f) => f.kind === "figure");
    const panel = root.querySelector("[role=tabpanel][id$='-panel-figures']");
    return {
      tabs: [...root.querySelectorAll("[role=tab]")].map((t) => t.dataset.tab),
      shown: !panel.hidden,
      rows: panel.querySelectorAll("tr.px-figure").length,
      groups: panel.querySelectorAll("details.px-figure-group:not([open])").length,
      stated: figures.filter((f) => f.verdict !== "single").length,
      singles: figures.length - figures.filter((f) => f.verdict !== "single").length,
      empty: panel.querySelector(".px-empty")?.textContent ?? "",
      ledger: [...root.querySelectorAll(".px-fact")].filter((li) => li.dataset.kind === "figure").length,
    };
  });
  assert.deepEqual(got.tabs, ["facts", "figures", "sbs"], "no reading tab: the element is given no reader");
  assert.ok(got.shown, "the Figures panel is shown");
  assert.equal(got.rows, got.stated, JSON.stringify(got));
  assert.equal(got.ledger, 0, "figures stay out of the Facts ledger");
  if (got.singles) assert.ok(got.groups > 0, "single-source figures come folded");
  if (!got.stated && !got.singles) assert.equal(got.empty, "No figures compared in these articles yet.");
  return s;
});

test("embed: child <article>s are read paragraph by paragraph, with lang and data-title", async (env) => {
  const s = await openEmbed(env);
  const read = await s.page.evaluate(() => document.getElementById("from-children").articles);
  const file = await readFile(path.join(ROOT, "www/demo/003_0f41107755d267d7.txt"), "utf8");
  const paragraphs = file.split("\n").map((l) => l.trim()).filter(Boolean);
  const en = read.find((a) => a.id === "003");
  assert.equal(en.language, "en");
  assert.equal(en.title, "Alibaba is making a movie (en)");
  assert.deepEqual(en.text.split("\n\n"), paragraphs);
  const view = await s.page.evaluate(() => document.getElementById("from-children").report.articles.map((a) => [a.id, a.language, a.title]));
  assert.deepEqual(view, [
    ["001", "fr", "Alibaba produit son premier film (fr)"],
    ["003", "en", "Alibaba is making a movie (en)"],
  ]);
  return s;
});

test("[engine] embed: a quote click shows its passage side by side inside the shadow root", async (env) => {
  const s = await openEmbed(env);
  const { page } = s;
  const shown = await page.evaluate(async () => {
    const root = document.getElementById("from-children").shadowRoot;
    root.querySelector(".px-fact--conflict .px-quote").click();
    for (let i = 0; i < 100 && !root.querySelector(".px-hl"); i++) await new Promise((r) => setTimeout(r, 20));
    const tab = root.querySelector('[role="tab"][aria-selected="true"]');
    return { tab: tab?.dataset.tab, highlighted: root.querySelectorAll(".px-hl").length, focused: root.activeElement?.classList.contains("px-hl") ?? false, ids: [...root.querySelectorAll("[id]")].every((e) => e.id.startsWith("px-c")) };
  });
  assert.equal(shown.tab, "sbs");
  assert.ok(shown.highlighted >= 1, JSON.stringify(shown));
  assert.ok(shown.focused, "the highlighted passage has the focus");
  assert.ok(shown.ids, "element ids inside the shadow root carry the instance prefix");
  return s;
});

test("[engine] embed: themed from outside with --px-* properties and ::part, styles under a strict CSP", async (env) => {
  const s = await openEmbed(env);
  const styles = await s.page.evaluate(() => {
    const style = (id, selector, prop) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector(selector))[prop];
    return {
      plainSiglum: style("from-children", ".px-siglum", "backgroundColor"),
      themedSiglum: style("from-property", ".px-siglum", "backgroundColor"),
      themedConflict: style("from-property", ".px-fact--conflict", "boxShadow"),
      plainConflict: style("from-children", ".px-fact--conflict", "boxShadow"),
      themedTab: style("from-property", ".px-tab", "textTransform"),
      hostBorder: getComputedStyle(document.getElementById("from-children")).borderTopStyle,
      sheets: document.getElementById("from-children").shadowRoot.querySelectorAll("link[rel=stylesheet]").length,
      inline: document.querySelectorAll("style, [style]").length + [...document.scripts].filter((e) => !e.src).length,
    };
  });
  assert.equal(styles.plainSiglum, "rgb(31, 95, 191)"); // the default --px-accent
  assert.equal(styles.themedSiglum, "rgb(107, 47, 179)"); // set on the element by the host page
  assert.match(styles.themedConflict, /rgb\(194, 24, 91\)/); // ::part(fact-conflict)
  assert.equal(styles.plainConflict, "none");
  assert.equal(styles.themedTab, "uppercase"); // ::part(tab)
  assert.equal(styles.hostBorder, "solid"); // the component's own sheet applied
  assert.equal(styles.sheets, 3);
  assert.equal(styles.inline, 0);
  return s;
});

test("[engine] embed: changes re-run the comparison; bad input fires parallax-error; registering twice is harmless", async (env) => {
  const s = await openEmbed(env);
  const { page } = s;
  // A third article appended as a child joins the comparison.
  await page.evaluate(() => {
    const article = document.createElement("article");
    article.id = "extra";
    article.lang = "en";
    article.textContent = "Acme Films said its new thriller, directed by Ada Quill, opens in May.";
    document.getElementById("from-children").append(article);
  });
  await waitReport(page, "from-children", 3);
  // Bad input: a duplicate id, named in the error; one article: a plain request for another.
  const bad = await page.evaluate(async () => {
    const el = document.createElement("parallax-compare");
    document.body.append(el);
    const error = new Promise((resolve) => el.addEventListener("parallax-error", (e) => resolve(e.detail), { once: true }));
    el.articles = [{ id: "same", text: "One text." }, { id: "same", text: "Another text." }];
    const detail = await error;
    const message = detail.message;
    const shown = el.shadowRoot.querySelector(".px-results-empty").textContent;
    el.articles = [{ id: "alone", text: "Only one." }];
    await new Promise((r) => setTimeout(r, 50));
    const single = el.shadowRoot.querySelector(".px-results-empty").textContent;
    let typeError = "";
    try {
      el.articles = "not a list";
    } catch (e) {
      typeError = e.constructor.name;
    }
    el.remove();
    return { message, detail, shown, single, typeError };
  });
  assert.deepEqual(bad.detail, { message: bad.message, kind: "duplicate_id", article: "same", limit: null });
  assert.match(bad.message, /same/);
  assert.match(bad.message, /duplicate|twice|more than once/i);
  assert.ok(bad.shown.includes(bad.message), "the error is shown in the element");
  assert.match(bad.single, /second article/);
  assert.equal(bad.typeError, "TypeError");
  // A second copy of the module (another URL) registers nothing new and breaks nothing.
  const again = await page.evaluate(async () => {
    const before = customElements.get("parallax-compare");
    await import(new URL("../parallax-compare.js?copy=2", location.href).href);
    return before === customElements.get("parallax-compare") && document.getElementById("from-children").report.articles.length === 3;
  });
  assert.ok(again);
  return s;
});

test("[engine] embed: articles set before the element is defined are kept; a run made stale by removing an article never shows; generated ids never collide", async (env) => {
  const s = await openPage(env);
  const { page } = s;
  // A page under the same strict CSP that has not loaded the element yet.
  await page.goto(`${env.base}e2e/fixtures/blank.html`);
  const result = await page.evaluate(async (base) => {
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    const two = [
      { id: "north", text: "Acme Films said its new thriller, directed by Ada Quill, opens in May." },
      { id: "south", text: "Acme Films said its new thriller, produced by Ada Quill, opens in May." },
    ];
    // 1. Set before the module defines the element: an own property that hides the setter.
    const early = document.createElement("parallax-compare");
    early.articles = two;
    document.body.append(early);
    await import(new URL("www/parallax-compare.js", base).href);
    for (let i = 0; i < 200 && !early.report; i++) await wait(25);
    const earlyIds = early.report?.articles.map((a) => a.id);
    // 2. A run still in flight when the list drops to one article is never shown.
    const late = document.createElement("parallax-compare");
    document.body.append(late);
    let results = 0;
    late.addEventListener("parallax-result", () => results++);
    late.articles = two;
    await wait(0); // the run has started in a new worker
    late.articles = [two[0]];
    await wait(1500);
    const lateShown = late.shadowRoot.querySelector(".px-results-empty").textContent;
    // 3. Generated ids skip the ones the page gave.
    const kids = document.createElement("parallax-compare");
    for (const [id, text] of [["", "Ada Quill directs the film."], ["article-1", "Ada Quill produces the film."]]) {
      const a = document.createElement("article");
      if (id) a.id = id;
      a.textContent = text;
      kids.append(a);
    }
    const kidIds = kids.articles.map((a) => a.id);
    return { earlyIds, results, lateShown, lateReport: late.report, kidIds };
  }, env.base);
  assert.deepEqual(result.earlyIds, ["north", "south"]);
  assert.equal(result.results, 0, "no parallax-result for the stale run");
  assert.equal(result.lateReport, null);
  assert.match(result.lateShown, /second article/);
  assert.deepEqual(result.kidIds, ["article-2", "article-1"]);
  return s;
});

test("embed: 360 px wide, the page never scrolls sideways (facts and side by side)", async (env) => {
  const s = await openPage(env, { width: 360, height: 800 });
  const { page } = s;
  await page.goto(`${env.base}www/examples/embed.html`);
  await waitReport(page, "from-children");
  await waitReport(page, "from-property");
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok((await width()) <= 360, `facts: the page is ${await width()} px wide`);
  await page.evaluate(async () => {
    for (const id of ["from-children", "from-property"]) {
      const root = document.getElementById(id).shadowRoot;
      root.querySelector('[role="tab"][data-tab="sbs"]').click();
      for (let i = 0; i < 200 && !root.querySelector(".px-sbs:not([aria-busy])"); i++) await new Promise((r) => setTimeout(r, 25));
    }
  });
  assert.ok((await width()) <= 360, `side by side: the page is ${await width()} px wide`);
  return s;
});

/** Body HTML with the elements both former block lists knew, and those only one of them did. */
const HTML_SAMPLE = `
  <h2>Heading</h2><nav>Nav line</nav>
  <main><section><p>First   paragraph
     wrapped in source,&nbsp;with <b>bold</b> and <a href="#x">a link</a>.</p>
  <form><fieldset><p>In a form</p></fieldset></form>
  <details><summary>Summary</summary><div>Details body</div></details>
  <blockquote>Quoted<br>second line</blockquote>
  <ul><li>One</li><li>Two</li></ul><dl><dt>Term</dt><dd>Definition</dd></dl>
  <table><tr><th>Cell A</th><td>Cell B</td></tr></table>
  <figure><figcaption>Caption</figcaption></figure>
  <pre>pre   kept
  second</pre>
  <script>window.__pxRan = 1</script><noscript>noscript</noscript><button>Share</button>
  <address>Address</address><footer>Footer</footer></section></main>`;

test("embed: the element reads a child <article> exactly as the page reads the same HTML as a file", async (env) => {
  const s = await openPage(env);
  const { page } = s;
  await page.goto(`${env.base}e2e/fixtures/blank.html`);
  const got = await page.evaluate(
    async ([base, sample]) => {
      const { htmlToText } = await import(new URL("www/import.js", base).href);
      await import(new URL("www/parallax-compare.js", base).href);
      const page = htmlToText(`<!doctype html><title>t</title><body>${sample}</body>`).text;
      // The host's own markup: parsed here into an inert document, then moved under the element.
      const doc = new DOMParser().parseFromString(`<body><article id="s" lang="en">${sample}</article></body>`, "text/html");
      const el = document.createElement("parallax-compare");
      el.append(document.adoptNode(doc.getElementById("s")));
      return { page, element: el.articles[0].text, ran: window.__pxRan ?? null };
    },
    [env.base, HTML_SAMPLE],
  );
  assert.equal(got.element, got.page);
  assert.equal(
    got.page,
    [
      "Heading", "Nav line", "First paragraph wrapped in source, with bold and a link.", "In a form", "Summary", "Details body",
      "Quoted\nsecond line", "One", "Two", "Term", "Definition", "Cell A Cell B", "Caption", "pre kept\nsecond", "Address", "Footer",
    ].join("\n\n"),
  );
  assert.equal(got.ran, null, "no script of the sample ran");
  return s;
});

test("[engine] embed: the packaged element (pkg/www, as npm installs it) loads its modules, styles, worker and wasm, and compares", async (env) => {
  const s = await openPage(env);
  const { page } = s;
  await page.goto(`${env.base}e2e/fixtures/blank.html`);
  const result = await page.evaluate(async (base) => {
    await import(new URL("pkg/www/parallax-compare.js", base).href);
    const el = document.createElement("parallax-compare");
    for (const [id, text] of [
      ["north", "Acme Films said its new thriller, directed by Ada Quill, opens in May."],
      ["south", "Acme Films said its new thriller, produced by Ada Quill, opens in May."],
    ]) {
      const a = document.createElement("article");
      a.id = id;
      a.lang = "en";
      a.append(document.createElement("p"));
      a.firstChild.textContent = text;
      el.append(a);
    }
    document.body.append(el);
    for (let i = 0; i < 400 && !el.report; i++) await new Promise((r) => setTimeout(r, 25));
    return { ids: el.report?.articles.map((a) => a.id), sheets: [...el.shadowRoot.querySelectorAll("link")].map((l) => new URL(l.href).pathname) };
  }, env.base);
  assert.deepEqual(result.ids, ["north", "south"]);
  assert.deepEqual(result.sheets, ["/pkg/www/theme.css", "/pkg/www/results.css", "/pkg/www/parallax-compare.css"]);
  const fromPkg = s.requests.filter((u) => u.includes("/pkg/")).map((u) => new URL(u).pathname);
  assert.ok(fromPkg.includes("/pkg/www/html-text.js"), fromPkg.join());
  assert.ok(fromPkg.includes("/pkg/parallax_bg.wasm"), fromPkg.join());
  assert.ok(!s.requests.some((u) => new URL(u, env.base).pathname.startsWith("/www/")), "nothing loaded from the repo's www/");
  return s;
});
