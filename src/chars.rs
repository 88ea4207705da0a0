//! Letter tests for the scanners that walk every char of every sentence.
//!
//! `char::is_alphabetic` answers ASCII at once but searches Unicode tables for every other
//! char, and nearly every non-ASCII char of French, German, Spanish or Italian text is a
//! Latin letter with a diacritic (é, ü, ñ, ß). Those, and the quotes and dashes of General
//! Punctuation, are answered from their range; any other char still goes to the standard
//! tables, so the answers are exactly `char`'s.

/// Whether `c` is a letter, for chars that need no table: Latin-1's signs (« », no-break
/// space; its letters ª µ º), the accented Latin letters À..ɏ (Latin-1's upper half and Latin
/// Extended-A and -B, all letters but × and ÷), and General Punctuation (quotes, dashes,
/// spaces). The tests check it against `char`'s own.
fn latin_or_punctuation(c: char) -> Option<bool> {
    match c {
        '\u{80}'..='\u{BF}' => Some(matches!(c, 'ª' | 'µ' | 'º')),
        '\u{C0}'..='\u{24F}' => Some(c != '×' && c != '÷'),
        '\u{2000}'..='\u{206F}' => Some(false),
        _ => None,
    }
}

/// `c.is_alphabetic()`, faster for ASCII, accented Latin letters and punctuation.
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        latin_or_punctuation(c).unwrap_or_else(|| c.is_alphabetic())
    }
}

/// `c.is_alphanumeric()`, faster for ASCII, accented Latin letters and punctuation.
pub(crate) fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        // Latin-1's digits: ² ³ ¹ ¼ ½ ¾ are numbers, not letters.
        matches!(c, '²' | '³' | '¹' | '¼'..='¾')
            || latin_or_punctuation(c).unwrap_or_else(|| c.is_alphanumeric())
    }
}

/// A lowercase Latin letter of the five languages without its accent ("é" → "e", "ÿ" → "y");
/// any other char unchanged. The one folding of the crate: cognate prefixes in passages and
/// organisation words in facts compare alike.
pub(crate) fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_the_standard_tests_do_over_and_around_the_latin_range() {
        for c in ('\0'..='\u{2FFF}').chain(['\u{1F600}', '\u{10FFFF}', '𝔸', '٣']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} alphabetic");
            assert_eq!(
                is_letter_or_digit(c),
                c.is_alphanumeric(),
                "{c:?} alphanumeric"
            );
        }
    }

    #[test]
    fn the_ranges_answered_without_tables_are_the_intended_ones() {
        for (c, letter) in [
            ('é', true),
            ('ɏ', true),
            ('ª', true),
            ('×', false),
            ('«', false),
            ('’', false),
        ] {
            assert_eq!(latin_or_punctuation(c), Some(letter), "{c:?}");
        }
        for c in ['ɐ', 'ⁱ', '٣'] {
            assert_eq!(latin_or_punctuation(c), None, "{c:?}");
        }
    }

    #[test]
    fn fold_accent_drops_the_accents_of_the_five_languages_only() {
        let folded: String = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ"
            .chars()
            .map(fold_accent)
            .collect();
        assert_eq!(folded, "aaaaaaceeeeiiiinooooouuuuyy");
        for c in ['a', 'É', 'ß', 'ø', '-', '7'] {
            assert_eq!(fold_accent(c), c);
        }
    }
}
