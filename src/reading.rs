//! The reading contract: what the engine reads in each article, without comparing (`read`, the
//! CLI's `parallax read`). Like [`Report`](crate::Report), the only shape that leaves the core for
//! this call; offsets are UTF-8 bytes here and UTF-16 code units after [`Reading::into_utf16`].
//!
//! ```text
//! {"version": 1, "articles": [{"id", "language", "mentions": [{"kind", "text", "start", "end",
//!   "value", "value_to", "unit", "context", "qualifier"}]}]}
//! ```

use serde::Serialize;

use crate::mentions::date::DateMention;
use crate::mentions::quantity::{Quantity, Unit};
use crate::mentions::Mentions;
use crate::report::Utf16Map;
use crate::segment::tokens::alphanumeric_end;
use crate::types::Lang;

/// Version of the reading contract.
pub const READING_VERSION: u32 = 1;

/// What the engine read in every article, in input order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reading {
    /// [`READING_VERSION`].
    pub version: u32,
    /// One entry per article.
    pub articles: Vec<ArticleReading>,
}

/// What the engine read in one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleReading {
    /// The article's id.
    pub id: String,
    /// Its language, given or detected.
    pub language: Lang,
    /// Every figure and date read, in text order.
    pub mentions: Vec<Mention>,
}

/// What a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MentionKind {
    /// A number that counts or measures nothing named: "18", "zwei".
    Number,
    /// A percentage: "2,9 %" (value 2.9).
    Percent,
    /// Money, with its ISO 4217 currency as the unit.
    Money,
    /// A measure with its unit ("12 km").
    Measure,
    /// A count of a thing named ("15 Menschen").
    Count,
    /// An age ("45 ans").
    Age,
    /// An ordinal ("84th").
    Ordinal,
    /// A calendar date, to the month or the day ("YYYY-MM-DD", "YYYY-MM").
    Date,
    /// A time of day ("HH:MM").
    Time,
    /// A year alone ("YYYY").
    Year,
}

impl MentionKind {
    /// The kind as the contract writes it: "number", "money", ….
    pub fn as_str(&self) -> &'static str {
        match self {
            MentionKind::Number => "number",
            MentionKind::Percent => "percent",
            MentionKind::Money => "money",
            MentionKind::Measure => "measure",
            MentionKind::Count => "count",
            MentionKind::Age => "age",
            MentionKind::Ordinal => "ordinal",
            MentionKind::Date => "date",
            MentionKind::Time => "time",
            MentionKind::Year => "year",
        }
    }
}

/// The value of a mention: a number, or the text of a date or time.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum MentionValue {
    /// Numbers, percentages (2.9 for "2,9 %"), money (scale applied).
    Number(f64),
    /// Dates ("YYYY-MM-DD", "YYYY-MM", "YYYY") and times ("HH:MM").
    Text(String),
}

/// One figure or date as read.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    /// What it is.
    pub kind: MentionKind,
    /// The words, as written.
    pub text: String,
    /// Start of the words in the article's text.
    pub start: usize,
    /// End of the words in the article's text.
    pub end: usize,
    /// Its value; `None` when a relative date could not be resolved.
    pub value: Option<MentionValue>,
    /// The second value of a range, or the new value of a change.
    pub value_to: Option<MentionValue>,
    /// The ISO 4217 code of money, or a unit id of a measure.
    pub unit: Option<String>,
    /// The words that say what the figure measures, when the engine found them.
    pub context: Option<String>,
    /// approx, at_most, at_least, more_than or less_than, when the text qualifies the value.
    pub qualifier: Option<String>,
}

impl Reading {
    /// The same reading with every offset in UTF-16 code units of its article's text (`texts`
    /// in article order), as JavaScript counts them.
    pub fn into_utf16(mut self, texts: &[&str]) -> Reading {
        for (article, text) in self.articles.iter_mut().zip(texts) {
            let map = Utf16Map::new(text);
            for m in &mut article.mentions {
                (m.start, m.end) = (map.at(m.start), map.at(m.end));
            }
        }
        self
    }
}

/// The mentions of one article's sentences, in text order.
pub(crate) fn mentions_of(text: &str, sentences: &[Mentions<'_>]) -> Vec<Mention> {
    let mut out: Vec<Mention> = sentences
        .iter()
        .flat_map(|m| {
            let quantities = m.quantities.iter().map(|q| quantity(text, q));
            quantities.chain(m.dates.iter().map(|d| date(text, d)))
        })
        .collect();
    out.sort_by_key(|m| (m.start, m.end));
    out
}

fn quantity(text: &str, q: &Quantity) -> Mention {
    let (kind, unit) = match q.unit {
        Unit::Money(code) => (MentionKind::Money, Some(code.to_string())),
        Unit::Percent => (MentionKind::Percent, None),
        Unit::Count => (MentionKind::Number, None),
    };
    Mention {
        kind,
        text: q.span.of(text).to_string(),
        start: q.span.start,
        end: q.span.end,
        value: Some(MentionValue::Number(q.value)),
        value_to: None,
        unit,
        // The cue matched a word's start ("rais" of "raised"): the context is the whole word.
        context: q
            .cue
            .map(|c| text[c.start..alphanumeric_end(text, c.end)].to_string()),
        qualifier: None,
    }
}

fn date(text: &str, d: &DateMention) -> Mention {
    let kind = if d.value.month.is_some() {
        MentionKind::Date
    } else {
        MentionKind::Year
    };
    Mention {
        kind,
        text: d.span.of(text).to_string(),
        start: d.span.start,
        end: d.span.end,
        value: Some(MentionValue::Text(d.value.key())),
        value_to: None,
        unit: None,
        context: None,
        qualifier: None,
    }
}
