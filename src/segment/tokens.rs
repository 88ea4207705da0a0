//! The one tokenizer: a sentence → word and punctuation tokens, as spans of the original text.
//!
//! Every later stage reads these tokens: mentions and claims (which need commas, quotes and
//! elisions), passage alignment and word diffs (which read the word tokens). A word is a run of
//! letters and digits; a hyphen or apostrophe between letters joins runs into one word
//! ("Jean-Luc", "co-produced", "O'Neil": the token records that it joins), except after an
//! elision ("l'", "dell'": the apostrophe stays with it) and before a possessive "s" ("Anna" +
//! "'s"). Any other char that is no white space is a punctuation token of its own.

use compact_str::CompactString;

use crate::chars::{is_letter, is_letter_or_digit};
use crate::lang::tables;
use crate::types::{Lang, Span};

/// A word or a punctuation mark of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Tok {
    /// Its bytes in the original text.
    pub span: Span,
    /// Lowercased, with ’ written as ' so tables can use one apostrophe.
    pub norm: Norm,
    /// True for words (letters or digits), false for punctuation.
    pub word: bool,
    /// True for a word that is more than one run of letters and digits: words joined by a
    /// hyphen or apostrophe ("Jean-Luc", "O'Neil"), and the clitic "'s".
    pub joined: bool,
}

