//! Dates: absolute, years, months, relative to the publication date.
//!
//! Three passes over a sentence, longest mention kept where they overlap: numeric dates and
//! years ("2014-06-03", "18/01/2025", "18.01.2025", "2014"), dates written with a month name
//! ("3 June 2014", "June 3, 2014", "le 1er juin", "3. Juni", "juin 2014", "early June"), and
//! relative dates ("yesterday", "l'an dernier", "im Vorjahr") resolved against the publication
//! date. A year that is part of an amount ("€2000", "2000 dollars") is no date.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::quantity::{self, Unit};
use super::scan::{bounded, match_ci, match_word, skip_space, word_end, word_start};
use crate::segment::tokens::{letter_word_starts, tokens};

use crate::chars::is_letter_or_digit;
use crate::lang::index::TableId;
use crate::lang::{tables, NumberTables, Relative};
use crate::types::{Lang, Span};

/// Standalone four-digit numbers in this range are years; next to a month any year from 1000 is.
const STANDALONE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2099;
const YEARS_WITH_MONTH: std::ops::RangeInclusive<i32> = 1000..=2999;

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

impl DateValue {
    /// A year alone.
    pub(crate) const fn year(year: i32) -> DateValue {
        DateValue {
            year,
            month: None,
            day: None,
        }
    }

    /// A month of a year.
    pub(crate) const fn month(year: i32, month: u8) -> DateValue {
        DateValue {
            year,
            month: Some(month),
            day: None,
        }
    }

    /// A day, if it exists in the calendar.
    pub(crate) fn day(year: i32, month: u8, day: u8) -> Option<DateValue> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(
            DateValue {
                year,
                month: Some(month),
                day: Some(day),
            },
        )
    }

    /// "2014", "2014-06" or "2014-06-03", at the precision known.
    pub(crate) fn key(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// Parses a publication date "YYYY-MM-DD" (surrounding spaces allowed).
    pub(crate) fn parse_iso(s: &str) -> Option<DateValue> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let [y, m, d] = parts[..] else { return None };
        let digits = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return None;
        }
        DateValue::day(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// This day moved by `days` (month and year ends handled); `None` without a day.
    pub(crate) fn add_days(&self, days: i32) -> Option<DateValue> {
        let (m, d) = (self.month?, self.day?);
        let (y, m, d) = civil_from_days(days_from_civil(self.year, m, d) + i64::from(days));
        DateValue::day(y, m, d)
    }

    /// The last day on or before this one that falls on `weekday` (Monday = 0): "on Tuesday" in
    /// an article of Wednesday 10 June is Tuesday 9 June. News reports what happened, so the
    /// past is read; `None` without a day.
    pub(crate) fn last_weekday(&self, weekday: u8) -> Option<DateValue> {
        let days = days_from_civil(self.year, self.month?, self.day?);
        // 1970-01-01, day 0, was a Thursday (3).
        let today = (days + 3).rem_euclid(7);
        self.add_days(-((today - i64::from(weekday)).rem_euclid(7) as i32))
    }

    /// This month moved by `months`; `None` without a month.
    pub(crate) fn add_months(&self, months: i32) -> Option<DateValue> {
        let index = self.year * 12 + i32::from(self.month?) - 1 + months;
        Some(DateValue::month(
            index.div_euclid(12),
            (index.rem_euclid(12) + 1) as u8,
        ))
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's `days_from_civil`).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

/// A date found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DateMention {
    /// The words of the date ("last year", "3 juin 2014"; a leading preposition is left out,
    /// except inside a fixed relative phrase such as "im Vorjahr").
    pub span: Span,
    /// Its value; relative dates are resolved against the publication date.
    pub value: DateValue,
}

/// Finds the dates in `sentence` of `text`. Relative dates ("yesterday", "l'année dernière") are
/// returned only when `published` is given; so are dates without a year ("early June", "am 3.
/// Juni"), which take the publication year.
// One-call entry point for tests; the pipeline shares one scan via `Mentions::of`.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn dates(
    text: &str,
    sentence: Span,
    lang: Lang,
    published: Option<DateValue>,
) -> Vec<DateMention> {
    let t = &tables(lang).numbers;
    let scanned = quantity::scan(sentence.of(text), t);
    let starts = letter_word_starts(text, sentence, &tokens(text, sentence));
    dates_among(text, sentence, t, published, &scanned, &starts)
}

