//! Passages, step 2: candidate sentence pairs from one inverted index, scored, linked.

use super::features::*;

/// A link between sentence `i` of article `a` and sentence `j` of article `b` (`a`'s id < `b`'s).
#[derive(Clone, Copy, Debug)]
pub(super) struct Link {
    pub(super) a: usize,
    pub(super) i: usize,
    pub(super) b: usize,
    pub(super) j: usize,
    /// Similarity damped by length ratio; what the thresholds apply to.
    pub(super) score: f32,
    /// Score plus the position tie-breaker; what the ordering uses.
    pub(super) rank: f32,
}

/// Every pair of articles, the one with the smaller id first (so input order does not matter).
pub(super) fn article_pairs(articles: &[AlignInput<'_>]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for x in 0..articles.len() {
        for y in x + 1..articles.len() {
            pairs.push(if articles[x].id <= articles[y].id {
                (x, y)
            } else {
                (y, x)
            });
        }
    }
    pairs
}

/// Links of one article pair: best first above `tuning.link`, then gaps between monotone links
/// filled above `tuning.gap`.
pub(super) fn align_pair(
    prepared: &Prepared,
    a: usize,
    b: usize,
    candidates: &[Link],
    tuning: &Tuning,
) -> Vec<Link> {
    // Strong and weak candidates are taken in two passes, each best first, and a weak one only
    // counts inside a gap of the strong links: so each set is sorted on its own, the weak one
    // after dropping what lies outside the gaps (most of it). Unstable sorting is enough: no
    // two candidates of a pair share (i, j), so `by_rank` has no ties.
    let (mut strong, weak): (Vec<Link>, Vec<Link>) =
        candidates.iter().partition(|c| c.score >= tuning.link);
    strong.sort_unstable_by(by_rank);
    let (n, m) = (prepared.sentences[a].len(), prepared.sentences[b].len());
    let mut taken_a = vec![false; n];
    let mut taken_b = vec![false; m];
    let mut links = Vec::new();
    take_greedily(strong.iter(), &mut taken_a, &mut taken_b, &mut links);
    let gaps = gap_of(&links, n, m, tuning.gap_width);
    let mut weak: Vec<Link> = weak
        .into_iter()
        .filter(|c| {
            c.score >= tuning.gap
                && c.score < tuning.link
                && gaps.0[c.i].is_some()
                && gaps.0[c.i] == gaps.1[c.j]
        })
        .collect();
    weak.sort_unstable_by(by_rank);
    take_greedily(weak.iter(), &mut taken_a, &mut taken_b, &mut links);
    links
}

/// Best rank first; ties by sentence indices (the pair is already oriented by id).
pub(super) fn by_rank(x: &Link, y: &Link) -> std::cmp::Ordering {
    y.rank
        .total_cmp(&x.rank)
        .then(x.i.cmp(&y.i))
        .then(x.j.cmp(&y.j))
}

/// Takes each candidate whose two sentences are still free (candidates come best first).
pub(super) fn take_greedily<'c>(
    candidates: impl Iterator<Item = &'c Link>,
    taken_a: &mut [bool],
    taken_b: &mut [bool],
    links: &mut Vec<Link>,
) {
    for c in candidates {
        if !taken_a[c.i] && !taken_b[c.j] {
            taken_a[c.i] = true;
            taken_b[c.j] = true;
            links.push(*c);
        }
    }
}

/// For each unlinked sentence of either side, the number of the gap between consecutive links
/// of the monotone chain (longest increasing run of links) it falls in; `None` when linked, when
/// there is no link at all, or when the gap is wider than `widest` sentences on either side (a
/// wide gap says little about what pairs with what).
pub(super) fn gap_of(
    links: &[Link],
    n: usize,
    m: usize,
    widest: usize,
) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let mut gap_a = vec![None; n];
    let mut gap_b = vec![None; m];
    let mut sorted: Vec<(usize, usize)> = links.iter().map(|l| (l.i, l.j)).collect();
    sorted.sort_unstable();
    let js: Vec<usize> = sorted.iter().map(|&(_, j)| j).collect();
    let chain = longest_increasing(&js);
    if chain.is_empty() {
        return (gap_a, gap_b);
    }
    let ends = chain.iter().map(|&k| sorted[k]).chain([(n, m)]);
    let mut from = (0, 0);
    for (gap, (i, j)) in ends.enumerate() {
        if i - from.0 <= widest && j - from.1 <= widest {
            gap_a[from.0..i].fill(Some(gap));
            gap_b[from.1..j].fill(Some(gap));
        }
        from = (i + 1, j + 1);
    }
    for &(i, j) in &sorted {
        gap_a[i] = None;
        gap_b[j] = None;
    }
    (gap_a, gap_b)
}

