//! Numbers written in words: "two hundred and six", "quatre-vingt-dix", "zweihundertfünfzig",
//! "ochenta y cinco", "duecentoventitré", and "zwanzig Prozent" as a percentage. Read over the
//! segmenter's tokens from the language's cardinal words ([`NumberTables::cardinals`]): a word
//! is split into cardinal words from the left, longest first (German and Italian write a number
//! as one word), and the words of one number add up, a hundred multiplying what comes before it
//! and a scale ("thousand", "Millionen") closing a group.
//!
//! The `text2num` crate reads the same and more (fractions, decimals, ordinals), but adds 44 kB
//! gzipped to a page that must stay under 350 kB; this reader is the tables and one loop.

use crate::lang::NumberTables;
use crate::segment::tokens::{phrase_end, Tok};
use crate::types::Span;

/// A number written in words.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct WordNumber {
    /// The words, from the first to the last (a percent word included).
    pub span: Span,
    /// The value.
    pub value: f64,
    /// Followed by a percent word ("zwanzig Prozent").
    pub percent: bool,
}

/// How a cardinal word combines with the words around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// 1 to 9.
    Unit,
    /// 10 to 19.
    Teen,
    /// 20, 30, … 90 (and any other value under 100).
    Tens,
    /// 100: multiplies what comes before it.
    Hundred,
    /// 200 to 900 written as one word ("doscientos").
    Hundreds,
    /// 1,000 and up: closes a group.
    Scale,
}

fn class(value: f64) -> Class {
    match value {
        v if v < 10.0 => Class::Unit,
        v if v < 20.0 => Class::Teen,
        v if v < 100.0 => Class::Tens,
        100.0 => Class::Hundred,
        v if v < 1000.0 => Class::Hundreds,
        _ => Class::Scale,
    }
}

/// Whether a number's word `next` may follow its word `prev` in another token: "twenty five",
/// "one hundred five", "five million", not "two three" nor "five twenty" (two numbers).
fn continues(prev: Class, next: Class) -> bool {
    use Class::*;
    match next {
        Hundred | Scale => true,
        Unit => matches!(prev, Tens | Hundred | Hundreds | Scale),
        Teen | Tens | Hundreds => matches!(prev, Hundred | Hundreds | Scale),
    }
}

/// The cardinal values `word` is made of, split from the left, longest word first; `None` when
/// some part is no cardinal word. A connector ("und" of "fünfundzwanzig") may join two parts.
fn parts(word: &str, t: &NumberTables) -> Option<Vec<f64>> {
    let mut out = Vec::new();
    let mut rest = word;
    while !rest.is_empty() {
        rest = rest.trim_start_matches(['-', '‑']);
        if rest.is_empty() {
            break;
        }
        let cardinal = t
            .cardinals
            .iter()
            .filter(|(w, _)| rest.starts_with(w))
            .max_by_key(|(w, _)| w.len());
        if let Some((w, value)) = cardinal {
            out.push(*value);
            rest = &rest[w.len()..];
            continue;
        }
        let connector = t
            .number_connectors
            .iter()
            .find(|c| rest.starts_with(*c) && !out.is_empty() && rest.len() > c.len())?;
        rest = &rest[connector.len()..];
    }
    (!out.is_empty()).then_some(out)
}

/// The value of a number's parts: each group (up to a scale) adds up, a hundred multiplying
/// what stands before it in its group, and a scale multiplying its group and every group of a
/// smaller scale before it ("cinco mil millones" = 5,000 × 10⁶).
fn value_of(parts: &[f64]) -> f64 {
    let mut scaled: Vec<(f64, f64)> = Vec::new();
    let mut group = 0.0;
    for &v in parts {
        match class(v) {
            Class::Scale => {
                let mut chunk = group;
                while let Some(&(value, scale)) = scaled.last().filter(|(_, s)| *s < v) {
                    chunk += value * scale;
                    scaled.pop();
                }
                scaled.push((if chunk == 0.0 { 1.0 } else { chunk }, v));
                group = 0.0;
            }
            Class::Hundred => group = if group == 0.0 { 1.0 } else { group } * v,
            _ => group += v,
        }
    }
    scaled
        .iter()
        .map(|(value, scale)| value * scale)
        .sum::<f64>()
        + group
}

