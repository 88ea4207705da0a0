//! Dates: absolute, years, months, relative to the publication date.

use crate::types::{Lang, Span};

/// A calendar date at the precision the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct DateValue {
    /// Year.
    pub year: i32,
    /// Month 1..=12, when given.
    pub month: Option<u8>,
    /// Day 1..=31, when given.
    pub day: Option<u8>,
}

/// A date found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DateMention {
    /// The words of the date ("last year", "le 3 juin 2014").
    pub span: Span,
    /// Its value; relative dates are resolved against the publication date.
    pub value: DateValue,
}

/// Finds the dates in `sentence` of `text`. Relative dates ("yesterday", "l'année dernière") are
/// returned only when `published` is given.
pub(crate) fn dates(
    text: &str,
    sentence: Span,
    lang: Lang,
    published: Option<DateValue>,
) -> Vec<DateMention> {
    let _ = (text, sentence, lang, published);
    Vec::new()
}
