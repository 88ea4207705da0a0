//! The matcher kit of stage 4: case-insensitive phrase matching at word boundaries, shared by
//! the quantity and date readers (each of which only imports it, so neither imports the other's
//! helpers).

use crate::chars::is_letter_or_digit;

/// The end of the alphanumeric word starting at `i`.
pub(super) fn word_end(s: &str, i: usize) -> usize {
    crate::segment::tokens::alphanumeric_end(s, i)
}

/// Matches `pattern` at `at`, case-insensitively, a space in the pattern standing for any run of
/// white space (no-break spaces too) and `'` for any apostrophe; returns the end of the match.
pub(super) fn match_ci(s: &str, at: usize, pattern: &str) -> Option<usize> {
    let (text, bytes) = (s.as_bytes(), pattern.as_bytes());
    let (mut j, mut k) = (at, 0);
    while let Some(&p) = bytes.get(k) {
        if p == b' ' {
            let n = skip_space(s, j);
            if n == j {
                return None;
            }
            (j, k) = (n, k + 1);
            continue;
        }
        let t = *text.get(j)?;
        // Two ASCII bytes compare as bytes; a non-ASCII char on either side is decoded.
        if p.is_ascii() && t.is_ascii() {
            if !p.eq_ignore_ascii_case(&t) {
                return None;
            }
            (j, k) = (j + 1, k + 1);
            continue;
        }
        let (pc, c) = (pattern[k..].chars().next()?, s[j..].chars().next()?);
        if !same_char(pc, c) {
            return None;
        }
        (j, k) = (j + c.len_utf8(), k + pc.len_utf8());
    }
    Some(j)
}

pub(super) fn same_char(p: char, c: char) -> bool {
    const APOSTROPHES: &[char] = &['\'', '’', 'ʼ', '‘'];
    const HYPHENS: &[char] = &['-', '‐', '‑'];
    if p.is_ascii() && c.is_ascii() {
        // ASCII fast path: `char::to_lowercase` allocates an iterator per call.
        return p.eq_ignore_ascii_case(&c);
    }
    if p == c
        || (APOSTROPHES.contains(&p) && APOSTROPHES.contains(&c))
        || (HYPHENS.contains(&p) && HYPHENS.contains(&c))
    {
        return true;
    }
    // No Latin letter with a diacritic lowercases to an ASCII char: "de" fails "déc" here, not
    // in the Unicode tables (French "de" meets "décembre" at nearly every sentence).
    let latin = |x: char| (x as u32) < 0x250;
    if (p.is_ascii() || c.is_ascii()) && latin(p) && latin(c) {
        return false;
    }
    p.to_lowercase().eq(c.to_lowercase())
}

/// False when [`match_ci`] of `pattern` must fail at a text byte `first`: both ASCII letters
/// or marks that differ ignoring case (a leading space in a pattern matches white space, so it
/// is never ruled out). `quantity::MeasureCandidates` lists, once per table, the cues it keeps for each
/// byte; the test `measure_candidates_are_the_cues_may_match_at_keeps` checks the two agree.
/// Currency words and scales, tried after each number only, are filtered with it directly.
pub(super) fn may_match_at(pattern: &str, first: u8) -> bool {
    match pattern.as_bytes().first() {
        Some(&p) if p.is_ascii() && p != b' ' && first.is_ascii() => p.eq_ignore_ascii_case(&first),
        _ => true,
    }
}

/// [`match_ci`] at a word start, ending at a word boundary when the pattern ends in a letter.
pub(super) fn match_word(s: &str, at: usize, pattern: &str) -> Option<usize> {
    let end = match_ci(s, at, pattern).filter(|_| word_start(s, at))?;
    bounded(s, end, pattern).then_some(end)
}

/// `word` exactly as written (capitals), as a whole word.
pub(super) fn exact_word(s: &str, at: usize, word: &str) -> Option<usize> {
    let end = at + word.len();
    (s[at..].starts_with(word) && word_start(s, at) && bounded(s, end, word)).then_some(end)
}

pub(super) fn bounded(s: &str, end: usize, pattern: &str) -> bool {
    !ends_alnum(pattern) || !s[end..].chars().next().is_some_and(is_letter_or_digit)
}

pub(super) fn ends_alnum(pattern: &str) -> bool {
    pattern.chars().next_back().is_some_and(is_letter_or_digit)
}

pub(super) fn word_start(s: &str, at: usize) -> bool {
    !s[..at].chars().next_back().is_some_and(is_letter_or_digit)
}

/// Past the white space (no-break spaces included) at `at`.
pub(super) fn skip_space(s: &str, at: usize) -> usize {
    at + s[at..]
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(char::len_utf8)
        .sum::<usize>()
}
