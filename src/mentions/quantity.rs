//! Quantities: money with currency and scale, percentages, counts, in each language's notation.
//!
//! The scan reads a sentence left to right. A number is a run of digits whose separators are read
//! by the language ("4,8" is 4.8 in French, "1,000" is 1000 in English, "10.000" is 10000 in
//! German; a space or no-break space before exactly three digits groups thousands). What follows
//! the number decides its unit: a scale ("milliards", "Mio.", "bn"), then a currency ("de
//! dollars", "€", "yuan") or a percent sign or word; a currency symbol or code may also stand
//! before it ("US$", "€", "USD"). Numbers glued to letters ("G7", "COVID-19", "3D"), parts of
//! dates, times and ranges are not quantities.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::scan::{
    ends_alnum, exact_word, match_ci, match_word, may_match_at, skip_space, word_end,
};
use crate::chars::{is_letter, is_letter_or_digit};
use crate::lang::index::{first_bytes, FirstBytes};
use crate::lang::{tables, NumberTables};
use crate::types::{Lang, Span};

/// The canonical measures, in English: every value of a `measures` table is one of these.
#[allow(dead_code)] // The documented vocabulary; a test checks every table against it.
pub(crate) const MEASURES: &[&str] = &[
    "raised",
    "worth",
    "revenue",
    "box office",
    "profit",
    "loss",
    "stake",
    "growth",
    "investment",
    "price",
    "cost",
    "budget",
    "funding",
    "salary",
    "fine",
    "acquisition",
];

/// Currency symbols, language-neutral, written before or after the amount. Longest match wins,
/// so "HK$" beats "$".
const SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("CN¥", "CNY"),
    ("JP¥", "JPY"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
];

/// ISO 4217 codes (and "RMB") as written in news, matched in capitals as whole words.
const CODES: &[(&str, &str)] = &[
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("HKD", "HKD"),
    ("JPY", "JPY"),
    ("CHF", "CHF"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("NZD", "NZD"),
    ("SGD", "SGD"),
    ("INR", "INR"),
    ("RUB", "RUB"),
    ("KRW", "KRW"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("DKK", "DKK"),
    ("BRL", "BRL"),
    ("ZAR", "ZAR"),
];

/// A country written after a "$" amount names the dollar: "$443.54 million HK".
const DOLLAR_QUALIFIERS: &[(&str, &str)] = &[("US", "USD"), ("HK", "HKD"), ("NZ", "NZD")];

/// Percent signs (ASCII and full-width).
const PERCENT_SIGNS: &[&str] = &["%", "％"];

/// Cue words further than this many words from an amount say nothing about it.
const MEASURE_WINDOW: usize = 6;

/// What a quantity counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    /// The cue words the measure was read from, so claims can find the verb or noun it hangs on.
    pub cue: Option<Span>,
}

impl Quantity {
    /// The language-neutral value: "4800000000 USD", "36%", "18".
    pub(crate) fn key(&self) -> String {
        let number = format_number(self.value);
        match self.unit {
            Unit::Money(code) => format!("{number} {code}"),
            Unit::Percent => format!("{number}%"),
            Unit::Count => number,
        }
    }
}

/// At most two decimals, no trailing zeros: 4800000000.000001 → "4800000000", 36.50 → "36.5".
pub(crate) fn format_number(value: f64) -> String {
    // Whole numbers, most amounts, are written without float formatting (a cost in profiles);
    // below 10^15 an f64 holds them exactly, and `as` then converts exactly too.
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return (value as i64).to_string();
    }
    two_decimals(value)
}

/// [`format_number`] by float formatting.
fn two_decimals(value: f64) -> String {
    let fixed = format!("{value:.2}");
    let trimmed = fixed.trim_end_matches('0').trim_end_matches('.');
    if trimmed == "-0" {
        "0".to_string()
    } else {
        trimmed.to_string()
    }
}

