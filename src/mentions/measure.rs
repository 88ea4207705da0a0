//! Measures: a number followed by the name or symbol of a unit ("12 km", "40 miles", "zwölf
//! Kilometer", "-5 °F", "3-inch", "7.62mm"), the unit given by an id ("km", "mi", "°F", "in").
//!
//! Unit names come from the CLDR (`lang::cldr`, long, short and narrow names in every plural and
//! case form) and the language's own `units` table for what the CLDR lacks ("tons", "lbs"). The
//! value is kept as written; [`to_base`] converts it to its class's base unit, so a later stage
//! can tell that "40 miles" and "64 km" agree. Numbers are read as the quantity reader reads them
//! (digits in the language's notation) or as `mentions::words` reads them (numbers in words).

use super::quantity::read_number;
use super::scan::{bounded, match_ci, skip_space, word_end};
use super::words::word_numbers;
use crate::chars::is_letter_or_digit;
use crate::lang::{tables, units, NumberTables};
use crate::segment::tokens::Tok;
use crate::types::{Lang, Span};

/// A measure read in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Measure {
    /// The number and its unit ("12 km"), a minus sign included.
    pub span: Span,
    /// The value as written (12 for "12 km").
    pub value: f64,
    /// The second value of a range written with a hyphen ("35-70 km": 70), kept out of the
    /// quantity reader's way (it reads no number joined to another by a hyphen).
    pub value_to: Option<f64>,
    /// The unit id: "km", "m", "°C", "km/h", "h", ….
    pub unit: &'static str,
}

/// The measures of `sentence` of `text`, whose tokens are `toks`, in text order.
pub(crate) fn measures(text: &str, sentence: Span, toks: &[Tok], lang: Lang) -> Vec<Measure> {
    let t = &tables(lang).numbers;
    let names = (units(lang), t.units);
    let s = sentence.of(text);
    let mut numbers = digit_numbers(s, t);
    numbers.extend(
        word_numbers(toks, t)
            .into_iter()
            .filter(|n| !n.percent)
            .map(|n| {
                let start = n.span.start - sentence.start;
                (start, n.span.end - sentence.start, n.value, None)
            }),
    );
    let mut out: Vec<Measure> = numbers
        .into_iter()
        .filter_map(|(start, end, value, value_to)| {
            let (unit_end, unit) = unit_after(s, end, names, t)?;
            let (start, value) = match negative_sign(s, start) {
                Some(sign) if unit.starts_with('°') && value_to.is_none() => (sign, -value),
                _ => (start, value),
            };
            let span = Span::new(sentence.start + start, sentence.start + unit_end);
            Some(Measure {
                span,
                value,
                value_to,
                unit,
            })
        })
        .collect();
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// A table of unit names with their unit id.
type Names<'t> = &'t [(&'t str, &'static str)];

/// A number read before a unit: (start, end, value, second value of a hyphenated range).
type Read = (usize, usize, f64, Option<f64>);

/// The numbers written with digits in `s`, local to `s`.
fn digit_numbers(s: &str, t: &NumberTables) -> Vec<Read> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        i = if c.is_ascii_digit() {
            match read_number(s, i, t) {
                Ok(n) => {
                    out.push((n.start, n.end, n.value(1.0), None));
                    n.end
                }
                Err(next) => match hyphen_range(s, i, t) {
                    Some(range) => {
                        out.push(range);
                        range.1
                    }
                    None => next,
                },
            }
        } else if is_letter_or_digit(c) {
            // A word is skipped whole: the digits of "G7" or "A380" are no number.
            word_end(s, i)
        } else {
            i + c.len_utf8()
        };
    }
    out
}

/// The first number written with digits in `s` ("5" of "$5 million"), as written: no scale.
pub(crate) fn first_number(s: &str, t: &NumberTables) -> Option<f64> {
    let at = s.find(|c: char| c.is_ascii_digit())?;
    read_number(&s[at..], 0, t).ok().map(|n| n.value(1.0))
}

/// Two numbers joined by a hyphen or dash at `i` ("35-70", "2,5–3"), the first below the
/// second: read as a range only when a unit follows (a score "2-0" or a span of years
/// "2010-2014" has none).
fn hyphen_range(s: &str, i: usize, t: &NumberTables) -> Option<Read> {
    let dash = i + s[i..].find(['-', '‐', '‑', '–'])?;
    let first = read_number(&s[..dash], i, t)
        .ok()
        .filter(|n| n.end == dash)?;
    let after = dash + s[dash..].chars().next()?.len_utf8();
    let second = read_number(&s[after..], 0, t).ok()?;
    let (from, to) = (first.value(1.0), second.value(1.0));
    (from < to).then_some((i, after + second.end, from, Some(to)))
}