/// [`dates`], given the sentence's [`quantity::scan`] and its [`letter_word_starts`]:
/// stage 4 reads each sentence once for its dates and its quantities.
pub(super) fn dates_among(
    text: &str,
    sentence: Span,
    t: &NumberTables,
    published: Option<DateValue>,
    scanned: &[quantity::Quantity],
    starts: &[usize],
) -> Vec<DateMention> {
    let s = sentence.of(text);
    let amounts: Vec<Span> = scanned
        .iter()
        .filter(|q| q.unit != Unit::Count)
        .map(|q| q.span)
        .collect();
    let mut found = numeric_dates(s, t, &amounts);
    found.extend(month_dates(s, t, published, starts));
    if let Some(anchor) = published {
        found.extend(relative_dates(s, t, anchor, starts));
    }
    found.sort_by_key(|d| (d.span.start, std::cmp::Reverse(d.span.end)));
    let mut kept: Vec<DateMention> = Vec::new();
    for d in found {
        if !kept.last().is_some_and(|k| k.span.overlaps(d.span)) {
            kept.push(d);
        }
    }
    for d in &mut kept {
        d.span = Span::new(d.span.start + sentence.start, d.span.end + sentence.start);
    }
    kept
}

// ---------------------------------------------------------------- numeric dates and years

/// Digit groups joined by one kind of punctuation: "2014-06-03" is three groups joined by '-'.
struct Chain {
    groups: Vec<Span>,
    seps: Vec<char>,
}

fn numeric_dates(s: &str, t: &NumberTables, amounts: &[Span]) -> Vec<DateMention> {
    let mut out = Vec::new();
    // Most sentences hold no digit: one byte scan instead of walking them char by char.
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        if !c.is_ascii_digit() {
            i = if is_letter_or_digit(c) {
                word_end(s, i)
            } else {
                i + c.len_utf8()
            };
            continue;
        }
        let chain = read_chain(s, i);
        let end = chain.groups.last().map_or(i + 1, |g| g.end);
        if !glued(s, i, end) {
            out.extend(
                chain_dates(s, &chain, t)
                    .into_iter()
                    .filter(|d| !amounts.iter().any(|a| a.overlaps(d.span))),
            );
        }
        i = end;
    }
    out
}

fn read_chain(s: &str, i: usize) -> Chain {
    let mut groups = vec![Span::new(i, digits_end(s, i))];
    let mut seps = Vec::new();
    loop {
        let j = groups.last().map_or(i, |g| g.end);
        let mut rest = s[j..].chars();
        match (rest.next(), rest.next()) {
            (Some(sep @ ('-' | '/' | '.')), Some(d)) if d.is_ascii_digit() => {
                seps.push(sep);
                groups.push(Span::new(j + 1, digits_end(s, j + 1)));
            }
            _ => return Chain { groups, seps },
        }
    }
}

fn digits_end(s: &str, i: usize) -> usize {
    i + s[i..].bytes().take_while(u8::is_ascii_digit).count()
}

/// Digits that belong to a word or a bigger number: "COVID-19", "1990s", "2,014", "2014%".
fn glued(s: &str, start: usize, end: usize) -> bool {
    let mut before = s[..start].chars().rev();
    let glued_before = match (before.next(), before.next()) {
        (Some(c), _) if is_letter_or_digit(c) => true,
        (Some('-' | '‐' | '‑' | '/' | ':' | '.' | ','), Some(d)) => is_letter_or_digit(d),
        _ => false,
    };
    let mut after = s[end..].chars();
    let glued_after = match (after.next(), after.next()) {
        (Some(c), _) if is_letter_or_digit(c) || c == '%' => true,
        (Some(':' | ','), Some(d)) => d.is_ascii_digit(),
        _ => false,
    };
    glued_before || glued_after
}

