//! Words around figures: the qualifier before one ("about 40", "bis zu 40", "più di 40") and
//! the words that make two figures one range or change ("between 35 and 70", "von 1225 auf
//! 1260", "35–70 km"), from the language's `qualifiers` and `ranges` tables. Read on the text:
//! a figure's words ("2,1", "$5") need not be one token.

use crate::lang::NumberTables;
use crate::segment::tokens::norm_of;
use crate::types::Span;

/// The qualifier that the words right before `at` give the figure starting there: approx,
/// at_most, at_least, more_than or less_than. `floor` is the start of the sentence.
pub(crate) fn qualifier(
    text: &str,
    floor: usize,
    at: usize,
    t: &NumberTables,
) -> Option<&'static str> {
    let before = &text[floor..at];
    t.qualifiers
        .iter()
        .filter(|(phrase, _)| phrase_before(before, phrase).is_some())
        // The longest phrase wins: "more than" of "no more than" is "at_most" there, if listed.
        .max_by_key(|(phrase, _)| phrase.len())
        .map(|(_, q)| *q)
}

/// How two figures are joined into one range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Link {
    /// By words ("between … and", "von … auf", "35 bis 70").
    Words,
    /// By a dash alone ("35–70"): also how scores are written, so the caller asks more of it.
    Dash,
}

/// Whether the figures over `first` and then `second` of `text` are one range or change: the
/// words between them are a range's link and the words before the first its lead, or a dash
/// stands between them. `floor` is the start of the sentence.
pub(crate) fn range_link(
    text: &str,
    floor: usize,
    first: Span,
    second: Span,
    t: &NumberTables,
) -> Option<Link> {
    let gap = text.get(first.end..second.start)?;
    if matches!(gap.trim(), "-" | "–" | "—" | "‐" | "‑") {
        return Some(Link::Dash);
    }
    let words: Vec<_> = gap.split_whitespace().map(norm_of).collect();
    let before = &text[floor..first.start];
    t.ranges
        .iter()
        .any(|(lead, link)| {
            words.iter().map(|w| w.as_str()).eq(link.split(' '))
                && (lead.is_empty() || phrase_before(before, lead).is_some())
        })
        .then_some(Link::Words)
}

/// Where `phrase` (lowercase words separated by single spaces) starts when it ends `before`,
/// followed by white space, or glued when it ends in an apostrophe ("plus d'"). Its first word
/// may follow an elision ("d'environ").
fn phrase_before(before: &str, phrase: &str) -> Option<usize> {
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() && !phrase.ends_with('\'') {
        return None;
    }
    let words: Vec<&str> = phrase.split(' ').collect();
    let mut end = trimmed.len();
    for (k, word) in words.iter().enumerate().rev() {
        let head = trimmed[..end].trim_end();
        if k + 1 < words.len() && head.len() == trimmed[..end].len() {
            return None; // two words of the phrase must be apart
        }
        let start = head
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let got = norm_of(&head[start..]);
        let elided = k == 0
            && got
                .strip_suffix(word)
                .is_some_and(|elision| elision.ends_with('\''));
        if got != *word && !elided {
            return None;
        }
        end = start;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::tables;
    use crate::types::Lang;

    #[test]
    fn qualifiers_in_each_language() {
        let cases = [
            (Lang::En, "It took about 40", Some("approx")),
            (Lang::En, "It took up to 40", Some("at_most")),
            (Lang::En, "It took at least 40", Some("at_least")),
            (Lang::En, "It took more than 40", Some("more_than")),
            (Lang::En, "It took fewer than 40", Some("less_than")),
            (Lang::En, "It took 40", None),
            (Lang::En, "It was a throwover 40", None),
            (Lang::Fr, "Il a fallu d'environ 40", Some("approx")),
            (Lang::Fr, "Il a fallu près de 40", Some("approx")),
            (Lang::Fr, "Il a fallu jusqu'à 40", Some("at_most")),
            (Lang::Fr, "Il a fallu jusqu’à 40", Some("at_most")),
            (Lang::Fr, "Il a fallu au moins 40", Some("at_least")),
            (Lang::Fr, "Il a fallu plus de 40", Some("more_than")),
            (Lang::Fr, "Il a fallu moins de 40", Some("less_than")),
            (Lang::De, "Es kamen rund 40", Some("approx")),
            (Lang::De, "Es kamen bis zu 40", Some("at_most")),
            (Lang::De, "Es kamen mindestens 40", Some("at_least")),
            (Lang::De, "Es kamen mehr als 40", Some("more_than")),
            (Lang::De, "Es kamen Über 40", Some("more_than")),
            (Lang::De, "Es kamen weniger als 40", Some("less_than")),
            (Lang::Es, "Llegaron alrededor de 40", Some("approx")),
            (Lang::Es, "Llegaron hasta 40", Some("at_most")),
            (Lang::Es, "Llegaron por lo menos 40", Some("at_least")),
            (Lang::Es, "Llegaron más de 40", Some("more_than")),
            (Lang::Es, "Llegaron menos de 40", Some("less_than")),
            (Lang::It, "Arrivarono circa 40", Some("approx")),
            (Lang::It, "Arrivarono fino a 40", Some("at_most")),
            (Lang::It, "Arrivarono almeno 40", Some("at_least")),
            (Lang::It, "Arrivarono oltre 40", Some("more_than")),
            (Lang::It, "Arrivarono meno di 40", Some("less_than")),
        ];
        for (lang, text, want) in cases {
            let at = text.len() - 2;
            let got = qualifier(text, 0, at, &tables(lang).numbers);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn range_links_in_each_language() {
        let cases = [
            (Lang::En, "between 35 and 70", Some(Link::Words)),
            (Lang::En, "from 1225 to 1260", Some(Link::Words)),
            (Lang::En, "rose 35 to 70", None),
            (Lang::En, "won 35 - 70", Some(Link::Dash)),
            (Lang::Fr, "entre 35 et 70", Some(Link::Words)),
            (Lang::Fr, "passera de 1225 à 1260", Some(Link::Words)),
            (Lang::De, "zwischen 35 und 70", Some(Link::Words)),
            (Lang::De, "von 1225 auf 1260", Some(Link::Words)),
            (Lang::De, "35 bis 70", Some(Link::Words)),
            (Lang::De, "35 und 70", None),
            (Lang::Es, "entre 35 y 70", Some(Link::Words)),
            (Lang::Es, "de 1225 a 1260", Some(Link::Words)),
            (Lang::It, "tra 35 e 70", Some(Link::Words)),
            (Lang::It, "da 1225 a 1260", Some(Link::Words)),
        ];
        for (lang, text, want) in cases {
            let number = |n: &str| {
                let at = text.find(n).expect("number");
                Span::new(at, at + n.len())
            };
            let (first, second) = if text.contains("1225") {
                (number("1225"), number("1260"))
            } else {
                (number("35"), number("70"))
            };
            let got = range_link(text, 0, first, second, &tables(lang).numbers);
            assert_eq!(got, want, "{text}");
        }
    }
}