impl Tok {
    /// True when the word starts with an uppercase letter ("Okafor", "CEO", "McDonald").
    pub fn capitalised(&self, text: &str) -> bool {
        self.word
            && self
                .span
                .of(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

/// The token after `phrase` (words separated by single spaces) when its words are the word
/// tokens from `at` on, compared in lower case: tables write "Prozent" as German does.
pub(crate) fn phrase_end(toks: &[Tok], at: usize, phrase: &str) -> Option<usize> {
    let mut end = at;
    for word in phrase.split(' ') {
        let tok = toks.get(end).filter(|t| t.word)?;
        let same = if word.chars().any(char::is_uppercase) {
            tok.norm == word.to_lowercase()
        } else {
            tok.norm == word
        };
        if !same {
            return None;
        }
        end += 1;
    }
    Some(end)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `sentence` of `text` into word and punctuation tokens.
///
/// Walks byte offsets, decoding one char where needed: it runs over every sentence, and a
/// collected `Vec` of chars per sentence cost more than the tokenizing itself.
pub(crate) fn tokens(text: &str, sentence: Span) -> Vec<Tok> {
    let s = sentence.of(text);
    let mut toks = Vec::with_capacity(s.len() / 4);
    let mut push_at = |start: usize, end: usize, word: bool, joined: bool| {
        let span = Span::new(sentence.start + start, sentence.start + end);
        let norm = norm_of(span.of(text));
        toks.push(Tok {
            span,
            norm,
            word,
            joined,
        });
    };
    let mut i = 0;
    while let Some(&byte) = s.as_bytes().get(i) {
        // An ASCII byte is classed as a byte; only other chars are decoded.
        let (len, space, mark) = if byte.is_ascii() {
            let space = matches!(byte, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
            (1, space, !space && !byte.is_ascii_alphanumeric())
        } else {
            let c = char_at(s, i).unwrap_or_default();
            (
                c.len_utf8(),
                c.is_whitespace(),
                !c.is_whitespace() && !is_letter_or_digit(c),
            )
        };
        if space {
            i += len;
            continue;
        }
        if mark {
            push_at(i, i + len, false, false);
            i += len;
            continue;
        }
        let (end, joined) = word_end(s, i);
        // Keep an elided word's apostrophe with it ("l'"), and "'s" as one token.
        match apostrophe_after(s, end) {
            Some(after) if is_elision(&s[i..end]) => {
                push_at(i, after, true, joined);
                i = after;
            }
            Some(after) => {
                push_at(i, end, true, joined);
                // The word after the apostrophe is "s": `word_end` stops only there.
                push_at(end, after + 1, true, true);
                i = after + 1;
            }
            None => {
                push_at(i, end, true, joined);
                i = end;
            }
        }
    }
    toks
}

/// Where the sentence's words that open with a letter start (after no letter or digit),
/// relative to the sentence: where month names and measure cues are looked for.
///
/// Read off the tokens rather than the text: every letter or digit lies in a word token, a
/// word token follows no letter or digit, and only a joined token ("Jean-Luc") holds a start
/// after its first byte. So the starts are those of the word tokens opening with a letter, and
/// inside joined tokens, those a scan finds (a test compares this with scanning the sentence).
pub(crate) fn letter_word_starts(text: &str, sentence: Span, toks: &[Tok]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(toks.len());
    for tok in toks.iter().filter(|t| t.word) {
        let word = tok.span.of(text);
        let at = tok.span.start - sentence.start;
        if tok.joined {
            starts.extend(letter_starts_in(word).map(|i| at + i));
        } else if word.starts_with(is_letter) {
            starts.push(at);
        }
    }
    starts
}

/// Where words starting with a letter start in `s`: after no letter or digit. One pass over the
/// bytes, decoding only non-ASCII chars.
fn letter_starts_in(s: &str) -> impl Iterator<Item = usize> + '_ {
    let mut after_alphanumeric = false;
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(&byte) = s.as_bytes().get(at) {
            let here = at;
            let (letter, alphanumeric) = if byte.is_ascii() {
                at += 1;
                (byte.is_ascii_alphabetic(), byte.is_ascii_alphanumeric())
            } else {
                let c = s[at..].chars().next()?;
                at += c.len_utf8();
                (is_letter(c), is_letter_or_digit(c))
            };
            let starts = letter && !after_alphanumeric;
            after_alphanumeric = alphanumeric;
            if starts {
                return Some(here);
            }
        }
        None
    })
}

fn char_at(s: &str, at: usize) -> Option<char> {
    s[at..].chars().next()
}

/// Past the letters and digits from `at`; ASCII bytes are tested without decoding a char.
/// Inlined: it runs at every word of every sentence, in two stages.
#[inline]
pub(crate) fn alphanumeric_end(s: &str, mut at: usize) -> usize {
    while let Some(&byte) = s.as_bytes().get(at) {
        if byte.is_ascii() {
            if !byte.is_ascii_alphanumeric() {
                break;
            }
            at += 1;
            continue;
        }
        match s[at..].chars().next() {
            Some(c) if is_letter_or_digit(c) => at += c.len_utf8(),
            _ => break,
        }
    }
    at
}

/// The end of the word starting at `start`, and whether it joins more than one run of letters
/// and digits: a hyphen or apostrophe between letters joins ("Jean-Luc", "co-produced",
/// "O'Neil"), except after an elision ("l'") or before a possessive "s"; so does a decimal or
/// thousands mark between digits ("4.8", "1,000").
fn word_end(s: &str, start: usize) -> (usize, bool) {
    let mut j = start;
    let mut joined = false;
    loop {
        j = alphanumeric_end(s, j);
        let Some(joiner) = char_at(s, j) else {
            return (j, joined);
        };
        let next = j + joiner.len_utf8();
        // A decimal or thousands mark between digits keeps a number whole ("4.8", "1,000"), as
        // UAX#29 does: a changed figure is then one changed word in a diff.
        let in_number = matches!(joiner, '.' | ',')
            && s[..j].ends_with(|c: char| c.is_ascii_digit())
            && char_at(s, next).is_some_and(|c| c.is_ascii_digit());
        let joins = in_number
            || ((joiner == '-' || joiner == '‑' || is_apostrophe(joiner))
                && char_at(s, next).is_some_and(is_letter_or_digit));
        if !joins {
            return (j, joined);
        }
        if is_apostrophe(joiner) {
            let after = &s[next..alphanumeric_end(s, next)];
            if is_elision(&s[start..j]) || after.eq_ignore_ascii_case("s") {
                return (j, joined);
            }
        }
        (j, joined) = (next, true);
    }
}

/// The byte after an apostrophe at `at` that a letter or digit follows.
fn apostrophe_after(s: &str, at: usize) -> Option<usize> {
    let apostrophe = char_at(s, at).filter(|&c| is_apostrophe(c))?;
    let after = at + apostrophe.len_utf8();
    char_at(s, after)
        .is_some_and(is_letter_or_digit)
        .then_some(after)
}

/// An elided article or pronoun of any language's tables ("l", "qu", "dell"): tokens are cut
/// alike whatever the language, so a French name quoted in English ("l'Oréal") reads the same.
fn is_elision(word: &str) -> bool {
    let lower = word.to_lowercase();
    Lang::ALL
        .iter()
        .any(|&lang| tables(lang).segment.elisions.contains(&lower.as_str()))
}

/// A token's lowercased text with ’ written as '. A `CompactString` keeps words of up to 24
/// bytes inline: a heap string per token was the largest allocation count of the pipeline.
pub(crate) type Norm = CompactString;

/// `s.to_lowercase().replace('’', "'")`, without allocating when the result is short.
pub(crate) fn norm_of(s: &str) -> Norm {
    if s.is_ascii() {
        let mut norm = Norm::from(s);
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            norm.make_ascii_lowercase();
        }
        return norm;
    }
    // str::to_lowercase lowercases char by char except for a final sigma; leave Σ to it.
    if s.contains('Σ') {
        return Norm::from(s.to_lowercase().replace('’', "'"));
    }
    s.chars()
        .flat_map(|c| if c == '’' { '\'' } else { c }.to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_lowercases_like_str_to_lowercase() {
        for word in [
            "Okafor",
            "CEO",
            "l’écriture",
            "ÉTÉ",
            "Straße",
            "ΟΔΟΣ",
            "Σ",
            "İstanbul",
            "«»",
            "東京",
            "🎬",
            "",
            "Aktiengesellschaftsrecht",
            "ÜberÄnderungsverordnung",
            "Rechtsschutzversicherungsgesellschaften",
        ] {
            let norm = norm_of(word);
            let expected = word.to_lowercase().replace('’', "'");
            assert_eq!(norm.as_str(), expected, "{word}");
            assert_eq!(norm, *expected.as_str());
            assert_eq!(norm.is_heap_allocated(), expected.len() > 24, "{word}");
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokens(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.span.of(text))
            .collect()
    }

    #[test]
    fn tokens_split_elisions_possessives_and_punctuation() {
        assert_eq!(words("l’écriture d'Acme"), ["l’", "écriture", "d'", "Acme"]);
        assert_eq!(
            words("Moreau's film, «vrai»."),
            ["Moreau", "'s", "film", ",", "«", "vrai", "»", "."]
        );
        assert_eq!(
            words("Jean-Luc co-produced O'Neil"),
            ["Jean-Luc", "co-produced", "O'Neil"]
        );
        assert_eq!(words("4,8 😀 中文"), ["4,8", "😀", "中文"]);
        assert_eq!(
            words("QU’ÉTÉ Anna’S l’ «x» ‑a-"),
            ["QU’", "ÉTÉ", "Anna", "’S", "l", "’", "«", "x", "»", "‑", "a", "-"]
        );
        assert_eq!(
            words("dell’arte all'Ente"),
            ["dell’", "arte", "all'", "Ente"]
        );
    }

    fn starts_from_tokens(text: &str) -> Vec<usize> {
        let whole = Span::new(0, text.len());
        letter_word_starts(text, whole, &tokens(text, whole))
    }

    #[test]
    fn ascii_bytes_split_tokens_as_their_chars_would() {
        for byte in 0u8..128 {
            let c = byte as char;
            let text = format!("a{c}b");
            let toks = tokens(&text, Span::new(0, text.len()));
            let want = if c.is_whitespace() {
                2
            } else if c.is_alphanumeric() || c == '\'' || c == '-' {
                // A letter or digit continues the word; an apostrophe or hyphen joins two.
                1
            } else {
                3
            };
            assert_eq!(toks.len(), want, "{c:?}");
        }
    }

    #[test]
    fn letter_word_starts_from_tokens_are_those_of_the_text() {
        let text = "Jean-Luc l’État O'Neil's 2014-mai G7 mi-juin «Mai» x-1a 3e";
        assert_eq!(
            starts_from_tokens(text),
            letter_starts_in(text).collect::<Vec<_>>()
        );
        assert_eq!(starts_from_tokens("Jean-Luc, 4B"), [0, 5]);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Read off the tokens, the letter word starts are exactly those a scan of the text finds.
        #[test]
        fn letter_word_starts_match_a_scan_of_the_text(
            text in "[a-zA-Z0-9 .,'’\\-‑éÉß\u{a0}\u{301}東]{0,30}",
        ) {
            proptest::prop_assert_eq!(starts_from_tokens(&text), letter_starts_in(&text).collect::<Vec<_>>());
        }
    }
}
