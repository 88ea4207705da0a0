//! Stage 4, mentions: a [`Sentence`](crate::segment::Sentence) → the names, quantities and dates in it.

pub(crate) mod anchors;
pub(crate) mod date;
pub(crate) mod measure;
pub(crate) mod name;
pub(crate) mod qualify;
pub(crate) mod quantity;
pub(crate) mod scan;
pub(crate) mod words;

use std::borrow::Cow;

use crate::lang::tables;
use crate::segment::tokens::{letter_word_starts, Tok};
use crate::segment::Sentence;
use crate::types::{Lang, Span};
use date::{DateMention, DateValue};
use name::{Name, WordsAlone};
use quantity::Quantity;

/// Everything stage 4 finds in one sentence. Computed once: claims and passage anchors both read it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Mentions<'s> {
    /// The sentence.
    pub span: Span,
    /// Its words and punctuation, the segmenter's (borrowed from the [`Sentence`]; tests of one
    /// sentence tokenize it themselves).
    pub toks: Cow<'s, [Tok]>,
    /// Capitalised runs that can be names, as token ranges.
    pub names: Vec<Name>,
    /// Money, percentages and counts.
    pub quantities: Vec<Quantity>,
    /// Dates, relative ones resolved against `published`.
    pub dates: Vec<DateMention>,
}

impl<'s> Mentions<'s> {
    /// The mentions of `sentence` of `text` (tests read single sentences).
    #[cfg(test)]
    pub(crate) fn of(
        text: &str,
        sentence: Span,
        lang: Lang,
        published: Option<DateValue>,
    ) -> Mentions<'static> {
        let alone = WordsAlone::of(text);
        let toks = crate::segment::tokens::tokens(text, sentence);
        Mentions::with(text, sentence, Cow::Owned(toks), lang, published, &alone)
    }

    /// The mentions of every sentence of one article (what the article writes is read once).
    pub(crate) fn of_article(
        text: &str,
        sentences: &'s [Sentence],
        lang: Lang,
        published: Option<DateValue>,
    ) -> Vec<Mentions<'s>> {
        let alone = WordsAlone::of(text);
        sentences
            .iter()
            .map(|s| {
                let toks = Cow::Borrowed(s.toks.as_slice());
                Mentions::with(text, s.span, toks, lang, published, &alone)
            })
            .collect()
    }

    fn with(
        text: &str,
        sentence: Span,
        toks: Cow<'s, [Tok]>,
        lang: Lang,
        published: Option<DateValue>,
        alone: &WordsAlone<'_>,
    ) -> Mentions<'s> {
        let names = name::names(text, &toks, &tables(lang).claims, alone);
        // One quantity scan and one date reading serve both lists (quantities need the dates
        // read without a publication date; with none given, those are the dates themselves).
        let t = &tables(lang).numbers;
        let scanned = quantity::scan(sentence.of(text), t);
        let starts = letter_word_starts(text, sentence, &toks);
        let undated = date::dates_among(text, sentence, t, None, &scanned, &starts);
        let dates = match published {
            None => undated.clone(),
            Some(_) => date::dates_among(text, sentence, t, published, &scanned, &starts),
        };
        Mentions {
            span: sentence,
            names,
            toks,
            quantities: quantity::quantities_among(
                text,
                sentence,
                t,
                &spans(&undated),
                scanned,
                &starts,
            ),
            dates,
        }
    }
}

fn spans(dates: &[DateMention]) -> Vec<Span> {
    dates.iter().map(|d| d.span).collect()
}

/// The quantities of `sentence` of `text`, read as the pipeline reads them (tests of one sentence).
#[cfg(test)]
pub(crate) fn quantities(text: &str, sentence: Span, lang: Lang) -> Vec<Quantity> {
    let t = &tables(lang).numbers;
    let scanned = quantity::scan(sentence.of(text), t);
    let toks = crate::segment::tokens::tokens(text, sentence);
    let starts = letter_word_starts(text, sentence, &toks);
    let dates = date::dates_among(text, sentence, t, None, &scanned, &starts);
    quantity::quantities_among(text, sentence, t, &spans(&dates), scanned, &starts)
}
