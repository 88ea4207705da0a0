//! Recall over all 123 NTREX-128 documents: the translations of one article state the same
//! facts, so every fact should come out `agree` with a claim from each language. Compares en+de+fr
//! and en+es+it per document and asserts the agree / single / conflict counts measured (see
//! [`EXPECTED`]); with `NTREX_LIST=1 … -- --nocapture` it lists every single fact and every
//! agreeing fact missing a language, with value, quote and article.
//!
//! `cargo test --test corpus_recall -- --nocapture` (about 3 s in a debug build). The corpus is
//! found as in `corpus_all.rs` (`NTREX_DIR` or `shared/corpus/ntrex128` beside the repository);
//! when it is absent the test prints a note and checks nothing.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{shared_corpus_dir, shared_documents, SHARED_FILES as FILES};
use parallax::{compare, Article, Options, Verdict};

/// What one language group may give over the 123 documents: the least agreeing facts (a floor)
/// and the most single ones (a ceiling: between translations a single fact is a reading that
/// worked in one language only). Conflicts must be 0: translations never disagree.
struct Expected {
    group: [&'static str; 3],
    min_agree: usize,
    max_single: usize,
}

/// Measured: en+de+fr 81 agree (38 of them missing a language), 29 single, 0 conflict; en+es+it
/// 79 agree (27 missing a language), 35 single, 0 conflict.
const EXPECTED: [Expected; 2] = [
    Expected {
        group: ["en", "de", "fr"],
        min_agree: 81,
        max_single: 29,
    },
    Expected {
        group: ["en", "es", "it"],
        min_agree: 79,
        max_single: 35,
    },
];

#[test]
fn recall_over_all_documents() {
    let Some(dir) = shared_corpus_dir() else {
        eprintln!(
            "recall_over_all_documents: skipped, shared NTREX corpus not found (set NTREX_DIR)"
        );
        return;
    };
    let docs = shared_documents(&dir);
    assert_eq!(docs.len(), 123, "documents in {}", dir.display());
    let list = std::env::var("NTREX_LIST").is_ok();
    let mut failures = Vec::new();
    for Expected {
        group,
        min_agree,
        max_single,
    } in EXPECTED
    {
        let (mut agree, mut single, mut conflict, mut partial) = (0, 0, 0, 0);
        for (id, texts) in &docs {
            let articles: Vec<Article> = group
                .iter()
                .map(|l| {
                    let i = FILES.iter().position(|(c, _)| c == l).expect("language");
                    Article::new(format!("{id}.{l}"), texts[i].clone())
                })
                .collect();
            let report = compare(&articles, &Options::default()).expect("compares");
            // Conflicts of every kind but the corpus's own error; agreements and single facts of
            // the constructions (figures: tests/corpus_figures.rs).
            let facts = report.facts.iter().filter(|f| {
                !common::is_known_translation_error(f)
                    && (f.verdict == Verdict::Conflict || f.kind != parallax::FactKind::Figure)
            });
            for f in facts {
                let missing = f.verdict == Verdict::Agree && f.claims.len() < group.len();
                match f.verdict {
                    Verdict::Agree => agree += 1,
                    Verdict::Single => single += 1,
                    Verdict::Conflict => conflict += 1,
                }
                partial += usize::from(missing);
                if list && (f.verdict != Verdict::Agree || missing) {
                    let tag = if missing { "PARTIAL" } else { "SINGLE" };
                    println!(
                        "{tag} {:?} {:?} {} / {} / {:?}",
                        f.verdict, f.kind, f.subject, f.attribute, f.object
                    );
                    for c in &f.claims {
                        println!("    [{}] {:?}: {}", c.article, c.value, c.quote.trim());
                    }
                }
            }
        }
        let name = group.join("+");
        println!(
            "{name}: {agree} agree ({partial} missing a language), {single} single, {conflict} conflict"
        );
        if agree < min_agree {
            failures.push(format!("{name}: {agree} agree < {min_agree}"));
        }
        if single > max_single {
            failures.push(format!("{name}: {single} single > {max_single}"));
        }
        if conflict > 0 {
            failures.push(format!("{name}: {conflict} false conflicts"));
        }
    }
    // Both groups are measured before failing, so one run shows every figure that moved.
    assert!(failures.is_empty(), "{}", failures.join("; "));
}
