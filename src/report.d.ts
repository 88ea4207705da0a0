/** An article to compare. Offsets in the report index `text` in UTF-16 code units. */
export interface ArticleInput {
  /** Unique, non-empty id. */
  id: string;
  /** The article text exactly as written. */
  text: string;
  /** Optional title; defaults to the first content line. */
  title?: string | null;
  /** Optional language override: "en", "fr", "de", "es", "it". */
  language?: string | null;
  /** Optional publication date, YYYY-MM-DD: anchors "yesterday", "last year". */
  published?: string | null;
}

/**
 * Limits and tolerances; every field optional. A value out of range (NaN and Infinity included)
 * makes `compare` throw a `CompareError` of kind "bad_option" whose `limit` is the range.
 */
export interface CompareOptions {
  /** Largest number of articles accepted: a whole number from 2 to 100 (default 100). */
  maxArticles?: number;
  /** Largest article accepted, in UTF-8 bytes: a whole number from 1 to 2,000,000 (the default). */
  maxArticleBytes?: number;
  /** Relative difference under which two amounts agree: 0 to 1 (default 0.05). */
  amountTolerance?: number;
  /** Similarity from which two articles are near-copies: 0 to 1 (default 0.8). */
  copyThreshold?: number;
}

/**
 * What `compare` throws on bad input: an `Error` whose message names the article and the problem
 * (the line the CLI prints), with the same facts as fields, each null when it does not apply.
 */
export interface CompareError extends Error {
  /** What is wrong, as a stable snake_case name. */
  kind: ErrorKind;
  /** The id of the article at fault, when one article is. */
  article: string | null;
  /**
   * The limit not met: a number for the fewest articles ("too_few_articles": 2), the most
   * ("too_many_articles") or the most bytes per article ("too_large"); [min, max], both included,
   * for an option out of range ("bad_option").
   */
  limit: number | [min: number, max: number] | null;
}

/**
 * The kinds of `CompareError`; more may be added. Article-level kinds (with `article`):
 * duplicate_id, empty_text, too_large, bad_language, bad_date, unsupported_language (an article
 * without a language code whose text reads as a language Parallax does not read: Portuguese, Dutch,
 * Catalan, Romanian or another script; set its `language` to compare it anyway). "bad_option" also covers an unknown
 * option name or a value of the wrong type (limit null then); "bad_input": `articles` is not an
 * array of `ArticleInput`.
 */
export type ErrorKind =
  | "too_few_articles"
  | "too_many_articles"
  | "empty_id"
  | "duplicate_id"
  | "empty_text"
  | "too_large"
  | "bad_language"
  | "bad_date"
  | "unsupported_language"
  | "bad_option"
  | "bad_input";

/** A range of UTF-16 code units in an article's text. */
export interface Span { start: number; end: number; }

export type Language = "en" | "fr" | "de" | "es" | "it" | "und";
export type FactKind = "role" | "position" | "amount" | "date" | "title" | "figure";
export type Verdict = "conflict" | "agree" | "single";

/** Report contract v1. */
export interface Report {
  version: 1;
  articles: ArticleView[];
  facts: Fact[];
  passages: Passage[];
  copies: CopyPair[];
}

export interface ArticleView {
  id: string;
  title: string;
  language: Language;
  published: string | null;
  /** Site furniture that yields no facts. */
  boilerplate: Span[];
  sentences: Span[];
}

export interface Fact {
  /** "f1", "f2", … */
  id: string;
  kind: FactKind;
  subject: string;
  /** Canonical English attribute: "role", "CEO", "raised", "title", … */
  attribute: string;
  object: string | null;
  verdict: Verdict;
  /** Why the verdict, in plain words. */
  reason: string;
  claims: ClaimView[];
}

export interface ClaimView {
  article: string;
  /** Normalized value: "producer", "CEO", "4800000000 USD", "2014". */
  value: string;
  /** The sentence as written. */
  quote: string;
  start: number;
  end: number;
  /** The words inside the quote that carry the value. */
  evidence: Span;
  /** For figures: the words of the clause that say what it measures; else null. */
  context: string | null;
}

export interface Passage {
  members: Member[];
  moved: boolean;
  anchors: Anchor[];
  /** Same-language word diffs: each member against the first member of its language. */
  diffs: WordDiff[];
}

export interface Member { article: string; start: number; end: number; }

export interface Anchor {
  article: string;
  start: number;
  end: number;
  /** Language-neutral key: "2014", "4800000000 USD", "jane doe". */
  key: string;
  /** True when another member has the same key. */
  shared: boolean;
}

export interface WordDiff {
  from: string;
  to: string;
  ops: DiffOp[];
}

export interface DiffOp {
  op: "equal" | "delete" | "insert";
  /** The article `start`/`end` index: `from` for equal and delete, `to` for insert. */
  article: string;
  start: number;
  end: number;
}

export interface CopyPair {
  articles: [string, string];
  /** 0..1 */
  similarity: number;
}

/**
 * What `read` returns: every figure and date the engine reads in each article, without comparing
 * (reading contract v1; offsets in UTF-16 code units of the article's `text`).
 */
export interface Reading {
  version: 1;
  articles: ArticleReading[];
}

export interface ArticleReading {
  id: string;
  /** Given or detected. */
  language: Language;
  /** In text order. */
  mentions: Mention[];
}

export type MentionKind =
  | "number"
  | "percent"
  | "money"
  | "measure"
  | "count"
  | "age"
  | "ordinal"
  | "date"
  | "time"
  | "year";

export interface Mention {
  kind: MentionKind;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  /**
   * A number (percent 2.9 for "2,9 %", money with its scale applied), or the text of a date
   * ("YYYY-MM-DD", "YYYY-MM", "YYYY") or time ("HH:MM"); null for a relative date left unresolved.
   */
  value: number | string | null;
  /** The second value of a range, or the new value of a change. */
  value_to: number | string | null;
  /** The ISO 4217 code of money, or a unit id of a measure ("m", "km", "kg", "°C"). */
  unit: string | null;
  /** The words that say what the figure measures, when the engine found them. */
  context: string | null;
  qualifier: "approx" | "at_most" | "at_least" | "more_than" | "less_than" | null;
}
