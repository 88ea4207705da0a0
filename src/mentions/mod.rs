//! Stage 4, mentions: a [`Sentence`](crate::segment::Sentence) → the names, quantities and dates in it.

pub(crate) mod anchors;
pub(crate) mod date;
pub(crate) mod name;
pub(crate) mod quantity;
pub(crate) mod scan;

use crate::lang::tables;
use crate::types::{Lang, Span};
use date::{DateMention, DateValue};
use name::{Name, Tok, WordsAlone};
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
    /// The mentions of `sentence` of `text` (tests read single sentences).
    #[cfg(test)]
    pub(crate) fn of(
        text: &str,
        sentence: Span,
        lang: Lang,
        published: Option<DateValue>,
    ) -> Mentions {
        let alone = WordsAlone::of(text);
        Mentions::with(text, sentence, lang, published, &alone)
    }

    /// The mentions of every sentence of one article (what the article writes is read once).
    pub(crate) fn of_article(
        text: &str,
        sentences: impl Iterator<Item = Span>,
        lang: Lang,
        published: Option<DateValue>,
    ) -> Vec<Mentions> {
        let alone = WordsAlone::of(text);
        sentences
            .map(|s| Mentions::with(text, s, lang, published, &alone))
            .collect()
    }

    fn with(
        text: &str,
        sentence: Span,
        lang: Lang,
        published: Option<DateValue>,
        alone: &WordsAlone<'_>,
    ) -> Mentions {
        let toks = name::tokens(text, sentence);
        let names = name::names(text, &toks, &tables(lang).claims, alone);
        // One quantity scan and one date reading serve both lists (quantities need the dates
        // read without a publication date; with none given, those are the dates themselves).
        let t = &tables(lang).numbers;
        let scanned = quantity::scan(sentence.of(text), t);
        let starts = name::letter_word_starts(text, sentence, &toks);
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
    let starts = name::letter_word_starts(text, sentence, &name::tokens(text, sentence));
    let dates = date::dates_among(text, sentence, t, None, &scanned, &starts);
    quantity::quantities_among(text, sentence, t, &spans(&dates), scanned, &starts)
}