/// The dates a chain of digit groups stands for: ISO, day/month/year, a year, a year range.
fn chain_dates(s: &str, chain: &Chain, t: &NumberTables) -> Vec<DateMention> {
    let num = |g: Span| g.of(s).parse::<i32>().unwrap_or(-1);
    let lens: Vec<usize> = chain.groups.iter().map(|g| g.len()).collect();
    let whole = Span::new(
        chain.groups[0].start,
        chain.groups[chain.groups.len() - 1].end,
    );
    let one_sep = chain.seps.windows(2).all(|w| w[0] == w[1]);
    let is_year = |g: Span| g.len() == 4 && STANDALONE_YEARS.contains(&num(g));
    let year_at = |g: Span| DateMention {
        span: g,
        value: DateValue::year(num(g)),
    };
    let g = &chain.groups;
    match (lens.as_slice(), chain.seps.first()) {
        ([4, 2, 2], Some('-')) if one_sep => full_date(num(g[0]), num(g[1]), num(g[2]))
            .map(|value| DateMention { span: whole, value })
            .into_iter()
            .collect(),
        ([1..=2, 1..=2, 4], Some(&sep)) if one_sep => {
            let (a, b, y) = (num(g[0]), num(g[1]), num(g[2]));
            let value = match day_month(a, b, sep == '.' || t.numeric_day_first) {
                Some((d, m)) => full_date(y, m, d),
                // "03/06/2014" in English: March or June, but surely 2014.
                None => YEARS_WITH_MONTH.contains(&y).then_some(DateValue::year(y)),
            };
            value
                .map(|value| DateMention { span: whole, value })
                .into_iter()
                .collect()
        }
        ([4], None) if is_year(g[0]) => vec![year_at(g[0])],
        ([4, 2], Some('/' | '-')) if is_year(g[0]) => vec![year_at(g[0])], // "2014/15" season
        (_, Some('/' | '-')) if one_sep && g.iter().all(|&x| is_year(x)) => {
            g.iter().map(|&x| year_at(x)).collect()
        }
        _ => Vec::new(), // phone numbers, versions, "10.000"
    }
}

/// Which of two numbers is the day: day first when told, else only when unambiguous.
fn day_month(a: i32, b: i32, day_first: bool) -> Option<(i32, i32)> {
    match () {
        _ if day_first || a > 12 || a == b => Some((a, b)),
        _ if b > 12 => Some((b, a)),
        _ => None,
    }
}

fn full_date(year: i32, month: i32, day: i32) -> Option<DateValue> {
    DateValue::day(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

// ---------------------------------------------------------------- dates with a month name

fn month_dates(
    s: &str,
    t: &NumberTables,
    published: Option<DateValue>,
    starts: &[usize],
) -> Vec<DateMention> {
    let first_word = s
        .char_indices()
        .find(|(_, c)| is_letter_or_digit(*c))
        .map(|(i, _)| i);
    let mut out = Vec::new();
    let initials = MonthInitials::of_tables(t);
    for &i in starts {
        if !initials.may_start_word(&s.as_bytes()[i..]) {
            continue;
        }
        let Some((month_end, month, abbreviated)) = month_at(s, i, t) else {
            continue;
        };
        let before = day_before(s, i, t);
        let after = if before.is_none() && !t.numeric_day_first {
            day_after(s, month_end, t)
        } else {
            None
        };
        let day_end = after.map_or(month_end, |(end, _)| end);
        let year = year_after(s, day_end, t);
        let day = before.or(after).map(|(_, d)| d);
        let start = before.map_or(i, |(start, _)| start);
        let end = year.map_or(day_end, |(end, _)| end);
        let year_value = match (year, published) {
            (Some((_, y)), _) => y,
            (None, Some(p))
                if day.is_some()
                    || (!abbreviated
                        && Some(i) != first_word
                        && !looks_like_a_name(s, i, month_end)) =>
            {
                p.year
            }
            _ => continue,
        };
        if abbreviated && day.is_none() && year.is_none() {
            continue;
        }
        let value = match day {
            Some(d) => match DateValue::day(year_value, month, d) {
                Some(v) => v,
                None => continue,
            },
            None => DateValue::month(year_value, month),
        };
        out.push(DateMention {
            span: Span::new(start, end),
            value,
        });
    }
    out
}

/// A bare month word that is rather part of a name or a Title Case headline: "Teresa-May",
/// "Drought Areas May Benefit".
fn looks_like_a_name(s: &str, start: usize, end: usize) -> bool {
    let capital = |word: Option<&str>| word.is_some_and(|w| w.starts_with(char::is_uppercase));
    let hyphen = |c: char| matches!(c, '-' | '‐' | '‑');
    let glued_before = s[..start]
        .strip_suffix(hyphen)
        .map(|b| b.rsplit(|c: char| !is_letter_or_digit(c)).next());
    if let Some(word) = glued_before {
        return capital(word); // "Teresa-May", but "mid-September" is a date
    }
    if s[end..].starts_with(hyphen) {
        return true;
    }
    let before = s[..start].split_whitespace().next_back();
    let after = s[end..].split_whitespace().next();
    capital(before) && capital(after)
}

/// The ASCII letters month names and abbreviations start with, and the letters after them,
/// ignoring case: a word starting otherwise is no month, and [`month_at`] (which tries every
/// name) is skipped. Two letters, because one ("m", "s", "d") lets most words through.
#[derive(Clone)]
struct MonthInitials {
    /// Bit `b` set for each lowercase ASCII byte `b` a name starts with.
    letters: u128,
    /// Some name starts with a non-ASCII letter or a space: no word can be ruled out.
    any: bool,
    /// First letters of names whose second char is no ASCII letter (or which have none): a word
    /// with such a first letter is not ruled out by its second.
    wild: u128,
    /// For each lowercase first letter, bit `l - 'a'` for each lowercase second letter `l`.
    seconds: [u32; 128],
    /// The first three bytes, lowercase, of names opening with three ASCII letters.
    triples: Vec<[u8; 3]>,
    /// The leading ASCII letters, lowercase, of the other names (fewer than three).
    short: Vec<Vec<u8>>,
}

/// The initials of each language's tables, made once (they are read at every sentence), keyed
/// by the ids of the month tables they come from.
static INITIALS: LazyLock<FxHashMap<(TableId, TableId), MonthInitials>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|&l| {
            let t = &tables(l).numbers;
            (month_tables(t), MonthInitials::of(t))
        })
        .collect()
});

