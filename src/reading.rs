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
use crate::mentions::quantity::{Quantity, Unit};
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
mod tests {
    use crate::{read, Article, Options};

    /// `kind value "words"` of every mention of one article in `lang`.
    fn read_as(lang: &str, text: &str) -> Vec<String> {
        let mut article = Article::new("a", text);
        article.language = Some(lang.into());
        let reading = read(&[article], &Options::default()).expect("reads");
        reading.articles[0]
            .mentions
            .iter()
            .map(|m| format!("{} {:?} {:?}", m.kind.as_str(), m.value, m.text))
            .collect()
    }

    /// Weekdays are the last such day up to the publication date (Wednesday 10 June 2015 here).
    #[test]
    fn weekdays_are_the_last_such_day_up_to_publication() {
        let on = |lang: &str, text: &str| {
            let mut article = Article::new("a", text);
            article.language = Some(lang.into());
            article.published = Some("2015-06-10".into());
            let reading = read(&[article], &Options::default()).expect("reads");
            let m = &reading.articles[0].mentions;
            m.iter()
                .map(|m| format!("{} {:?}", m.text, m.value))
                .collect::<Vec<_>>()
        };
        let tuesday = "Some(Text(\"2015-06-09\"))";
        assert_eq!(
            on("en", "It happened on Tuesday."),
            [format!("Tuesday {tuesday}")]
        );
        assert_eq!(
            on("fr", "Cela s'est passé mardi."),
            [format!("mardi {tuesday}")]
        );
        assert_eq!(
            on("de", "Es geschah am Dienstagabend."),
            [format!("Dienstagabend {tuesday}")]
        );
        assert_eq!(
            on("es", "Ocurrió el martes."),
            [format!("martes {tuesday}")]
        );
        assert_eq!(
            on("it", "È successo mercoledì."),
            ["mercoledì Some(Text(\"2015-06-10\"))"]
        );
        // Words that only begin like a weekday are none.
        assert!(on("de", "Die Montage dauerte lange.").is_empty());
        // With "next" or "last": the next or last such day, the publication day excluded.
        assert_eq!(
            on("en", "See you next Wednesday."),
            ["next Wednesday Some(Text(\"2015-06-17\"))"]
        );
        assert_eq!(
            on("fr", "Depuis mercredi dernier."),
            ["mercredi dernier Some(Text(\"2015-06-03\"))"]
        );
        assert_eq!(
            on("de", "Am nächsten Freitag."),
            ["nächsten Freitag Some(Text(\"2015-06-12\"))"]
        );
        assert_eq!(
            on("it", "Lunedì scorso."),
            ["Lunedì scorso Some(Text(\"2015-06-08\"))"]
        );
    }

    /// Relative dates are resolved against the publication date; without one they are listed
    /// with no value (the contract's null), so what was left unresolved shows.
    #[test]
    fn relative_dates_without_a_publication_date_have_no_value() {
        assert_eq!(
            read_as(
                "fr",
                "Hier, l'entreprise a doublé son chiffre de l'année dernière."
            ),
            ["date None \"Hier\"", "year None \"l'année dernière\""]
        );
        let mut dated = Article::new("a", "Hier, l'entreprise a doublé son chiffre.");
        dated.language = Some("fr".into());
        dated.published = Some("2015-06-10".into());
        let reading = read(&[dated], &Options::default()).expect("reads");
        assert_eq!(
            reading.articles[0].mentions[0].value,
            Some(super::MentionValue::Text("2015-06-09".into()))
        );
    }

