//! UAX#29 word segments of Latin-script text, read without the general segmenter.
//!
//! `unicode-segmentation` looks every char up in its property tables and runs the full rule
//! machine; it was the largest cost of segmenting. In text made only of ASCII, the Latin-1 and
//! Latin Extended-A letters and a few common marks, the word rules reduce to: letters, digits
//! and `_` join; `:` `.` `'` `’` `‘` join two letters; `,` `;` `.` `'` `’` `‘` join two digits;
//! everything else stands alone. Any other char (combining marks, soft hyphens, other scripts,
//! other spaces) sends the sentence to the general segmenter. The test
//! `segments_agree_with_unicode_segmentation` checks the reduction against the crate.

/// The word class of a char under UAX#29, for the chars this reading handles.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// ALetter.
    Letter,
    /// Numeric.
    Digit,
    /// ExtendNumLet (`_`).
    Connector,
    /// MidLetter (`:`): joins letters.
    MidLetter,
    /// MidNumLet and Single_Quote (`.`, `'`, `’`, `‘`): join letters and join digits.
    MidBoth,
    /// MidNum (`,`, `;`): joins digits.
    MidNum,
    /// Anything else handled here: never part of a word.
    Other,
}

fn class_of(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        '_' => Class::Connector,
        ':' => Class::MidLetter,
        '.' | '\'' | '’' | '‘' => Class::MidBoth,
        ',' | ';' => Class::MidNum,
        ' '..='~' => Class::Other,
        '\u{c0}'..='\u{17f}' if c != '×' && c != '÷' => Class::Letter,
        '\u{a0}' | '«' | '»' | '“' | '”' | '„' | '–' | '—' | '…' | '€' | '£' | '°' | '•' => {
            Class::Other
        }
        _ => return None,
    })
}

fn joins_word(class: Class) -> bool {
    matches!(class, Class::Letter | Class::Digit | Class::Connector)
}

/// Whether `mid` between `before` and `after` keeps them in one word (UAX#29 WB6/7, WB11/12).
fn mid_joins(before: Class, mid: Class, after: Class) -> bool {
    match (before, after) {
        (Class::Letter, Class::Letter) => matches!(mid, Class::MidLetter | Class::MidBoth),
        (Class::Digit, Class::Digit) => matches!(mid, Class::MidNum | Class::MidBoth),
        _ => false,
    }
}

/// The byte ranges of the UAX#29 word segments of `s` that hold a letter or digit, or `None`
/// when `s` holds a char this reading does not handle.
///
/// One pass: a word grows over letters, digits and `_`; a mid mark after it is held back until
/// the next char shows whether it joins.
pub(super) fn alphanumeric_segments(s: &str) -> Option<Vec<(usize, usize)>> {
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut word: Option<Word> = None;
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let (class, len) = match bytes[at] {
            b if b.is_ascii() => (class_of(char::from(b))?, 1),
            _ => {
                let c = s[at..].chars().next()?;
                (class_of(c)?, c.len_utf8())
            }
        };
        word = step(word, class, at, &mut out);
        at += len;
    }
    if let Some(w) = word {
        w.close(s.len(), &mut out);
    }
    Some(out)
}

/// A word being read: where it starts, the class of its last letter, digit or `_`, whether it
/// holds a letter or digit, and a mid mark read after it (its offset and class).
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    last: Class,
    alphanumeric: bool,
    mid: Option<(usize, Class)>,
}

impl Word {
    fn open(start: usize, class: Class) -> Word {
        Word {
            start,
            last: class,
            alphanumeric: class != Class::Connector,
            mid: None,
        }
    }

    /// Ends the word at `end`, or before a held mid mark, which joined nothing.
    fn close(self, end: usize, out: &mut Vec<(usize, usize)>) {
        if self.alphanumeric {
            out.push((self.start, self.mid.map_or(end, |(at, _)| at)));
        }
    }
}

/// Reads the char of `class` at `at` after `word`.
fn step(
    word: Option<Word>,
    class: Class,
    at: usize,
    out: &mut Vec<(usize, usize)>,
) -> Option<Word> {
    let Some(mut w) = word else {
        return joins_word(class).then(|| Word::open(at, class));
    };
    if joins_word(class) {
        if w.mid.is_some_and(|(_, mid)| !mid_joins(w.last, mid, class)) {
            w.close(at, out);
            return Some(Word::open(at, class));
        }
        w.mid = None;
        w.last = class;
        w.alphanumeric |= class != Class::Connector;
        return Some(w);
    }
    let is_mid = matches!(class, Class::MidLetter | Class::MidBoth | Class::MidNum);
    if is_mid && w.mid.is_none() {
        w.mid = Some((at, class));
        return Some(w);
    }
    w.close(at, out);
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn by_crate(s: &str) -> Vec<(usize, usize)> {
        s.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(at, w)| (at, at + w.len()))
            .collect()
    }

    #[test]
    fn segments_agree_with_unicode_segmentation() {
        // Every string of up to four chars over one or two chars of each class.
        let alphabet = [
            'a', 'Z', 'é', 'ß', 'ſ', '1', '_', ':', '.', '\'', '’', '‘', ',', ';', ' ', '-', '"',
            '«', '\u{a0}', '€', '…', '×', '!',
        ];
        let n = alphabet.len();
        let mut checked = 0;
        for len in 1..=4u32 {
            for mut code in 0..n.pow(len) {
                let mut s = String::new();
                for _ in 0..len {
                    s.push(alphabet[code % n]);
                    code /= n;
                }
                if let Some(ours) = alphanumeric_segments(&s) {
                    assert_eq!(ours, by_crate(&s), "{s:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 100_000);
    }

    #[test]
    fn every_handled_char_has_the_class_the_crate_gives_it() {
        // Each handled char between letters, between digits, and alone.
        let handled = (' '..='~')
            .chain('\u{a0}'..='\u{17f}')
            .chain("‘’“”„–—…€•".chars());
        for c in handled.filter(|&c| class_of(c).is_some()) {
            for s in [
                format!("ab{c}cd"),
                format!("12{c}34"),
                format!("{c}"),
                format!("a{c}"),
                format!("{c}1"),
                format!("x_{c}_y"),
            ] {
                assert_eq!(alphanumeric_segments(&s), Some(by_crate(&s)), "{s:?}");
            }
        }
    }

    #[test]
    fn news_lines_agree_with_unicode_segmentation() {
        let texts = [
            include_str!("../../www/demo/000_c0ddcebfb0d342a2.txt"),
            include_str!("../../www/demo/002_4e2ff99566001c97.txt"),
            include_str!("../../www/demo/003_0f41107755d267d7.txt"),
        ];
        let mut read_here = 0;
        for line in texts.iter().flat_map(|t| t.lines()) {
            if let Some(ours) = alphanumeric_segments(line) {
                assert_eq!(ours, by_crate(line), "{line}");
                read_here += 1;
            }
        }
        assert!(read_here > 10);
    }

    #[test]
    fn other_scripts_and_marks_are_left_to_the_crate() {
        for s in [
            "東京",
            "e\u{301}",
            "soft\u{ad}hyphen",
            "a\u{202f}b",
            "Ελλάδα",
            "🙂",
        ] {
            assert_eq!(alphanumeric_segments(s), None, "{s:?}");
        }
    }
}