/// The quantities of `sentence`, given its [`scan`], the spans of its dates read without a
/// publication date (counts inside them are no quantities) and its letter word starts (where
/// measure cues are tried).
pub(super) fn quantities_among(
    text: &str,
    sentence: Span,
    t: &NumberTables,
    dates: &[Span],
    scanned: Vec<Quantity>,
    starts: &[usize],
) -> Vec<Quantity> {
    let s = sentence.of(text);
    let mut found: Vec<Quantity> = scanned
        .into_iter()
        .filter(|q| {
            q.unit != Unit::Count
                || !dates
                    .iter()
                    .any(|d| d.overlaps(shift(q.span, sentence.start)))
        })
        .collect();
    if found.is_empty() {
        // Most sentences have no amount: skip the cue scan, the costliest part of this stage.
        return found;
    }
    let cues = measure_cues(s, t, starts);
    let amounts: Vec<(Span, Unit)> = found.iter().map(|q| (q.span, q.unit)).collect();
    for q in &mut found {
        let cue = nearest_measure(s, (q.span, q.unit), &cues, &amounts, t);
        q.measure = cue.map(|c| c.measure);
        q.cue = cue.map(|c| shift(c.span, sentence.start));
        q.span = shift(q.span, sentence.start);
    }
    found
}

fn shift(span: Span, by: usize) -> Span {
    Span::new(span.start + by, span.end + by)
}

/// Every money, percent and count quantity of the sentence `s`, with spans local to `s` and no
/// measure; counts inside dates are still there (the caller knows the dates).
pub(super) fn scan(s: &str, t: &NumberTables) -> Vec<Quantity> {
    let mut out = Vec::new();
    // The table's index is found once per sentence, not at every word.
    let number_words = (t.number_words, first_bytes(t.number_words));
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        let number = if c.is_ascii_digit() {
            read_number(s, i, t)
        } else if is_letter_or_digit(c) {
            // A word: a number word, or skipped whole so that digits inside it ("G7") are no number.
            let end = word_end(s, i);
            match number_word(s, i, end, number_words) {
                Some(n) => Ok(n),
                None => Err(end),
            }
        } else {
            Err(i + c.len_utf8())
        };
        i = match number {
            Ok(n) => match unit_of(s, &n, t) {
                Some(q) => {
                    let end = q.span.end;
                    out.push(q);
                    end
                }
                None => n.end.max(chain_end(s, n.start)),
            },
            Err(next) => next,
        };
    }
    out
}

/// A number as written: where it lies, its digits as an integer and how many of them are decimals.
pub(super) struct Number {
    pub start: usize,
    pub end: usize,
    mantissa: f64,
    decimals: i32,
}

impl Number {
    pub(super) fn value(&self, scale: f64) -> f64 {
        // Multiply before dividing so that 4,8 milliards is exactly 48e9 / 10.
        self.mantissa * scale / 10f64.powi(self.decimals)
    }
}

/// Reads the number starting at the digit at `i`, or says where to resume when the digits are
/// no quantity (glued to a word, a date, a time, a range, an unreadable grouping).
pub(super) fn read_number(s: &str, i: usize, t: &NumberTables) -> Result<Number, usize> {
    let skip = chain_end(s, i);
    if glued_before(s, i) {
        return Err(skip);
    }
    let (group_sep, decimal_sep) = if t.decimal_comma {
        ('.', ',')
    } else {
        (',', '.')
    };
    let mut j = digits_end(s, i);
    let first_group = j - i;
    if first_group > 1 && s[i..].starts_with('0') {
        return Err(skip); // "0800 555 111", "007": codes and phone numbers
    }
    let mut digits: String = s[i..j].to_string();
    let (mut decimals, mut grouped) = (0, false);
    while let Some(sep) = s[j..].chars().next() {
        let k = j + sep.len_utf8();
        let n = digits_end(s, k) - k;
        if n == 0 {
            break;
        }
        let thin =
            matches!(sep, '\u{a0}' | '\u{202f}' | '\u{2009}') || (sep == ' ' && t.space_groups);
        if (sep == group_sep || thin) && decimals == 0 && first_group <= 3 && n == 3 {
            grouped = true;
        } else if sep == ' ' || thin {
            break; // a space, then another number
        } else if decimals == 0
            && (sep == decimal_sep || (t.decimal_comma && sep == '.' && !grouped))
        {
            decimals = n as i32;
        } else {
            return Err(skip); // "1,5" in English, "1.2.3", "10:30", "18/01", "2014-2015"
        }
        digits.push_str(&s[k..k + n]);
        j = k + n;
    }
    if followed_by_digit_after(s, j, &[',', '.', ':', '/', '-', '‐', '‑']) {
        return Err(skip);
    }
    let mantissa = digits.parse::<f64>().map_err(|_| skip)?;
    Ok(Number {
        start: i,
        end: j,
        mantissa,
        decimals,
    })
}