/// The unit right after a number ending at `end`: glued ("12km"), after spaces ("12 km") or
/// after a hyphen when its name is a word ("3-inch"). Longest name wins; a name the language
/// also writes after a clock time ("17 heures", "alle 5 ore") is none here.
fn unit_after(
    s: &str,
    end: usize,
    (cldr, own): (Names, Names),
    t: &NumberTables,
) -> Option<(usize, &'static str)> {
    let hyphen = ['-', '‐', '‑']
        .iter()
        .find_map(|h| s[end..].strip_prefix(*h).map(|_| end + h.len_utf8()));
    let at = hyphen.unwrap_or_else(|| skip_space(s, end));
    let (name, unit_end, unit) = cldr
        .iter()
        .chain(own)
        .filter(|(name, _)| hyphen.is_none() || name.starts_with(is_letter_or_digit))
        .filter_map(|&(name, unit)| unit_at(s, at, name).map(|e| (name, e, unit)))
        .max_by_key(|(_, e, _)| *e)?;
    let time = t.time_words.iter().any(|w| w.eq_ignore_ascii_case(name));
    (!time).then_some((unit_end, unit))
}

/// The end of unit name `name` at `at` of `s`. Case does not matter, except that a one-letter
/// name must be written in lower case ("5 m", not "5 M"; "L" for litres too, as the CLDR writes
/// it), and "º" (the ordinal indicator some write for a degree: "37ºC") stands for "°".
fn unit_at(s: &str, at: usize, name: &str) -> Option<usize> {
    let rest = &s[at..];
    let first = rest.chars().next()?;
    if name.chars().count() == 1 && first.is_uppercase() && first != 'L' {
        return None;
    }
    let end = match (rest.strip_prefix('º'), name.strip_prefix('°')) {
        (Some(_), Some(tail)) => match_ci(s, at + 'º'.len_utf8(), tail)?,
        _ => match_ci(s, at, name)?,
    };
    bounded(s, end, name).then_some(end)
}

/// The start of a minus sign right before the number at `start` ("-5 °F", "−20 °C"), standing
/// at the start of the sentence or after a space or an opening bracket, or at the start of the
/// sentence with one space between ("- 20 grados"): a hyphen between two numbers is a range.
fn negative_sign(s: &str, start: usize) -> Option<usize> {
    let before = &s[..start];
    let unspaced = before.trim_end_matches(' ');
    let sign = unspaced.strip_suffix(['-', '−'])?;
    let glued = unspaced.len() == before.len();
    let opens = sign.is_empty() || (glued && sign.ends_with([' ', '(', '\u{a0}']));
    opens.then_some(sign.len())
}

/// The base unit of each unit's class and the factor to it (temperatures are affine and
/// converted apart). A month is a twelfth of a Gregorian year of 365.2425 days.
const FACTORS: &[(&str, &str, f64)] = &[
    ("km", "m", 1000.0),
    ("m", "m", 1.0),
    ("cm", "m", 0.01),
    ("mm", "m", 0.001),
    ("mi", "m", 1609.344),
    ("yd", "m", 0.9144),
    ("ft", "m", 0.3048),
    ("in", "m", 0.0254),
    ("nmi", "m", 1852.0),
    ("kg", "kg", 1.0),
    ("g", "kg", 0.001),
    ("t", "kg", 1000.0),
    ("lb", "kg", 0.453_592_37),
    ("oz", "kg", 0.028_349_523_125),
    ("km²", "m²", 1e6),
    ("m²", "m²", 1.0),
    ("ha", "m²", 1e4),
    ("ac", "m²", 4_046.856_422_4),
    ("mi²", "m²", 2_589_988.110_336),
    ("l", "l", 1.0),
    ("ml", "l", 0.001),
    ("gal", "l", 3.785_411_784),
    ("km/h", "m/s", 1.0 / 3.6),
    ("mph", "m/s", 0.447_04),
    ("s", "s", 1.0),
    ("min", "s", 60.0),
    ("h", "s", 3600.0),
    ("d", "s", 86_400.0),
    ("wk", "s", 604_800.0),
    ("mo", "s", 2_629_746.0),
    ("yr", "s", 31_556_952.0),
];

