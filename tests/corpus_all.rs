//! The whole NTREX-128 corpus (123 documents) in English, German, French, Spanish and Italian, read from the shared
//! corpus folder rather than the fixtures: translations of one article must not conflict, and the
//! facts they agree on measure recall by kind.
//!
//! Ignored by default (it needs the corpus outside the repository and takes a while):
//! `NTREX_DIR=/path/to/ntrex128 cargo test --test corpus_all -- --ignored --nocapture`.
//! Without `NTREX_DIR` it looks for `../shared/corpus/ntrex128` next to the repository or above.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use parallax::{compare, Article, FactKind, Options, Verdict};

use common::{shared_corpus_dir, shared_documents, SHARED_FILES as FILES};

/// (document id, one article per language), in corpus order.
fn documents(dir: &Path) -> Vec<(String, Vec<Article>)> {
    shared_documents(dir)
        .into_iter()
        .map(|(id, texts)| {
            let articles = texts
                .into_iter()
                .zip(FILES)
                .map(|(text, (lang, _))| Article::new(format!("{id}.{lang}"), text))
                .collect();
            (id, articles)
        })
        .collect()
}

#[test]
#[ignore = "needs the shared NTREX corpus; run with --ignored"]
fn all_translations_do_not_conflict() {
    let Some(dir) = shared_corpus_dir() else {
        panic!("corpus not found: set NTREX_DIR");
    };
    let docs = documents(&dir);
    let mut by_kind: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut by_pair: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut conflicts = 0;
    for (id, articles) in &docs {
        let report = compare(articles, &Options::default()).unwrap_or_else(|e| panic!("{id}: {e}"));
        for f in &report.facts {
            let kind = format!("{:?}", f.kind);
            *by_kind
                .entry((kind.clone(), format!("{:?}", f.verdict)))
                .or_default() += 1;
            if f.verdict == Verdict::Agree {
                for pair in language_pairs(&f.claims) {
                    *by_pair.entry((pair, kind.clone())).or_default() += 1;
                }
            }
            if f.verdict == Verdict::Agree && f.kind == FactKind::Date {
                println!("  AGREE date {} / {}: {}", f.subject, f.attribute, f.reason);
            }
            // NTREX_PRINT=amount (or role, date, …) lists every fact of that kind with its quotes.
            if std::env::var("NTREX_PRINT").is_ok_and(|k| k == kind.to_lowercase()) {
                println!(
                    "  {:?} {} / {} / {:?}",
                    f.verdict, f.subject, f.attribute, f.object
                );
                for c in &f.claims {
                    println!("    [{}] {:?}: {}", c.article, c.value, c.quote.trim());
                }
            }
            if f.verdict == Verdict::Conflict {
                conflicts += 1;
                common::print_fact(&format!("CONFLICT {id}"), f);
            }
        }
    }
    println!("{} documents", docs.len());
    for ((kind, verdict), n) in &by_kind {
        println!("{kind:<10} {verdict:<9} {n:>5}");
    }
    println!("agreeing facts by language pair and kind:");
    for ((pair, kind), n) in &by_pair {
        println!("{pair:<6} {kind:<10} {n:>5}");
    }
    assert_eq!(conflicts, 0, "false conflicts between translations");
}

/// The language pairs ("en-es") of the articles holding claims of one fact.
fn language_pairs(claims: &[parallax::ClaimView]) -> Vec<String> {
    let mut langs: Vec<&str> = claims
        .iter()
        .map(|c| c.article.rsplit('.').next().unwrap_or(""))
        .collect();
    langs.sort_unstable();
    langs.dedup();
    let mut pairs = Vec::new();
    for (i, a) in langs.iter().enumerate() {
        for b in &langs[i + 1..] {
            pairs.push(format!("{a}-{b}"));
        }
    }
    pairs
}

/// Different stories in one language, 40 at a time: a conflict needs a subject shared by two
/// stories, so every one printed is worth reading (most are false: a common noun read as a name).
#[test]
#[ignore = "needs the shared NTREX corpus; prints, asserts nothing"]
fn unrelated_stories_print_their_conflicts() {
    let Some(dir) = shared_corpus_dir() else {
        panic!("corpus not found: set NTREX_DIR");
    };
    let docs = documents(&dir);
    let mut total = 0;
    for (l, (lang, _)) in FILES.iter().enumerate() {
        for chunk in docs.chunks(40) {
            let articles: Vec<Article> = chunk.iter().map(|(_, a)| a[l].clone()).collect();
            let report = compare(&articles, &Options::default()).expect("compares");
            for f in report
                .facts
                .iter()
                .filter(|f| f.verdict == Verdict::Conflict)
            {
                total += 1;
                println!(
                    "  {lang} {:?} {} / {}: {}",
                    f.kind, f.subject, f.attribute, f.reason
                );
            }
        }
    }
    println!("{total} conflicts between unrelated stories");
}
