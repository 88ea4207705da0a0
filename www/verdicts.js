// The verdict vocabulary: every word, icon and heading the page, the element and the exports use
// for a verdict key of the report ("conflict", "agree", "single"), in one table. Display order is
// the table's order (conflicts first). The icon AND a word go with every verdict, so it reads
// without colour.

/**
 * @typedef {object} Verdict
 * @property {string} key      the report's verdict value
 * @property {string} icon     shown before the word (aria-hidden: the word carries the meaning)
 * @property {string} word     badge of one fact, and count button label for one fact ("⚠ Conflict")
 * @property {string} words    count button label for 0 or several facts ("Conflicts")
 * @property {string} noun     one fact in running text ("1 agreement")
 * @property {string} nouns    several facts in running text ("2 agreements")
 * @property {string} heading  section heading over the facts of this verdict ("Agreements")
 * @property {string} figureHeading  the same over figures ("Figures that agree")
 */

/** @type {readonly Verdict[]} */
export const VERDICTS = Object.freeze([
  Object.freeze({ key: "conflict", icon: "⚠", word: "Conflict", words: "Conflicts", noun: "conflict", nouns: "conflicts", heading: "Conflicts", figureHeading: "Figures in conflict" }),
  Object.freeze({ key: "agree", icon: "✓", word: "Agree", words: "Agree", noun: "agreement", nouns: "agreements", heading: "Agreements", figureHeading: "Figures that agree" }),
  Object.freeze({ key: "single", icon: "•", word: "Single", words: "Single", noun: "single-source fact", nouns: "single-source facts", heading: "Single-source facts", figureHeading: "Figures only one article states" }),
]);

const BY_KEY = new Map(VERDICTS.map((v) => [v.key, v]));

/** The verdict's entry; an unknown verdict (a later contract) reads as its own key everywhere. */
export function verdictInfo(key) {
  const known = BY_KEY.get(key);
  if (known) return known;
  const word = String(key);
  return { key, icon: "?", word, words: word, noun: word, nouns: word, heading: word, figureHeading: word };
}

/** Position of a verdict in display order; unknown verdicts come last. */
export function verdictRank(key) {
  const i = VERDICTS.findIndex((v) => v.key === key);
  return i < 0 ? VERDICTS.length : i;
}

/** "1 conflict", "2 agreements", "0 single-source facts". */
export function countPhrase(key, n) {
  const v = verdictInfo(key);
  return `${n} ${n === 1 ? v.noun : v.nouns}`;
}

/** The count button's word: singular for exactly one fact. */
export function countLabel(key, n) {
  const v = verdictInfo(key);
  return n === 1 ? v.word : v.words;
}