    #[test]
    fn ages_and_ordinals_take_the_place_of_their_number() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "en",
                "The 27-year-old, who was 29 years old, came 21st.",
                &[
                    "age Some(Number(27.0)) \"27-year-old\"",
                    "age Some(Number(29.0)) \"29 years old\"",
                    "ordinal Some(Number(21.0)) \"21st\"",
                ],
            ),
            (
                "de",
                "Der 27-Jährige wurde im 19. Jahrhundert 30 Jahre alt.",
                &[
                    "age Some(Number(27.0)) \"27-Jährige\"",
                    "ordinal Some(Number(19.0)) \"19.\"",
                    "age Some(Number(30.0)) \"30 Jahre alt\"",
                ],
            ),
            (
                "fr",
                "Le 1er prix, la 3ème place ; âgé de 45 ans.",
                &[
                    "ordinal Some(Number(1.0)) \"1er\"",
                    "ordinal Some(Number(3.0)) \"3ème\"",
                    "age Some(Number(45.0)) \"45 ans\"",
                ],
            ),
            // A count stays a count, and a day of a date is no ordinal.
            (
                "de",
                "Am 3. Juni 2015 kamen 15 Menschen.",
                &[
                    "date Some(Text(\"2015-06-03\")) \"3. Juni 2015\"",
                    "number Some(Number(15.0)) \"15\"",
                ],
            ),
        ];
        for (lang, text, want) in cases {
            assert_eq!(read_as(lang, text), *want, "{text}");
        }
    }

    /// `kind value value_to unit qualifier "words"` of every mention of one article in `lang`.
    fn read_full(lang: &str, text: &str) -> Vec<String> {
        let mut article = Article::new("a", text);
        article.language = Some(lang.into());
        let reading = read(&[article], &Options::default()).expect("reads");
        let number = |v: &Option<super::MentionValue>| match v {
            Some(super::MentionValue::Number(n)) => n.to_string(),
            Some(super::MentionValue::Text(t)) => t.clone(),
            None => "-".into(),
        };
        reading.articles[0]
            .mentions
            .iter()
            .map(|m| {
                let unit = m.unit.as_deref().unwrap_or("-");
                let q = m.qualifier.as_deref().unwrap_or("-");
                let (from, to) = (number(&m.value), number(&m.value_to));
                format!("{} {from} {to} {unit} {q} {:?}", m.kind.as_str(), m.text)
            })
            .collect()
    }

    /// Measures take the place of their number; durations are no ages nor dates, and ages,
    /// dates and money keep their words.
    #[test]
    fn measures_qualifiers_and_ranges_in_each_language() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "en",
                "About 40 miles north, up to 3 tons fell over 2 hours; the 29 years old runner ran for 3 years.",
                &[
                    "measure 40 - mi approx \"40 miles\"",
                    "measure 3 - t at_most \"3 tons\"",
                    "measure 2 - h more_than \"2 hours\"",
                    "age 29 - - - \"29 years old\"",
                    "measure 3 - yr - \"3 years\"",
                ],
            ),
            (
                "en",
                "Between 35 and 70 people came, from $5 million to $7 million; it won 11-6 on a 35-70 km course.",
                &[
                    "number 35 70 - - \"35 and 70\"",
                    "money 5000000 7000000 USD - \"$5 million to $7 million\"",
                    "measure 35 70 km - \"35-70 km\"",
                ],
            ),
            (
                "fr",
                "Près de 12 kilomètres, plus de 25 °C ; le prix passera de 1225 à 1260 euros, entre 3 et 5 millions de dollars.",
                &[
                    "measure 12 - km approx \"12 kilomètres\"",
                    "measure 25 - °C more_than \"25 °C\"",
                    "money 1225 1260 EUR - \"1225 à 1260 euros\"",
                    "money 3000000 5000000 USD - \"3 et 5 millions de dollars\"",
                ],
            ),
            (
                "de",
                "Rund zwölf Kilometer, bis zu 8 Grad Celsius; die Quote stieg von 2,1 auf 2,9 Prozent, zwischen 35 und 70 Hektar.",
                &[
                    "measure 12 - km approx \"zwölf Kilometer\"",
                    "measure 8 - °C at_most \"8 Grad Celsius\"",
                    "percent 2.1 2.9 - - \"2,1 auf 2,9 Prozent\"",
                    "measure 35 70 ha - \"35 und 70 Hektar\"",
                ],
            ),
            (
                "es",
                "Más de 120 km/h, al menos 20 minutos, entre 35 y 70 litros, de 1225 a 1260 personas.",
                &[
                    "measure 120 - km/h more_than \"120 km/h\"",
                    "measure 20 - min at_least \"20 minutos\"",
                    "measure 35 70 l - \"35 y 70 litros\"",
                    "number 1225 1260 - - \"1225 a 1260\"",
                ],
            ),
            (
                "it",
                "Oltre 5 tonnellate, meno di 3 litri, tra 35 e 70 chilometri, da 1225 a 1260 abitanti.",
                &[
                    "measure 5 - t more_than \"5 tonnellate\"",
                    "measure 3 - l less_than \"3 litri\"",
                    "measure 35 70 km - \"35 e 70 chilometri\"",
                    "number 1225 1260 - - \"1225 a 1260\"",
                ],
            ),
            // A span of years stays two years; a score is no range (nor, with a hyphen, read at all).
            (
                "en",
                "From 2010 to 2014 the team won 11 – 6.",
                &[
                    "year 2010 - - - \"2010\"",
                    "year 2014 - - - \"2014\"",
                    "number 11 - - - \"11\"",
                    "number 6 - - - \"6\"",
                ],
            ),
        ];
        for (lang, text, want) in cases {
            assert_eq!(read_full(lang, text), *want, "{text}");
        }
    }
}