/// True when the number at `i` continues a word or code: "COVID-19", "A-380", "v2.1".
fn glued_before(s: &str, i: usize) -> bool {
    let mut before = s[..i].chars().rev();
    match (before.next(), before.next()) {
        (Some(c), _) if is_letter_or_digit(c) => true,
        (Some('-' | '‐' | '‑' | '/' | ':' | '.' | ',' | '_' | '#'), Some(d)) => {
            is_letter_or_digit(d)
        }
        _ => false,
    }
}

/// The end of the run of digits and in-between punctuation starting at `i` ("2014-2015", "10:30").
fn chain_end(s: &str, i: usize) -> usize {
    let mut j = digits_end(s, i);
    while followed_by_digit_after(s, j, &['.', ',', ':', '/', '-', '‐', '‑']) {
        j = digits_end(s, j + s[j..].chars().next().map_or(1, char::len_utf8));
    }
    j
}

fn followed_by_digit_after(s: &str, j: usize, seps: &[char]) -> bool {
    let mut rest = s[j..].chars();
    matches!((rest.next(), rest.next()), (Some(c), Some(d)) if seps.contains(&c) && d.is_ascii_digit())
}

fn digits_end(s: &str, i: usize) -> usize {
    i + s[i..].bytes().take_while(u8::is_ascii_digit).count()
}

/// A number word ("trois", "zwei") written in lower case.
fn number_word(s: &str, start: usize, end: usize, words: NumberWords) -> Option<Number> {
    // The second half of a hyphenated word ("forty-eight", "pre-eight") is no number alone.
    let mut before = s[..start].chars().rev();
    if before.next() == Some('-') && before.next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let word = &s[start..end];
    // A sentence may open with it: "Fifty-eight percent".
    let lower;
    let word = if word.starts_with(|c: char| c.is_ascii_uppercase()) {
        lower = word.to_lowercase();
        lower.as_str()
    } else {
        word
    };
    let value = number_word_value(words, word)?;
    // "fifty-eight", "vingt-trois": tens and a unit joined by a hyphen are one number (else
    // "Fifty-eight percent" would read as 8 %).
    let unit = s[end..]
        .starts_with('-')
        .then(|| (end + 1, word_end(s, end + 1)))
        .filter(|(from, to)| to > from)
        .and_then(|(from, to)| {
            let unit = s[from..to].to_lowercase();
            Some((to, number_word_value(words, &unit)?))
        })
        .filter(|&(_, u)| {
            (1.0..10.0).contains(&u) && (20.0..100.0).contains(&value) && value % 10.0 == 0.0
        });
    let (end, value) = match unit {
        Some((to, u)) => (to, value + u),
        None => (end, value),
    };
    Some(Number {
        start,
        end,
        mantissa: value,
        decimals: 0,
    })
}