fn month_tables(t: &NumberTables) -> (TableId, TableId) {
    (TableId::of(t.months), TableId::of(t.month_abbreviations))
}

impl MonthInitials {
    /// The initials of `t`, made once for the language tables.
    fn of_tables(t: &NumberTables) -> Cow<'static, MonthInitials> {
        match INITIALS.get(&month_tables(t)) {
            Some(initials) => Cow::Borrowed(initials),
            None => Cow::Owned(MonthInitials::of(t)),
        }
    }

    fn of(t: &NumberTables) -> MonthInitials {
        let mut initials = MonthInitials {
            letters: 0,
            any: false,
            wild: 0,
            seconds: [0; 128],
            triples: Vec::new(),
            short: Vec::new(),
        };
        for (name, _) in t.months.iter().chain(t.month_abbreviations) {
            let lower = name.to_ascii_lowercase().into_bytes();
            let letters = lower
                .iter()
                .take(3)
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            match lower[..letters] {
                [a, b, c] => initials.triples.push([a, b, c]),
                _ => initials.short.push(lower[..letters].to_vec()),
            }
            match name.as_bytes() {
                [b, ..] if !b.is_ascii() || *b == b' ' => initials.any = true,
                [b, second, ..] if second.is_ascii_alphabetic() => {
                    let b = b.to_ascii_lowercase();
                    initials.letters |= 1 << b;
                    initials.seconds[b as usize] |= 1 << (second.to_ascii_lowercase() - b'a');
                }
                [b, ..] => {
                    let b = b.to_ascii_lowercase();
                    initials.letters |= 1 << b;
                    initials.wild |= 1 << b;
                }
                [] => initials.any = true,
            }
        }
        initials
    }

    /// False only when [`month_at`] must fail at a word starting with byte `first`: both the
    /// word and every name start in ASCII, and no name with this letter in either case.
    fn may_start(&self, first: u8) -> bool {
        self.any || !first.is_ascii() || self.letters & (1 << first.to_ascii_lowercase()) != 0
    }

    /// [`MonthInitials::may_start`], also ruling out words whose second byte is ASCII and no
    /// second letter of a name with their first (ASCII letters match only ASCII letters).
    fn may_start_word(&self, word: &[u8]) -> bool {
        let Some(&first) = word.first() else {
            return false;
        };
        if !self.may_start(first) {
            return false;
        }
        let first = first.to_ascii_lowercase();
        if self.any || !first.is_ascii() || self.wild & (1 << first) != 0 {
            return true;
        }
        let second_ok = match word.get(1) {
            Some(b) if b.is_ascii_alphabetic() => {
                self.seconds[first as usize] & (1 << (b.to_ascii_lowercase() - b'a')) != 0
            }
            Some(b) => !b.is_ascii(),
            None => false,
        };
        second_ok && self.third_ok(word)
    }

    /// Whether some name may match `word` by its first three bytes: a name of three leading
    /// ASCII letters needs them (ignoring case) where the word's bytes are ASCII; the others are
    /// tried by their shorter prefix.
    fn third_ok(&self, word: &[u8]) -> bool {
        let short = self.short.iter().any(|prefix| may_open_with(word, prefix));
        short
            || match word.get(..3) {
                Some(three) if three.is_ascii() => {
                    let lower = three.to_ascii_lowercase();
                    self.triples.iter().any(|t| t[..] == lower[..])
                }
                Some(_) => true,
                None => !word.is_ascii(),
            }
    }
}

