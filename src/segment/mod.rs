//! Stage 3, segment: [`Cleaned`] → `Vec<`[`Sentence`]`>`, each with its tokens.
//!
//! Sentences never cross a line break: each content line is split on its own, so a headline
//! without final punctuation is one sentence. A sentence ends after `.`, `!`, `?`, `…` or `...`,
//! plus any closing quotes or brackets right after (`."`, `.”`, `.»`, `. »`, `.“`, `.)`), when
//! whitespace and then a word not in lowercase follow. A period does not end a sentence after an
//! abbreviation of the language ([`SegmentTables::abbreviations`], also with inner spaces such
//! as "z. B."), after initials ("J. K.", "U.S."), or after a German-style ordinal ("am 3. Juni",
//! "im 19. Jahrhundert"); a period between digits ("4.8") is never followed by whitespace and so
//! never ends one. Colons and semicolons end nothing. UAX#29 sentence rules alone would split
//! after "Mr. " and "z. B.", which is why the rules are written here over per-language tables.
//!
//! Each sentence is split into tokens by [`tokens`], the one tokenizer every later stage reads.
//!
//! On ntrex128 (first 40 documents, 603 line-aligned translations), en, de and fr lines get the
//! same number of sentences in 88.1 % of lines (531/603). Reading the 72 others: translators
//! split or merged sentences in all but two, where this segmenter errs (a sentence ending in
//! "U.S." is not split; `…water!'" Hammel added.` is split after the quote). Test
//! `ntrex_sentence_counts_agree` (run when the corpus is beside the repository) asserts it.

pub(crate) mod tokens;

use crate::chars::{is_letter, is_letter_or_digit};
use crate::clean::Cleaned;
use crate::lang::{tables, SegmentTables};
use crate::types::{Lang, Span};
use tokens::Tok;

/// A sentence of content and its tokens, as spans of the original text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Sentence {
    /// The sentence, trimmed.
    pub span: Span,
    /// Its words and punctuation marks, in order.
    pub toks: Vec<Tok>,
}

impl Sentence {
    /// The spans of its word tokens (letters or digits), in order.
    pub(crate) fn word_spans(&self) -> impl Iterator<Item = Span> + '_ {
        self.toks.iter().filter(|t| t.word).map(|t| t.span)
    }
}

/// Characters that end a sentence (a run of them counts once: "?!", "...").
const TERMINATORS: &[char] = &['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？'];
/// Closing quotes and brackets that stay with the sentence they close. "“" closes German
/// quotes („…“), "«" and "‹" close the »…« style.
const CLOSERS: &[char] = &[
    '"', '\'', '”', '’', '»', '“', '›', '«', '‹', ')', ']', '}', '」', '』',
];
/// Closers that French sets after a (non-breaking) space: ". »".
const SPACED_CLOSERS: &[char] = &['»', '›'];
/// Opening quotes and brackets that may stand before the next sentence's first word.
const OPENERS: &[char] = &[
    '"', '\'', '“', '‘', '„', '‚', '«', '»', '‹', '›', '(', '[', '{', '¿', '¡', '「', '『',
];
/// Digits of a number that can be an ordinal ("3.", "19.", "125.").
const MAX_ORDINAL_DIGITS: usize = 3;

/// Splits each content line into sentences, and each sentence into tokens.
pub(crate) fn segment(text: &str, cleaned: &Cleaned, lang: Lang) -> Vec<Sentence> {
    let lexicons = lexicons_for(lang);
    cleaned
        .content
        .iter()
        .flat_map(|&line| sentence_spans(text, line, &lexicons))
        .map(|span| Sentence {
            span,
            toks: tokens::tokens(text, span),
        })
        .collect()
}

/// The tables of `lang`; all of them when the language is unknown, so that "Dr." or "z. B." still
/// end no sentence.
fn lexicons_for(lang: Lang) -> Vec<&'static SegmentTables> {
    match lang {
        Lang::Und => Lang::ALL.iter().map(|&l| &tables(l).segment).collect(),
        _ => vec![&tables(lang).segment],
    }
}

