//! Stage 4, mentions: a [`Sentence`](crate::segment::Sentence) → the names, quantities and dates in it.

pub(crate) mod anchors;
pub(crate) mod date;
pub(crate) mod name;
pub(crate) mod quantity;

use crate::lang::tables;
use crate::types::{Lang, Span};
use date::{DateMention, DateValue};
use name::{Name, Tok};
use quantity::Quantity;

/// Everything stage 4 finds in one sentence. Computed once: claims and passage anchors both read it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Mentions {
    /// The sentence.
    pub span: Span,
    /// Its words and punctuation.
    pub toks: Vec<Tok>,
    /// Capitalised runs that can be names, as token ranges.
    pub names: Vec<Name>,
    /// Money, percentages and counts.
    pub quantities: Vec<Quantity>,
    /// Dates, relative ones resolved against `published`.
    pub dates: Vec<DateMention>,
}

impl Mentions {
    /// The mentions of `sentence` of `text`.
    pub(crate) fn of(
        text: &str,
        sentence: Span,
        lang: Lang,
        published: Option<DateValue>,
    ) -> Mentions {
        let toks = name::tokens(text, sentence);
        let names = name::names(text, &toks, &tables(lang).claims);
        // One quantity scan and one date reading serve both lists (quantities need the dates
        // read without a publication date; with none given, those are the dates themselves).
        let t = &tables(lang).numbers;
        let scanned = quantity::scan(sentence.of(text), t);
        let undated = date::dates_among(text, sentence, t, None, &scanned);
        let dates = match published {
            None => undated.clone(),
            Some(_) => date::dates_among(text, sentence, t, published, &scanned),
        };
        Mentions {
            span: sentence,
            names,
            toks,
            quantities: quantity::quantities_among(text, sentence, t, &undated, scanned),
            dates,
        }
    }
}