/// A table of number words and its index, when it is one of the language tables.
type NumberWords<'t> = (&'t [(&'t str, f64)], Option<&'static FirstBytes>);

/// The value of `word` in the table: it runs at every word, so it visits only the entries
/// starting with the word's first byte.
fn number_word_value((table, index): NumberWords, word: &str) -> Option<f64> {
    let &first = word.as_bytes().first()?;
    let Some(index) = index else {
        return table.iter().find(|(w, _)| *w == word).map(|e| e.1);
    };
    index
        .starting_with(first)
        .map(|at| table[at])
        .find(|(w, _)| *w == word)
        .map(|e| e.1)
}

/// What the number is: money, percent or count, with the words that say so; `None` when it is
/// no quantity at all (an ordinal, a clock time, a number glued to letters).
fn unit_of(s: &str, n: &Number, t: &NumberTables) -> Option<Quantity> {
    let prefix = currency_before(s, n.start);
    let mut scale = scale_at(s, n.end, t).or_else(|| scale_at(s, skip_space(s, n.end), t));
    if scale.is_none() {
        if let Some(end) = percent_at(s, n.end, t) {
            return Some(Quantity {
                span: Span::new(n.start, end),
                value: n.value(1.0),
                unit: Unit::Percent,
                measure: None,
                cue: None,
            });
        }
    }
    let after_scale = scale.map_or(n.end, |sc| sc.end);
    let mut suffix = currency_after(s, after_scale, t);
    if suffix.is_none() && prefix.is_none() && scale.is_some_and(|sc| sc.money_only) {
        scale = None; // "3m" without a currency is three metres, not three million
        suffix = currency_after(s, n.end, t);
    }
    let scale_end = scale.map_or(n.end, |sc| sc.end);
    let factor = scale.map_or(1.0, |sc| sc.factor);
    let (mut end, mut currency) = match suffix {
        Some((end, code)) => (end, Some(code)),
        None => (scale_end, prefix.map(|p| p.code)),
    };
    if let (None, Some(p)) = (suffix, prefix) {
        if let Some((q_end, code)) = dollar_qualifier(s, end).filter(|_| p.symbol == "$") {
            (end, currency) = (q_end, Some(code));
        }
    }
    if end == n.end && !is_plain_count_end(s, n.end, t) {
        return None;
    }
    let start = prefix.map_or(n.start, |p| p.start);
    let unit = currency.map_or(Unit::Count, Unit::Money);
    Some(Quantity {
        span: Span::new(start, end),
        value: n.value(factor),
        unit,
        measure: None,
        cue: None,
    })
}

/// A bare number ends a count unless letters are glued to it ("3D", "1er", "5G"), a hyphenated
/// word follows ("18-year-old"), it is a German ordinal ("3. Platz") or a clock time ("5 p.m.").
fn is_plain_count_end(s: &str, end: usize, t: &NumberTables) -> bool {
    let mut rest = s[end..].chars();
    match (rest.next(), rest.next()) {
        (Some(c), _) if is_letter_or_digit(c) => return false,
        (Some('-' | '‐' | '‑'), Some(c)) if is_letter(c) => return false,
        (Some('.'), Some(c))
            if c.is_whitespace()
                && t.ordinal_suffixes.contains(&".")
                && !s[end + 1..].trim().is_empty() =>
        {
            return false
        }
        _ => {}
    }
    let after = skip_space(s, end);
    after == end
        || !t
            .time_words
            .iter()
            .any(|w| match_word(s, after, w).is_some())
}

#[derive(Clone, Copy)]
struct Scale {
    end: usize,
    factor: f64,
    money_only: bool,
}

/// A scale word at `at` ("milliards", "Mio.", "bn"), also glued to the number ("£11million") or
/// to a currency symbol ("500 M€").
fn scale_at(s: &str, at: usize, t: &NumberTables) -> Option<Scale> {
    let mut best: Option<Scale> = None;
    // Past the end nothing matches: every entry holds a byte.
    let &first = s.as_bytes().get(at)?;
    for &(word, factor) in t.scales.iter().filter(|(w, _)| may_match_at(w, first)) {
        let Some(end) = match_ci(s, at, word) else {
            continue;
        };
        let next = s[end..].chars().next();
        let bounded = !ends_alnum(word)
            || !next.is_some_and(is_letter_or_digit)
            || next.is_some_and(is_symbol_start);
        if bounded && best.map_or(true, |b| end > b.end) {
            let money_only = word.chars().filter(|&c| is_letter(c)).count() <= 2;
            best = Some(Scale {
                end,
                factor,
                money_only,
            });
        }
    }
    best
}

fn is_symbol_start(c: char) -> bool {
    SYMBOLS.iter().any(|(sym, _)| sym.starts_with(c)) && !is_letter_or_digit(c)
}

fn percent_at(s: &str, at: usize, t: &NumberTables) -> Option<usize> {
    let p = skip_space(s, at);
    let sign = PERCENT_SIGNS
        .iter()
        .find_map(|sign| s[p..].starts_with(sign).then(|| p + sign.len()));
    sign.or_else(|| {
        (p > at)
            .then(|| t.percent.iter().find_map(|w| match_word(s, p, w)))
            .flatten()
    })
}

/// A currency written after the amount, maybe after a joiner ("de dollars", "d'euros", "€", "RMB").
fn currency_after(s: &str, at: usize, t: &NumberTables) -> Option<(usize, &'static str)> {
    let p = skip_space(s, at);
    let after_joiner = t
        .joiners
        .iter()
        .find_map(|j| match_word(s, p, j).map(|end| skip_space(s, end)));
    after_joiner
        .and_then(|q| currency_word_at(s, q, t))
        .or_else(|| currency_word_at(s, p, t))
}

fn currency_word_at(s: &str, at: usize, t: &NumberTables) -> Option<(usize, &'static str)> {
    // Past the end nothing matches: every entry holds a byte.
    let &first = s.as_bytes().get(at)?;
    let words = t
        .currencies
        .iter()
        .filter(|(w, _)| may_match_at(w, first))
        .filter_map(|&(w, code)| match_word(s, at, w).map(|end| (end, code)));
    let symbols = SYMBOLS
        .iter()
        .filter(|(sym, _)| s[at..].starts_with(sym))
        .map(|&(sym, code)| (at + sym.len(), code));
    let codes = CODES
        .iter()
        .filter_map(|&(c, code)| exact_word(s, at, c).map(|end| (end, code)));
    words
        .chain(symbols)
        .chain(codes)
        .max_by_key(|&(end, _)| end)
}

#[derive(Clone, Copy)]
struct Prefix {
    start: usize,
    code: &'static str,
    symbol: &'static str,
}

/// A currency symbol or code right before the number, maybe with one space: "US$2bn", "€ 3", "USD 5".
fn currency_before(s: &str, start: usize) -> Option<Prefix> {
    let before = s[..start]
        .strip_suffix([' ', '\u{a0}', '\u{202f}'])
        .unwrap_or(&s[..start]);
    let candidates = SYMBOLS.iter().chain(CODES);
    let (symbol, code) = candidates
        .filter(|(sym, _)| before.ends_with(sym))
        .filter(|(sym, _)| {
            !before[..before.len() - sym.len()]
                .chars()
                .next_back()
                .is_some_and(is_letter_or_digit)
        })
        .max_by_key(|(sym, _)| sym.len())?;
    Some(Prefix {
        start: before.len() - symbol.len(),
        code,
        symbol,
    })
}

/// "US"/"HK" right after a "$" amount: "$443.54 million HK".
fn dollar_qualifier(s: &str, at: usize) -> Option<(usize, &'static str)> {
    let p = skip_space(s, at);
    (p > at).then_some(())?;
    DOLLAR_QUALIFIERS
        .iter()
        .find_map(|&(q, code)| exact_word(s, p, q).map(|end| (end, code)))
}

// ---------------------------------------------------------------- measures

/// A cue word found in the sentence and the measure it names.
struct Cue {
    span: Span,
    measure: &'static str,
}

fn measure_cues(s: &str, t: &NumberTables, starts: &[usize]) -> Vec<Cue> {
    let mut cues = Vec::new();
    let candidates = MeasureCandidates::of_tables(t);
    for &i in starts {
        let first = s.as_bytes()[i];
        let second = s.as_bytes().get(i + 1).copied();
        let best = candidates
            .at(first, t.measures)
            .filter(|(cue, _)| second_may_match(cue, second))
            .filter_map(|&(cue, measure)| match_cue(s, i, cue).map(|end| (end, measure)))
            .max_by_key(|&(end, _)| end);
        if let Some((end, measure)) = best {
            cues.push(Cue {
                span: Span::new(i, end),
                measure,
            });
        }
    }
    cues
}

/// For each ASCII byte, the measure cues [`may_match_at`] a word starting with it, in table
/// order, then all cues (for a non-ASCII byte, where it holds for all): cues are tried at every word of a sentence with an amount, and scanning the whole
/// table there was the costliest part of reading quantities.
#[derive(Clone)]
struct MeasureCandidates {
    by_byte: Vec<Vec<u16>>,
}

/// The candidates of each language's tables (in [`Lang::ALL`] order), made once when needed.
static CANDIDATES: [LazyLock<MeasureCandidates>; 6] = [
    LazyLock::new(|| MeasureCandidates::of(tables(Lang::ALL[0]).numbers.measures)),
    LazyLock::new(|| MeasureCandidates::of(tables(Lang::ALL[1]).numbers.measures)),
    LazyLock::new(|| MeasureCandidates::of(tables(Lang::ALL[2]).numbers.measures)),
    LazyLock::new(|| MeasureCandidates::of(tables(Lang::ALL[3]).numbers.measures)),
    LazyLock::new(|| MeasureCandidates::of(tables(Lang::ALL[4]).numbers.measures)),
    LazyLock::new(|| MeasureCandidates::of(tables(Lang::ALL[5]).numbers.measures)),
];

impl MeasureCandidates {
    fn of(measures: &[(&str, &str)]) -> MeasureCandidates {
        // `may_match_at(cue, b)` for ASCII `b`: `b` is the cue's first byte in either case, or
        // that byte is no ASCII letter or mark (non-ASCII, a space, none).
        let mut by_byte: Vec<Vec<u16>> = vec![Vec::new(); 129];
        for (k, (cue, _)) in measures.iter().enumerate() {
            match cue.as_bytes().first() {
                Some(&p) if p.is_ascii() && p != b' ' => {
                    by_byte[p.to_ascii_lowercase() as usize].push(k as u16);
                    if p.to_ascii_uppercase() != p.to_ascii_lowercase() {
                        by_byte[p.to_ascii_uppercase() as usize].push(k as u16);
                    }
                }
                _ => by_byte[..128].iter_mut().for_each(|g| g.push(k as u16)),
            }
            by_byte[128].push(k as u16);
        }
        MeasureCandidates { by_byte }
    }

    fn of_tables(t: &NumberTables) -> Cow<'static, MeasureCandidates> {
        match Lang::ALL
            .iter()
            .position(|&l| std::ptr::eq(&tables(l).numbers, t))
        {
            Some(k) => Cow::Borrowed(&*CANDIDATES[k]),
            None => Cow::Owned(MeasureCandidates::of(t.measures)),
        }
    }

    /// The cues of `measures` (the table these candidates were made of) that may match at a
    /// word starting with byte `first`, in table order; all of them after a non-ASCII byte.
    fn at<'m>(
        &'m self,
        first: u8,
        measures: &'m [(&'static str, &'static str)],
    ) -> impl Iterator<Item = &'m (&'static str, &'static str)> + 'm {
        // `may_match_at` holds for every cue at a non-ASCII byte: the last group lists them all.
        let group = self
            .by_byte
            .get(first as usize)
            .unwrap_or(&self.by_byte[128]);
        group.iter().map(move |&k| &measures[k as usize])
    }
}