/// The sentences of one content line, trimmed.
///
/// Walks byte offsets, decoding a char only where one is looked at: collecting the chars of
/// every line cost more than finding the few terminators in it.
fn sentence_spans(text: &str, line: Span, lexicons: &[&SegmentTables]) -> Vec<Span> {
    let s = line.of(text);
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(at) = next_terminator(s, i) {
        let run_end = skip_while(s, at, |c| TERMINATORS.contains(&c));
        let end = skip_closers(s, run_end);
        if char_at(s, end).is_some_and(char::is_whitespace) {
            let run = &s[at..run_end];
            if ends_sentence(s, at, run, end, lexicons) {
                push_trimmed(&mut spans, line.start, s, start, end);
                start = end;
            }
        }
        i = end;
    }
    push_trimmed(&mut spans, line.start, s, start, s.len());
    spans
}

fn char_at(s: &str, at: usize) -> Option<char> {
    s[at..].chars().next()
}

/// The offset of the first terminator at or after `from`; ASCII bytes are tested as bytes.
fn next_terminator(s: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(&byte) = s.as_bytes().get(at) {
        if byte.is_ascii() {
            if matches!(byte, b'.' | b'!' | b'?') {
                return Some(at);
            }
            at += 1;
            continue;
        }
        let c = char_at(s, at)?;
        if TERMINATORS.contains(&c) {
            return Some(at);
        }
        at += c.len_utf8();
    }
    None
}

fn skip_while(s: &str, mut at: usize, pred: impl Fn(char) -> bool) -> usize {
    while let Some(c) = char_at(s, at).filter(|&c| pred(c)) {
        at += c.len_utf8();
    }
    at
}

/// Past the closing quotes and brackets after a terminator, including French ". »".
fn skip_closers(s: &str, mut at: usize) -> usize {
    loop {
        let Some(c) = char_at(s, at) else {
            return at;
        };
        let after = at + c.len_utf8();
        match char_at(s, after) {
            _ if CLOSERS.contains(&c) => at = after,
            Some(closer) if c.is_whitespace() && SPACED_CLOSERS.contains(&closer) => {
                at = after + closer.len_utf8();
            }
            _ => return at,
        }
    }
}

fn push_trimmed(spans: &mut Vec<Span>, base: usize, s: &str, start: usize, end: usize) {
    let piece = &s[start..end];
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let lead = piece.len() - piece.trim_start().len();
        spans.push(Span::new(
            base + start + lead,
            base + start + lead + trimmed.len(),
        ));
    }
}

/// Whether the terminator `run` at byte `at` of line `s`, followed by whitespace from byte
/// `next`, ends a sentence.
fn ends_sentence(s: &str, at: usize, run: &str, next: usize, lexicons: &[&SegmentTables]) -> bool {
    let following = next_word(&s[next..]);
    if following.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    if run != "." {
        return true;
    }
    !(ends_abbreviation(s, at, lexicons)
        || ends_initials(last_token(&s[..at]))
        || ends_ordinal(&s[..at], following, lexicons))
}

/// The next word after whitespace and opening quotes or brackets, without trailing punctuation.
fn next_word(rest: &str) -> &str {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || OPENERS.contains(&c));
    let word = rest.split(char::is_whitespace).next().unwrap_or("");
    word.trim_end_matches(|c: char| !is_letter_or_digit(c))
}

/// The token before byte `at` (back to whitespace), without opening quotes or brackets.
fn last_token(before: &str) -> &str {
    let token = before.rsplit(char::is_whitespace).next().unwrap_or("");
    token.trim_start_matches(|c: char| OPENERS.contains(&c))
}

/// True when the period at byte `at` is one of the periods of an abbreviation of the tables
/// ("Dr.", "U.S.", the first period of "z. B." as well as the last).
fn ends_abbreviation(s: &str, at: usize, lexicons: &[&SegmentTables]) -> bool {
    let bytes = s.as_bytes();
    let Some(&before) = at.checked_sub(1).map(|b| &bytes[b]) else {
        return false;
    };
    lexicons.iter().flat_map(|l| l.abbreviations).any(|abbr| {
        let abbr = abbr.as_bytes();
        // No entry opens with a period (a test checks), so each period of the entry has a byte
        // before it; comparing that byte first rules out almost every entry without slicing.
        (1..abbr.len()).any(|dot| {
            abbr[dot] == b'.'
                && abbr[dot - 1] == before
                && at >= dot
                && bytes[at - dot..].starts_with(abbr)
                && starts_token(s, at - dot)
        })
    })
}

