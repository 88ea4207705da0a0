//! Stage 8, diff: two sentences in the same language → word-level runs (equal, delete, insert).

use std::ops::Range;

use rustc_hash::FxHashMap;
use similar::{capture_diff_slices, Algorithm, DiffTag as SimilarTag};

use crate::report::{DiffOp, DiffTag};
use crate::types::Span;

/// One sentence to diff: its article's id and text, its span, and its words (from the
/// segmenter: letters or digits, elisions split off).
pub(crate) struct Side<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub sentence: Span,
    pub words: &'a [Span],
}

/// Word diff from sentence `a` to sentence `b`.
///
/// Equal and deleted runs point into `a`'s text, inserted runs into `b`'s; adjacent runs of one
/// kind are merged, so every op covers visible words and runs of one kind never touch.
pub(crate) fn word_diff(a: &Side<'_>, b: &Side<'_>) -> Vec<DiffOp> {
    let old_tokens = tokens(a);
    let new_tokens = tokens(b);
    let (old_ids, new_ids) = token_ids(&old_tokens, &new_tokens);
    let (old_end, new_end) = (old_tokens.len(), new_tokens.len());
    let mut runs: Vec<(DiffTag, Span)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    // Between two matched tokens (and after the last), what one side has alone: deleted, then
    // inserted, as the ops of a replacement read.
    for (x, y) in matched_pairs(&old_ids, &new_ids)
        .into_iter()
        .chain([(old_end, new_end)])
    {
        runs.extend(span_of(&old_tokens, i..x).map(|s| (DiffTag::Delete, s)));
        runs.extend(span_of(&new_tokens, j..y).map(|s| (DiffTag::Insert, s)));
        if x < old_end {
            runs.push((DiffTag::Equal, old_tokens[x].1));
        }
        (i, j) = (x + 1, y + 1);
    }
    merge_runs(runs.into_iter())
        .into_iter()
        .map(|(op, span)| DiffOp {
            op,
            article: if op == DiffTag::Insert { b.id } else { a.id }.to_string(),
            start: span.start,
            end: span.end,
        })
        .collect()
}

/// The sentence's tokens with their spans: its words, and between them each run of other
/// characters up to whitespace (punctuation such as "«", "»," or "%"). The segmenter has
/// already found the words, so the sentence is not segmented again.
fn tokens<'a>(side: &Side<'a>) -> Vec<(&'a str, Span)> {
    let mut out = Vec::with_capacity(side.words.len() * 3 / 2);
    let mut at = side.sentence.start;
    for &word in side.words {
        push_between(side.text, at, word.start, &mut out);
        out.push((word.of(side.text), word));
        at = word.end;
    }
    push_between(side.text, at, side.sentence.end, &mut out);
    out
}

/// Pushes the whitespace-separated pieces of `text[from..to]`.
fn push_between<'a>(text: &'a str, from: usize, to: usize, out: &mut Vec<(&'a str, Span)>) {
    if from >= to {
        return;
    }
    let gap = &text[from..to];
    for piece in gap.split_whitespace() {
        let start = from + (piece.as_ptr() as usize - gap.as_ptr() as usize);
        out.push((piece, Span::new(start, start + piece.len())));
    }
}

/// The token pairs (old index, new index) of a longest common subsequence, in order.
///
/// Diffing interned ids gives the matches of diffing the words themselves without hashing and
/// comparing strings. A token found on one side only can never match, so Myers runs on the
/// shared tokens alone: the common subsequence is the same, and the edit distance Myers is
/// quadratic in shrinks to a fraction for reworded sentences. Whitespace is no token: spaces,
/// common to any two sentences, cut reworded runs into "-a +c = -b +d". Myers, not Patience:
/// the minimal diff reads as well, for less (Patience builds hash maps per gap). No deadline:
/// `Instant::now` panics on wasm32-unknown-unknown.
fn matched_pairs(old: &[u32], new: &[u32]) -> Vec<(usize, usize)> {
    let ids = old.iter().chain(new).max().map_or(0, |&m| m as usize + 1);
    let present = |seq: &[u32]| {
        let mut has = vec![false; ids];
        seq.iter().for_each(|&t| has[t as usize] = true);
        has
    };
    // Positions of the tokens of `seq` that the other side has, and those tokens.
    let shared = |seq: &[u32], other: &[bool]| -> (Vec<usize>, Vec<u32>) {
        (0..seq.len())
            .filter(|&k| other[seq[k] as usize])
            .map(|k| (k, seq[k]))
            .unzip()
    };
    let (old_at, old_kept) = shared(old, &present(new));
    let (new_at, new_kept) = shared(new, &present(old));
    let mut pairs = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_kept, &new_kept) {
        if op.tag() == SimilarTag::Equal {
            let matched = op.old_range().zip(op.new_range());
            pairs.extend(matched.map(|(x, y)| (old_at[x], new_at[y])));
        }
    }
    pairs
}

/// Each token as a small id, equal ids for equal tokens across both sentences.
fn token_ids<'t>(old: &[(&'t str, Span)], new: &[(&'t str, Span)]) -> (Vec<u32>, Vec<u32>) {
    let mut ids: FxHashMap<&'t str, u32> = FxHashMap::default();
    let mut id_of = |token: &'t str| -> u32 {
        let next = ids.len() as u32;
        *ids.entry(token).or_insert(next)
    };
    let old_ids = old.iter().map(|&(t, _)| id_of(t)).collect();
    let new_ids = new.iter().map(|&(t, _)| id_of(t)).collect();
    (old_ids, new_ids)
}

/// From the first token's start to the last one's end; `None` for no tokens.
fn span_of(tokens: &[(&str, Span)], range: Range<usize>) -> Option<Span> {
    let first = tokens.get(range.start).filter(|_| !range.is_empty())?;
    let last = &tokens[range.end - 1];
    Some(Span::new(first.1.start, last.1.end))
}

