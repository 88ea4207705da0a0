//! Corpus check for Spanish and Italian on real news: the first 30 NTREX-128 documents in all
//! five languages (en, de, fr, es, it). The five texts of a document are translations of one
//! article, so they must produce no conflict; the facts they agree on, counted by kind and by
//! language pair, measure what the Spanish and Italian tables read.
//!
//! `cargo test --test corpus_romance -- --nocapture` prints every conflict with its quotes and
//! the agreement table; `NTREX_PRINT=es` (or `it`) lists every claim of that language's articles.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::{documents_in, fixture_article};
use parallax::{compare, Article, Options, Report, Verdict};

/// Documents checked, in corpus order.
const DOCS: usize = 30;
/// Languages compared together.
const LANGS: [&str; 5] = ["en", "de", "fr", "es", "it"];
/// Translations of one article never conflict: every conflict here is a false one.
const MAX_CONFLICTS: usize = 0;
/// Least facts agreed per language pair over the 30 documents, as measured: a table that stops
/// reading, or a reading that drifts apart between two languages, fails the test.
const MIN_AGREE_BY_PAIR: [(&str, &str, usize); 10] = [
    ("en", "de", 18),
    ("en", "es", 18),
    ("en", "it", 17),
    ("de", "es", 14),
    ("es", "it", 14),
    ("de", "it", 13),
    ("en", "fr", 12),
    ("es", "fr", 11),
    ("fr", "it", 10),
    ("de", "fr", 8),
];

/// Agreeing facts by (kind, language pair), and conflicts.
#[derive(Default)]
struct Tally {
    conflicts: usize,
    agree: BTreeMap<(String, String), usize>,
}

#[test]
#[allow(clippy::absurd_extreme_comparisons)] // MAX_CONFLICTS is a threshold the lead may tune.
fn spanish_and_italian_translations_do_not_conflict_and_agree() {
    let docs = documents_in(&LANGS, DOCS);
    let mut tally = Tally::default();
    for doc in &docs {
        let articles: Vec<Article> = LANGS.iter().map(|l| fixture_article(&doc.id, l)).collect();
        let report =
            compare(&articles, &Options::default()).unwrap_or_else(|e| panic!("{}: {e}", doc.id));
        common::check_spans(&report, &articles).unwrap_or_else(|e| panic!("{}: {e}", doc.id));
        print_claims_of(&report);
        tally.add(&report);
    }
    print_table(&tally);
    assert!(
        tally.conflicts <= MAX_CONFLICTS,
        "{} false conflicts between translations (run with --nocapture for the quotes)",
        tally.conflicts
    );
    let low: Vec<String> = MIN_AGREE_BY_PAIR
        .iter()
        .filter(|(a, b, floor)| tally.pair_total(a, b) < *floor)
        .map(|(a, b, floor)| format!("{a}-{b}: {} < {floor}", tally.pair_total(a, b)))
        .collect();
    assert!(low.is_empty(), "agreeing facts below their floor: {low:?}");
}

impl Tally {
    fn add(&mut self, report: &Report) {
        for f in &report.facts {
            if f.verdict == Verdict::Conflict && !common::is_known_translation_error(f) {
                self.conflicts += 1;
                common::print_fact("CONFLICT", f);
            }
            if f.verdict != Verdict::Agree {
                continue;
            }
            let mut langs: Vec<&str> = f.claims.iter().map(|c| lang_of(&c.article)).collect();
            langs.sort_unstable();
            langs.dedup();
            for (i, a) in langs.iter().enumerate() {
                for b in &langs[i + 1..] {
                    let pair = format!("{}-{}", a.min(b), a.max(b));
                    *self
                        .agree
                        .entry((format!("{:?}", f.kind), pair))
                        .or_default() += 1;
                }
            }
        }
    }

    fn pair_total(&self, a: &str, b: &str) -> usize {
        let pair = format!("{}-{}", a.min(b), a.max(b));
        self.agree
            .iter()
            .filter(|((_, p), _)| *p == pair)
            .map(|(_, n)| n)
            .sum()
    }
}

/// "bbc.381790.es" → "es".
fn lang_of(article: &str) -> &str {
    article.rsplit('.').next().unwrap_or(article)
}

fn print_table(tally: &Tally) {
    let kinds: Vec<&String> = {
        let mut k: Vec<&String> = tally.agree.keys().map(|(k, _)| k).collect();
        k.dedup();
        k
    };
    print!("{:<7}", "pair");
    for k in &kinds {
        print!(" {k:>9}");
    }
    println!(" {:>6}", "total");
    for (i, a) in LANGS.iter().enumerate() {
        for b in &LANGS[i + 1..] {
            let pair = format!("{}-{}", a.min(b), a.max(b));
            print!("{pair:<7}");
            for k in &kinds {
                let n = tally
                    .agree
                    .get(&((*k).clone(), pair.clone()))
                    .copied()
                    .unwrap_or(0);
                print!(" {n:>9}");
            }
            println!(" {:>6}", tally.pair_total(a, b));
        }
    }
    println!("conflicts {} (max {MAX_CONFLICTS})", tally.conflicts);
}

/// With `NTREX_PRINT=<lang>`, every fact holding a claim of that language, with its quotes.
fn print_claims_of(report: &Report) {
    let Ok(lang) = std::env::var("NTREX_PRINT") else {
        return;
    };
    for f in &report.facts {
        if !f.claims.iter().any(|c| lang_of(&c.article) == lang) {
            continue;
        }
        println!(
            "  {:?} {:?} {} / {} / {}",
            f.verdict,
            f.kind,
            f.subject,
            f.attribute,
            f.object.as_deref().unwrap_or("-")
        );
        for c in &f.claims {
            println!("    [{}] {:?}: {}", c.article, c.value, c.quote.trim());
        }
    }
}