/// True when byte `i` of `s` opens a token: line start, or after whitespace or an opener.
fn starts_token(s: &str, i: usize) -> bool {
    s[..i]
        .chars()
        .next_back()
        .map_or(true, |c| c.is_whitespace() || OPENERS.contains(&c))
}

/// "J" of "J. K. Rowling", "U.S" of "U.S.", "v" of "Roe v. Wade": single letters joined by
/// periods, one a capital or all ASCII (a one-letter word such as Italian "è" may end a sentence).
fn ends_initials(token: &str) -> bool {
    let mut parts = token.split('.');
    let single_letters = parts.clone().all(|p| {
        let mut chars = p.chars();
        chars.next().is_some_and(is_letter) && chars.next().is_none()
    });
    single_letters && (parts.any(|p| p.chars().all(char::is_uppercase)) || token.is_ascii())
}

/// "am 3. Juni", "im 19. Jahrhundert": a short number after an ordinal cue word or before an
/// ordinal noun of the language.
fn ends_ordinal(before: &str, following: &str, lexicons: &[&SegmentTables]) -> bool {
    let number = last_token(before);
    if number.is_empty()
        || number.len() > MAX_ORDINAL_DIGITS
        || !number.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let cue = last_token(before[..before.len() - number.len()].trim_end()).to_lowercase();
    lexicons.iter().any(|l| {
        l.ordinal_cues.contains(&cue.as_str())
            || l.ordinal_nouns
                .iter()
                .any(|n| n.trim_end_matches('.') == following)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean;

    /// Segments `text` as one article in `lang`, checking every span lies on char boundaries and
    /// every word inside its sentence.
    fn run(text: &str, lang: Lang) -> Vec<Sentence> {
        let sentences = segment(text, &clean(text), lang);
        for s in &sentences {
            for span in std::iter::once(s.span).chain(s.toks.iter().map(|t| t.span)) {
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                assert!(s.span.contains(span) && !span.is_empty());
            }
        }
        sentences
    }

    fn sentences(text: &str, lang: Lang) -> Vec<&str> {
        run(text, lang).iter().map(|s| s.span.of(text)).collect()
    }

    fn words(text: &str, lang: Lang) -> Vec<&str> {
        run(text, lang)
            .iter()
            .flat_map(|s| s.word_spans().map(|w| w.of(text)).collect::<Vec<_>>())
            .collect()
    }

    /// Asserts that `span` covers exactly `expected` in `text`.
    fn assert_span(text: &str, span: Span, expected: &str) {
        assert_eq!(span.of(text), expected, "span {span:?}");
    }

    #[test]
    fn sentence_table() {
        use Lang::*;
        let cases: &[(Lang, &str, &[&str])] = &[
            (
                En,
                "Prices rose. Sales fell!",
                &["Prices rose.", "Sales fell!"],
            ),
            (En, "Did it work? Yes.", &["Did it work?", "Yes."]),
            (
                En,
                "Mr. Smith met Dr. Jones at St. Mary's. They talked.",
                &["Mr. Smith met Dr. Jones at St. Mary's.", "They talked."],
            ),
            (
                En,
                "Acme Inc. Chief Executive Jane Roe spoke.",
                &["Acme Inc. Chief Executive Jane Roe spoke."],
            ),
            (
                En,
                "He moved to the U.S. In 2010 he left.",
                &["He moved to the U.S. In 2010 he left."],
            ),
            (
                En,
                "J. K. Rowling wrote it. It sold well.",
                &["J. K. Rowling wrote it.", "It sold well."],
            ),
            (
                En,
                "Sales grew 4.8 percent. Costs fell.",
                &["Sales grew 4.8 percent.", "Costs fell."],
            ),
            (
                En,
                "Fruit, e.g. apples, etc. are cheap. Oil is not.",
                &["Fruit, e.g. apples, etc. are cheap.", "Oil is not."],
            ),
            (
                En,
                "It opened on Jan. 5 in No. 10 Downing Street.",
                &["It opened on Jan. 5 in No. 10 Downing Street."],
            ),
            (
                En,
                "She said: \"We won.\" Then she left.",
                &["She said: \"We won.\"", "Then she left."],
            ),
            (
                En,
                "She said: “We won.” Then she left.",
                &["She said: “We won.”", "Then she left."],
            ),
            (
                En,
                "“Why?” she asked. Nobody knew.",
                &["“Why?” she asked.", "Nobody knew."],
            ),
            (
                En,
                "It was late (after midnight.) Then it rained.",
                &["It was late (after midnight.)", "Then it rained."],
            ),
            (
                En,
                "Wait... What happened? Nothing… Really.",
                &["Wait...", "What happened?", "Nothing…", "Really."],
            ),
            (
                En,
                "And then… nothing happened.",
                &["And then… nothing happened."],
            ),
            (
                En,
                "The rules: one vote; one voice. Done.",
                &["The rules: one vote; one voice.", "Done."],
            ),
            (
                En,
                "A headline without a period\nA sentence. Another one.",
                &["A headline without a period", "A sentence.", "Another one."],
            ),
            (
                En,
                "Line one ends here\nline two is lowercase.",
                &["Line one ends here", "line two is lowercase."],
            ),
            (
                En,
                "Emoji 🎬 too. Next 🙂 one!",
                &["Emoji 🎬 too.", "Next 🙂 one!"],
            ),
            (
                Fr,
                "M. Dupont est arrivé. Mme Durand aussi.",
                &["M. Dupont est arrivé.", "Mme Durand aussi."],
            ),
            (
                Fr,
                "Né en 52 av. J.-C. Il régna.",
                &["Né en 52 av. J.-C. Il régna."],
            ),
            (
                Fr,
                "Des fruits, p. ex. des pommes. Ensuite.",
                &["Des fruits, p. ex. des pommes.", "Ensuite."],
            ),
            (
                Fr,
                "Il a dit : « C’est fini. » Puis il est parti.",
                &["Il a dit : « C’est fini. »", "Puis il est parti."],
            ),
            (
                Fr,
                "Il a dit : « C’est fini.» Puis il est parti.",
                &["Il a dit : « C’est fini.»", "Puis il est parti."],
            ),
            (
                Fr,
                "Comment réussir ? Personne ne sait !",
                &["Comment réussir ?", "Personne ne sait !"],
            ),
            (
                Fr,
                "Les recettes ont atteint 4,8 milliards. C’est un record.",
                &[
                    "Les recettes ont atteint 4,8 milliards.",
                    "C’est un record.",
                ],
            ),
            (
                De,
                "Das gilt z. B. für Berlin. Und für Bonn.",
                &["Das gilt z. B. für Berlin.", "Und für Bonn."],
            ),
            (
                De,
                "Das gilt z.B. für Berlin. Und für Bonn.",
                &["Das gilt z.B. für Berlin.", "Und für Bonn."],
            ),
            (
                De,
                "Er kam am 3. Juni. Sie kam im 19. Jahrhundert.",
                &["Er kam am 3. Juni.", "Sie kam im 19. Jahrhundert."],
            ),
            (
                De,
                "Der Umsatz stieg auf 25. Die Zahl ist hoch.",
                &["Der Umsatz stieg auf 25.", "Die Zahl ist hoch."],
            ),
            (
                De,
                "Es kostet ca. 5 Mio. Euro bzw. mehr. Das ist viel.",
                &["Es kostet ca. 5 Mio. Euro bzw. mehr.", "Das ist viel."],
            ),
            (
                De,
                "Er sagte: „Wir haben gewonnen.“ Dann ging er.",
                &["Er sagte: „Wir haben gewonnen.“", "Dann ging er."],
            ),
            (
                De,
                "Er sagte: »Wir haben gewonnen.« Dann ging er.",
                &["Er sagte: »Wir haben gewonnen.«", "Dann ging er."],
            ),
            (
                De,
                "Prof. Dr. Müller, d. h. der Chef, u. a. im Amt. Gut.",
                &["Prof. Dr. Müller, d. h. der Chef, u. a. im Amt.", "Gut."],
            ),
            (
                Es,
                "¿Quién ganó? ¡Nadie! El Sr. Pérez lo dijo.",
                &["¿Quién ganó?", "¡Nadie!", "El Sr. Pérez lo dijo."],
            ),
            (
                It,
                "Il Dott. Rossi è arrivato. Poi è partito.",
                &["Il Dott. Rossi è arrivato.", "Poi è partito."],
            ),
            (
                Und,
                "Dr. Roe kam z. B. heute. Fin.",
                &["Dr. Roe kam z. B. heute.", "Fin."],
            ),
            (
                Und,
                "東京で会議が開かれた。参加者は多かった。",
                &["東京で会議が開かれた。参加者は多かった。"],
            ),
        ];
        for (lang, text, expected) in cases {
            assert_eq!(sentences(text, *lang), *expected, "{lang:?}: {text}");
        }
    }

    #[test]
    fn word_table() {
        use Lang::*;
        let cases: &[(Lang, &str, &[&str])] = &[
            (
                En,
                "Anna's film, “Night”, won 2 prizes!",
                &["Anna", "'s", "film", "Night", "won", "2", "prizes"],
            ),
            (
                En,
                "Roe’s $4.8 billion deal",
                &["Roe", "’s", "4.8", "billion", "deal"],
            ),
            (
                En,
                "Jean-Paul met AMs' staff 🙂.",
                &["Jean-Paul", "met", "AMs", "staff"],
            ),
            (En, "It's 1,000 km.", &["It", "'s", "1,000", "km"]),
            (
                Fr,
                "l’écriture d'Acme et qu’il jusqu’à l'an",
                &[
                    "l’",
                    "écriture",
                    "d'",
                    "Acme",
                    "et",
                    "qu’",
                    "il",
                    "jusqu’",
                    "à",
                    "l'",
                    "an",
                ],
            ),
            (
                Fr,
                "L’industrie aujourd’hui",
                &["L’", "industrie", "aujourd’hui"],
            ),
            (Fr, "« Bonjour », dit-il.", &["Bonjour", "dit-il"]),
            (Fr, "4,8 milliards", &["4,8", "milliards"]),
            (
                It,
                "dell’anno e l'uomo, un'altra",
                &["dell’", "anno", "e", "l'", "uomo", "un'", "altra"],
            ),
            (
                De,
                "Die Bürger zahlen 60 Prozent – „genug“.",
                &["Die", "Bürger", "zahlen", "60", "Prozent", "genug"],
            ),
            (De, "Anna's Laden", &["Anna", "'s", "Laden"]),
            (En, "l'Oréal", &["l'", "Oréal"]),
            (Und, "市议会 approved it", &["市议会", "approved", "it"]),
        ];
        for (lang, text, expected) in cases {
            assert_eq!(words(text, *lang), *expected, "{lang:?}: {text}");
        }
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "  Titre\n\nÉté 2014 : l’équipe a gagné. « Enfin ! »  \n";
        let s = run(text, Lang::Fr);
        assert_eq!(s.len(), 3);
        assert_span(text, s[0].span, "Titre");
        assert_eq!(s[0].span, Span::new(2, 7));
        assert_span(text, s[1].span, "Été 2014 : l’équipe a gagné.");
        assert_eq!(s[1].span, Span::new(9, 43));
        let words: Vec<Span> = s[1].word_spans().collect();
        assert_span(text, words[2], "l’");
        assert_eq!(words[2], Span::new(22, 26));
        assert_span(text, words[3], "équipe");
        assert_eq!(words[3], Span::new(26, 33));
        assert_span(text, s[2].span, "« Enfin ! »");
        assert_eq!(s[2].word_spans().collect::<Vec<_>>(), [Span::new(47, 52)]);
    }

    #[test]
    fn boilerplate_is_not_segmented() {
        let text = "Skip to main content\nA real sentence. Another.\nShare this story";
        assert_eq!(sentences(text, Lang::En), ["A real sentence.", "Another."]);
    }

    #[test]
    fn every_abbreviation_has_a_period_after_its_first_byte() {
        for lang in Lang::ALL {
            for abbr in tables(lang).segment.abbreviations {
                assert!(
                    abbr.contains('.') && !abbr.starts_with('.'),
                    "{lang:?} {abbr}"
                );
            }
        }
    }

    #[test]
    fn empty_and_symbol_only_text() {
        for text in ["", "  \n ", "🙂", "...", "«»"] {
            let s = run(text, Lang::Und);
            assert!(s.iter().all(|s| s.word_spans().count() == 0), "{text:?}");
        }
    }

    #[test]
    fn headlines_quotes_and_elisions() {
        let text = "Norda steigt ins Filmgeschäft ein\nEr sagte: „Der Westen erzählt besser.“ Dann ging er.";
        let s = sentences(text, Lang::De);
        assert_eq!(
            s,
            [
                "Norda steigt ins Filmgeschäft ein",
                "Er sagte: „Der Westen erzählt besser.“",
                "Dann ging er."
            ]
        );
        let text = "Les recettes ont atteint 4,8 milliards de dollars en 2014. Cela sera-t-il décisif pour Norda ?";
        assert_eq!(sentences(text, Lang::Fr).len(), 2);
        let w = words("l’écriture d’Norda", Lang::Fr);
        assert!(
            w.windows(2).any(|p| p == ["l’", "écriture"])
                && w.windows(2).any(|p| p == ["d’", "Norda"])
        );
        let w = words("a collaborator of Jean-Luc's", Lang::En);
        assert!(w.windows(2).any(|p| p == ["Jean-Luc", "'s"]));
    }

    /// Line-aligned translations from ntrex128 (CC BY-SA 4.0, see testdata/ntrex/LICENSE.md),
    /// chosen for their abbreviations, quotes and ordinals: each line gets the same, right number
    /// of sentences in en, de and fr.
    #[test]
    fn ntrex_sample_counts_agree() {
        let en = include_str!("../testdata/ntrex/sample.en.txt");
        let de = include_str!("../testdata/ntrex/sample.de.txt");
        let fr = include_str!("../testdata/ntrex/sample.fr.txt");
        let lines = |t: &'static str| t.lines().collect::<Vec<_>>();
        let (en, de, fr) = (lines(en), lines(de), lines(fr));
        assert_eq!((en.len(), de.len()), (fr.len(), fr.len()));
        for ((e, d), f) in en.iter().zip(&de).zip(&fr) {
            let n = |t: &str, l| sentences(t, l).len();
            let counts = (n(e, Lang::En), n(d, Lang::De), n(f, Lang::Fr));
            assert!(
                counts.0 == counts.1 && counts.1 == counts.2,
                "{counts:?}\n{e}\n{d}\n{f}"
            );
            // Every sample line is one sentence but the one opening "We need to have a deal."
            let expected = if e.starts_with("\"We need to have a deal.") {
                2
            } else {
                1
            };
            assert_eq!(counts.0, expected, "{e}");
        }
        assert_eq!(en.len(), 19);
    }

    /// Share of the lines of the first 40 ntrex documents with equal en/de/fr sentence counts.
    #[test]
    fn ntrex_sentence_counts_agree() {
        if !ntrex::available() {
            return;
        }
        use crate::clean::ntrex;
        let (en, de, fr) = (
            ntrex::documents("en"),
            ntrex::documents("de"),
            ntrex::documents("fr"),
        );
        let (mut same, mut total) = (0, 0);
        for ((e, d), f) in en.iter().zip(&de).zip(&fr).take(40) {
            for ((e, d), f) in e.iter().zip(d).zip(f) {
                let n = |t: &str, l| sentences(t, l).len();
                let counts = (n(e, Lang::En), n(d, Lang::De), n(f, Lang::Fr));
                total += 1;
                if counts.0 == counts.1 && counts.1 == counts.2 {
                    same += 1;
                } else {
                    eprintln!("{counts:?}\n  {e}\n  {d}\n  {f}");
                }
            }
        }
        eprintln!("same sentence count: {same}/{total}");
        // Measured: 531 of 603 (88.1 %); the 72 others are read in the module docs.
        assert!(same >= 531 && total == 603, "{same} of {total}");
    }
}
