//! The reading contract: what the engine reads in each article, without comparing (`read`, the
//! CLI's `parallax read`). Like [`Report`](crate::Report), the only shape that leaves the core for
//! this call; offsets are UTF-8 bytes here and UTF-16 code units after [`Reading::into_utf16`].
//!
//! ```text
//! {"version": 1, "articles": [{"id", "language", "mentions": [{"kind", "text", "start", "end",
//!   "value", "value_to", "unit", "context", "qualifier"}]}]}
//! ```

use serde::Serialize;

use crate::lang::{tables, weekdays, ClaimTables, NumberTables, Relative};
use crate::mentions::date::{relative_phrases, DateMention, DateValue};
use crate::mentions::measure::{first_number, measures, Measure};
use crate::mentions::qualify::{qualifier, range_link, Link};
use crate::mentions::quantity::{format_number, Quantity, Unit};
use crate::mentions::words::word_numbers;
use crate::mentions::Mentions;
use crate::report::Utf16Map;
use crate::segment::tokens::alphanumeric_end;
use crate::segment::tokens::{letter_word_starts, phrase_end, Tok};
use crate::types::{Lang, Span};

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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
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
    /// Kinds whose value words before it can qualify ("about 40", "mehr als 2 Prozent").
    fn is_figure(&self) -> bool {
        matches!(
            self,
            MentionKind::Number
                | MentionKind::Percent
                | MentionKind::Money
                | MentionKind::Measure
                | MentionKind::Count
                | MentionKind::Age
        )
    }

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

impl Mention {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// A mention of `kind` with `value` over `span` of `text`; no range, unit, context or
    /// qualifier (the readers that know one set it).
    fn new(text: &str, span: Span, kind: MentionKind, value: Option<MentionValue>) -> Mention {
        Mention {
            kind,
            text: span.of(text).to_string(),
            start: span.start,
            end: span.end,
            value,
            value_to: None,
            unit: None,
            context: None,
            qualifier: None,
        }
    }
}