/// `value` in unit id `unit` converted to its class's base unit: metres, kilograms, degrees
/// Celsius, square metres, litres, metres per second or seconds, with that base unit's id.
/// `None` for "°" alone (degrees of no named scale) and ids that are no unit.
pub(crate) fn to_base(value: f64, unit: &str) -> Option<(f64, &'static str)> {
    match unit {
        "°C" => Some((value, "°C")),
        "°F" => Some(((value - 32.0) * 5.0 / 9.0, "°C")),
        _ => FACTORS
            .iter()
            .find(|(id, _, _)| *id == unit)
            .map(|&(_, base, factor)| (value * factor, base)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens::tokens;

    fn read(lang: Lang, text: &str) -> Vec<(String, f64, &'static str)> {
        let all = Span::new(0, text.len());
        measures(text, all, &tokens(text, all), lang)
            .into_iter()
            .map(|m| (m.span.of(text).to_string(), m.value, m.unit))
            .collect()
    }

    #[test]
    fn measures_in_each_language() {
        let m = |t: &str, v: f64, u: &'static str| (t.to_string(), v, u);
        let cases = [
            (
                Lang::En,
                "The trail is 12 km long, 40 miles by road, and the 3-inch pipe weighs 200lbs.",
                vec![
                    m("12 km", 12.0, "km"),
                    m("40 miles", 40.0, "mi"),
                    m("3-inch", 3.0, "in"),
                    m("200lbs", 200.0, "lb"),
                ],
            ),
            (
                Lang::En,
                "It fell to -5 °F after two hours at 30 miles per hour; 5 in 10 people left.",
                vec![
                    m("-5 °F", -5.0, "°F"),
                    m("two hours", 2.0, "h"),
                    m("30 miles per hour", 30.0, "mph"),
                ],
            ),
            (
                Lang::Fr,
                "Une route de 2,5 kilomètres, 75ml d'eau, 3 tonnes et 25 °C à 17 heures.",
                vec![
                    m("2,5 kilomètres", 2.5, "km"),
                    m("75ml", 75.0, "ml"),
                    m("3 tonnes", 3.0, "t"),
                    m("25 °C", 25.0, "°C"),
                ],
            ),
            (
                Lang::De,
                "Zwölf Kilometer weiter lagen 4.050 m² und 2,5 Hektar; es hatte 8 Grad Celsius.",
                vec![
                    m("Zwölf Kilometer", 12.0, "km"),
                    m("4.050 m²", 4050.0, "m²"),
                    m("2,5 Hektar", 2.5, "ha"),
                    m("8 Grad Celsius", 8.0, "°C"),
                ],
            ),
            (
                Lang::Es,
                "Calentar hasta 37ºC durante 20 minutos, a 120 km/h, 35 y 70 personas.",
                vec![
                    m("37ºC", 37.0, "°C"),
                    m("20 minutos", 20.0, "min"),
                    m("120 km/h", 120.0, "km/h"),
                ],
            ),
            (
                Lang::It,
                "Dieci chilometri a piedi, 5 tonnellate di grano e 3 litri, alle 5 ore.",
                vec![
                    m("Dieci chilometri", 10.0, "km"),
                    m("5 tonnellate", 5.0, "t"),
                    m("3 litri", 3.0, "l"),
                ],
            ),
            // A range written with a hyphen is one measure; a score or a span of years none.
            (
                Lang::En,
                "A 35-70 km stretch, won 2-0 in 2010-2014.",
                vec![m("35-70 km", 35.0, "km")],
            ),
            // A capital one-letter name is none ("5 M"), nor are a word's digits ("G7 km").
            (Lang::En, "Plan 5 M and the G7 km.", vec![]),
        ];
        for (lang, text, want) in cases {
            assert_eq!(read(lang, text), want, "{text}");
        }
    }

    #[test]
    fn to_base_converts_to_the_class_unit() {
        let near = |a: Option<(f64, &str)>, b: (f64, &str)| {
            let a = a.expect("a unit");
            assert!(
                (a.0 - b.0).abs() < 1e-9 * b.0.abs().max(1.0),
                "{a:?} vs {b:?}"
            );
            assert_eq!(a.1, b.1);
        };
        near(to_base(40.0, "mi"), (64_373.76, "m"));
        near(to_base(64.0, "km"), (64_000.0, "m"));
        near(to_base(212.0, "°F"), (100.0, "°C"));
        near(to_base(-40.0, "°F"), (-40.0, "°C"));
        near(to_base(2.0, "ha"), (20_000.0, "m²"));
        near(to_base(36.0, "km/h"), (10.0, "m/s"));
        near(to_base(2.0, "h"), (7200.0, "s"));
        near(to_base(1.0, "lb"), (0.453_592_37, "kg"));
        near(to_base(1.0, "gal"), (3.785_411_784, "l"));
        assert_eq!(to_base(30.0, "°"), None);
        assert_eq!(to_base(30.0, "USD"), None);
    }

    /// Every unit id of the tables converts (but "°", degrees of no named scale).
    #[test]
    fn every_unit_id_converts() {
        for lang in [Lang::En, Lang::Fr, Lang::De, Lang::Es, Lang::It] {
            for (name, unit) in units(lang).iter().chain(tables(lang).numbers.units) {
                assert!(
                    *unit == "°" || to_base(1.0, unit).is_some(),
                    "{lang:?} {name}"
                );
                assert_eq!(name.to_lowercase(), *name, "{lang:?} {name}");
            }
        }
    }
}