/// The numbers written in words among the sentence's `toks` of `text`.
pub(crate) fn word_numbers(toks: &[Tok], t: &NumberTables) -> Vec<WordNumber> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(first) = toks[i].word.then(|| parts(&toks[i].norm, t)).flatten() else {
            i += 1;
            continue;
        };
        // The scale of a number in digits ("1.7 million four years ago") is that number's.
        let after_digits = i > 0 && toks[i - 1].norm.starts_with(|c: char| c.is_ascii_digit());
        if after_digits && class(first[0]) == Class::Scale {
            i += 1;
            continue;
        }
        let (start, mut end) = (i, i + 1);
        let mut all = first;
        // Further tokens of the same number, directly or after one connector.
        loop {
            let last = class(*all.last().expect("parts are never empty"));
            let connector = toks
                .get(end)
                .is_some_and(|c| c.word && t.number_connectors.contains(&c.norm.as_str()));
            let at = end + usize::from(connector);
            let next = toks
                .get(at)
                .filter(|tok| tok.word)
                .and_then(|tok| parts(&tok.norm, t));
            match next {
                Some(more) if continues(last, class(more[0])) => {
                    all.extend(more);
                    end = at + 1;
                }
                _ => break,
            }
        }
        let value = value_of(&all);
        let percent_end = percent_after(toks, end, t);
        i = percent_end.unwrap_or(end);
        // Alone, "un", "one", "ein" are articles, "sei", "neuf" words of their own, and
        // "millions", "hundreds" say "many", no figure.
        let lone = all.len() == 1 && end == start + 1 && percent_end.is_none();
        let vague = matches!(class(value), Class::Hundred | Class::Scale);
        if lone && (value < 2.0 || vague || t.lone_words.contains(&toks[start].norm.as_str())) {
            continue;
        }
        out.push(WordNumber {
            span: Span::new(
                toks[start].span.start,
                toks[percent_end.unwrap_or(end) - 1].span.end,
            ),
            value,
            percent: percent_end.is_some(),
        });
    }
    out
}

/// The token after a percent phrase that starts at token `at` ("per cent", "pour cent").
fn percent_after(toks: &[Tok], at: usize, t: &NumberTables) -> Option<usize> {
    t.percent
        .iter()
        .find_map(|phrase| phrase_end(toks, at, phrase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::tables;
    use crate::segment::tokens::tokens;
    use crate::types::Lang;

    fn read(lang: Lang, text: &str) -> Vec<(String, f64, bool)> {
        let toks = tokens(text, Span::new(0, text.len()));
        word_numbers(&toks, &tables(lang).numbers)
            .into_iter()
            .map(|n| (n.span.of(text).to_string(), n.value, n.percent))
            .collect()
    }

    #[test]
    fn numbers_in_words_in_each_language() {
        let n = |t: &str, v: f64| (t.to_string(), v, false);
        let cases = [
            (
                Lang::En,
                "Two hundred and six people, one of them, twenty-one trillion and three.",
                vec![n("Two hundred and six", 206.0), n("twenty-one trillion and three", 21e12 + 3.0)],
            ),
            (
                Lang::Es,
                "tres billones cuatrocientos cincuenta y cinco mil millones, luego mil quinientos veintitres",
                vec![n("tres billones cuatrocientos cincuenta y cinco mil millones", 3.455e12), n("mil quinientos veintitres", 1523.0)],
            ),
            (Lang::En, "two three", vec![n("two", 2.0), n("three", 3.0)]),
            (Lang::It, "Sei stato tu, non uno.", vec![]),
            (Lang::En, "Millions of people, hundreds of them", vec![]),
            (Lang::En, "twelve twenty", vec![n("twelve", 12.0), n("twenty", 20.0)]),
            (
                Lang::Fr,
                "Quatre-vingt-dix-sept survivants, vingt et un morts, deux mille trois cents euros, un film.",
                vec![n("Quatre-vingt-dix-sept", 97.0), n("vingt et un", 21.0), n("deux mille trois cents", 2300.0)],
            ),
            (
                Lang::De,
                "Zweihundertfünfundzwanzig Verletzte und drei Millionen Euro, ein Mann.",
                vec![n("Zweihundertfünfundzwanzig", 225.0), n("drei Millionen", 3e6)],
            ),
            (
                Lang::Es,
                "Ochenta y cinco personas y trescientos cuarenta y dos mil votos.",
                vec![n("Ochenta y cinco", 85.0), n("trescientos cuarenta y dos mil", 342_000.0)],
            ),
            (
                Lang::It,
                "Duecentoventitré persone e ventotto case, tremila euro.",
                vec![n("Duecentoventitré", 223.0), n("ventotto", 28.0), n("tremila", 3000.0)],
            ),
            // Words that begin like a number are no number.
            (Lang::En, "The tent and the money were gone.", vec![]),
        ];
        for (lang, text, want) in cases {
            assert_eq!(read(lang, text), want, "{text}");
        }
    }

    #[test]
    fn a_percent_word_after_the_number_makes_it_a_percentage() {
        assert_eq!(
            read(Lang::De, "zwanzig Prozent"),
            [("zwanzig Prozent".into(), 20.0, true)]
        );
        assert_eq!(
            read(Lang::Es, "cinco por ciento"),
            [("cinco por ciento".into(), 5.0, true)]
        );
    }
}