impl Mention {
    /// The normalized value as a figure fact's claims write it: "12", "2.9%", "1672000000 EUR",
    /// "2015-06-09", "10:30"; `None` for an unresolved relative date.
    pub fn key(&self) -> Option<String> {
        let number = match self.value.as_ref()? {
            MentionValue::Text(text) => return Some(text.clone()),
            MentionValue::Number(n) => format_number(*n),
        };
        Some(match (self.kind, &self.unit) {
            (MentionKind::Percent, _) => format!("{number}%"),
            (_, Some(unit)) => format!("{number} {unit}"),
            (_, None) => number,
        })
    }
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

/// The mentions of one article's sentences, in text order: quantities and dates as the
/// comparison reads them, and ages, ordinals written with digits and numbers written in words
/// (read here only: the comparison does not use them yet), which take the place of the bare
/// number they hold.
///
/// Without a publication date, relative dates ("yesterday", "l'an dernier") are listed with no
/// value, so a reader sees what was left unresolved.
pub(crate) fn mentions_of(
    text: &str,
    sentences: &[Mentions<'_>],
    lang: Lang,
    published: Option<DateValue>,
) -> Vec<Mention> {
    let t = tables(lang);
    let mut out: Vec<Mention> = Vec::new();
    for m in sentences {
        let mut found = Vec::new();
        let found_days = named_weekdays(m, lang, &t.numbers);
        found.extend(found_days.into_iter().map(|day| {
            let value = published.and_then(|p| day.resolve(p));
            let value = value.map(|v| MentionValue::Text(v.key()));
            Mention::new(text, day.span, MentionKind::Date, value)
        }));
        let relative = match published {
            None => unresolved(text, m, &t.numbers),
            Some(_) => Vec::new(),
        };
        let mut figures = ages(text, &m.toks, &t.claims);
        figures.extend(ordinals(&m.toks, t.numbers.ordinal_suffixes));
        // Numbers in words: a count read off one of their words gives way to them; money and
        // percentages keep their words ("vingt millions de dollars" is money already).
        figures.extend(
            word_numbers(&m.toks, &t.numbers)
                .into_iter()
                .filter(|n| {
                    let within = |q: &Quantity| q.unit == Unit::Count && n.span.contains(q.span);
                    !m.quantities
                        .iter()
                        .any(|q| q.span.overlaps(n.span) && !within(q))
                })
                .map(|n| {
                    let kind = if n.percent {
                        MentionKind::Percent
                    } else {
                        MentionKind::Number
                    };
                    (n.span, kind, n.value)
                }),
        );
        figures.retain(|f| !m.dates.iter().any(|d| d.span.overlaps(f.0)));
        // Measures take the place of the bare numbers they hold; dates, relative ones, ages,
        // ordinals, percentages and money keep theirs ("$3m" is money, "29 years old" an age).
        let taken = |span: Span| {
            m.dates.iter().any(|d| d.span.overlaps(span))
                || relative
                    .iter()
                    .any(|r| span.overlaps(Span::new(r.start, r.end)))
                || figures
                    .iter()
                    .any(|f| f.1 != MentionKind::Number && f.0.overlaps(span))
                || m.quantities
                    .iter()
                    .any(|q| q.unit != Unit::Count && q.span.overlaps(span))
        };
        let read: Vec<Measure> = measures(text, m.span, &m.toks, lang)
            .into_iter()
            .filter(|x| !taken(x.span))
            .collect();
        figures.retain(|f| !read.iter().any(|x| x.span.overlaps(f.0)));
        let inside = |span: Span| {
            figures.iter().any(|f| f.0.overlaps(span)) || read.iter().any(|x| x.span.overlaps(span))
        };
        found.extend(
            m.quantities
                .iter()
                .filter(|q| q.unit != Unit::Count || !inside(q.span))
                .map(|q| quantity(text, q)),
        );
        found.extend(m.dates.iter().map(|d| date(text, d)));
        found.extend(figures.into_iter().map(|(span, kind, value)| {
            Mention::new(text, span, kind, Some(MentionValue::Number(value)))
        }));
        found.extend(read.iter().map(|x| measure(text, x)));
        found.extend(relative);
        found.sort_by_key(|m| (m.start, m.end));
        let joined = join_ranges(text, m.span, found, &t.numbers);
        out.extend(joined.into_iter().map(|mut x| {
            if x.value_to.is_none() && x.kind.is_figure() {
                x.qualifier =
                    qualifier(text, m.span.start, x.start, &t.numbers).map(str::to_string);
            }
            x
        }));
    }
    out.sort_by_key(|m| (m.start, m.end));
    out
}

/// The weekdays a sentence names outside its dates ("mardi", "am Dienstagabend", "on Tuesday"):
/// each is the last such day up to the publication date, or unresolved without one.
fn named_weekdays(m: &Mentions<'_>, lang: Lang, t: &NumberTables) -> Vec<NamedWeekday> {
    let names = weekdays(lang);
    let toks = &m.toks;
    let word_at = |i: usize| toks.get(i).filter(|t| t.word).map(|t| t.norm.as_str());
    let mut out = Vec::new();
    for (i, tok) in toks.iter().enumerate() {
        if !tok.word || m.dates.iter().any(|d| d.span.overlaps(tok.span)) {
            continue;
        }
        let word = tok.norm.as_str();
        let Some((name, weekday)) = names.iter().find(|(name, _)| word.starts_with(name)) else {
            continue;
        };
        let rest = &word[name.len()..];
        if !(rest.is_empty() || t.day_parts.contains(&rest)) {
            continue;
        }
        // "next Monday", "nächsten Montag"; "lundi prochain", "lunedì scorso".
        let before = i
            .checked_sub(1)
            .and_then(word_at)
            .and_then(|w| t.weekday_before.iter().find(|(m, _)| *m == w));
        let after = word_at(i + 1).and_then(|w| t.weekday_after.iter().find(|(m, _)| *m == w));
        let span = match (before, after) {
            (Some(_), _) => Span::new(toks[i - 1].span.start, tok.span.end),
            (None, Some(_)) => Span::new(tok.span.start, toks[i + 1].span.end),
            (None, None) => tok.span,
        };
        let step = before.or(after).map_or(0, |(_, step)| *step);
        out.push(NamedWeekday {
            span,
            weekday: *weekday,
            step,
        });
    }
    out
}

/// A weekday named in a sentence: its words, its day (Monday = 0), and whether it is the next
/// (1) or the last (-1) such day, or the one the news means by the day alone (0).
struct NamedWeekday {
    span: Span,
    weekday: u8,
    step: i8,
}

impl NamedWeekday {
    /// The date it names in an article published on `published`.
    fn resolve(&self, published: DateValue) -> Option<DateValue> {
        match self.step {
            // The next such day after the publication date.
            1 => published.add_days(7)?.last_weekday(self.weekday),
            // The last such day before it.
            -1 => published.add_days(-1)?.last_weekday(self.weekday),
            _ => published.last_weekday(self.weekday),
        }
    }
}

/// The relative dates of a sentence read without a publication date: kind and words, no value.
fn unresolved(text: &str, m: &Mentions<'_>, t: &NumberTables) -> Vec<Mention> {
    let starts = letter_word_starts(text, m.span, &m.toks);
    relative_phrases(text, m.span, t, &starts)
        .into_iter()
        .filter(|(span, _)| !m.dates.iter().any(|d| d.span.overlaps(*span)))
        .map(|(span, offset)| {
            let kind = match offset {
                Relative::Years(_) => MentionKind::Year,
                Relative::Days(_) | Relative::Months(_) => MentionKind::Date,
            };
            Mention::new(text, span, kind, None)
        })
        .collect()
}

/// A figure read off the tokens: its words, kind and value.
type Figure = (Span, MentionKind, f64);

/// The whole number a token is written as, when it is only digits.
fn digits(text: &str, tok: &Tok) -> Option<f64> {
    let word = tok.span.of(text);
    (tok.word && word.bytes().all(|b| b.is_ascii_digit()) && word.len() <= 3)
        .then(|| word.parse().ok())
        .flatten()
}

/// Ages: "29 years old", "45 ans", "30 Jahre alt", "the 27-year-old", "der 27-Jährige".
fn ages(text: &str, toks: &[Tok], t: &ClaimTables) -> Vec<Figure> {
    let mut out = Vec::new();
    for (i, tok) in toks.iter().enumerate() {
        // "27-year-old" and "27-Jährige" are one token.
        if let Some((number, rest)) = tok.norm.split_once(['-', '‑']) {
            if let (Ok(age), true) = (number.parse::<f64>(), t.age_adjectives.contains(&rest)) {
                out.push((tok.span, MentionKind::Age, age));
            }
            continue;
        }
        let Some(age) = digits(text, tok) else {
            continue;
        };
        let unit = t
            .age_units
            .iter()
            .find_map(|unit| phrase_end(toks, i + 1, unit))
            .map(|end| toks[end - 1].span.end);
        if let Some(end) = unit {
            out.push((Span::new(tok.span.start, end), MentionKind::Age, age));
        }
    }
    out
}

/// Ordinals written with digits: "21st", "1er", "3ème", "2º", and German "3." before a word
/// (the segmenter never ends a sentence there).
fn ordinals(toks: &[Tok], suffixes: &[&str]) -> Vec<Figure> {
    let mut out = Vec::new();
    for (i, tok) in toks.iter().enumerate().filter(|(_, t)| t.word) {
        let word = tok.norm.as_str();
        let split = word.bytes().take_while(u8::is_ascii_digit).count();
        if split == 0 || split > 4 {
            continue;
        }
        let (number, suffix) = word.split_at(split);
        let Ok(rank) = number.parse::<f64>() else {
            continue;
        };
        if !suffix.is_empty() && suffixes.contains(&suffix) {
            out.push((tok.span, MentionKind::Ordinal, rank));
        } else if suffix.is_empty() && suffixes.contains(&".") {
            let dot = toks
                .get(i + 1)
                .filter(|t| !t.word && t.norm == "." && t.span.start == tok.span.end);
            let next_word = toks.get(i + 2).is_some_and(|t| t.word);
            if let (Some(dot), true) = (dot, next_word) {
                out.push((
                    Span::new(tok.span.start, dot.span.end),
                    MentionKind::Ordinal,
                    rank,
                ));
            }
        }
    }
    out
}

/// Figures that the words between make one range or change ("between 35 and 70", "von 2,1 auf
/// 2,9 Prozent", "35–70 km"): one mention over both, with the first value and the second as
/// `value_to`, of the second's kind and unit when the first is a bare number (its scale too:
/// "between 3 and 5 million dollars"). A dash alone joins a number to a larger one with a unit
/// only: "2–0" and "11–6" are scores, two numbers.
fn join_ranges(text: &str, sentence: Span, found: Vec<Mention>, t: &NumberTables) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    for next in found {
        let joined = out
            .last()
            .and_then(|last| range(text, sentence, last, &next, t));
        match joined {
            Some(range) => *out.last_mut().expect("a last mention") = range,
            None => out.push(next),
        }
    }
    out
}

fn range(
    text: &str,
    sentence: Span,
    a: &Mention,
    b: &Mention,
    t: &NumberTables,
) -> Option<Mention> {
    let (Some(MentionValue::Number(from)), Some(MentionValue::Number(to))) = (&a.value, &b.value)
    else {
        return None;
    };
    let numeric = |m: &Mention| {
        matches!(
            m.kind,
            MentionKind::Number | MentionKind::Percent | MentionKind::Money | MentionKind::Measure
        ) && m.value_to.is_none()
    };
    let same = a.kind == b.kind && a.unit == b.unit;
    if !numeric(a) || !numeric(b) || !(same || a.kind == MentionKind::Number) {
        return None;
    }
    let link = range_link(text, sentence.start, a.span(), b.span(), t)?;
    if link == Link::Dash && (b.kind == MentionKind::Number || from >= to) {
        return None;
    }
    // "between 3 and 5 million dollars", "100 bis 300 Milliarden": a first number written
    // without a scale takes the second's.
    let scale = |m: &Mention, value: f64| {
        let written = first_number(&m.text, t).filter(|w| *w != 0.0);
        written.map_or(1.0, |w| value / w)
    };
    let from = match scale(b, *to) {
        s if s >= 1000.0 && scale(a, *from) == 1.0 => from * s,
        _ => *from,
    };
    Some(Mention {
        value: Some(MentionValue::Number(from)),
        value_to: Some(MentionValue::Number(*to)),
        context: a.context.clone().or_else(|| b.context.clone()),
        ..Mention {
            text: text[a.start..b.end].to_string(),
            start: a.start,
            ..b.clone()
        }
    })
}

fn measure(text: &str, x: &Measure) -> Mention {
    Mention {
        unit: Some(x.unit.to_string()),
        value_to: x.value_to.map(MentionValue::Number),
        ..Mention::new(
            text,
            x.span,
            MentionKind::Measure,
            Some(MentionValue::Number(x.value)),
        )
    }
}

fn quantity(text: &str, q: &Quantity) -> Mention {
    let (kind, unit) = match q.unit {
        Unit::Money(code) => (MentionKind::Money, Some(code.to_string())),
        Unit::Percent => (MentionKind::Percent, None),
        Unit::Count => (MentionKind::Number, None),
    };
    Mention {
        unit,
        // The cue matched a word's start ("rais" of "raised"): the context is the whole word.
        context: q
            .cue
            .map(|c| text[c.start..alphanumeric_end(text, c.end)].to_string()),
        ..Mention::new(text, q.span, kind, Some(MentionValue::Number(q.value)))
    }
}

fn date(text: &str, d: &DateMention) -> Mention {
    let kind = if d.value.month.is_some() {
        MentionKind::Date
    } else {
        MentionKind::Year
    };
    Mention::new(text, d.span, kind, Some(MentionValue::Text(d.value.key())))
}

#[cfg(test)]
mod tests;
