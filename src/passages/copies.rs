//! Passages, step 4: pairs of articles of one language that are near-copies.

use super::features::*;

/// Two articles (indices into the input, the smaller first) that are near-copies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Copy {
    /// The two articles, by index.
    pub articles: [usize; 2],
    /// Share of the shorter article's sentences matched in the other, to three decimals.
    pub similarity: f64,
}

pub(super) fn copies_among(
    articles: &[AlignInput<'_>],
    words: &Words,
    threshold: f64,
) -> Vec<Copy> {
    let sets: Vec<Vec<&[u32]>> = words
        .sentences
        .iter()
        .map(|article| {
            let sets = article.iter().map(|s| s.lowercase.as_slice());
            sets.filter(|set| !set.is_empty()).collect()
        })
        .collect();
    let mut frequency = vec![0u32; words.interner.len()];
    sets.iter()
        .flatten()
        .flat_map(|set| set.iter())
        .for_each(|&w| frequency[w as usize] += 1);
    // Copies are sought within one language: an article alone in its language needs no index.
    let has_partner = |i: usize| {
        let same = |j: usize| j != i && articles[j].lang == articles[i].lang;
        (0..articles.len()).any(same)
    };
    let indexed: Vec<Option<WordSets>> = sets
        .into_iter()
        .enumerate()
        .map(|(i, s)| has_partner(i).then(|| WordSets::new(s, &frequency)))
        .collect();
    let mut pairs = Vec::new();
    for i in 0..articles.len() {
        for j in i + 1..articles.len() {
            let (Some(x), Some(y)) = (&indexed[i], &indexed[j]) else {
                continue;
            };
            if articles[i].lang != articles[j].lang {
                continue;
            }
            let Some(share) = copied_share(x, y) else {
                continue;
            };
            if share >= threshold {
                pairs.push(Copy {
                    articles: [i, j],
                    similarity: (share * 1000.0).round() / 1000.0,
                });
            }
        }
    }
    pairs
}

/// One article's sentences that have words, each as its set of lowercased-word ids (sorted),
/// and the prefix-filter index: word → sentences that have it among their rarest words.
pub(super) struct WordSets<'w> {
    pub(super) sentences: Vec<&'w [u32]>,
    /// Each sentence's prefix: its words rarest first (see [`prefix_len`]).
    pub(super) prefixes: Vec<Vec<u32>>,
    /// (word, sentence) for every word of every prefix, sorted: the sentences whose prefix
    /// holds a word are one run.
    pub(super) index: Vec<(u32, u32)>,
}

/// How many of a sentence's rarest words a near-identical partner must share at least one of
/// (prefix filtering, Chaudhuri et al. 2006). Dice ≥ 0.8 needs an overlap of at least ⅔ of
/// either set (overlap ≤ the other set's size); 0.6 leaves room for rounding. If two sets
/// share `c ≥ α` words, the rarest shared word sits within the first `len − α + 1` of both.
pub(super) fn prefix_len(len: usize) -> usize {
    let overlap = (0.6 * len as f64).floor() as usize;
    (len - overlap + 1).min(len)
}

impl<'w> WordSets<'w> {
    /// The sentences whose prefix holds word `w`.
    pub(super) fn with_prefix_word(&self, w: u32) -> impl Iterator<Item = u32> + '_ {
        let from = self.index.partition_point(|&(v, _)| v < w);
        self.index[from..]
            .iter()
            .take_while(move |&&(v, _)| v == w)
            .map(|&(_, j)| j)
    }

    /// Indexes the prefixes of `sentences`; `frequency[id]` orders words rarest first.
    pub(super) fn new(sentences: Vec<&'w [u32]>, frequency: &[u32]) -> WordSets<'w> {
        let prefixes: Vec<Vec<u32>> = sentences
            .iter()
            .map(|s| {
                let mut rarest = s.to_vec();
                rarest.sort_unstable_by_key(|&w| (frequency[w as usize], w));
                rarest.truncate(prefix_len(s.len()));
                rarest
            })
            .collect();
        let mut index: Vec<(u32, u32)> = prefixes
            .iter()
            .enumerate()
            .flat_map(|(j, p)| p.iter().map(move |&w| (w, j as u32)))
            .collect();
        index.sort_unstable();
        WordSets {
            sentences,
            prefixes,
            index,
        }
    }
}

/// Size of the intersection of two sorted sets.
pub(super) fn overlap(x: &[u32], y: &[u32]) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common
}

/// Share of the shorter article's sentences that have a near-identical sentence in the other
/// (one-to-one); `None` when either has no sentence with words.
pub(super) fn copied_share(x: &WordSets<'_>, y: &WordSets<'_>) -> Option<f64> {
    let shorter = x.sentences.len().min(y.sentences.len());
    if shorter == 0 {
        return None;
    }
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    let mut seen = vec![false; y.sentences.len()];
    let mut touched = Vec::new();
    for (i, s) in x.sentences.iter().enumerate() {
        for w in &x.prefixes[i] {
            for j in y.with_prefix_word(*w) {
                if !seen[j as usize] {
                    seen[j as usize] = true;
                    touched.push(j as usize);
                }
            }
        }
        for &j in &touched {
            let t = &y.sentences[j];
            let dice = 2.0 * overlap(s, t) as f64 / (s.len() + t.len()) as f64;
            if dice >= NEAR_IDENTICAL {
                pairs.push((dice, i, j));
            }
            seen[j] = false;
        }
        touched.clear();
    }
    pairs.sort_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    let mut taken_x = vec![false; x.sentences.len()];
    let mut taken_y = vec![false; y.sentences.len()];
    let mut matched = 0;
    for (_, i, j) in pairs {
        if !taken_x[i] && !taken_y[j] {
            (taken_x[i], taken_y[j]) = (true, true);
            matched += 1;
        }
    }
    Some(matched as f64 / shorter as f64)
}