/// Whether `word` may open with the lowercase ASCII `prefix` under case-insensitive matching: a
/// non-ASCII byte of the word is left to the full match.
fn may_open_with(word: &[u8], prefix: &[u8]) -> bool {
    for (k, p) in prefix.iter().enumerate() {
        match word.get(k) {
            None => return false,
            Some(b) if !b.is_ascii() => return true,
            Some(b) if !b.eq_ignore_ascii_case(p) => return false,
            Some(_) => {}
        }
    }
    true
}

/// A month name or abbreviation at `i`: its end, the month, and whether it was abbreviated.
fn month_at(s: &str, i: usize, t: &NumberTables) -> Option<(usize, u8, bool)> {
    // Called at every word of every sentence with every month name: reject a name whose first
    // letter differs (ASCII, any case) before the full case-insensitive match.
    let here = s[i..].chars().next()?;
    let capital_ok = |name: &str| {
        let first = name.chars().next();
        let differs = first.is_some_and(|f| {
            f.is_ascii() && here.is_ascii() && f != ' ' && !f.eq_ignore_ascii_case(&here)
        });
        !differs && (!name.starts_with(char::is_uppercase) || here.is_uppercase())
    };
    let full = t
        .months
        .iter()
        .filter(|(name, _)| capital_ok(name))
        .filter_map(|&(name, m)| match_word(s, i, name).map(|end| (end, m, false)))
        .max_by_key(|&(end, _, _)| end);
    full.or_else(|| {
        t.month_abbreviations
            .iter()
            .filter(|(name, _)| capital_ok(name))
            .find_map(|&(name, m)| {
                let end = match_word(s, i, name)?;
                let end = if s[end..].starts_with('.') {
                    end + 1
                } else {
                    end
                };
                Some((end, m, true))
            })
    })
}

/// A day written before the month: "3 June", "1er juin", "3. Juni", "3rd of June", "3 de junio".
fn day_before(s: &str, month_start: usize, t: &NumberTables) -> Option<(usize, u8)> {
    let mut p = trim_space_back(s, month_start);
    if p == month_start {
        return None;
    }
    if let Some(j) = t.joiners.iter().find_map(|j| ends_with_word(s, p, j)) {
        p = trim_space_back(s, j);
    }
    if let Some(q) = t
        .ordinal_suffixes
        .iter()
        .find_map(|suf| ends_with_ci(s, p, suf))
    {
        if s[..q].ends_with(|c: char| c.is_ascii_digit()) {
            p = q;
        }
    }
    let start = p - s[..p].bytes().rev().take_while(u8::is_ascii_digit).count();
    day_number(s, start, p)
        .filter(|_| !glued_day(s, start))
        .map(|d| (start, d))
}

/// A day written after the month (month-first languages): "June 3", "June 3rd".
fn day_after(s: &str, month_end: usize, t: &NumberTables) -> Option<(usize, u8)> {
    let start = skip_space(s, month_end);
    let digits = digits_end(s, start);
    let day = day_number(s, start, digits).filter(|_| start > month_end)?;
    let end = t
        .ordinal_suffixes
        .iter()
        .find_map(|suf| match_ci(s, digits, suf).filter(|&e| bounded(s, e, suf)))
        .unwrap_or(digits);
    let mut rest = s[end..].chars();
    let glued = match (rest.next(), rest.next()) {
        (Some(c), _) if is_letter_or_digit(c) || c == '%' => true,
        (Some(':' | '.' | ','), Some(d)) => d.is_ascii_digit(),
        _ => false,
    };
    (!glued).then_some((end, day))
}

