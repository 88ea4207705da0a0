// Declarations of <parallax-compare> (www/parallax-compare.js). The report types are the engine's.
import type { ArticleInput, CompareError, ErrorKind, Report } from "../pkg/parallax.js";

/** The element: the facts ledger and side by side of the articles it is given. */
export declare class ParallaxCompare extends HTMLElement {
  /** The articles compared: those set here, else those read from child <article> elements. */
  get articles(): ArticleInput[];
  /** Sets the articles to compare; null goes back to the child <article> elements. */
  set articles(list: ArticleInput[] | null);
  /** The last report shown (UTF-16 offsets), or null. */
  readonly report: Report | null;
}

/**
 * The detail of a `parallax-error` event: the engine's `CompareError` fields as a plain object.
 * `kind` is null when the comparison itself failed (its worker could not start, or stopped).
 */
export interface ParallaxErrorDetail {
  /** Names the article and the problem. */
  message: string;
  kind: ErrorKind | null;
  article: string | null;
  limit: CompareError["limit"];
}

/** The text of an element as a reader sees its paragraphs: blocks apart, indentation gone. */
export declare function textOf(el: Element): string;

declare global {
  interface HTMLElementTagNameMap {
    "parallax-compare": ParallaxCompare;
  }
  interface HTMLElementEventMap {
    /** A finished comparison; detail is the report. */
    "parallax-result": CustomEvent<Report>;
    /** Bad input; detail.message names the article and the problem, detail.article its id. */
    "parallax-error": CustomEvent<ParallaxErrorDetail>;
  }
}
