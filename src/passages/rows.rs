//! Passages, step 3: links of all pairs → rows (one sentence per article), moved flags,
//! anchors, and the word diffs of each row.

use crate::diff::{word_diff, Side};
use crate::report::{Anchor, Member, Passage, WordDiff};

use super::features::*;
use super::pairs::*;

/// A row of the collation table: (article, sentence), articles ascending, at most one each.
pub(crate) type Row = Vec<(usize, usize)>;

/// Merges pair links, best first, into rows that hold at most one sentence per article.
pub(super) fn merge_links(articles: &[AlignInput<'_>], mut links: Vec<Link>) -> Vec<Row> {
    let id = id_ranks(articles);
    links.sort_by(|x, y| {
        y.rank
            .total_cmp(&x.rank)
            .then(id[x.a].cmp(&id[y.a]))
            .then(x.i.cmp(&y.i))
            .then(id[x.b].cmp(&id[y.b]))
            .then(x.j.cmp(&y.j))
    });
    let mut row_of = RowOf::new(articles);
    let mut rows: Vec<Row> = Vec::new();
    for link in links {
        let (x, y) = ((link.a, link.i), (link.b, link.j));
        match (row_of.get(x), row_of.get(y)) {
            (None, None) => {
                row_of.insert(x, rows.len());
                row_of.insert(y, rows.len());
                rows.push(vec![x, y]);
            }
            (Some(r), None) => join(&mut rows, &mut row_of, r, y),
            (None, Some(r)) => join(&mut rows, &mut row_of, r, x),
            (Some(r), Some(s)) if r != s => {
                let disjoint = rows[s].iter().all(|&(art, _)| !has_article(&rows[r], art));
                if disjoint {
                    let moved = std::mem::take(&mut rows[s]);
                    for &member in &moved {
                        row_of.insert(member, r);
                    }
                    rows[r].extend(moved);
                }
            }
            _ => {}
        }
    }
    let mut rows: Vec<Row> = rows.into_iter().filter(|r| r.len() >= 2).collect();
    for row in &mut rows {
        row.sort_unstable();
    }
    // Reading order of the first article that has a member.
    rows.sort_unstable_by_key(|row| row[0]);
    rows
}

/// For each article, the rank of its id among the distinct ids (equal ids, equal ranks): the
/// order of ids without comparing strings.
pub(super) fn id_ranks(articles: &[AlignInput<'_>]) -> Vec<usize> {
    let order = pair_order(articles);
    let mut rank = vec![0; articles.len()];
    for k in 1..order.len() {
        let same = articles[order[k]].id == articles[order[k - 1]].id;
        rank[order[k]] = rank[order[k - 1]] + usize::from(!same);
    }
    rank
}

/// The row of each (article, sentence) placed so far.
pub(super) struct RowOf(Vec<Vec<Option<usize>>>);

impl RowOf {
    pub(super) fn new(articles: &[AlignInput<'_>]) -> RowOf {
        RowOf(
            articles
                .iter()
                .map(|a| vec![None; a.sentences.len()])
                .collect(),
        )
    }

    pub(super) fn get(&self, (article, sentence): (usize, usize)) -> Option<usize> {
        self.0[article][sentence]
    }

    pub(super) fn insert(&mut self, (article, sentence): (usize, usize), row: usize) {
        self.0[article][sentence] = Some(row);
    }
}

pub(super) fn has_article(row: &Row, article: usize) -> bool {
    row.iter().any(|&(a, _)| a == article)
}

/// Adds `member` to row `r` unless the row already holds a sentence of its article.
pub(super) fn join(rows: &mut [Row], row_of: &mut RowOf, r: usize, member: (usize, usize)) {
    if !has_article(&rows[r], member.0) {
        rows[r].push(member);
        row_of.insert(member, r);
    }
}

/// For each row, whether its members stand out of order in some article pair: rows outside the
/// longest increasing subsequence of positions, pair by pair.
pub(super) fn moved_rows(articles: &[AlignInput<'_>], rows: &[Row]) -> Vec<bool> {
    let mut moved = vec![false; rows.len()];
    let n = articles.len();
    let rank = id_ranks(articles);
    // For each article pair, the rows holding both, as (position in a, position in b, row):
    // gathered from the rows' own members, so rows are walked once, not once per pair.
    let mut pairs: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); n * n];
    for (r, row) in rows.iter().enumerate() {
        for (k, &(x, i)) in row.iter().enumerate() {
            for &(y, j) in &row[k + 1..] {
                // Oriented as in `article_pairs`.
                if (rank[x], x) <= (rank[y], y) {
                    pairs[x * n + y].push((i, j, r));
                } else {
                    pairs[y * n + x].push((j, i, r));
                }
            }
        }
    }
    for mut both in pairs {
        both.sort_unstable();
        let js: Vec<usize> = both.iter().map(|&(_, j, _)| j).collect();
        let mut in_order = vec![false; both.len()];
        for k in longest_increasing(&js) {
            in_order[k] = true;
        }
        for (k, &(_, _, r)) in both.iter().enumerate() {
            moved[r] |= !in_order[k];
        }
    }
    moved
}

/// Sentence `i` of an article, as the diff takes it.
pub(super) fn side<'a>(article: &AlignInput<'a>, i: usize) -> Side<'a> {
    Side {
        id: article.id,
        text: article.text,
        sentence: article.sentences[i],
        words: article.words.get(i).copied().unwrap_or_default(),
    }
}

pub(super) fn passage(articles: &[AlignInput<'_>], row: &Row, moved: bool) -> Passage {
    let members = row
        .iter()
        .map(|&(a, s)| {
            let span = articles[a].sentences[s];
            Member {
                article: articles[a].id.to_string(),
                start: span.start,
                end: span.end,
            }
        })
        .collect();
    let mention = |&(a, s): &(usize, usize)| {
        articles[a]
            .anchors
            .get(s)
            .map(Vec::as_slice)
            .unwrap_or_default()
    };
    let mut anchors = Vec::new();
    for (k, member) in row.iter().enumerate() {
        for m in mention(member) {
            let shared = row
                .iter()
                .enumerate()
                .any(|(l, other)| l != k && mention(other).iter().any(|o| o.key == m.key));
            anchors.push(Anchor {
                article: articles[member.0].id.to_string(),
                start: m.span.start,
                end: m.span.end,
                key: m.key.clone(),
                shared,
            });
        }
    }
    // Each member is diffed against the first member of its language only: all pairs would grow
    // with the square of same-language members (158k diffs for 50 overlapping articles).
    let mut diffs = Vec::new();
    for (k, &(b, t)) in row.iter().enumerate() {
        let y = &articles[b];
        if let Some(&(a, s)) = row[..k].iter().find(|&&(a, _)| articles[a].lang == y.lang) {
            let x = &articles[a];
            diffs.push(WordDiff {
                from: x.id.to_string(),
                to: y.id.to_string(),
                ops: word_diff(&side(x, s), &side(y, t)),
            });
        }
    }
    Passage {
        members,
        moved,
        anchors,
        diffs,
    }
}
