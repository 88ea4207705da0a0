//! Figures: every figure, date and year an article states → a claim with a context, the words of
//! its clause that say what it measures. The constructions of the other families give a figure a
//! sharper context (an amount "raised", a person's age, a work "released"): where they join
//! articles, their facts keep the figure (see `facts`).

use crate::chars::fold_accent;
use crate::lang::tables;
use crate::mentions::measure::to_base;
use crate::mentions::Mentions;
use crate::reading::{mentions_of, Mention, MentionKind, MentionValue};
use crate::report::FactKind;
use crate::segment::tokens::Tok;
use crate::types::{Lang, Span};

use super::{Attribute, Claim, FigureDetail};

/// Letters of a context word that count: plural and tense endings fall away ("injured",
/// "injuries"), and so do some cognates' ("victims", "victimes").
const CONTEXT_PREFIX: usize = 5;
/// Content words read on each side of the figure, within its clause.
const CONTEXT_WORDS: usize = 3;

/// The figure claims of one article: every mention the reading finds with a value. (Which of
/// them the other families' claims hold is decided when facts are formed.)
pub(crate) fn figures(
    text: &str,
    mentions: &[Mentions<'_>],
    lang: Lang,
    published: Option<crate::mentions::date::DateValue>,
) -> Vec<Claim> {
    let stop = tables(lang).claims.stop_capitals;
    let time_words = tables(lang).numbers.time_words;
    let mut out = Vec::new();
    for (index, m) in mentions.iter().enumerate() {
        if holds_a_web_address(&m.toks) {
            continue;
        }
        let read = mentions_of(text, std::slice::from_ref(m), lang, published);
        let spans: Vec<Span> = read.iter().map(|r| Span::new(r.start, r.end)).collect();
        for mention in &read {
            let span = Span::new(mention.start, mention.end);
            let Some(key) = mention.key() else { continue };
            if is_identifier(mention) || is_clock_part(&m.toks, span, time_words) {
                continue;
            }
            let (words, keys) = context(text, &m.toks, span, &spans, stop);
            let (value, unit, step) = in_base_unit(mention);
            out.push(Claim {
                kind: FactKind::Figure,
                subject: words.clone(),
                subject_key: String::new(),
                attribute: Attribute::Figure(mention.kind),
                object: None,
                object_key: None,
                value: key,
                sentence: m.span,
                evidence: span,
                amount: None,
                lang,
                figure: Some(Box::new(FigureDetail {
                    kind: mention.kind,
                    unit,
                    number: value,
                    precision: step,
                    loose: mention.qualifier.is_some() || mention.value_to.is_some(),
                    sentence: index,
                    digits: mention.text.bytes().any(|b| b.is_ascii_digit()),
                    keys,
                })),
                context: Some(words).filter(|w| !w.is_empty()),
            });
        }
    }
    out
}

/// True when a sentence holds a web address: its numbers are parts of it, not figures.
fn holds_a_web_address(toks: &[Tok]) -> bool {
    toks.iter()
        .any(|t| t.word && matches!(t.norm.as_str(), "http" | "https" | "www"))
}

/// True when a number is part of a clock time the reading does not read as one ("17 h 30",
/// "um 10 Uhr"): the hour word stands right before or after it.
fn is_clock_part(toks: &[Tok], span: Span, time_words: &[&str]) -> bool {
    let Some(at) = toks.iter().position(|t| t.span.start == span.start) else {
        return false;
    };
    let last = toks
        .iter()
        .rposition(|t| t.span.end == span.end)
        .unwrap_or(at);
    let hour = |t: Option<&Tok>| t.is_some_and(|t| t.word && time_words.contains(&t.norm.as_str()));
    hour(at.checked_sub(1).and_then(|i| toks.get(i))) || hour(toks.get(last + 1))
}

/// Digits from which a number written with no separator and no unit is a reference (an article
/// id, a phone number, a date written 20130504), not a figure.
const IDENTIFIER_DIGITS: usize = 6;

fn is_identifier(m: &Mention) -> bool {
    m.kind == MentionKind::Number
        && m.text.len() >= IDENTIFIER_DIGITS
        && m.text.bytes().all(|b| b.is_ascii_digit())
}

/// A figure's number, unit and precision, measures in their class's base unit ("40 miles" and
/// "64 km" both in metres), so that one measure in two units meets.
fn in_base_unit(m: &Mention) -> (Option<f64>, Option<String>, f64) {
    let (value, step) = (number(m), precision(m));
    match (m.kind, value, m.unit.as_deref()) {
        (MentionKind::Measure, Some(v), Some(unit)) => {
            match (to_base(v, unit), to_base(v + 1.0, unit)) {
                (Some((base, id)), Some((next, _))) => {
                    // A measure's trailing zeros are rounding: "300 km" may be 321.9 km.
                    let step = step.max(round_step(v.abs()));
                    (Some(base), Some(id.to_string()), step * (next - base).abs())
                }
                _ => (value, m.unit.clone(), step),
            }
        }
        _ => (value, m.unit.clone(), step),
    }
}

/// The largest power of ten a whole number is a multiple of (300 → 100, 320 → 10, 27 → 1).
pub(crate) fn round_step(value: f64) -> f64 {
    let mut step = 1.0;
    while value >= step * 10.0 && (value / (step * 10.0)).fract() == 0.0 {
        step *= 10.0;
    }
    step
}

fn number(m: &Mention) -> Option<f64> {
    match m.value {
        Some(MentionValue::Number(n)) => Some(n),
        _ => None,
    }
}

/// The step of the last significant digit written: 10^(magnitude − digits + 1). Numbers written
/// in words are exact to the unit.
fn precision(m: &Mention) -> f64 {
    let Some(value) = number(m).map(f64::abs).filter(|v| *v > 0.0) else {
        return 1.0;
    };
    let digits = significant_digits(&m.text);
    if digits == 0 {
        return if value.fract() == 0.0 { 1.0 } else { 0.01 };
    }
    10f64.powi(value.log10().floor() as i32 - digits as i32 + 1)
}

/// The digits of the first number written in `text`, separators skipped, leading zeros not
/// counted: "1,672" → 4, "1.67" → 3, "0.5" → 1.
fn significant_digits(text: &str) -> usize {
    let start = match text.find(|c: char| c.is_ascii_digit()) {
        Some(i) => i,
        None => return 0,
    };
    let mut digits = 0;
    let mut leading = true;
    let mut chars = text[start..].chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            if c != '0' || !leading {
                digits += 1;
                leading = false;
            }
        } else if matches!(c, '.' | ',' | '\'' | ' ' | '\u{a0}' | '\u{202f}')
            && chars.peek().is_some_and(char::is_ascii_digit)
        {
            continue;
        } else {
            break;
        }
    }
    digits
}