/// Whether a cue can match a word whose second byte is `second`: a cue's second ASCII letter
/// must equal it ignoring case when it is ASCII too (anything else is left to [`match_cue`]).
/// Most words that share a cue's first letter differ at the second, and this test costs a
/// comparison where the match costs a char-by-char walk.
fn second_may_match(cue: &str, second: Option<u8>) -> bool {
    match (cue.as_bytes().get(1), second) {
        (Some(c), Some(b)) if c.is_ascii_alphabetic() && b.is_ascii() => c.eq_ignore_ascii_case(&b),
        _ => true,
    }
}

/// A cue at `i`: a stem ("invest*") matches any word it begins, other cues whole words only.
fn match_cue(s: &str, i: usize, cue: &str) -> Option<usize> {
    match cue.strip_suffix('*') {
        Some(stem) => match_ci(s, i, stem),
        None => match_word(s, i, cue),
    }
}

/// The nearest cue within [`MEASURE_WINDOW`] words before the amount, else after it, never past a
/// ';' or another amount, except a percentage of change before a level: in "box office grew 30%
/// to 4.8 billion" the change cue ("grew") is the percentage's, the noun cue reaches the level.
/// A growth cue never measures the level it reaches: "revenue rose to $3bn" is revenue.
fn nearest_measure<'a>(
    s: &str,
    (q, unit): (Span, Unit),
    cues: &'a [Cue],
    amounts: &[(Span, Unit)],
    t: &NumberTables,
) -> Option<&'a Cue> {
    let clear = |gap: Span, cue: &Cue, before: bool| {
        let between = gap.of(s);
        // Only growth: "losses widened to $3m" is still a loss.
        let reaches_level =
            before && cue.measure == "growth" && ends_with_word_of(between, t.level_prepositions);
        !between.contains(';')
            && !reaches_level
            && word_count(between) <= MEASURE_WINDOW
            && amounts
                .iter()
                .filter(|(a, _)| gap.contains(*a) && !a.is_empty())
                .all(|(_, u)| {
                    before
                        && *u == Unit::Percent
                        && unit != Unit::Percent
                        && !CHANGE_MEASURES.contains(&cue.measure)
                })
    };
    let before = cues
        .iter()
        .filter(|c| c.span.end <= q.start && clear(Span::new(c.span.end, q.start), c, true))
        .max_by_key(|c| c.span.end);
    let after = || {
        cues.iter()
            .filter(|c| c.span.start >= q.end && clear(Span::new(q.end, c.span.start), c, false))
            .min_by_key(|c| c.span.start)
    };
    before.or_else(after)
}

/// Measures of a change, which a percentage right after them takes for itself.
const CHANGE_MEASURES: &[&str] = &["growth", "loss"];

/// True when the last word of `text` is one of `words` ("… rose to" ends with "to").
fn ends_with_word_of(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !is_letter_or_digit(c))
        .rfind(|w| !w.is_empty())
        .is_some_and(|last| words.contains(&last.to_lowercase().as_str()))
}

fn word_count(text: &str) -> usize {
    text.split(|c: char| !is_letter_or_digit(c))
        .filter(|w| !w.is_empty())
        .count()
}

#[cfg(test)]
mod tests;