/// A year after a month or a day: " 2014", ", 2014", " de 2014".
fn year_after(s: &str, at: usize, t: &NumberTables) -> Option<(usize, i32)> {
    let mut p = at;
    if s[p..].starts_with(',') {
        p += 1;
    }
    let mut q = skip_space(s, p);
    if q == p && q == at {
        return None;
    }
    if let Some(j) = t.joiners.iter().find_map(|j| match_word(s, q, j)) {
        q = skip_space(s, j);
    }
    let end = digits_end(s, q);
    let year: i32 = s[q..end].parse().ok()?;
    let mut rest = s[end..].chars();
    let glued = match (rest.next(), rest.next()) {
        (Some(c), _) if is_letter_or_digit(c) || c == '%' => true,
        (Some('.' | ',' | ':' | '/' | '-'), Some(d)) => d.is_ascii_digit(),
        _ => false,
    };
    (end - q == 4 && YEARS_WITH_MONTH.contains(&year) && !glued).then_some((end, year))
}

fn day_number(s: &str, start: usize, end: usize) -> Option<u8> {
    let n = end - start;
    (1..=2).contains(&n).then_some(())?;
    s[start..end]
        .parse::<u8>()
        .ok()
        .filter(|d| (1..=31).contains(d))
}

/// A day number that is the tail of something else: "2.5 June", "A3 June", "10-3 June" is fine.
fn glued_day(s: &str, start: usize) -> bool {
    let mut before = s[..start].chars().rev();
    match (before.next(), before.next()) {
        (Some(c), _) if is_letter_or_digit(c) => true,
        (Some('.' | ',' | ':' | '/'), Some(d)) => d.is_ascii_digit(),
        _ => false,
    }
}

fn trim_space_back(s: &str, at: usize) -> usize {
    s[..at].trim_end().len()
}

/// Where `word` starts if `s[..at]` ends with it as a whole word.
fn ends_with_word(s: &str, at: usize, word: &str) -> Option<usize> {
    let start = ends_with_ci(s, at, word)?;
    (word_start(s, start) && (start < at)).then_some(start)
}

/// Where `suffix` starts if `s[..at]` ends with it, case-insensitively.
fn ends_with_ci(s: &str, at: usize, suffix: &str) -> Option<usize> {
    let n = suffix.chars().count();
    let (start, _) = s[..at].char_indices().rev().nth(n.checked_sub(1)?)?;
    (match_ci(s, start, suffix) == Some(at)).then_some(start)
}

// ---------------------------------------------------------------- relative dates

fn relative_dates(
    s: &str,
    t: &NumberTables,
    anchor: DateValue,
    starts: &[usize],
) -> Vec<DateMention> {
    relative_phrases_in(s, t, starts)
        .into_iter()
        .filter_map(|(span, offset)| {
            let value = match offset {
                Relative::Days(n) => anchor.add_days(n),
                Relative::Months(n) => anchor.add_months(n),
                Relative::Years(n) => Some(DateValue::year(anchor.year + n)),
            };
            value.map(|value| DateMention { span, value })
        })
        .collect()
}

/// The relative phrases of `s` ("yesterday", "l'an dernier"), longest at each word start.
fn relative_phrases_in(s: &str, t: &NumberTables, starts: &[usize]) -> Vec<(Span, Relative)> {
    let mut out = Vec::new();
    for &i in starts {
        let matched = t
            .relative
            .iter()
            .filter_map(|&(phrase, offset)| relative_at(s, i, phrase, t).map(|end| (end, offset)))
            .max_by_key(|&(end, _)| end);
        if let Some((end, offset)) = matched {
            out.push((Span::new(i, end), offset));
        }
    }
    out
}

/// The relative phrases of `sentence` of `text`, with what they count from the publication
/// date: what a reader without that date can say of them (`starts` as for [`dates_among`]).
pub(crate) fn relative_phrases(
    text: &str,
    sentence: Span,
    t: &NumberTables,
    starts: &[usize],
) -> Vec<(Span, Relative)> {
    relative_phrases_in(sentence.of(text), t, starts)
        .into_iter()
        .map(|(span, offset)| {
            let span = Span::new(span.start + sentence.start, span.end + sentence.start);
            (span, offset)
        })
        .collect()
}

fn relative_at(s: &str, i: usize, phrase: &str, t: &NumberTables) -> Option<usize> {
    if t.case_sensitive.contains(&phrase) {
        let end = i + phrase.len();
        return (s[i..].starts_with(phrase) && bounded(s, end, phrase)).then_some(end);
    }
    match_word(s, i, phrase)
}

#[cfg(test)]
mod tests;

/// Date keys at different precisions agree when the coarser is a prefix of the finer: "2014"
/// holds for "2014-06-03", "2014-06" does not for "2014-07-01".
pub(crate) fn keys_compatible(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    long.starts_with(short) && matches!(long.as_bytes().get(short.len()), None | Some(b'-'))
}
