//! Sentences of all articles → N-way passages (a collation table), moved flags, near-copies.

use crate::report::{CopyPair, Passage};
use crate::types::{Lang, Span};

/// A language-neutral anchor inside a sentence: a name, number or date with its key.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct AnchorMention {
    /// The words of the anchor in the original text.
    pub span: Span,
    /// Its key, equal across languages for the same thing ("2014", "4800000000 USD", "jane doe").
    pub key: String,
}

/// What the passage aligner needs of one article.
pub(crate) struct AlignInput<'a> {
    /// Article id.
    pub id: &'a str,
    /// Original text.
    pub text: &'a str,
    /// Language.
    pub lang: Lang,
    /// Sentence spans, in order.
    pub sentences: &'a [Span],
    /// Word spans of each sentence (same order as `sentences`).
    pub words: Vec<&'a [Span]>,
    /// Anchors of each sentence (same order as `sentences`).
    pub anchors: Vec<Vec<AnchorMention>>,
}

/// Groups sentences that say the same thing across articles.
pub(crate) fn passages(articles: &[AlignInput<'_>]) -> Vec<Passage> {
    let _ = articles;
    Vec::new()
}

/// Pairs of articles that are near-copies (share of matching sentences ≥ `threshold`).
pub(crate) fn copies(articles: &[AlignInput<'_>], threshold: f64) -> Vec<CopyPair> {
    let _ = (articles, threshold);
    Vec::new()
}