/// The context of the figure over `span`: up to [`CONTEXT_WORDS`] content words on each side
/// within its clause (punctuation and other figures end it), as written and as keys.
fn context(
    text: &str,
    toks: &[Tok],
    span: Span,
    figures: &[Span],
    stop: &[&str],
) -> (String, Vec<String>) {
    let Some(first) = toks.iter().position(|t| t.span.end > span.start) else {
        return (String::new(), Vec::new());
    };
    let last = toks
        .iter()
        .rposition(|t| t.span.start < span.end)
        .unwrap_or(first);
    let is_boundary = |t: &Tok| {
        (!t.word && !matches!(t.norm.as_str(), "-" | "'" | "%" | "$" | "€" | "£"))
            || figures
                .iter()
                .any(|f| f.overlaps(t.span) && !span.contains(t.span))
    };
    let is_content = |t: &Tok| {
        t.word
            && t.norm.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !t.norm.chars().any(|c| c.is_ascii_digit())
            && !stop.contains(&t.norm.as_str())
    };
    let mut before: Vec<&Tok> = toks[..first]
        .iter()
        .rev()
        .take_while(|t| !is_boundary(t))
        .filter(|t| is_content(t))
        .take(CONTEXT_WORDS)
        .collect();
    before.reverse();
    let after: Vec<&Tok> = toks[last + 1..]
        .iter()
        .take_while(|t| !is_boundary(t))
        .filter(|t| is_content(t))
        .take(CONTEXT_WORDS)
        .collect();
    let chosen: Vec<&Tok> = before.into_iter().chain(after).collect();
    let words = chosen
        .iter()
        .map(|t| t.span.of(text))
        .collect::<Vec<_>>()
        .join(" ");
    let mut keys: Vec<String> = chosen
        .iter()
        .map(|t| {
            t.norm
                .chars()
                .map(fold_accent)
                .take(CONTEXT_PREFIX)
                .collect()
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    (words, keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures_of(lang: Lang, text: &str) -> Vec<(String, String, Vec<String>)> {
        let mentions = [Mentions::of(text, Span::new(0, text.len()), lang, None)];
        figures(text, &mentions, lang, None)
            .into_iter()
            .map(|c| {
                let d = c.figure.expect("figure");
                (c.value, c.subject, d.keys)
            })
            .collect()
    }

    #[test]
    fn a_figure_carries_the_content_words_of_its_clause() {
        let got = figures_of(Lang::En, "The blast killed 12 people, and 62 were injured.");
        assert_eq!(got[0].0, "12");
        assert_eq!(got[0].1, "blast killed people");
        assert_eq!(got[0].2, ["blast", "kille", "peopl"]);
        // The comma ends the first clause: "injured" is the second figure's.
        assert_eq!(got[1].0, "62");
        assert_eq!(got[1].1, "were injured");
        let got = figures_of(Lang::De, "Die Kosten stiegen um 2,9 Prozent.");
        assert_eq!(got[0].0, "2.9%");
        assert_eq!(got[0].1, "Kosten stiegen");
    }

    #[test]
    fn precision_is_the_step_of_the_last_digit_written() {
        assert_eq!(significant_digits("1,672 million"), 4);
        assert_eq!(significant_digits("1.67 bn"), 3);
        assert_eq!(significant_digits("0.5"), 1);
        assert_eq!(significant_digits("twelve"), 0);
        let mention = |text: &str, value: f64| Mention {
            kind: MentionKind::Money,
            text: text.into(),
            start: 0,
            end: text.len(),
            value: Some(MentionValue::Number(value)),
            value_to: None,
            unit: Some("EUR".into()),
            context: None,
            qualifier: None,
        };
        assert_eq!(precision(&mention("1,67 Mrd.", 1.67e9)), 1e7);
        assert_eq!(precision(&mention("1672 Millionen", 1.672e9)), 1e6);
        assert_eq!(precision(&mention("12", 12.0)), 1.0);
    }
}
