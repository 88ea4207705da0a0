//! Precision of passages and facts between articles about different stories: consecutive NTREX
//! documents (unrelated news) in the same language and across languages share no conflict and
//! (almost) no passage. Measured on the 38 pairs of consecutive fixture documents: 0 passages
//! over 406 sentences en–en, 415 en–fr, 429 fr–de; 2 over 429 de–de (6 before function words
//! stopped counting as shared words).

mod common;

use parallax::{compare, Options, Verdict};

/// Most passages joining the two unrelated articles, summed over the pairs, per language pair:
/// the measured figures.
const MAX_SPURIOUS: [(&str, &str, usize); 4] = [
    ("en", "en", 0),
    ("en", "fr", 0),
    ("fr", "de", 0),
    ("de", "de", 2),
];

#[test]
fn unrelated_stories_share_no_passage_and_no_conflict() {
    let docs = common::documents();
    let docs: Vec<_> = docs
        .iter()
        .filter(|d| d.has_all(&["en", "fr", "de"]))
        .collect();
    assert!(docs.len() >= 20, "fixtures: {} documents", docs.len());
    for (la, lb, max_spurious) in MAX_SPURIOUS {
        let (mut spurious, mut sentences) = (0, 0);
        for pair in docs.windows(2) {
            let a = common::fixture_article(&pair[0].id, la);
            let mut b = common::fixture_article(&pair[1].id, lb);
            b.id = format!("{}-other", b.id);
            let report = compare(&[a, b], &Options::default()).unwrap();
            spurious += report
                .passages
                .iter()
                .filter(|p| p.members.len() > 1)
                .count();
            sentences += report
                .articles
                .iter()
                .map(|a| a.sentences.len())
                .min()
                .unwrap_or(0);
            let conflicts: Vec<_> = report
                .facts
                .iter()
                .filter(|f| f.verdict == Verdict::Conflict)
                .collect();
            assert!(
                conflicts.is_empty(),
                "{} vs {}: {conflicts:?}",
                pair[0].id,
                pair[1].id
            );
        }
        eprintln!(
            "{la}-{lb}: {spurious} passages across unrelated stories over {sentences} sentences"
        );
        assert!(
            spurious <= max_spurious,
            "{la}-{lb}: {spurious} passages across unrelated stories > {max_spurious}"
        );
    }
}
