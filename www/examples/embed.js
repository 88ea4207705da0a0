// The second way to feed <parallax-compare>: a script sets its `articles` property. Here the
// articles are the demo files next to the page; listeners show what a host page receives.
import { loadDemo } from "../store.js";

const element = document.getElementById("from-property");
const note = document.getElementById("from-property-note");

element.addEventListener("parallax-result", (event) => {
  const report = event.detail;
  const conflicts = report.facts.filter((f) => f.verdict === "conflict").length;
  note.textContent = `parallax-result: ${report.articles.length} articles, ${report.facts.length} facts, ${conflicts} conflicts.`;
});
element.addEventListener("parallax-error", (event) => {
  note.textContent = `parallax-error: ${event.detail.message}`;
});

loadDemo().then(
  (articles) => {
    element.articles = articles.map(({ id, text }) => ({ id, text }));
  },
  (error) => {
    note.textContent = `Could not load the demo articles: ${error.message}`;
  },
);