/// Joins consecutive runs of one tag (they are contiguous in their article: only whitespace
/// lies between them).
fn merge_runs(runs: impl Iterator<Item = (DiffTag, Span)>) -> Vec<(DiffTag, Span)> {
    let mut merged: Vec<(DiffTag, Span)> = Vec::new();
    for (tag, span) in runs {
        match merged.last_mut() {
            Some((last, prev)) if *last == tag => prev.end = span.end,
            _ => merged.push((tag, span)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `text[span]` as the segmenter gives them (its word tokens).
    fn words_in(text: &str, span: Span) -> Vec<Span> {
        let toks = crate::segment::tokens::tokens(text, span);
        toks.into_iter()
            .filter(|t| t.word)
            .map(|t| t.span)
            .collect()
    }

    fn diff(a_id: &str, a_text: &str, a: Span, b_id: &str, b_text: &str, b: Span) -> Vec<DiffOp> {
        let (a_words, b_words) = (words_in(a_text, a), words_in(b_text, b));
        let side = |id, text, sentence, words| Side {
            id,
            text,
            sentence,
            words,
        };
        word_diff(
            &side(a_id, a_text, a, &a_words),
            &side(b_id, b_text, b, &b_words),
        )
    }

    fn whole(text: &str) -> Span {
        Span::new(0, text.len())
    }

    /// Diffs two whole texts and renders each op as "=word", "-word" or "+word".
    fn render(a: &str, b: &str) -> Vec<String> {
        diff("a", a, whole(a), "b", b, whole(b))
            .iter()
            .map(|op| {
                let (sign, text) = match op.op {
                    DiffTag::Equal => ("=", a),
                    DiffTag::Delete => ("-", a),
                    DiffTag::Insert => ("+", b),
                };
                assert!(text.is_char_boundary(op.start) && text.is_char_boundary(op.end));
                format!("{sign}{}", &text[op.start..op.end])
            })
            .collect()
    }

    macro_rules! t {
        ($a:expr, $b:expr => [$($op:expr),* $(,)?]) => {
            assert_eq!(render($a, $b), Vec::<String>::from([$($op.to_string()),*]), "{:?} → {:?}", $a, $b);
        };
    }

    #[test]
    fn word_runs_in_order() {
        t!("The film was made in 2014.", "The film was made in 2015." =>
            ["=The film was made in", "-2014", "+2015", "=."]);
        t!("Jane Doe leads the firm.", "Jane Doe now leads the firm." =>
            ["=Jane Doe", "+now", "=leads the firm."]);
        t!("Same words here.", "Same words here." => ["=Same words here."]);
        t!("A b c.", "" => ["-A b c."]);
        t!("", "x y" => ["+x y"]);
        t!("", "" => []);
    }

    #[test]
    fn reworded_runs_stay_whole_across_spaces() {
        // Spaces are not tokens: they would match between any two words and cut a reworded run
        // into alternating one-word deletions and insertions.
        t!("He said the deal was off today.", "He said the merger fell through today." =>
            ["=He said the", "-deal was off", "+merger fell through", "=today."]);
        t!("Aucun mot commun", "Rien de pareil ici" => ["-Aucun mot commun", "+Rien de pareil ici"]);
    }

    #[test]
    fn non_ascii_spans_round_trip() {
        t!("Le réalisateur « Émile » a dit’ 12 €.", "Le réalisateur « Zoé » a dit’ 12 €." =>
            ["=Le réalisateur «", "-Émile", "+Zoé", "=» a dit’ 12 €."]);
        t!("Der „Großauftrag“ kam 😀 früh.", "Der „Großauftrag“ kam spät." =>
            ["=Der „Großauftrag“ kam", "-😀 früh", "+spät", "=."]);
        // A run of ideographs and kana is one word to the tokenizer (no language of Parallax
        // writes without spaces), so the changed word is the whole run.
        t!("東京 は 大きい", "東京 は 小さい" => ["=東京 は", "-大きい", "+小さい"]);
    }

    #[test]
    fn spans_point_into_the_original_texts_not_the_sentence() {
        let a_text = "Intro. Prices rose 5% in März.";
        let b_text = "Something else first! Prices rose 7% in März.";
        let a = Span::new(7, a_text.len());
        let b = Span::new(22, b_text.len());
        let ops = diff("x", a_text, a, "y", b_text, b);
        let words: Vec<(&str, &str)> = ops
            .iter()
            .map(|op| {
                let text = if op.article == "x" { a_text } else { b_text };
                (op.article.as_str(), &text[op.start..op.end])
            })
            .collect();
        assert_eq!(
            words,
            [
                ("x", "Prices rose"),
                ("x", "5"),
                ("y", "7"),
                ("x", "% in März.")
            ]
        );
        assert!(ops
            .iter()
            .all(|op| op.start >= a.start || op.article == "y"));
    }

    #[test]
    fn ops_cover_every_word_of_both_sentences() {
        let a = "Wer « vient » d’arriver, 42 fois ?";
        let b = "Qui « vient » d’arriver 43 fois ! Fin";
        let ops = diff("a", a, whole(a), "b", b, whole(b));
        let side = |tags: &[DiffTag], text: &str| -> String {
            ops.iter()
                .filter(|op| tags.contains(&op.op))
                .map(|op| &text[op.start..op.end])
                .collect::<Vec<_>>()
                .join(" ")
        };
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(
            squash(&side(&[DiffTag::Equal, DiffTag::Delete], a)),
            squash(a)
        );
        let inserted = side(&[DiffTag::Insert], b);
        assert!(inserted.contains("Qui") && inserted.contains("43") && inserted.contains("Fin"));
    }
}