/// Indices of one longest strictly increasing subsequence of `values` (the first found).
pub(super) fn longest_increasing(values: &[usize]) -> Vec<usize> {
    // Patience sorting: tails[k] = index of the smallest tail of an increasing run of length k+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut parent = vec![usize::MAX; values.len()];
    for (k, &v) in values.iter().enumerate() {
        let at = tails.partition_point(|&t| values[t] < v);
        if at > 0 {
            parent[k] = tails[at - 1];
        }
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut k = tails.last().copied().unwrap_or(usize::MAX);
    while k != usize::MAX {
        out.push(k);
        k = parent[k];
    }
    out.reverse();
    out
}

/// The candidate links of article `a` with each article `b` it comes first with in
/// [`article_pairs`], at index `b`: each sentence pair that shares a feature, scored, except
/// those below `tuning.gap` (never taken, so not worth sorting).
///
/// One pass over the global index per sentence finds its partners in all later articles at
/// once; a feature shared by sentences of every article costs one list walk, not one hash
/// lookup per article pair.
pub(super) fn candidates(
    articles: &[AlignInput<'_>],
    prepared: &Prepared,
    a: usize,
    tuning: &Tuning,
) -> Vec<Vec<Link>> {
    let mut out = vec![Vec::new(); articles.len()];
    let mut shared = Shared::new(prepared.global.len());
    let after = prepared.after[a];
    let lang = articles[a].lang;
    for (i, s) in prepared.sentences[a].iter().enumerate() {
        shared.add(&s.neutral, &prepared.neutral, after);
        shared.add(&s.words, &prepared.words, after);
        // No need to sort `touched`: each pair's links are sorted by `by_rank`, a total
        // order on them, so the order they are pushed in leaves no trace.
        for &g in &shared.touched {
            let t = prepared.global[g as usize];
            let (b, j) = (t.article as usize, t.index as usize);
            let mass = if t.lang == lang {
                s.neutral_mass + s.word_mass + t.neutral_mass + t.word_mass
            } else {
                s.neutral_mass + t.neutral_mass
            };
            let dice = 2.0 * shared.sum[g as usize] / mass;
            let score = dice * length_factor(s.chars, t.chars as usize);
            if score >= tuning.gap {
                let closeness = 1.0 - (s.position - t.position).abs();
                out[b].push(Link {
                    a,
                    i,
                    b,
                    j,
                    score,
                    rank: score + tuning.position * closeness,
                });
            }
        }
        shared.clear();
    }
    out
}

/// Shared feature weight of one sentence with every global sentence it touches.
pub(super) struct Shared {
    pub(super) sum: Vec<f32>,
    pub(super) seen: Vec<bool>,
    pub(super) touched: Vec<u32>,
}

impl Shared {
    pub(super) fn new(sentences: usize) -> Shared {
        Shared {
            sum: vec![0.0; sentences],
            seen: vec![false; sentences],
            touched: Vec::new(),
        }
    }

    /// Adds min(weight here, weight there) for every feature shared with a sentence numbered
    /// `from` or later. Features come in id order, so each sum is taken in the same order
    /// whichever article is scanned.
    pub(super) fn add(&mut self, features: &[(u32, f32)], index: &Postings, from: u32) {
        for &(id, wa) in features {
            let postings = index.of(id);
            let later = postings.partition_point(|&(g, _)| g < from);
            for &(g, wb) in &postings[later..] {
                if !self.seen[g as usize] {
                    self.seen[g as usize] = true;
                    self.touched.push(g);
                }
                self.sum[g as usize] += wa.min(wb);
            }
        }
    }

    pub(super) fn clear(&mut self) {
        for &g in &self.touched {
            self.sum[g as usize] = 0.0;
            self.seen[g as usize] = false;
        }
        self.touched.clear();
    }
}

/// Translations run 0.8–1.25× the length of their source; far shorter or longer is suspicious.
pub(super) fn length_factor(x: usize, y: usize) -> f32 {
    let (lo, hi) = (x.min(y) as f32, x.max(y).max(1) as f32);
    (lo / hi).sqrt()
}
