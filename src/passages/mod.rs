//! Sentences of all articles → N-way passages (a collation table), moved flags, near-copies.
//!
//! How it works, and why:
//! 1. **Features.** Each sentence becomes a weighted set of features. Across languages only
//!    language-neutral ones count: anchor keys (names, numbers, dates from the mention stages),
//!    digit runs, capitalised words not at the sentence start, and 4-letter prefixes of long
//!    words (cognates such as "legislation"/"législation", Simard et al. 1992). Within one
//!    language every lowercased word counts too. A feature's weight falls with the number of
//!    sentences of its article that carry it: a name in every sentence links nothing.
//! 2. **Pairs.** Candidate sentence pairs come from one inverted index over all articles
//!    (feature id → sentences; feature strings are interned once per call), so sentences that
//!    share nothing are never scored. Similarity is a weighted Dice coefficient, damped by the
//!    length ratio; closeness of relative position only breaks ties. Links are chosen greedily,
//!    best first, one per sentence (which allows moved sentences), then gaps between monotone
//!    links are filled with a lower threshold (Bleualign-style): a weak match between two strong
//!    ones is rarely wrong.
//! 3. **Rows.** Links of all pairs are merged best first into rows with at most one sentence per
//!    article (union-find with that constraint), so a clash keeps the stronger links.
//! 4. **Moved.** For each article pair, rows outside the longest increasing subsequence of
//!    positions are out of order.
//!
//! Every tie is broken by article id and sentence index, never by input order, so the same
//! articles in any order give the same rows.

mod copies;
mod features;
mod pairs;
mod rows;
#[cfg(test)]
mod tests;

pub(crate) use features::{AlignInput, NEAR_IDENTICAL};

use crate::par::{self, Threads};
use crate::report::Passage;
use copies::copies_among;
pub(crate) use copies::Copy;
use features::{prepare, Tuning, Words, TUNING};
use pairs::{align_pair, article_pairs, candidates, Link};
pub(crate) use rows::Row;
use rows::{merge_links, moved_rows, passage};

/// Groups sentences that say the same thing across articles, and finds the pairs of articles
/// that are near-copies (share of matching sentences ≥ `copy_threshold`). One pass over the
/// words serves both.
pub(crate) fn align(articles: &[AlignInput<'_>], copy_threshold: f64, threads: Threads) -> Aligned {
    let words = Words::of(articles);
    let copies = copies_among(articles, &words, copy_threshold);
    let (passages, rows) = rows_tuned(articles, words, &TUNING, threads);
    Aligned {
        passages,
        rows,
        copies,
    }
}

/// What alignment found: the passages of the report, their rows as (article, sentence) indexes
/// in the same order (figure facts read which sentences meet), and the near-copies.
pub(crate) struct Aligned {
    pub passages: Vec<Passage>,
    pub rows: Vec<Row>,
    pub copies: Vec<Copy>,
}

/// Groups sentences that say the same thing across articles.
#[cfg(test)]
fn passages(articles: &[AlignInput<'_>]) -> Vec<Passage> {
    passages_tuned(articles, Words::of(articles), &TUNING, Threads::One)
}

/// Pairs of articles that are near-copies (share of matching sentences ≥ `threshold`).
#[cfg(test)]
fn copies(articles: &[AlignInput<'_>], threshold: f64) -> Vec<Copy> {
    copies_among(articles, &Words::of(articles), threshold)
}

#[cfg(test)]
fn passages_tuned(
    articles: &[AlignInput<'_>],
    words: Words,
    tuning: &Tuning,
    threads: Threads,
) -> Vec<Passage> {
    rows_tuned(articles, words, tuning, threads).0
}

fn rows_tuned(
    articles: &[AlignInput<'_>],
    words: Words,
    tuning: &Tuning,
    threads: Threads,
) -> (Vec<Passage>, Vec<Row>) {
    let prepared = prepare(articles, words, tuning);
    let firsts: Vec<usize> = (0..articles.len()).collect();
    let mut candidates = par::map(&firsts, threads, |&a| {
        candidates(articles, &prepared, a, tuning)
    });
    let pairs: Vec<(usize, usize, Vec<Link>)> = article_pairs(articles)
        .into_iter()
        .map(|(a, b)| (a, b, std::mem::take(&mut candidates[a][b])))
        .collect();
    let links = par::map(&pairs, threads, |(a, b, pair)| {
        align_pair(&prepared, *a, *b, pair, tuning)
    });
    let rows = merge_links(articles, links.into_iter().flatten().collect());
    let moved = moved_rows(articles, &rows);
    let rows: Vec<(Row, bool)> = rows.into_iter().zip(moved).collect();
    let passages = par::map(&rows, threads, |(row, moved)| {
        passage(articles, row, *moved)
    });
    (passages, rows.into_iter().map(|(row, _)| row).collect())
}
